"""A streak written as an ordinal or as a length of time: one figure.

"Rates rose for a fourth month in a row" and "rates have risen for four straight months", 连续第4个月上涨
and 已连续4个月上涨, say the same thing: the engine reads the first of each pair as an ordinal and the second as a
duration, and `check` compares figures of one type only. A draft figure that is a streak of one unit of time is read
in the type of a source streak of the same unit, with the draft's own number (so "five straight months" against the
source's "a fourth month in a row" is a changed number, not a figure the source never gives). Only streaks on both
sides: "the fourth month" of a calendar or "five months" of a sentence are no streaks.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from decimal import Decimal

from ..model import DurationValue, Fact
from ..normalize import normalize
from ..patterns import compiled

# Units of time a streak counts, by the duration's unit code: English singular nouns and Chinese words.
_UNITS: dict[str, str] = {"day": "D", "week": "W", "month": "M", "year": "Y", "天": "D", "日": "D", "周": "W",
                          "星期": "W", "月": "M", "个月": "M", "年": "Y"}  # fmt: skip
# How English and Chinese say a run without a break.
_EN_AFTER_ORDINAL = compiled(
    r"\s+(?:(?:straight|consecutive|successive|running)\s+(day|week|month|year)s?\b|(day|week|month|year)\s+in\s+a\s+row\b)",
    re.IGNORECASE,
)
_EN_IN_DURATION = compiled(r"\b(?:straight|consecutive|successive|running)\b", re.IGNORECASE)
_EN_AFTER_DURATION = compiled(r"\s+in\s+a\s+row\b", re.IGNORECASE)
# (the engine's 第4个 leaves the unit after it: 连续第4个月)
_ZH_UNITS_AFTER = ("个月", "月", "天", "日", "周", "星期", "年")
_ZH_BEFORE = compiled(r"连续\s*$")
_ZH_ORDINAL = compiled(r"^第\s*[\d一二三四五六七八九十两]+\s*(?:个)?\s*(个月|天|日|周|星期|月|年)?$")


def _at(f: Fact) -> int | None:
    at = f.start - f.sentence_start
    return at if at >= 0 and f.sentence[at : at + len(f.text)] == f.text else None


def streak_unit(f: Fact) -> str | None:
    """The unit code of the streak a figure states (a fourth month in a row → M; 连续5天 → D), else None."""
    at = _at(f)
    if at is None:
        return None
    after = f.sentence[at + len(f.text) :]
    before = normalize(f.sentence[max(0, at - 6) : at])
    text = normalize(f.text)
    if f.type == "ordinal":
        m = _EN_AFTER_ORDINAL.match(after)
        if m is not None:
            return _UNITS[(m.group(1) or m.group(2)).lower()]
        z = _ZH_ORDINAL.match(text)
        if z is not None and _ZH_BEFORE.search(before):
            rest = normalize(after)
            unit = z.group(1) or next((u for u in _ZH_UNITS_AFTER if rest.startswith(u)), None)
            return _UNITS.get(unit) if unit else None
        return None
    if f.type != "duration" or not isinstance(f.value, DurationValue) or len(f.value.parts) != 1:
        return None
    code = f.value.parts[0][1]
    if code not in ("D", "W", "M", "Y"):
        return None
    if text.isascii():
        return code if _EN_IN_DURATION.search(text) or _EN_AFTER_DURATION.match(after) else None
    return code if _ZH_BEFORE.search(before) else None


def _number(f: Fact) -> Decimal | None:
    if f.type == "ordinal" and isinstance(f.value, Decimal):
        return f.value
    if f.type == "duration" and isinstance(f.value, DurationValue) and len(f.value.parts) == 1:
        return f.value.parts[0][0]
    return None


def as_streak(c: Fact, s: Fact, source: Sequence[Fact]) -> Fact | None:
    """The draft's streak `c` in the type of the source's streak `s` of the same unit, with the draft's own number;
    None when either is no streak, the units differ, the types are already one, or a source figure of that type and
    number is no such streak (the fifth place of a table is not a fifth month in a row)."""
    if c.type == s.type or {c.type, s.type} != {"ordinal", "duration"}:
        return None
    if c.approx is not None or s.approx is not None or c.max is not None or s.max is not None:
        return None
    unit = streak_unit(c)
    n = _number(c)
    if unit is None or n is None or streak_unit(s) != unit:
        return None
    if any(o.type == s.type and _number(o) == n and streak_unit(o) != unit for o in source):
        return None
    if s.type == "duration":
        return dataclasses.replace(c, type="duration", value=DurationValue(((n, unit),)), unit=s.unit,
                                   subject=s.subject, category=s.category)  # fmt: skip
    return dataclasses.replace(c, type="ordinal", value=n, unit=s.unit, subject=s.subject, category=s.category)
