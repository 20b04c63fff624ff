"""Chinese datelines: where a Chinese article says when it was published.

Only strong signals count: a full date followed by 电/讯 (新华社北京2020年7月14日电), a labelled date (发布时间：
2020-07-14), a date alone in parentheses or on a line of its own near the top.
"""

from __future__ import annotations

import re
from datetime import date

from ..patterns import CJK, compiled, last_match, lead, words_re
from . import tables as zh

_YMD = (
    r"(?P<y>(?:19|20)[0-9]{2})\s*(?:年\s*(?P<m1>1[0-2]|0?[1-9])\s*月\s*(?P<d1>3[01]|[12][0-9]|0?[1-9])\s*日"
    r"|[-/.](?P<m2>1[0-2]|0?[1-9])[-/.](?P<d2>3[01]|[12][0-9]|0?[1-9])(?![0-9]))"
)
_DATELINE = compiled(rf"{_YMD}\s*(?:{words_re(zh.DATELINE_AFTER)})")
# A lookahead on the first characters in front of a lookbehind: most positions then fail at once.
_LABELLED = compiled(rf"{lead(zh.DATELINE_LABELS)}(?<![{CJK}])(?:{words_re(zh.DATELINE_LABELS)})\s*[:：]?\s*{_YMD}")
_BARE_LABELLED = compiled(rf"^[ \t]*(?:{words_re(zh.DATELINE_BARE_LABELS)})\s*[:：]\s*{_YMD}", re.M)
_PAREN = compiled(rf"[(（]\s*{_YMD}(?:\s+[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)?\s*[)）]")
_ALONE = compiled(rf"^[ \t]*{_YMD}(?:\s+[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)?[ \t]*$", re.M)
_HEAD = 400  # characters of the document a dateline may sit in
# The forms in the order they are tried, each with the words one of which it holds besides its date (none: the
# date alone on its line).
_FORMS = (
    (_DATELINE, zh.DATELINE_AFTER),
    (_LABELLED, zh.DATELINE_LABELS),
    (_BARE_LABELLED, zh.DATELINE_BARE_LABELS),
    (_ALONE, ()),
    (_PAREN, ("(", "（")),
)
_YEAR = compiled("(?:19|20)[0-9]{2}")


def _to_date(m: re.Match[str]) -> date | None:
    try:
        month = int(m.group("m1") or m.group("m2"))
        return date(int(m.group("y")), month, int(m.group("d1") or m.group("d2")))
    except ValueError:
        return None


def find_dateline(norm: str) -> tuple[date, int, int] | None:
    """(date, start, end) of a dateline near the start (or a parenthesised date at the very end) of the
    normalized text."""
    head = norm[:_HEAD]
    tail_start = max(0, len(norm) - 200)
    # Every form holds a year (_YMD): a head without one, as most are, skips the five searches; and a form whose
    # words (or brackets) the head does not hold is not searched for.
    for rx, words in _FORMS if _YEAR.search(head) else ():
        m = rx.search(head) if not words or any(w in head for w in words) else None
        if m:
            d = _to_date(m)
            if d:
                return d, m.start(), m.end()
    bracketed = norm.find("(", tail_start) >= 0 or norm.find("（", tail_start) >= 0
    m = last_match(_PAREN, norm, tail_start, len(norm)) if bracketed and _YEAR.search(norm, tail_start) else None
    if m:
        d = _to_date(m)
        if d:
            return d, m.start(), m.end()
    return None


# A dateline without its year (新华网北京7月3日电) still tells the month of a bare "3日" in the story.
_DATELINE_MD = compiled(
    rf"(?=[0-9])(?<![0-9年])(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12][0-9]|0?[1-9])日\s*(?:{words_re(zh.DATELINE_AFTER)})"
)


# What every such dateline holds after its day. Led by the literal 日, a search for it is a fast scan, where the
# dateline's own pattern, led by a digit class and a lookbehind, is a test at every position of the head.
_DAY_THEN_AFTER = compiled(rf"日\s*(?:{words_re(zh.DATELINE_AFTER)})")


def month_day_dateline(norm: str) -> tuple[int, int] | None:
    if _DAY_THEN_AFTER.search(norm, 0, _HEAD) is None:
        return None  # most heads hold no 日电 / 日讯
    m = _DATELINE_MD.search(norm, 0, _HEAD)
    return (int(m.group("m")), int(m.group("d"))) if m else None


def dateline(text: str, norm: str) -> tuple[date, str] | None:
    """The dateline's date and its words as the document writes them."""
    found = find_dateline(norm)
    return (found[0], text[found[1] : found[2]].strip()) if found else None
