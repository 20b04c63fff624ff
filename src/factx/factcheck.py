"""Fact-checking figures: does a draft carry the same numbers as its source, and what changed between versions.

This is a typed library; `review_cli` only reads files and renders what it returns.

Two questions are kept apart, because they fail in different ways:

* **Is the value in the source?** (`equivalent`) Values are compared after normalization, never as text:
  money by currency and exact `Decimal` (4725万元 = 4,725万 = 47,250,000元 = 0.4725亿元), quantities after
  converting units of one dimension (1公顷 = 15亩), durations as (months, seconds), dates by the interval
  they resolve to (2019-07-02 = 2019年7月2日). A claim is *supported* when ANY source fact of the same type
  is equivalent; the most similar one is reported as evidence.
* **Which source figure talks about the same thing?** (`similarity`) Used only when no equal value exists,
  to tell a *mismatch* (the source says something else about the same thing) from *not found*. It scores
  the type-specific attributes (subject, money role, count category, units) and the character-bigram
  overlap of the sentences and of the few characters around each figure, with every figure masked so
  that the numbers themselves never make two sentences look alike.

A mismatch is then classified by how the two values differ (`classify`): a transposed or mistyped digit,
a ×10ⁿ magnitude slip (万/亿), a changed year, one end of a range, a dropped approximation word (a
"minor" difference), a changed currency or unit.

**Unknown years.** Without a reference date, 今年7月2日 or 7月2日 keeps year XXXX. Such a date is equal
to a date with a known year Y only when (1) every other part (month, day, time, interval end, approx)
is equal, and (2) the side with the unknown year allows Y: the document it comes from names Y somewhere,
or names no year at all (then nothing in it contradicts Y). Two unknown years are equal when the words
that stand for them agree (今年 = 本年, 去年 = 上年 …) or neither has such a word. A date with no known
part at all (a bare 今年 with no reference date) is never equal to anything: there is nothing to check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any, Literal

from .model import DateValue, DurationValue, Fact, PartialDate, format_decimal
from .patterns import words_re
from .zh import tables as zh

VerdictKind = Literal["supported", "mismatch", "not_found"]
ChangeKind = Literal["added", "removed", "changed", "unchanged"]
Difference = Literal[
    "transposition", "digit", "magnitude", "year", "date", "range_end", "range", "approx", "precision",
    "currency", "unit", "kind", "value",
]  # fmt: skip
Severity = Literal["major", "minor"]

# Differences that do not change the figure itself, only how exactly it is stated.
MINOR: frozenset[str] = frozenset({"approx", "precision", "unit"})
# Differences typical of a slip when copying a figure; they make two figures likelier to be the same one.
SLIPS: frozenset[str] = frozenset(
    {"transposition", "digit", "magnitude", "year", "range_end", "range", "approx", "precision", "unit"}
)
_SLIP_BONUS = 0.08
_SHORTLIST = 8  # candidates per claim that are classified (by context rank)

# A source figure is "the same thing" as a claim when their similarity reaches this (0..1); below it, a
# claim without an equal value in the source is "not found". Tuned on the examples in tests/test_check.py.
MATCH_THRESHOLD = 0.35
# diff: pairs with different values must reach this to count as one figure changed (else removed + added);
# pairs with equal values only need UNCHANGED_THRESHOLD (a moved or reworded sentence keeps its figure).
CHANGE_THRESHOLD = 0.38
UNCHANGED_THRESHOLD = 0.12
# A source figure already serving as evidence for a supported claim is a less likely partner for another.
_USED_PENALTY = 0.75
_LOCAL = 6  # characters on either side of a figure that form its local context


@dataclass(frozen=True, slots=True)
class Verdict:
    """One draft figure and what the source says about it."""

    verdict: VerdictKind
    claim: Fact
    evidence: Fact | None
    difference: Difference | None = None
    severity: Severity | None = None
    detail: str = ""
    score: float = 0.0

    def to_dict(self, claim_source: str | None = None, evidence_source: str | None = None) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "claim": _fact_dict(self.claim, claim_source),
            "evidence": _fact_dict(self.evidence, evidence_source) if self.evidence is not None else None,
            "difference": self.difference,
            "severity": self.severity,
            "detail": self.detail or None,
            "score": round(self.score, 3),
        }


@dataclass(frozen=True, slots=True)
class Change:
    """One figure added, removed or changed between two versions (or unchanged, when asked for)."""

    change: ChangeKind
    old: Fact | None
    new: Fact | None
    difference: Difference | None = None
    severity: Severity | None = None
    detail: str = ""
    score: float = 0.0

    def to_dict(self, old_source: str | None = None, new_source: str | None = None) -> dict[str, Any]:
        return {
            "change": self.change,
            "old": _fact_dict(self.old, old_source) if self.old is not None else None,
            "new": _fact_dict(self.new, new_source) if self.new is not None else None,
            "difference": self.difference,
            "severity": self.severity,
            "detail": self.detail or None,
            "score": round(self.score, 3),
        }


def _fact_dict(f: Fact, source: str | None) -> dict[str, Any]:
    d = f.to_dict()
    return {"source": source, **d} if source is not None else d


# --- context: what a figure is about -----------------------------------------------------------------

_KEEP = re.compile(r"[\u3400-\u9fff\w\x00]")
_MASK = "\x00"


@dataclass(frozen=True, slots=True)
class _Ctx:
    sentence: frozenset[str]  # bigrams of the sentence, figures masked
    local: frozenset[str]  # bigrams of a few characters either side of the figure, figures masked
    subject: str | None


def _bigrams(s: str) -> frozenset[str]:
    s = "".join(_KEEP.findall(s))
    if len(s) < 2:
        return frozenset({s}) if s else frozenset()
    return frozenset(s[i : i + 2] for i in range(len(s) - 1))


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _contexts(facts: Sequence[Fact]) -> list[_Ctx]:
    """Masked sentence and local window for each fact.

    Facts that share a sentence are located in it in document order (they never overlap), so a figure
    that appears twice in one sentence is found at its own place.
    """
    groups: dict[tuple[int, str], list[int]] = {}
    for i, f in enumerate(facts):
        groups.setdefault((f.line, f.sentence), []).append(i)
    out: list[_Ctx | None] = [None] * len(facts)
    for (_, sentence), idx in groups.items():
        idx.sort(key=lambda i: facts[i].start)
        spans: list[tuple[int, int, int]] = []  # (start, end, fact index) inside the sentence
        cursor = 0
        for i in idx:
            text = facts[i].text
            pos = sentence.find(text, cursor) if text else -1
            if pos < 0:
                pos = sentence.find(text) if text else -1
            if pos >= 0 and all(pos >= e or pos + len(text) <= s for s, e, _ in spans):
                spans.append((pos, pos + len(text), i))
                cursor = pos + len(text)
        spans.sort()
        masked, marks, last = [], {}, 0
        for s, e, i in spans:
            masked.append(sentence[last:s])
            marks[i] = sum(len(p) for p in masked)
            masked.append(_MASK)
            last = e
        masked.append(sentence[last:])
        m = "".join(masked)
        sent = _bigrams(m)
        for i in idx:
            p = marks.get(i)
            # A figure not found in its own sentence (should not happen) falls back on the whole sentence.
            local = sent if p is None else _bigrams(m[max(0, p - _LOCAL) : p + 1 + _LOCAL])
            out[i] = _Ctx(sent, local, facts[i].subject)
    return [c if c is not None else _Ctx(frozenset(), frozenset(), None) for c in out]


def _subject_sim(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.4  # unknown on one side: neither evidence for nor against
    if a == b:
        return 1.0
    if a in b or b in a:
        return 0.8
    return max(_dice(_bigrams(a), _bigrams(b)), len(set(a) & set(b)) / max(len(set(a)), len(set(b))) * 0.6)


def _attr_sim(a: Fact, b: Fact) -> float:
    """Agreement of the type-specific attributes that say what a figure measures."""
    if a.type == "money":
        ra, rb = a.role or "other", b.role or "other"
        return 1.0 if ra == rb else (0.5 if "other" in (ra, rb) else 0.0)
    if a.type == "count":
        ca, cb = a.category or "other", b.category or "other"
        cat = 1.0 if ca == cb else (0.5 if "other" in (ca, cb) else 0.0)
        return 0.7 * cat + 0.3 * (1.0 if a.unit == b.unit else 0.0)
    if a.type == "quantity":
        return 1.0 if _dimension(a.unit) == _dimension(b.unit) else 0.0
    if a.type == "percent":
        return 1.0 if (a.kind or "percent") == (b.kind or "percent") else 0.3
    if a.type == "date":
        return 1.0 if a.grain == b.grain else 0.6
    return 1.0


def similarity(a: Fact, ca: _Ctx, b: Fact, cb: _Ctx, cache: dict[tuple[int, int], float] | None = None) -> float:
    """How likely two figures of one type talk about the same thing (0..1), from context only.

    `cache` keeps sentence similarities by sentence (facts of one sentence share its bigram set), which
    makes comparing two long documents several times cheaper.
    """
    if cache is None:
        sent = _dice(ca.sentence, cb.sentence)
    else:
        key = (id(ca.sentence), id(cb.sentence))
        sent = cache.get(key, -1.0)
        if sent < 0:
            sent = cache[key] = _dice(ca.sentence, cb.sentence)
    return (
        0.40 * _dice(ca.local, cb.local)
        + 0.30 * sent
        + 0.18 * _subject_sim(ca.subject, cb.subject)
        + 0.12 * _attr_sim(a, b)
    )


# --- values ------------------------------------------------------------------------------------------

# Quantity units of one dimension, as multiples of a base unit; exact fractions so that 15亩 == 1公顷.
_UNITS: dict[str, tuple[str, Fraction]] = {
    "米": ("m", Fraction(1)), "公里": ("m", Fraction(1000)), "千米": ("m", Fraction(1000)),
    "厘米": ("m", Fraction(1, 100)), "毫米": ("m", Fraction(1, 1000)), "海里": ("m", Fraction(1852)),
    "平方米": ("m2", Fraction(1)), "平米": ("m2", Fraction(1)), "㎡": ("m2", Fraction(1)),
    "平方公里": ("m2", Fraction(10**6)), "平方千米": ("m2", Fraction(10**6)), "公顷": ("m2", Fraction(10**4)),
    "亩": ("m2", Fraction(10**4, 15)),
    "吨": ("kg", Fraction(1000)), "公斤": ("kg", Fraction(1)), "千克": ("kg", Fraction(1)),
    "克": ("kg", Fraction(1, 1000)), "斤": ("kg", Fraction(1, 2)), "毫克": ("kg", Fraction(1, 10**6)),
    "升": ("l", Fraction(1)), "毫升": ("l", Fraction(1, 1000)), "立方米": ("l", Fraction(1000)),
    "立方": ("l", Fraction(1000)),
    "千瓦时": ("kwh", Fraction(1)), "度电": ("kwh", Fraction(1)), "兆瓦时": ("kwh", Fraction(1000)),
    "瓦": ("w", Fraction(1)), "千瓦": ("w", Fraction(1000)), "兆瓦": ("w", Fraction(10**6)),
    "岁": ("age", Fraction(1)), "周岁": ("age", Fraction(1)),
    "公里/小时": ("kmh", Fraction(1)), "千米/小时": ("kmh", Fraction(1)), "公里每小时": ("kmh", Fraction(1)),
}  # fmt: skip


def _dimension(unit: str | None) -> str:
    return _UNITS[unit][0] if unit in _UNITS else f"unit:{unit}"


def _base(value: Any, unit: str | None) -> Fraction | None:
    """A quantity in its dimension's base unit (an exact fraction); None for no value."""
    if not isinstance(value, Decimal):
        return None
    scale = _UNITS[unit][1] if unit in _UNITS else Fraction(1)
    return Fraction(value) * scale


def _duration_key(d: Any) -> tuple[Fraction, Fraction] | None:
    """A duration as (months, seconds): years fold into months and weeks into seconds; months and days
    do not mix (a month has no fixed length)."""
    if not isinstance(d, DurationValue):
        return None
    months, seconds = Fraction(0), Fraction(0)
    per = {"Y": (12, 0), "M": (1, 0), "W": (0, 7 * 86400), "D": (0, 86400), "TH": (0, 3600), "TM": (0, 60),
           "TS": (0, 1)}  # fmt: skip
    for amount, unit in d.parts:
        m, s = per[unit]
        months += Fraction(amount) * m
        seconds += Fraction(amount) * s
    return months, seconds


_REL_YEAR = zh.RELATIVE_YEARS
_REL_YEAR_RE = re.compile(words_re(_REL_YEAR))


def _rel_year(f: Fact) -> int | None:
    m = _REL_YEAR_RE.search(f.text)
    return _REL_YEAR[m.group()] if m else None


def _strip_year(p: PartialDate | None) -> tuple[int | None, ...] | None:
    if p is None:
        return None
    return (p.month, p.day, p.hour, p.minute, p.second)


@lru_cache(maxsize=8192)
def date_bounds(v: DateValue) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """The resolved interval [lo, hi] of a date with a known year, as comparable tuples."""
    s = v.start
    if s.year is None:
        return None
    e = v.end or v.start
    ey = e.year if e.year is not None else s.year

    def point(p: PartialDate, year: int, high: bool) -> tuple[int, ...]:
        month = p.month if p.month is not None else (12 if high else 1)
        last = PartialDate(year, month).last_day()
        day = p.day if p.day is not None else (last if high else 1)
        if p.hour is None:
            return (year, month, day, 23 if high else 0, 59 if high else 0)
        minute = p.minute if p.minute is not None else (59 if high else 0)
        return (year, month, day, p.hour, minute)

    return point(s, s.year, False), point(e, ey, True)


def _no_year(v: DateValue) -> tuple[Any, ...]:
    """The parts of a date other than its year, for comparing dates whose year is unknown."""
    end = v.end if v.end is not None and v.end != v.start else None
    return (_strip_year(v.start), _strip_year(end))


def _nothing_known(v: DateValue) -> bool:
    return v.start.year is None and v.start.month is None and v.start.day is None and v.start.hour is None


def _words(f: Fact) -> str:
    return "".join(f.text.split())


def _stated_years(facts: Sequence[Fact]) -> frozenset[int]:
    years: set[int] = set()
    for f in facts:
        if isinstance(f.value, DateValue) and not _guessed_year(f):
            for p in (f.value.start, f.value.end):
                if p is not None and p.year is not None:
                    years.add(p.year)
    return frozenset(years)


def _guessed_year(f: Fact) -> bool:
    """A year the engine took from the reference date for a date written without one (4月27日): a guess."""
    return bool(f.note and "year from the reference date" in f.note)


def _without_year(v: DateValue) -> DateValue:
    def drop(p: PartialDate | None) -> PartialDate | None:
        return None if p is None else PartialDate(None, p.month, p.day, p.hour, p.minute, p.second)

    start = drop(v.start)
    assert start is not None
    return DateValue(start, drop(v.end), v.grain)


def _date_equal(a: Fact, b: Fact, years_a: frozenset[int], years_b: frozenset[int]) -> tuple[bool, str]:
    """Equal resolved dates (ignoring approx), with a note when an unknown or guessed year was accepted.

    A year guessed from the reference date is not a stated year: when the dates differ with it, they are
    compared again with that year unknown (so 4月27日 in a draft read with 2021 as its reference date can
    still match the source's 2020年4月27日 when the draft names 2020, or no year at all).
    """
    va, vb = a.value, b.value
    assert isinstance(va, DateValue) and isinstance(vb, DateValue)
    ok, note = _date_values_equal(a, va, b, vb, years_a, years_b)
    ga, gb = _guessed_year(a), _guessed_year(b)
    if ok or not (ga or gb):
        return ok, note
    va, vb = (_without_year(va) if ga else va), (_without_year(vb) if gb else vb)
    ok, note = _date_values_equal(a, va, b, vb, years_a, years_b)
    if ok and note:
        note = note.replace("is not stated", "was guessed from the reference date")
    return ok, note


def _date_values_equal(
    a: Fact, va: DateValue, b: Fact, vb: DateValue, years_a: frozenset[int], years_b: frozenset[int]
) -> tuple[bool, str]:
    ba, bb = date_bounds(va), date_bounds(vb)
    if ba is not None and bb is not None:
        return ba == bb, ""
    if _no_year(va) != _no_year(vb):
        return False, ""
    if ba is None and bb is None:
        if _nothing_known(va):  # 今年, 今天, 近日 with no reference date: only the words can agree
            return _words(a) == _words(b), ""
        ra, rb = _rel_year(a), _rel_year(b)
        return (ra == rb or ra is None or rb is None), ""
    if _nothing_known(va) or _nothing_known(vb):
        return False, ""  # an unknown year alone against a known one: nothing to compare
    unknown_years, known = (years_a, vb.start.year) if ba is None else (years_b, va.start.year)
    if not unknown_years or known in unknown_years:
        unknown = a if ba is None else b
        return True, f"the year of {unknown.text} is not stated; {known} is consistent with its text"
    return False, ""


def _date_contains(outer: DateValue, inner: DateValue) -> bool:
    bo, bi = date_bounds(outer), date_bounds(inner)
    return bo is not None and bi is not None and bo != bi and bo[0] <= bi[0] and bi[1] <= bo[1]


def _same_measure(a: Fact, b: Fact) -> bool:
    """Same currency, percent kind or unit dimension: values of the two can be compared at all."""
    if a.type == "money":
        return (a.currency or "CNY") == (b.currency or "CNY")
    if a.type == "percent":
        return (a.kind or "percent") == (b.kind or "percent")
    if a.type == "quantity":
        return _dimension(a.unit) == _dimension(b.unit)
    return True  # counts: the category is a guess from a nearby noun; it weighs in `similarity` only


def _num(f: Fact, v: Any) -> Fraction | None:
    if v is None:
        return None
    if f.type == "quantity":
        return _base(v, f.unit)
    if f.type == "duration":
        k = _duration_key(v)
        return None if k is None else k[0] * 10**9 + k[1]  # one number that orders like (months, seconds)
    return Fraction(v) if isinstance(v, Decimal) else None


def _value_key(f: Fact) -> tuple[Any, ...] | None:
    """A hashable normal form of a non-date value: equal keys mean equal values (dates: None, they need
    the unknown-year rules)."""
    if f.type == "date":
        return None
    if f.type == "duration":
        return (f.type, _duration_key(f.value), _duration_key(f.max))
    measure = (
        (f.currency or "CNY")
        if f.type == "money"
        else (f.kind or "percent")
        if f.type == "percent"
        else (_dimension(f.unit) if f.type == "quantity" else None)
    )
    return (f.type, measure, _num(f, f.value), _num(f, f.max))


def _equal_keyed(
    a: Fact, ka: tuple[Any, ...] | None, b: Fact, kb: tuple[Any, ...] | None, ya: frozenset[int], yb: frozenset[int]
) -> tuple[bool, str]:
    if ka is not None and kb is not None:
        return ka == kb, ""
    return values_equal(a, b, ya, yb)


def values_equal(
    a: Fact, b: Fact, years_a: frozenset[int] = frozenset(), years_b: frozenset[int] = frozenset()
) -> tuple[bool, str]:
    """Same type, comparable measure, equal value and range end (approx is compared separately)."""
    if a.type != b.type or not _same_measure(a, b):
        return False, ""
    if a.type == "date":
        ok, note = _date_equal(a, b, years_a, years_b)
        if not ok:
            return False, ""
        if (a.max is None) != (b.max is None):
            return False, ""
        return True, note
    if a.type == "duration":
        return _duration_key(a.value) == _duration_key(b.value) and _duration_key(a.max) == _duration_key(b.max), ""
    return _num(a, a.value) == _num(b, b.value) and _num(a, a.max) == _num(b, b.max), ""


def equivalent(
    a: Fact, b: Fact, years_a: frozenset[int] = frozenset(), years_b: frozenset[int] = frozenset()
) -> tuple[bool, str]:
    """Equal values stated with the same approximation: the claim says exactly what the source says."""
    ok, note = values_equal(a, b, years_a, years_b)
    return (ok and (a.approx or None) == (b.approx or None)), note


# --- how two values differ ---------------------------------------------------------------------------

_APPROX_WORDS = {"more_than": "more than", "about": "about", "at_least": "at least", "at_most": "at most",
                 "less_than": "less than"}  # fmt: skip
_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def _terminating(x: Fraction) -> bool:
    d = x.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def _plain(x: Fraction) -> str:
    """The digits of a number as written in plain decimal, without point or leading zeros: 0.4725 → 4725."""
    return format_decimal(Decimal(x.numerator) / Decimal(x.denominator)).replace(".", "").lstrip("-0") or "0"


def _significant(x: Fraction) -> tuple[str, int]:
    """Significant digits and decimal exponent: 47250000 → ('4725', 4)."""
    if x == 0:
        return "0", 0
    _, digits, exp = (Decimal(x.numerator) / Decimal(x.denominator)).normalize().as_tuple()
    assert isinstance(exp, int)
    return "".join(map(str, digits)), exp


def _adjacent_swap(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _one_digit(a: str, b: str) -> bool:
    return len(a) == len(b) >= 2 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _power_of_ten(r: Fraction) -> int | None:
    """n when r == 10ⁿ for some n ≠ 0, else None."""
    for n in range(1, 19):
        if r == 10**n:
            return n
        if r == Fraction(1, 10**n):
            return -n
    return None


def _classify_numbers(x: Fraction, y: Fraction, claim_text: str, source_text: str) -> tuple[Difference, str]:
    """How claim value x differs from source value y: a ×10ⁿ slip, a digit swap or typo, or just another value."""
    n = _power_of_ten(x / y) if y and x else None
    if n is not None:
        return "magnitude", f"off by a factor of {_pow10(n)}{_scale_words(claim_text, source_text)}"
    if not (_terminating(x) and _terminating(y)):
        return "value", ""
    # Significant digits first (4752万 vs 4725万 → 4752 vs 4725; also a swap combined with a 万/亿 slip),
    # then the digits as written, which keep inner zeros (1205 vs 1250).
    (sx, ex), (sy, ey) = _significant(x), _significant(y)
    if len(sx) == len(sy) and _adjacent_swap(sx, sy):
        scale = ex - ey
        extra = f", and off by a factor of {_pow10(scale)}{_scale_words(claim_text, source_text)}" if scale else ""
        return "transposition", f"digits transposed: {sx} vs {sy}{extra}"
    if ex == ey and _one_digit(sx, sy):
        return "digit", f"one digit differs: {sx} vs {sy}"
    px, py = _plain(x), _plain(y)
    if _adjacent_swap(px, py):
        return "transposition", f"digits transposed: {px} vs {py}"
    if _one_digit(px, py):
        return "digit", f"one digit differs: {px} vs {py}"
    return "value", ""


def _pow10(n: int) -> str:
    return "10" + str(n).translate(_SUPERSCRIPT)


_SCALE_RE = re.compile(r"[万亿萬億千百]+")


def _scale_words(claim_text: str, source_text: str) -> str:
    a = "".join(_SCALE_RE.findall(claim_text))
    b = "".join(_SCALE_RE.findall(source_text))
    return f" ({a or 'no unit word'} vs {b or 'no unit word'})" if a != b else ""


def classify(
    claim: Fact, source: Fact, years_a: frozenset[int] = frozenset(), years_b: frozenset[int] = frozenset()
) -> tuple[Difference, str]:
    """Name the difference between two figures of one type taken to be about the same thing."""
    if claim.type == "money" and (claim.currency or "CNY") != (source.currency or "CNY"):
        return "currency", f"{claim.currency} vs {source.currency}"
    if claim.type == "percent" and (claim.kind or "percent") != (source.kind or "percent"):
        return "kind", f"{claim.kind or 'percent'} vs {source.kind or 'percent'}"
    if claim.type == "quantity" and _dimension(claim.unit) != _dimension(source.unit):
        return "unit", f"{claim.unit} vs {source.unit}"
    same, _ = values_equal(claim, source, years_a, years_b)
    if same:
        if (claim.approx or None) != (source.approx or None):
            return "approx", _approx_detail(claim, source)
        return "value", ""
    if claim.type == "date":
        kind, detail = _classify_dates(claim, source)
        if claim.text == source.text:  # 同年9月21日 after its year moved, 今天 under another dateline
            detail = f"same words, resolved differently from their context: {detail}"
        return kind, detail
    x, y = _num(claim, claim.value), _num(source, source.value)
    hx, hy = _num(claim, claim.max), _num(source, source.max)
    if x is None or y is None:
        return "value", ""
    if hx is None and hy is not None and x in (y, hy):
        return "range_end", f"the source gives a range ({source.text}); the draft gives one end"
    if hx is not None and hy is None and y in (x, hx):
        return "range_end", f"the draft gives a range ({claim.text}); the source gives one figure"
    if hx is not None and hy is not None and (x == y or hx == hy):
        return "range", f"range {claim.text} vs {source.text}"
    if claim.type == "duration":
        return _classify_durations(claim, source)
    if claim.type == "quantity" and claim.unit == source.unit:
        x, y = Fraction(claim.value), Fraction(source.value)  # type: ignore[arg-type]  # digits as written
    return _classify_numbers(x, y, claim.text, source.text)


# Only for naming a difference: the mean length of a month, so that 90天 and 3个月 can be called "about equal".
_MONTH_SECONDS = Fraction(30436875, 10**6) * 86400


def _classify_durations(claim: Fact, source: Fact) -> tuple[Difference, str]:
    ka, kb = _duration_key(claim.value), _duration_key(source.value)
    if ka is None or kb is None:
        return "value", ""
    la, lb = ka[0] * _MONTH_SECONDS + ka[1], kb[0] * _MONTH_SECONDS + kb[1]
    if lb and abs(la - lb) / lb <= Fraction(5, 100):
        return "unit", f"about the same length in other units: {claim.text} vs {source.text}"
    return "value", ""


def _approx_detail(claim: Fact, source: Fact) -> str:
    if claim.approx is None:
        return f"the draft drops the approximation ({_APPROX_WORDS[source.approx or '']}): {source.text} → {claim.text}"
    if source.approx is None:
        return f"the draft adds an approximation ({_APPROX_WORDS[claim.approx]}) the source does not have"
    return f"{_APPROX_WORDS[claim.approx]} vs {_APPROX_WORDS[source.approx]}"


def _year_words(f: Fact, year: int | None) -> str:
    if year is None:
        return "year not stated"
    return f"{year} (guessed from the reference date)" if _guessed_year(f) else str(year)


def _same_point(p: PartialDate | None, q: PartialDate | None) -> bool:
    """Equal points, or equal but for a year unknown on one side (for naming a difference only)."""
    if p is None or q is None:
        return False
    return p == q or ((p.year is None or q.year is None) and _strip_year(p) == _strip_year(q))


def _classify_dates(claim: Fact, source: Fact) -> tuple[Difference, str]:
    va, vb = claim.value, source.value
    assert isinstance(va, DateValue) and isinstance(vb, DateValue)
    ya, yb = va.start.year, vb.start.year
    if _no_year(va) == _no_year(vb) and ya != yb:
        a = _year_words(claim, ya)
        b = _year_words(source, yb)
        return "year", f"{a} vs {b}"
    pa, pb = va.end is not None and va.end != va.start, vb.end is not None and vb.end != vb.start
    if not pa and pb and (_same_point(va.start, vb.start) or _same_point(va.start, vb.end)):
        return "range_end", f"the source gives an interval ({source.text}); the draft gives one end"
    if pa and not pb and (_same_point(vb.start, va.start) or _same_point(vb.start, va.end)):
        return "range_end", f"the draft gives an interval ({claim.text}); the source gives one date"
    if _date_contains(va, vb):
        return "precision", f"the draft is less precise ({va.iso()}) than the source ({vb.iso()})"
    if _date_contains(vb, va):
        return "precision", f"the draft is more precise ({va.iso()}) than the source ({vb.iso()})"
    ia, ib = va.iso().replace("-", ""), vb.iso().replace("-", "")
    if _adjacent_swap(ia, ib):
        return "transposition", f"digits transposed: {va.iso()} vs {vb.iso()}"
    if _one_digit(ia, ib):
        return "digit", f"one digit differs: {va.iso()} vs {vb.iso()}"
    return "date", f"{va.iso()} vs {vb.iso()}"


# --- check ---------------------------------------------------------------------------------------------


def check(
    source_facts: Sequence[Fact],
    draft_facts: Sequence[Fact],
    *,
    ignore_approx: bool = False,
    threshold: float = MATCH_THRESHOLD,
) -> list[Verdict]:
    """A verdict for every draft figure, in draft order.

    Supported: some source fact of the same type has an equivalent value (the most similar is evidence).
    Otherwise the most similar source fact of the same type, if similar enough, is the evidence of a
    mismatch; else the claim is not found. `ignore_approx` counts approximation-only differences
    (10余万元 vs 10万元) as supported.
    """
    src_ctx, dr_ctx = _contexts(source_facts), _contexts(draft_facts)
    src_years, dr_years = _stated_years(source_facts), _stated_years(draft_facts)
    src_keys, dr_keys = [_value_key(f) for f in source_facts], [_value_key(f) for f in draft_facts]
    by_type: dict[str, list[int]] = {}
    by_key: dict[tuple[Any, ...], list[int]] = {}  # non-date values: equal keys are equal values
    for j, s in enumerate(source_facts):
        by_type.setdefault(s.type, []).append(j)
        k = src_keys[j]
        if k is not None:
            by_key.setdefault(k, []).append(j)
    sent_cache: dict[tuple[int, int], float] = {}
    sims: dict[tuple[int, int], float] = {}

    def sim(i: int, j: int) -> float:
        v = sims.get((i, j))
        if v is None:
            v = sims[(i, j)] = similarity(draft_facts[i], dr_ctx[i], source_facts[j], src_ctx[j], sent_cache)
        return v

    out: list[Verdict | None] = [None] * len(draft_facts)
    used: set[int] = set()
    for i, c in enumerate(draft_facts):
        # (exact?, score, j, note): an exact statement beats a looser one (approx-only when ignored, or a
        # coarser date), then the more similar context wins.
        best: tuple[bool, float, int, str] | None = None
        k = dr_keys[i]
        for j in by_key.get(k, ()) if k is not None else by_type.get(c.type, ()):
            s = source_facts[j]
            ok, note = (True, "") if k is not None else values_equal(c, s, dr_years, src_years)
            exact = ok and (c.approx or None) == (s.approx or None)
            if ok and not exact:
                if not ignore_approx:
                    continue
                note = _approx_detail(c, s)
            elif not ok:
                # A coarser date containing the source's (2019年 for 2019年7月2日) is true as well, but only
                # as a statement about that same event, so it must also be the same thing in context.
                if not (isinstance(c.value, DateValue) and isinstance(s.value, DateValue)
                        and _date_contains(c.value, s.value) and c.approx == s.approx
                        and sim(i, j) >= threshold):  # fmt: skip
                    continue
                note = f"the draft is less precise ({c.value.iso()}) than the source ({s.value.iso()})"
            score = sim(i, j)
            if best is None or (exact, score) > (best[0], best[1]):
                best = (exact, score, j, note)
        if best is not None:
            _, score, j, note = best
            out[i] = Verdict("supported", c, source_facts[j], detail=note, score=score)
            used.add(j)

    for i, c in enumerate(draft_facts):
        if out[i] is not None:
            continue
        if isinstance(c.value, DateValue) and _nothing_known(c.value):
            hint = "the date has no known year (no reference date): pass --ref-date to check it"
            out[i] = Verdict("not_found", c, None, detail=hint)
            continue
        # Rank by context (a source figure already used as evidence is a less likely partner), then let a
        # typical slip (digit swap, 万/亿, year …) lift the few best: classifying every pair is too slow.
        pre = sorted(
            ((sim(i, j) * (_USED_PENALTY if j in used else 1.0), j) for j in by_type.get(c.type, ())),
            key=lambda t: (-t[0], t[1]),
        )[:_SHORTLIST]
        ranked: list[tuple[float, int, Difference, str]] = []
        for rank, j in pre:
            if rank + _SLIP_BONUS < threshold:
                break
            kind, detail = classify(c, source_facts[j], dr_years, src_years)
            ranked.append((rank + (_SLIP_BONUS if kind in SLIPS else 0.0), j, kind, detail))
        ranked.sort(key=lambda t: (-t[0], t[1]))
        if ranked and ranked[0][0] >= threshold:
            _, j, kind, detail = ranked[0]
            severity: Severity = "minor" if kind in MINOR else "major"
            out[i] = Verdict("mismatch", c, source_facts[j], kind, severity, detail, sim(i, j))
        else:
            near = f"closest source figure: {source_facts[pre[0][1]].text}" if pre else ""
            out[i] = Verdict("not_found", c, None, detail=near, score=sim(i, pre[0][1]) if pre else 0.0)
    _note_other_context(out, draft_facts, source_facts, by_type, sim)
    return [v for v in out if v is not None]


def _note_other_context(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                        by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """A supported claim whose equal value sits in an unrelated sentence, while a figure about the same
    thing says something else, stays supported (the rule is "any equal value") but says so."""
    for i, v in enumerate(out):
        if v is None or v.verdict != "supported" or v.detail or v.evidence is None or v.score > 0.7:
            continue  # (another figure can only beat it by 0.3 when its own score is at most 0.7)
        others = [(sim(i, j), j) for j in by_type.get(draft[i].type, ()) if source[j] is not v.evidence]
        if not others:
            continue
        score, j = max(others)
        if score >= 0.6 and score - v.score >= 0.3 and not values_equal(draft[i], source[j])[0]:
            detail = f"the value appears in another context; the closest figure says {source[j].text}"
            out[i] = Verdict("supported", v.claim, v.evidence, detail=detail, score=v.score)


# --- diff ----------------------------------------------------------------------------------------------


def diff(
    old_facts: Sequence[Fact],
    new_facts: Sequence[Fact],
    *,
    include_unchanged: bool = False,
    change_threshold: float = CHANGE_THRESHOLD,
    unchanged_threshold: float = UNCHANGED_THRESHOLD,
) -> list[Change]:
    """Figures added, removed and changed from OLD to NEW, in the order of NEW (removed ones where they were).

    Figures are aligned one to one, best pairs first: a pair's score is its context similarity plus a
    bonus when the values are equivalent, plus a little for keeping its relative position. Equal pairs
    need only a weak context match (a reworded sentence keeps its figures); different values must be
    clearly about the same thing to count as changed, else they are one figure removed and one added.
    """
    oc, nc = _contexts(old_facts), _contexts(new_facts)
    oy, ny = _stated_years(old_facts), _stated_years(new_facts)
    ok_, nk = [_value_key(f) for f in old_facts], [_value_key(f) for f in new_facts]
    no, nn = max(len(old_facts), 1), max(len(new_facts), 1)
    new_by_type: dict[str, list[int]] = {}
    for j, n in enumerate(new_facts):
        new_by_type.setdefault(n.type, []).append(j)
    cache: dict[tuple[int, int], float] = {}
    pairs: list[tuple[float, float, int, int, bool]] = []
    for i, o in enumerate(old_facts):
        for j in new_by_type.get(o.type, ()):
            n = new_facts[j]
            ctx = similarity(n, nc[j], o, oc[i], cache)
            if ctx < min(unchanged_threshold, change_threshold):
                continue
            eq = _equal_keyed(n, nk[j], o, ok_[i], ny, oy)[0] and (n.approx or None) == (o.approx or None)
            if ctx < (unchanged_threshold if eq else change_threshold):
                continue
            position = 1 - abs(i / no - j / nn)
            pairs.append((ctx + (0.5 if eq else 0.0) + 0.1 * position, ctx, i, j, eq))
    pairs.sort(key=lambda p: (-p[0], p[2], p[3]))
    old_to_new: dict[int, tuple[int, float, bool]] = {}
    taken_new: set[int] = set()
    for _, ctx, i, j, eq in pairs:
        if i in old_to_new or j in taken_new:
            continue
        old_to_new[i] = (j, ctx, eq)
        taken_new.add(j)

    keyed: list[tuple[tuple[int, int, int], Change]] = []
    for i, (j, ctx, eq) in old_to_new.items():
        o, n = old_facts[i], new_facts[j]
        if eq:
            if include_unchanged:
                keyed.append(((n.start, 0, 0), Change("unchanged", o, n, score=ctx)))
            continue
        kind, detail = classify(n, o, ny, oy)
        keyed.append(((n.start, 0, 0), Change("changed", o, n, kind, "minor" if kind in MINOR else "major",
                                              detail, ctx)))  # fmt: skip
    for j, n in enumerate(new_facts):
        if j not in taken_new:
            keyed.append(((n.start, 0, 0), Change("added", None, n)))
    anchor = -1
    for i, o in enumerate(old_facts):
        if i in old_to_new:
            anchor = new_facts[old_to_new[i][0]].start
            continue
        keyed.append(((anchor, 1, o.start), Change("removed", o, None)))
    keyed.sort(key=lambda t: t[0])
    return [c for _, c in keyed]


__all__ = [
    "CHANGE_THRESHOLD", "MATCH_THRESHOLD", "Change", "Verdict", "check", "classify", "diff", "equivalent",
    "similarity", "values_equal",
]  # fmt: skip
