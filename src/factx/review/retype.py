"""Reading a draft figure the way the source reads the same words: one fact extracted as two types.

The extractor sees a short draft sentence and a long source sentence separately, so the same words can come out
as different types: "34 points" a quantity (unit "points") in one and a count (subject "points") in the other;
an ordinal restating a running total ("his 17th NBA season" for "17 NBA seasons", "the 86th triple-double of his
career" for "86 triple-doubles"). `check` compares figures of one type only, so such a claim would never meet its
evidence. Before checking, a draft figure that no source figure of its own type equals is re-read as the source's
type when a source figure of that type has the same number *and* names the same noun (the count's subject is the
quantity's unit; the ordinal's following noun is the count's subject). Everything else about "the same thing" is
still decided by the usual passes, with the re-read figure.

A draft's money figure named only by its verb ("Kestrel earned $412 million", "the film took $19m") has the role
the engine read from that verb (profit, revenue) but no facet, since such verbs are no facet words: it is given the
facet of its role, so that "earned $4.2 billion" meets the source's revenue as another thing, as "profit of $4.2
billion" does.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from decimal import Decimal

from ..model import DurationValue, Fact
from ..patterns import compiled
from .streaks import as_streak
from .values import as_number
from .wordsets import stem

# The words right after an ordinal that may name what it ranks ("17th NBA season", "86th triple-double"): up to
# three words, stopping at punctuation or a function word.
_AFTER_ORDINAL = compiled(r"\s*((?:[A-Za-z][\w\-’']*\s*){1,3})")
_STOP = frozenset(("of", "in", "on", "at", "for", "to", "and", "or", "as", "by", "with", "the", "a", "an", "this",
                   "that", "since", "after", "before", "from", "than", "time", "place", "all"))  # fmt: skip


def nouns(text: str | None) -> frozenset[str]:
    """Stems of the words of a unit or subject ("NBA seasons" → nba, season)."""
    return frozenset(stem(w) for w in re.findall(r"[a-z][a-z\-]*", (text or "").lower()))


def _head(text: str | None) -> str | None:
    """Stem of the last word of a unit or subject: the noun it counts ("NBA seasons" → season)."""
    words = re.findall(r"[a-z][a-z\-]*", (text or "").lower())
    return stem(words[-1]) if words else None


def _ordinal_noun(f: Fact) -> frozenset[str]:
    """The stems of the words naming what an English ordinal ranks, read right after it in its sentence."""
    at = f.start - f.sentence_start
    if not (at >= 0 and f.sentence[at : at + len(f.text)] == f.text):
        return frozenset()
    m = _AFTER_ORDINAL.match(f.sentence, at + len(f.text))
    if m is None:
        return frozenset()
    words: list[str] = []
    for w in m.group(1).split():
        if w.lower() in _STOP:
            break
        words.append(w)
    return nouns(" ".join(words))


def _same_head(a: str | None, b: str | None) -> bool:
    """Both name a noun and it is the same one ("34 points" and "points")."""
    head = _head(a)
    return head is not None and head == _head(b)


def _same_number(a: Fact, b: Fact) -> bool:
    x, y = as_number(a, a.value), as_number(b, b.value)
    return x is not None and x == y and (a.approx or None) == (b.approx or None) and a.max is None and b.max is None


# A minute of a match written with or without 第 (穆勒第75分钟被罚下, 穆勒75分钟被罚下): the engine reads one an
# ordinal and the other a length of time, yet both name the same moment of the game. Minutes only: 第3天 and 3天,
# 第2年 and 2年 are a day or a year of a period against a length of time.
_MINUTE = compiled(r"^第\s*(\d+)\s*分钟$")


def _minute_mark(c: Fact, s: Fact) -> Fact | None:
    """A draft's 第N分钟 re-read as the source's N分钟 (or the other way), else None. A draft's 第N分钟 is read as
    a length of N minutes wherever the source writes a match's minutes that way, whatever its number: 第86分钟 for the
    source's 89分钟 is then a changed minute, not a figure the source never gives."""
    from ..normalize import normalize

    if c.approx is not None or s.approx is not None or c.max is not None or s.max is not None:
        return None
    if c.type == "ordinal" and s.type == "duration":
        m, d = _MINUTE.match(normalize(c.text)), s
    elif c.type == "duration" and s.type == "ordinal":
        m, d = _MINUTE.match(normalize(s.text)), c
    else:
        return None
    if m is None or not isinstance(d.value, DurationValue) or not normalize(d.text).endswith("分钟"):
        return None
    minute = Decimal(m.group(1))
    if len(d.value.parts) != 1 or d.value.parts[0][1] != "TM":
        return None
    if c.type == "ordinal":
        # (the draft's own minute, in the source's type)
        return dataclasses.replace(c, type="duration", value=DurationValue(((minute, "TM"),)), unit=s.unit,
                                   subject=s.subject, category=s.category)  # fmt: skip
    if d.value.parts[0][0] != minute:
        return None
    return dataclasses.replace(c, type=s.type, value=s.value, unit=s.unit, subject=s.subject, category=s.category)


def _reading(c: Fact, s: Fact, source: Sequence[Fact]) -> Fact | None:
    """`c` re-read as `s`'s type when both name one noun with one number, else None."""
    if (minute := _minute_mark(c, s)) is not None:
        return minute
    if (streak := as_streak(c, s, source)) is not None:
        return streak
    if not _same_number(c, s):
        return None
    # (a head must be read on both sides: a Chinese unit or noun has none here, and 14岁 is no 14宗)
    if c.type == "quantity" and s.type == "count" and c.unit and _same_head(c.unit, s.subject):
        return dataclasses.replace(c, type="count", unit=None, subject=s.subject, category=s.category)
    if c.type == "count" and s.type == "quantity" and s.unit and _same_head(c.subject, s.unit):
        return dataclasses.replace(c, type="quantity", unit=s.unit, subject=None, category=None)
    if c.type == "ordinal" and s.type == "count" and s.subject and _head(s.subject) in _ordinal_noun(c):
        return dataclasses.replace(c, type="count", subject=s.subject, category=s.category)
    return None


# Money roles the engine reads from a verb that are also facets of money (earned → profit, took → revenue).
_ROLE_FACETS = frozenset(("profit", "revenue"))


def role_facet(f: Fact) -> Fact:
    """A money figure with no money facet, given the facet of its role when that role is one (earned $412 million
    → money:profit); any other figure unchanged."""
    if f.type != "money" or f.role not in _ROLE_FACETS or any(x.startswith("money:") for x in f.facets):
        return f
    return dataclasses.replace(f, facets=(*f.facets, f"money:{f.role}"))


def as_source_reads(draft: Sequence[Fact], source: Sequence[Fact]) -> list[Fact]:
    """The draft's facts, each one that no source figure of its type equals in number re-read as the type of a
    source figure with its number and noun (the first such); the others unchanged."""
    types: dict[str, list[Fact]] = {}
    for s in source:
        types.setdefault(s.type, []).append(s)
    out: list[Fact] = []
    for c in draft:
        read = c
        if c.type in ("quantity", "count", "ordinal", "duration") and not any(
            _same_number(c, s) for s in types.get(c.type, ())
        ):
            for s in source:
                r = _reading(c, s, source)
                if r is not None:
                    read = r
                    break
        out.append(role_facet(read))
    return out
