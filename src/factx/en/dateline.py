"""The publication date an English article states in its header, for `refdate` to use as the reference date.

Only strong signals count, as for Chinese datelines: a labelled date ("Published: 10 January 2005",
"Last Updated: Monday, 10 January, 2005, 10:31 GMT"), a wire dateline ("LONDON, Jan 10 (Reuters) -" gives
no year and is skipped; "LONDON, Feb 6, 2024 —" does), a full date alone on a line near the top, or one
that ends a byline ("By a staff reporter | October 29, 2026").
"""

from __future__ import annotations

import re
from datetime import date

from ..patterns import compiled
from . import calendar

_HEAD = 400
_WEEKDAY = (
    r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+)?"
)
_FULL_DATE = (
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)[0-9]{2}"
    r"|[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{2}"
    r"|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])(?![0-9])"
)
_LABELLED = compiled(
    rf"(?i:published|updated|last\s+updated|posted|date|first\s+published)\s*(?:on|at)?\s*:?\s*"
    # a time first: "Published 6:42 AM EST, Sun March 15, 2026", "Updated 10:31 GMT, 10 January 2005"
    rf"(?:[0-9]{{1,2}}:[0-9]{{2}}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:[A-Z]{{2,4}})?,?\s*)?{_WEEKDAY}(?P<d>{_FULL_DATE})"
)
_ALONE = compiled(rf"^[ \t]*{_WEEKDAY}(?P<d>{_FULL_DATE})[ \t]*$", re.M)
# A byline or a desk line that ends on the full date: "By a staff reporter | October 29, 2026", "Health desk,
# June 3, 2026", "The Riverton Ledger | Wednesday, November 18, 2026".
_BYLINE = compiled(rf"^[^\n]{{1,80}}?(?:[ \t]\||,)[ \t]+{_WEEKDAY}(?P<d>{_FULL_DATE})[ \t]*$", re.M)
# A wire dateline that writes the year: a place in capitals or in title case (and its state or country), the full
# date, perhaps the agency, then a dash ("HARBOR CITY, March 12, 2024 —", "AUSTIN, Texas, Jan. 5, 2023 (AP) -",
# "Wellington, 29 November 2026 —"). The full date and the dash at a line start keep a title-case place safe.
_TITLE_WORD = r"[A-Z][a-z][a-z.'\-]*"
_PLACE = (
    r"(?:[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+)*"
    rf"|(?!(?:In|On|At|By|From|Since|Until|The)[ \t]){_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}})"
)
WIRE = compiled(
    rf"^[ \t]*{_PLACE},(?:[ \t]+[A-Z][A-Za-z.]+)*,?[ \t]+{_WEEKDAY}"
    rf"(?P<d>{_FULL_DATE})[ \t]*(?:\([A-Za-z .]+\)[ \t]*)?[-–—]",
    re.M,
)


def find_dateline(text: str) -> tuple[date, str] | None:
    """(date, the text that gave it) from the head of an English article, or None."""
    head = text[:_HEAD]
    for rx in (_LABELLED, _ALONE, WIRE, _BYLINE):
        m = rx.search(head)
        if m is None:
            continue
        p = calendar.parse_partial(m.group("d").replace(",", " "))
        if p is not None and p.year is not None and p.month is not None and p.day is not None:
            return date(p.year, p.month, p.day), m.group().strip()
    return None
