"""English dates through python-dateutil with unknown parts kept unknown (arithmetic: `factx.dates`)."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from ..model import PartialDate

# dateutil fills every part the text leaves out from a default date. Parsing twice with defaults that
# differ in every part shows which parts the text gave: those agree, the rest become unknown (X).
# Both default years are leap years, so "29 February" parses.
_DEFAULT_A = datetime(2000, 1, 1, 0, 0)
_DEFAULT_B = datetime(2004, 2, 2, 1, 1)


@lru_cache(maxsize=4096)
def parse_partial(text: str) -> PartialDate | None:
    """ "2 July 2019" → 2019-07-02; "November" → XXXX-11; "31 April" → None (no such day)."""
    # Imported here: `check` reads the dateline words (`en.dateline`) for every language, and the parser's import is
    # a twentieth of its start-up; a run that never parses an English date never needs it.
    from dateutil import parser

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
