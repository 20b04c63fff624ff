"""One end of a source period, claimed as that end: "began on", 始于, "until", 持续到.

A source often gives an event's period as a range (7月16日晚至17日凌晨; from May 2021 to September 2022), and a
draft restates one end of it with words that say which end it is: 暴雨始于7月16日晚, "the fraud went on until
September 2022", 诈骗活动一直持续到2022年9月. The range and the claimed date are not equal values, so `check`
would answer "not found"; yet the claim is what the source says. A date given bare as one end of the range
("the strike was on March 3" for March 3 to March 9) is still a mismatch (`classify` names it range_end): only
the claim's own words before or after its date, naming the start or the end, make it a restatement.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Literal

from ..model import DateValue, Fact
from ..normalize import normalize
from ..patterns import compiled
from .roles import position
from .values import as_number, date_contains, same_measure

End = Literal["start", "end"]

# Words right before a date that say it opens a period (Simplified, as `normalize` folds Traditional).
_START_BEFORE = compiled(
    r"(?:始于|起于|开始于|发端于|从|自)\s*$|\b(?:from|since|began|begins|begun|started|starts|opened)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
# Words right after a date that say so (7月16日晚起, 7月16日开始, 2021年以来).
_START_AFTER = compiled(r"^\s*(?:起|开始|以来)")
# Words right before a date that say it closes a period ("until September 2022", 持续到, 直至).
_END_BEFORE = compiled(
    r"(?:持续到|持续至|直到|直至|一直到|截至|截止到|止于|结束于|到|至)\s*$"
    r"|\b(?:until|till|through|ended|ends|lasted\s+until|ran\s+until|continued\s+until)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
# Words right after a date that say so (2022年9月止, 2022年9月结束, 2022年9月为止).
_END_AFTER = compiled(r"^\s*(?:止|结束|为止)")


def marked_end(f: Fact) -> End | None:
    """Which end of a period the words around a draft date say it is, else None."""
    at = position(f)
    before = normalize(f.sentence[max(0, at - 24) : at])
    after = normalize(f.sentence[at + len(f.text) : at + len(f.text) + 6])
    if _START_BEFORE.search(before) or _START_AFTER.match(after):
        return "start"
    if _END_BEFORE.search(before) or _END_AFTER.match(after):
        return "end"
    return None


def range_end(claim: Fact, source: Fact, equal: Callable[[Fact, Fact], bool]) -> str | None:
    """A note when the claim's single date is the start or the end of the source's date range and the claim's own
    words say which end it is (暴雨始于7月16日晚 for 7月16日晚至17日凌晨), stated as exactly or less exactly
    (持续到2022年 for a range ending in 2022年9月); else None. `equal` compares two dates as `check` does (years
    the draft states)."""
    cv, sv = claim.value, source.value
    if claim.type != "date" or source.type != "date" or claim.max is not None:
        return None
    if not (isinstance(cv, DateValue) and isinstance(sv, DateValue)) or sv.end is None or sv.end == sv.start:
        return None
    if cv.end is not None and cv.end != cv.start:
        return None
    side = marked_end(claim)
    if side is None:
        return None
    point = sv.start if side == "start" else sv.end
    one = dataclasses.replace(source, value=DateValue(point, None, sv.grain), max=None)
    if not (equal(claim, one) or date_contains(cv, DateValue(point, None, sv.grain))):
        return None
    return f"the draft gives the {side} of the source's period ({claim.text} of {source.text})"


# Words right before an amount that say it is the top or the bottom of the source's range (年纪最大的96岁 for
# 27至96岁, 罚款最低为5000元 for 5000元至30000元, 最多将被罚款20000元, "a maximum of 15 mph"): the claim names the end
# it restates. A Chinese word may stand up to four characters before the amount, in the amount's own phrase.
# Simplified, as `normalize` folds Traditional; "up to" and "at least" come as the figure's own bound (`approx`).
_TOP_BEFORE = compiled(
    r"(?:最高|最多|最大|最长|最重|最远|最晚|上限)[\u4e00-\u9fff]{0,4}$"
    r"|\b(?:a\s+)?maximum\s+(?:of\s+)?$|\b(?:the\s+)?(?:highest|largest|biggest|oldest|longest)\s+(?:was|is|at)\s+$",
    re.IGNORECASE,
)
_BOTTOM_BEFORE = compiled(
    r"(?:最低|最少|最小|最短|最轻|最早|下限)[\u4e00-\u9fff]{0,4}$"
    r"|\b(?:a\s+)?minimum\s+(?:of\s+)?$|\b(?:the\s+)?(?:lowest|smallest|youngest|shortest)\s+(?:was|is|at)\s+$",
    re.IGNORECASE,
)
# A bound the figure carries itself: "up to 15 mph" never exceeds the top, "at least 5,000" never falls below the
# bottom; each restates only that end of a range.
_BOUND_SIDE: dict[str, End] = {"at_most": "end", "at_least": "start"}


def marked_amount_end(f: Fact) -> End | None:
    """Which end of a range the words before a draft amount, or its own bound, say it is ("end" is the top)."""
    if f.approx is not None:
        return _BOUND_SIDE.get(f.approx)
    at = position(f)
    before = normalize(f.sentence[max(0, at - 16) : at])
    if _TOP_BEFORE.search(before):
        return "end"
    if _BOTTOM_BEFORE.search(before):
        return "start"
    return None


def amount_end(claim: Fact, source: Fact) -> str | None:
    """A note when the claim's single amount is the top or the bottom of the source's range and the claim says which
    (up to 15 mph for 5 to 15 mph; 年纪最大的96岁 for 27至96岁; 罚款最低为5000元 for 5000元至30000元); else None.
    A bare end ("96岁" for 27至96岁) stays a range given as one end, and a marked end the other side of the range
    ("最低为30000元") is no restatement."""
    if claim.type not in ("money", "count", "quantity", "percent") or claim.type != source.type:
        return None
    if claim.max is not None or source.max is None or source.approx is not None or not same_measure(claim, source):
        return None
    side = marked_amount_end(claim)
    if side is None:
        return None
    x = as_number(claim, claim.value)
    point = as_number(source, source.value if side == "start" else source.max)
    if x is None or point is None or x != point:
        return None
    which = "bottom" if side == "start" else "top"
    return f"the draft gives the {which} of the source's range ({claim.text} of {source.text})"
