"""Date arithmetic shared by the Chinese and English recognizers: the nearest-year rule for year-less
dates and shifts by months or days from the reference date."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from .model import PartialDate


def nearest_year(ref: date, month: int, day: int | None = None) -> int:
    """The year that puts month/day nearest `ref`: 12月28日 in an article of 2020-01-05 is 2019-12-28.

    Without a day the middle of the month counts; a tie (six months either way) goes to the past, since
    news reports what happened.
    """
    best, best_dist = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        cand = date(y, month, min(day or 15, PartialDate(y, month).last_day()))
        dist = abs((cand - ref).days)
        if best_dist is None or dist < best_dist:
            best, best_dist = y, dist
    return best


def shift_months(ref: date, months: int) -> tuple[int, int]:
    """(year, month) `months` away from the reference month: 上月 / last month → -1."""
    d = ref.replace(day=1) + relativedelta(months=months)
    return d.year, d.month


def shift_days(ref: date, days: int) -> date:
    return ref + relativedelta(days=days)


def valid_day(year: int | None, month: int | None, day: int | None) -> bool:
    """False for a day the month does not have (2月30日, 4月31日); unknown parts pass."""
    if day is None:
        return True
    return 1 <= day <= PartialDate(year, month).last_day()
