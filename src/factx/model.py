"""The fact model: what every recognizer produces and every renderer reads (contract v1)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, NamedTuple

FactType = Literal["money", "date", "duration", "count", "percent", "quantity", "ordinal"]
FACT_TYPES: tuple[FactType, ...] = ("money", "date", "duration", "count", "percent", "quantity", "ordinal")
Approx = Literal["more_than", "about", "at_least", "at_most", "less_than"]
Grain = Literal["year", "quarter", "month", "day", "time"]


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar point whose year (or month, day) may be unknown; unknown parts print as X."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None

    def iso(self, grain: str = "day") -> str:
        """ISO text down to `grain` (year, quarter, month, day, time); unknown parts print as X."""
        y = f"{self.year:04d}" if self.year is not None else "XXXX"
        if grain == "year":
            return y
        m = f"{self.month:02d}" if self.month is not None else "XX"
        if grain in ("month", "quarter"):
            return f"{y}-{m}"
        d = f"{self.day:02d}" if self.day is not None else "XX"
        out = f"{y}-{m}-{d}"
        if grain == "time":
            out += f"T{(self.hour or 0):02d}:{(self.minute or 0):02d}"
            if self.second is not None:
                out += f":{self.second:02d}"
        return out

    def last_day(self) -> int:
        """The last day of this date's month (31 when the month is unknown; 29 for February of year X)."""
        if self.month is None:
            return 31
        if self.year is None:
            return 29 if self.month == 2 else calendar.monthrange(2001, self.month)[1]
        return calendar.monthrange(self.year, self.month)[1]


# DateValue and DurationValue are named tuples: immutable and compared by their fields as frozen dataclasses
# are, and defined at import in a tenth of the time (a dataclass's methods are generated and compiled).


class DateValue(NamedTuple):
    start: PartialDate
    end: PartialDate | None = None
    grain: Grain = "day"

    def iso(self) -> str:
        if self.end is None or self.end == self.start:
            return self.start.iso(self.grain)
        return f"{self.start.iso(self.grain)}/{self.end.iso(self.grain)}"

    @property
    def year_known(self) -> bool:
        return self.start.year is not None


# ISO 8601 duration designators, largest first; "T…" ones are times (TM is minutes, M is months).
DURATION_ORDER: tuple[str, ...] = ("Y", "M", "W", "D", "TH", "TM", "TS")


class DurationValue(NamedTuple):
    """A length of time as ISO 8601 parts: ((Decimal('7'), 'TM'), (Decimal('59'), 'TS')) → PT7M59S."""

    parts: tuple[tuple[Decimal, str], ...]

    def iso(self) -> str:
        date_part, time_part = "", ""
        for unit in DURATION_ORDER:
            for amount, u in self.parts:
                if u == unit:
                    text = format_decimal(amount) + unit[-1]
                    if unit.startswith("T"):
                        time_part += text
                    else:
                        date_part += text
        return "P" + date_part + ("T" + time_part if time_part else "")


Value = Decimal | DateValue | DurationValue


# The most digits a value may have in output. JSON readers refuse longer integers (Python's own limit on
# int/str conversion is 4300 digits, and that conversion is quadratic beyond it), so a figure longer than this
# (`1` followed by 538 亿) is refused with a per-document error instead of breaking the run.
MAX_VALUE_DIGITS = 4000


class ValueTooLarge(ValueError):
    """A value with more digits than `MAX_VALUE_DIGITS`: refused with a one-line reason."""


def value_digits(d: Decimal) -> int:
    """How many digits `format_decimal(d)` writes, computed without writing them."""
    if not d.is_finite():
        return 0
    exp = d.as_tuple().exponent  # a named tuple of every digit: see `check_value` for the cheap way round
    assert isinstance(exp, int)
    whole = max(d.adjusted() + 1, 1)
    return whole + max(-exp, 0)


def check_value(d: Decimal) -> None:
    """Raise ValueTooLarge when `d` cannot be written exactly in every format (or is not a finite number)."""
    if not d.is_finite():
        raise ValueTooLarge(f"a figure with the value {d} is not a number")
    # Most values are a few digits: an upper bound from the decimal's own text (which holds every digit of
    # its coefficient, in plain or scientific notation, and stays short for 1E+5000) settles them without
    # the exact count, which costs more than the rest of writing a fact. Digits written: the integer part,
    # max(adjusted + 1, 1), plus the fraction, max(-exponent, 0) = max(coefficient digits - adjusted - 1, 0).
    adjusted = d.adjusted()
    if max(adjusted + 1, 1) + max(len(str(d)) - adjusted - 1, 0) <= MAX_VALUE_DIGITS:
        return
    n = value_digits(d)
    if n > MAX_VALUE_DIGITS:
        raise ValueTooLarge(
            f"a figure of {n} digits is longer than factx writes exactly; the limit is {MAX_VALUE_DIGITS}"
        )


def check_facts(facts: list[Fact]) -> None:
    """Raise ValueTooLarge when any value of `facts` cannot be written exactly: a per-document refusal."""
    for f in facts:
        v = f.value
        if v.__class__ is Decimal:
            # Most values are whole numbers written plainly in a few digits (4725, not 4.725E+3): their text
            # is every digit a format writes, which settles them without `check_value`'s arithmetic.
            text = str(v)
            if not (text.isdigit() and len(text) <= MAX_VALUE_DIGITS):
                check_value(v)
        elif v.__class__ is not DateValue:  # a date holds no figure to refuse
            _check_any(v)
        if f.max is not None:
            _check_any(f.max)


def check_unrendered(facts: list[Fact]) -> None:
    """What `check_facts` refuses that writing the facts in a machine format does not refuse by itself.

    Every format writes a decimal value or upper bound through `json_value`, which refuses it exactly as
    `check_value` does, fact by fact, the value before the upper bound: the order `check_facts` goes in. Only
    a duration's amounts are written (`DurationValue.iso`) without a check. So a caller that renders the facts
    right after this call refuses the same documents, with the same message, as `check_facts` followed by the
    rendering, without reading every decimal twice. When a duration is refused here, the first refusal of
    `check_facts` up to that fact is raised (an earlier decimal's own, if there is one)."""
    for i, f in enumerate(facts):
        if f.value.__class__ is DurationValue or f.max.__class__ is DurationValue:
            try:
                _check_any(f.value)
                if f.max is not None:
                    _check_any(f.max)
            except ValueTooLarge:
                check_facts(facts[: i + 1])
                raise


def _check_any(v: Value) -> None:
    """`check_value` of a value of any kind: a decimal, or each amount of a duration."""
    if isinstance(v, Decimal):
        check_value(v)
    elif isinstance(v, DurationValue):
        for amount, _ in v.parts:
            check_value(amount)


def format_decimal(d: Decimal) -> str:
    """Plain decimal notation without exponent or trailing zeros: 47250000, 2.32, 0.01. Exact at every size:
    written from the decimal's digits, never through int/str conversion (limited to 4300 digits) nor
    `normalize` (which rounds to the context's 28 digits)."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def json_number(d: Decimal) -> int | float:
    """The value as a JSON number; ValueTooLarge beyond `MAX_VALUE_DIGITS` (see there)."""
    check_value(d)
    if d == d.to_integral_value():
        return int(d)
    return float(format_decimal(d))


@dataclass(slots=True)
class Fact:
    """One figure of a document: what it is, where it stands and what it is about (the contract's fact)."""

    type: FactType
    text: str
    start: int
    end: int
    value: Value
    approx: Approx | None = None
    max: Value | None = None
    currency: str | None = None
    role: str | None = None
    unit: str | None = None
    category: str | None = None
    kind: str | None = None
    subject: str | None = None
    line: int = 0
    column: int = 0
    # The sentence holding the figure, or a bounded excerpt of it around the figure when the sentence is long
    # (a page without sentence ends); `sentence_start`/`sentence_end` locate the whole sentence.
    sentence: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    rule: str = ""
    # Set on years resolved from context rather than read: how the year was decided.
    note: str | None = None
    # What the figure is about beyond its subject ("casualty:dead", "money:fine"), set when asked for
    # (`analyze(facets=True)`); used by check, not part of the contract.
    facets: tuple[str, ...] = ()
    # Internal ranking weight for overlaps (larger wins); not part of the contract.
    priority: int = field(default=0, compare=False)

    @property
    def grain(self) -> str | None:
        return self.value.grain if isinstance(self.value, DateValue) else None

    def value_text(self) -> str:
        return render_value(self.value)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "type": self.type,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "value": json_value(self.value),
            "approx": self.approx,
            "max": json_value(self.max) if self.max is not None else None,
        }
        if self.type == "money":
            d["currency"] = self.currency
            d["role"] = self.role or "other"
        elif self.type in ("count", "quantity"):
            d["unit"] = self.unit
            if self.type == "count":
                d["category"] = self.category or "other"
        elif self.type == "percent":
            d["kind"] = self.kind or "percent"
        elif self.type == "date":
            d["grain"] = self.grain
        d["subject"] = self.subject
        d["sentence"] = self.sentence
        d["sentence_start"] = self.sentence_start
        d["sentence_end"] = self.sentence_end
        d["rule"] = self.rule
        if self.note:
            d["note"] = self.note
        return d


def json_value(v: Value) -> Any:
    if isinstance(v, Decimal):
        return json_number(v)
    return v.iso()


def render_value(v: Value) -> str:
    if isinstance(v, Decimal):
        return format_decimal(v)
    return v.iso()


@dataclass(slots=True)
class DocResult:
    """One input document's outcome: its facts, or the error that kept it from being read."""

    source: str
    facts: list[Fact]
    encoding: str | None = None
    lang: str | None = None
    ref_date: str | None = None
    ref_date_source: str | None = None
    error: str | None = None
    text: str = field(default="", repr=False)
    # Bytes that could not be decoded and were replaced with U+FFFD (contract v2); 0 for a clean read.
    decode_errors: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "encoding": self.encoding,
            "decode_errors": self.decode_errors,
            "lang": self.lang,
            "ref_date": self.ref_date,
            "ref_date_source": self.ref_date_source,
            "facts": [f.to_dict() for f in self.facts],
            "error": self.error,
        }
