"""Calendar arithmetic for English dates: explicit dates through python-dateutil with unknown parts kept
unknown, the nearest-year rule for year-less dates, and month shifts (last month)."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from dateutil import parser
from dateutil.relativedelta import relativedelta

from ..model import PartialDate

# dateutil fills every part the text leaves out from a default date. Parsing twice with defaults that
# differ in every part shows which parts the text gave: those agree, the rest become unknown (X).
# Both default years are leap years, so "29 February" parses.
_DEFAULT_A = datetime(2000, 1, 1, 0, 0)
_DEFAULT_B = datetime(2004, 2, 2, 1, 1)


@lru_cache(maxsize=4096)
def parse_partial(text: str) -> PartialDate | None:
    """ "2 July 2019" → 2019-07-02; "November" → XXXX-11; "31 April" → None (no such day)."""
    try:
        a = parser.parse(text, default=_DEFAULT_A)
        b = parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError):  # dateutil's ParserError is a ValueError
        return None

    def known(x: int, y: int) -> int | None:
        return x if x == y else None

    hour = known(a.hour, b.hour)
    return PartialDate(
        year=known(a.year, b.year), month=known(a.month, b.month), day=known(a.day, b.day),
        hour=hour, minute=known(a.minute, b.minute) if hour is not None else None,
    )  # fmt: skip


def nearest_year(ref: date, month: int, day: int | None = None) -> int:
    """The year that puts month/day nearest `ref`: "December" in an article of 2005-01-10 is 2004-12.

    Without a day the middle of the month counts; a tie (six months either way) goes to the past, since
    news reports what happened.
    """
    best, best_dist = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        last = PartialDate(y, month).last_day()
        cand = date(y, month, min(day or 15, last))
        dist = abs((cand - ref).days)
        if best_dist is None or dist < best_dist:
            best, best_dist = y, dist
    return best


def shift_months(ref: date, months: int) -> tuple[int, int]:
    """(year, month) `months` away from the reference month: last month → -1."""
    d = ref.replace(day=1) + relativedelta(months=months)
    return d.year, d.month


def shift_days(ref: date, days: int) -> date:
    return ref + relativedelta(days=days)
