"""Whether two figures state the same value: compared after normalization, never as text.

Money by currency and exact `Decimal` (4725万元 = 4,725万 = 47,250,000元 = 0.4725亿元); quantities
through the unit table in `factx.units`, in any language (5 km = 5,000 metres = 5公里, 1公顷 = 15亩);
durations as (months, seconds); dates by the interval they resolve to (2019-07-02 = 2019年7月2日).

**Unknown years.** Without a reference date, 今年7月2日 or 7月2日 keeps year XXXX. Such a date is equal
to a date with a known year Y only when (1) every other part (month, day, time, interval end, approx)
is equal, and (2) the side with the unknown year allows Y: the document it comes from names Y somewhere,
or names no year at all (then nothing in it contradicts Y). Two unknown years are equal when the words
that stand for them agree (今年 = 本年, 去年 = 上年 …) or neither has such a word. A date with no known
part at all (a bare 今年 with no reference date) is never equal to anything: there is nothing to check.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from .. import units
from ..model import DateValue, DurationValue, Fact, PartialDate
from ..patterns import compiled, words_re
from ..zh import tables as zh


def _quantity(value: Any, unit: str | None) -> Fraction | None:
    """A quantity in its dimension's base unit (an exact fraction); None for no value. A unit word the
    table does not know is a dimension of its own, counted as written."""
    if not isinstance(value, Decimal):
        return None
    base = units.to_base(value, unit)
    return base if base is not None else Fraction(value)


def duration_key(d: Any) -> tuple[Fraction, Fraction] | None:
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
_REL_YEAR_RE = compiled(words_re(_REL_YEAR))


def _rel_year(f: Fact) -> int | None:
    m = _REL_YEAR_RE.search(f.text)
    return _REL_YEAR[m.group()] if m else None


def strip_year(p: PartialDate | None) -> tuple[int | None, ...] | None:
    """The parts of a point in time other than its year."""
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


def no_year(v: DateValue) -> tuple[Any, ...]:
    """The parts of a date other than its year, for comparing dates whose year is unknown."""
    end = v.end if v.end is not None and v.end != v.start else None
    return (strip_year(v.start), strip_year(end))


def nothing_known(v: DateValue) -> bool:
    """A date with no known part at all (今年 or 今天 without a reference date)."""
    return v.start.year is None and v.start.month is None and v.start.day is None and v.start.hour is None


def _words(f: Fact) -> str:
    return "".join(f.text.split())


def stated_years(facts: Sequence[Fact]) -> frozenset[int]:
    """The years a document states (not the ones guessed from its reference date)."""
    years: set[int] = set()
    for f in facts:
        if isinstance(f.value, DateValue) and not guessed_year(f):
            for p in (f.value.start, f.value.end):
                if p is not None and p.year is not None:
                    years.add(p.year)
    return frozenset(years)


def guessed_year(f: Fact) -> bool:
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
    ga, gb = guessed_year(a), guessed_year(b)
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
    if no_year(va) != no_year(vb):
        return False, ""
    if ba is None and bb is None:
        if nothing_known(va):  # 今年, 今天, 近日 with no reference date: only the words can agree
            return _words(a) == _words(b), ""
        ra, rb = _rel_year(a), _rel_year(b)
        return (ra == rb or ra is None or rb is None), ""
    if nothing_known(va) or nothing_known(vb):
        return False, ""  # an unknown year alone against a known one: nothing to compare
    unknown_years, known = (years_a, vb.start.year) if ba is None else (years_b, va.start.year)
    if not unknown_years or known in unknown_years:
        unknown = a if ba is None else b
        return True, f"the year of {unknown.text} is not stated; {known} is consistent with its text"
    return False, ""


def date_contains(outer: DateValue, inner: DateValue) -> bool:
    """`outer` is a strictly coarser interval around `inner` (2019年 around 2019年7月2日)."""
    bo, bi = date_bounds(outer), date_bounds(inner)
    return bo is not None and bi is not None and bo != bi and bo[0] <= bi[0] and bi[1] <= bo[1]


def same_measure(a: Fact, b: Fact) -> bool:
    """Same currency, percent kind or unit dimension: values of the two can be compared at all."""
    if a.type == "money":
        return (a.currency or "CNY") == (b.currency or "CNY")
    if a.type == "percent":
        return (a.kind or "percent") == (b.kind or "percent")
    if a.type == "quantity":
        return units.same_dimension(a.unit, b.unit)
    return True  # counts: the category is a guess from a nearby noun; it weighs in `similarity` only


def as_number(f: Fact, v: Any) -> Fraction | None:
    """One of the fact's values (its value or max) as one exact number that orders like the value:
    quantities in their base unit, durations folded so that months weigh more than any seconds."""
    if v is None:
        return None
    if f.type == "quantity":
        return _quantity(v, f.unit)
    if f.type == "duration":
        k = duration_key(v)
        return None if k is None else k[0] * 10**9 + k[1]  # one number that orders like (months, seconds)
    return Fraction(v) if isinstance(v, Decimal) else None


def value_key(f: Fact) -> tuple[Any, ...] | None:
    """A hashable normal form of a non-date value: equal keys mean equal values (dates: None, they need
    the unknown-year rules)."""
    if f.type == "date":
        return None
    if f.type == "duration":
        return (f.type, duration_key(f.value), duration_key(f.max))
    measure = (
        (f.currency or "CNY")
        if f.type == "money"
        else (f.kind or "percent")
        if f.type == "percent"
        else (units.dimension(f.unit) if f.type == "quantity" else None)
    )
    return (f.type, measure, as_number(f, f.value), as_number(f, f.max))


def equal_keyed(
    a: Fact, ka: tuple[Any, ...] | None, b: Fact, kb: tuple[Any, ...] | None, ya: frozenset[int], yb: frozenset[int]
) -> tuple[bool, str]:
    """`values_equal`, by their value keys when both have one."""
    if ka is not None and kb is not None:
        return ka == kb, ""
    return values_equal(a, b, ya, yb)


def values_equal(
    a: Fact, b: Fact, years_a: frozenset[int] = frozenset(), years_b: frozenset[int] = frozenset()
) -> tuple[bool, str]:
    """Same type, comparable measure, equal value and range end (approx is compared separately)."""
    if a.type != b.type or not same_measure(a, b):
        return False, ""
    if a.type == "date":
        ok, note = _date_equal(a, b, years_a, years_b)
        if not ok:
            return False, ""
        if (a.max is None) != (b.max is None):
            return False, ""
        return True, note
    if a.type == "duration":
        return duration_key(a.value) == duration_key(b.value) and duration_key(a.max) == duration_key(b.max), ""
    return as_number(a, a.value) == as_number(b, b.value) and as_number(a, a.max) == as_number(b, b.max), ""


def equivalent(
    a: Fact, b: Fact, years_a: frozenset[int] = frozenset(), years_b: frozenset[int] = frozenset()
) -> tuple[bool, str]:
    """Equal values stated with the same approximation: the claim says exactly what the source says."""
    ok, note = values_equal(a, b, years_a, years_b)
    return (ok and (a.approx or None) == (b.approx or None)), note
