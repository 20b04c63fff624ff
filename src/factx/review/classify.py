"""How two figures taken to be about the same thing differ, named for a reader.

A transposed or mistyped digit, a ×10ⁿ magnitude slip (万/亿), a changed year, one end of a range, a
dropped approximation word or a coarser date (a "minor" difference), a changed currency or unit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from .. import units
from ..model import DateValue, Fact, PartialDate, format_decimal
from ..patterns import compiled
from .values import (
    as_number,
    date_contains,
    duration_key,
    guessed_year,
    no_year,
    strip_year,
    values_equal,
)

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


@dataclass(frozen=True, slots=True)
class Wording:
    """How a difference is told: `check` compares a claim with its source ("4752 vs 4725", "the draft …");
    `diff` reads old → new ("351.395 → 351.935", "the new version …")."""

    claim: str = "the draft"
    source: str = "the source"
    new_last: bool = False  # write the source's figure first, with an arrow

    def pair(self, claim: str, source: str) -> str:
        return f"{source} → {claim}" if self.new_last else f"{claim} vs {source}"


CHECK = Wording()
DIFF = Wording("the new version", "the old version", new_last=True)

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
    at = [i for i in range(len(a)) if a[i] != b[i]]
    return len(at) == 2 and at[1] == at[0] + 1 and a[at[0]] == b[at[1]] and a[at[1]] == b[at[0]]


def _one_digit(a: str, b: str) -> bool:
    return len(a) == len(b) >= 2 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def power_of_ten(r: Fraction) -> int | None:
    """n when r == 10ⁿ for some n ≠ 0, else None."""
    for n in range(1, 19):
        if r == 10**n:
            return n
        if r == Fraction(1, 10**n):
            return -n
    return None


def _classify_numbers(
    x: Fraction, y: Fraction, claim_text: str, source_text: str, w: Wording = CHECK
) -> tuple[Difference, str]:
    """How claim value x differs from source value y: a ×10ⁿ slip, a digit swap or typo, or just another value.
    The detail quotes the figures as written, so decimals stay decimals (351.395 vs 351.935)."""
    n = power_of_ten(x / y) if y and x else None
    as_written = w.pair(claim_text, source_text)
    if n is not None:
        return "magnitude", f"off by a factor of {_pow10(n)}{_scale_words(claim_text, source_text, w)}"
    if not (_terminating(x) and _terminating(y)):
        return "value", ""
    # Significant digits first (4752万 vs 4725万 → 4752 vs 4725; also a swap combined with a 万/亿 slip),
    # then the digits as written, which keep inner zeros (1205 vs 1250).
    (sx, ex), (sy, ey) = _significant(x), _significant(y)
    if len(sx) == len(sy) and _adjacent_swap(sx, sy):
        scale = ex - ey
        extra = f", and off by a factor of {_pow10(scale)}{_scale_words(claim_text, source_text, w)}" if scale else ""
        return "transposition", f"digits transposed: {as_written}{extra}"
    if ex == ey and _one_digit(sx, sy):
        return "digit", f"one digit differs: {as_written}"
    px, py = _plain(x), _plain(y)
    if _adjacent_swap(px, py):
        return "transposition", f"digits transposed: {as_written}"
    if _one_digit(px, py):
        return "digit", f"one digit differs: {as_written}"
    return "value", ""


def _pow10(n: int) -> str:
    return "10" + str(n).translate(_SUPERSCRIPT)


_SCALE_RE = compiled(r"[万亿萬億千百]+")


def _scale_words(claim_text: str, source_text: str, w: Wording = CHECK) -> str:
    a = "".join(_SCALE_RE.findall(claim_text))
    b = "".join(_SCALE_RE.findall(source_text))
    return f" ({w.pair(a or 'no unit word', b or 'no unit word')})" if a != b else ""


def classify(
    claim: Fact,
    source: Fact,
    years_a: frozenset[int] = frozenset(),
    years_b: frozenset[int] = frozenset(),
    wording: Wording = CHECK,
) -> tuple[Difference, str]:
    """Name the difference between two figures of one type taken to be about the same thing."""
    w = wording
    if claim.type == "money" and (claim.currency or "CNY") != (source.currency or "CNY"):
        return "currency", w.pair(str(claim.currency), str(source.currency))
    if claim.type == "percent" and (claim.kind or "percent") != (source.kind or "percent"):
        return "kind", w.pair(claim.kind or "percent", source.kind or "percent")
    if claim.type == "quantity" and not units.same_dimension(claim.unit, source.unit):
        return "unit", w.pair(str(claim.unit), str(source.unit))
    same, _ = values_equal(claim, source, years_a, years_b)
    if same:
        if (claim.approx or None) != (source.approx or None):
            return "approx", approx_detail(claim, source, w)
        return "value", ""
    if claim.type == "date":
        kind, detail = _classify_dates(claim, source, w)
        if claim.text == source.text:  # 同年9月21日 after its year moved, 今天 under another dateline
            detail = f"same words, resolved differently from their context: {detail}"
        return kind, detail
    x, y = as_number(claim, claim.value), as_number(source, source.value)
    hx, hy = as_number(claim, claim.max), as_number(source, source.max)
    if x is None or y is None:
        return "value", ""
    if hx is None and hy is not None and x in (y, hy):
        return "range_end", f"{w.source} gives a range ({source.text}); {w.claim} gives one end"
    if hx is not None and hy is None and y in (x, hx):
        return "range_end", f"{w.claim} gives a range ({claim.text}); {w.source} gives one figure"
    if hx is not None and hy is not None and (x == y or hx == hy):
        return "range", f"range {w.pair(claim.text, source.text)}"
    if hx is None and hy is not None and (named := _named_amount_end(claim, x, y, hy, source.text, w)) is not None:
        return named
    if claim.type == "duration":
        return _classify_durations(claim, source, w)
    if claim.type == "quantity" and claim.unit == source.unit:
        x, y = Fraction(claim.value), Fraction(source.value)  # type: ignore[arg-type]  # digits as written
    elif claim.type == "quantity" and _rounded_conversion(claim, source, x, y):
        return "unit", f"about the same amount in other units: {w.pair(claim.text, source.text)}"
    return _classify_numbers(x, y, claim.text, source.text, w)


def _named_amount_end(claim: Fact, x: Fraction, low: Fraction, high: Fraction, source_text: str,
                      w: Wording) -> tuple[Difference, str] | None:  # fmt: skip
    """A claim's single amount its words name as the top or the bottom of a range (年纪最大的95岁, "a maximum of
    $9,500") against a source range whose same end differs as a slip does (a changed or swapped digit, a 万/亿 slip):
    the difference of that end, so that the claim meets the source's range as a mismatch rather than not at all."""
    from .range_ends import marked_amount_end

    side = marked_amount_end(claim)
    if side is None or claim.approx is not None:
        return None
    point = high if side == "end" else low
    kind, detail = _classify_numbers(x, point, claim.text, source_text, w)
    if kind not in ("digit", "transposition", "magnitude"):
        return None
    which = "top" if side == "end" else "bottom"
    return kind, f"{detail}, the {which} of {w.source}'s range"


# Two amounts this close (relative) are one figure converted and rounded (units, durations).
_CLOSE = Fraction(5, 100)


def _rounded_conversion(claim: Fact, source: Fact, x: Fraction, y: Fraction) -> bool:
    """38 mph for 60 km/h, 6.8公顷 for 100亩: close to a conversion that cannot be exact in decimals, named a minor
    unit difference (one rounded where its last digit stands, 37 mph or 6.7公顷, `check` already supports). Between
    km and m (a power of ten) nothing needs rounding, so 5.1公里 for 5000米 stays a changed figure."""
    a, b = units.lookup(claim.unit), units.lookup(source.unit)
    if a is None or b is None or not y:
        return False
    ratio = a.factor / b.factor
    return ratio != 1 and power_of_ten(ratio) is None and abs(x - y) / abs(y) <= _CLOSE


# Only for naming a difference: the mean length of a month, so that 90天 and 3个月 can be called "about equal".
_MONTH_SECONDS = Fraction(30436875, 10**6) * 86400


def _classify_durations(claim: Fact, source: Fact, w: Wording = CHECK) -> tuple[Difference, str]:
    ka, kb = duration_key(claim.value), duration_key(source.value)
    if ka is None or kb is None:
        return "value", ""
    la, lb = ka[0] * _MONTH_SECONDS + ka[1], kb[0] * _MONTH_SECONDS + kb[1]
    if lb and abs(la - lb) / lb <= _CLOSE:
        return "unit", f"about the same length in other units: {w.pair(claim.text, source.text)}"
    return "value", ""


def approx_detail(claim: Fact, source: Fact, w: Wording = CHECK) -> str:
    """How the approximation words of two equal figures differ (10余万元 vs 10万元)."""
    if claim.approx is None:
        return f"{w.claim} drops the approximation ({_APPROX_WORDS[source.approx or '']}): {source.text} → {claim.text}"
    if source.approx is None:
        return f"{w.claim} adds an approximation ({_APPROX_WORDS[claim.approx]}) {w.source} does not have"
    return w.pair(_APPROX_WORDS[claim.approx], _APPROX_WORDS[source.approx])


def _year_words(f: Fact, year: int | None) -> str:
    if year is None:
        return "year not stated"
    return f"{year} (guessed from the reference date)" if guessed_year(f) else str(year)


def _same_point(p: PartialDate | None, q: PartialDate | None) -> bool:
    """Equal points, or equal but for a year unknown on one side (for naming a difference only)."""
    if p is None or q is None:
        return False
    return p == q or ((p.year is None or q.year is None) and strip_year(p) == strip_year(q))


def _classify_dates(claim: Fact, source: Fact, w: Wording = CHECK) -> tuple[Difference, str]:
    va, vb = claim.value, source.value
    assert isinstance(va, DateValue) and isinstance(vb, DateValue)
    ya, yb = va.start.year, vb.start.year
    if no_year(va) == no_year(vb) and ya != yb:
        a = _year_words(claim, ya)
        b = _year_words(source, yb)
        return "year", w.pair(a, b)
    pa, pb = va.end is not None and va.end != va.start, vb.end is not None and vb.end != vb.start
    if not pa and pb and (_same_point(va.start, vb.start) or _same_point(va.start, vb.end)):
        return "range_end", f"{w.source} gives an interval ({source.text}); {w.claim} gives one end"
    if pa and not pb and (_same_point(vb.start, va.start) or _same_point(vb.start, va.end)):
        return "range_end", f"{w.claim} gives an interval ({claim.text}); {w.source} gives one date"
    if not pa and pb and (named := _named_end_slip(claim, va, vb, w)) is not None:
        return named
    if date_contains(va, vb):
        return "precision", f"{w.claim} is less precise ({va.iso()}) than {w.source} ({vb.iso()})"
    if date_contains(vb, va):
        return "precision", f"{w.claim} is more precise ({va.iso()}) than {w.source} ({vb.iso()})"
    ia, ib = va.iso().replace("-", ""), vb.iso().replace("-", "")
    if _adjacent_swap(ia, ib):
        return "transposition", f"digits transposed: {w.pair(va.iso(), vb.iso())}"
    if _one_digit(ia, ib):
        return "digit", f"one digit differs: {w.pair(va.iso(), vb.iso())}"
    return "date", w.pair(va.iso(), vb.iso())


def _named_end_slip(claim: Fact, va: DateValue, vb: DateValue, w: Wording) -> tuple[Difference, str] | None:
    """A claim's single date its words name as the start or the end of a period (骗案于2016年4月开始; 将于8月31日结束)
    against a source period whose same end differs as a slip does (another year, a changed or swapped digit): the
    difference of that end, so that the claim meets the source's period as a mismatch rather than not at all."""
    from .range_ends import marked_end

    end = marked_end(claim)
    point = vb.start if end == "start" else vb.end if end == "end" else None
    if point is None or va.end not in (None, va.start):
        return None
    ia, ib = va.start.iso(va.grain), point.iso(va.grain)
    which = f"the {end} of {w.source}'s period ({ib} of {vb.iso()})"
    if None not in (va.start.year, point.year) and va.start.year != point.year \
            and strip_year(va.start) == strip_year(point):  # fmt: skip
        return "year", f"{w.claim} gives {ia} for {which}"
    if va.start.year != point.year:  # (another year and another day: no slip of one end)
        return None
    ia, ib = replace(va.start, year=None).iso(va.grain), replace(point, year=None).iso(va.grain)
    ia, ib = ia.replace("-", "").removeprefix("XXXX"), ib.replace("-", "").removeprefix("XXXX")
    if "X" in ia + ib or ia == ib:
        return None
    if _adjacent_swap(ia, ib):
        return "transposition", f"digits transposed: {w.claim} gives {va.start.iso(va.grain)} for {which}"
    if _one_digit(ia, ib):
        return "digit", f"one digit differs: {w.claim} gives {va.start.iso(va.grain)} for {which}"
    return None
