"""Between the contract and the tables: a document's dict (`DocResult.to_dict()`, or a `--format json`
fragment) → its `documents` row and `facts` rows, and a `facts` row → a fact dict in the contract's shape (what
`find` prints) or a `Fact` (what `factx.stats` aggregates).

Values: `value`/`max` hold the contract's value as text, exactly (47250000, 2.32, 2019-07-02, P3M);
`value_num`/`max_num` the same number as a float for range queries (NULL for dates and durations). A date's
interval is split into `date_start`/`date_end` (ISO at its own grain) and `day_first`/`day_last`, the first
and last calendar day it covers (2019-11 → 2019-11-01 … 2019-11-30), NULL when the year is unknown.
"""

from __future__ import annotations

import calendar
import functools
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from ..model import DateValue, DocResult, DurationValue, Fact, PartialDate, format_decimal, json_number
from .schema import FACT_COLUMNS

FACT_VALUE_COLUMNS = tuple(FACT_COLUMNS)[2:]  # what `fact_values` gives: all but id and document_id

NUMERIC_TYPES = ("money", "count", "percent", "quantity", "ordinal")

# The contract's per-type fields, in `Fact.to_dict` order, after `max`.
_TYPE_FIELDS: dict[str, tuple[str, ...]] = {
    "money": ("currency", "role"),
    "count": ("unit", "category"),
    "quantity": ("unit",),
    "percent": ("kind",),
    "date": ("grain",),
}
_ISO_PART = re.compile(r"(\d{4}|X{4})(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?")
# Kana, Han (with extension A, the compatibility block and the supplementary planes) and Hangul: indexed one
# character at a time.
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF),
               (0x20000, 0x2FA1F))  # fmt: skip


class _Spacer(dict[int, int | str]):
    """A `str.translate` table built as characters are met: a CJK character → itself between spaces, any other
    character → itself. translate runs in C; a regular expression substitution per character did not."""

    def __missing__(self, code: int) -> int | str:
        value: int | str = f" {chr(code)} " if any(lo <= code <= hi for lo, hi in _CJK_RANGES) else code
        self[code] = value
        return value


_SPACER = _Spacer()


def value_text(v: Any) -> str | None:
    """The contract's value as exact text: 47250000, 2.32, 2019-07-02, P3M."""
    if v is None:
        return None
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Decimal):
        return format_decimal(v)
    if isinstance(v, float):
        return format_decimal(Decimal(repr(v)))  # what the JSON contract says, digit for digit
    return str(v)


def number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text)  # correctly rounded, as float(Decimal(text)) would be
    except ValueError:
        return None


def date_parts(iso: str) -> tuple[str, str | None]:
    """'2020-05-19/2020-05-24' → ('2020-05-19', '2020-05-24'); a single point has no end."""
    start, sep, end = iso.partition("/")
    return start, (end if sep else None)


@functools.lru_cache(maxsize=1 << 14)  # an archive states the same dates over and over
def day_range(iso: str) -> tuple[str | None, str | None]:
    """The first and last calendar day a date value covers, or (None, None) when its year is unknown."""
    start, end = date_parts(iso)
    first = _day(start, last=False)
    last = _day(end or start, last=True)
    if first is None or last is None:
        return None, None
    return first, last


def _day(part: str, last: bool) -> str | None:
    m = _ISO_PART.fullmatch(part)
    if not m or m[1] == "XXXX":
        return None
    year = int(m[1])
    month = int(m[2]) if m[2] and m[2] != "XX" else None
    day = int(m[3]) if m[3] and m[3] != "XX" else None
    if month is None:
        return f"{year:04d}-12-31" if last else f"{year:04d}-01-01"
    if day is None:
        day = calendar.monthrange(year, month)[1] if last else 1
    return f"{year:04d}-{month:02d}-{day:02d}"


def fts_text(sentence: str) -> str:
    """The text the full-text index holds for a sentence: CJK characters spaced apart, so each is a token
    and a query's characters form a phrase (淄博 → "淄 博") that matches them anywhere in a sentence."""
    return sentence.translate(_SPACER)


def fts_query(text: str) -> str:
    """A user's words as one FTS5 phrase, quoted so that no character of theirs is FTS5 syntax."""
    spaced = " ".join(fts_text(text).split())
    return '"' + spaced.replace('"', '""') + '"'


def document_row(doc: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """The `documents` row of one document's dict (without `id`); `extra` holds what the dict does not:
    status, content_hash, chars, factx_version, options, analysed_at."""
    return {
        "source": doc["source"],
        "lang": doc.get("lang"),
        "ref_date": doc.get("ref_date"),
        "ref_date_source": doc.get("ref_date_source"),
        "encoding": doc.get("encoding"),
        "n_facts": len(doc.get("facts") or ()),
        "error": doc.get("error"),
        **extra,
    }


def fact_values(f: dict[str, Any]) -> tuple[Any, ...]:
    """The `facts` row of one contract fact dict, in `schema.FACT_COLUMNS` order after `id` and `document_id`
    (a tuple: the writer's hot path, once per fact of the archive)."""
    get = f.get
    typ = f["type"]
    value = value_text(get("value"))
    maximum = value_text(get("max"))
    numeric = typ in NUMERIC_TYPES
    dates: tuple[str | None, ...] = (None, None, None, None)
    if typ == "date" and value:
        dates = (*date_parts(value), *day_range(value))
    return (
        typ, f["text"], f["start"], f["end"], get("line"), get("column"),
        value, number(value) if numeric else None, get("approx"), maximum, number(maximum) if numeric else None,
        get("currency"), get("role"), get("unit"), get("category"), get("kind"), get("grain"), *dates,
        get("subject"), get("sentence") or "", get("sentence_start"), get("sentence_end"), get("rule"), get("note"),
    )  # fmt: skip


def fact_row(f: dict[str, Any]) -> dict[str, Any]:
    """The `facts` row of one contract fact dict as a dict (without `id` and `document_id`)."""
    return dict(zip(FACT_VALUE_COLUMNS, fact_values(f), strict=True))


def fact_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A `facts` row back in the contract's shape (`Fact.to_dict`): the same keys in the same order."""
    typ = row["type"]
    d: dict[str, Any] = {
        "type": typ,
        "text": row["text"],
        "start": row["start"],
        "end": row["end"],
        "line": row["line"],
        "column": row["column"],
        "value": _json_value(typ, row["value"]),
        "approx": row["approx"],
        "max": _json_value(typ, row["max"]),
    }
    for name in _TYPE_FIELDS.get(typ, ()):
        d[name] = row[name]
    for name in ("subject", "sentence", "sentence_start", "sentence_end", "rule"):
        d[name] = row[name]
    if row.get("note"):
        d["note"] = row["note"]
    return d


def _json_value(typ: str, text: str | None) -> Any:
    if text is None:
        return None
    if typ in NUMERIC_TYPES:
        try:
            return json_number(Decimal(text))
        except InvalidOperation:
            return text
    return text


def fact_object(row: dict[str, Any]) -> Fact:
    """A `facts` row as a `Fact` (values typed again), for code that aggregates facts (`factx.stats`)."""
    typ = row["type"]
    return Fact(
        type=typ, text=row["text"], start=row["start"], end=row["end"], value=_typed(typ, row["value"], row["grain"]),
        approx=row["approx"], max=_typed(typ, row["max"], row["grain"]) if row["max"] is not None else None,
        currency=row["currency"], role=row["role"], unit=row["unit"], category=row["category"], kind=row["kind"],
        subject=row["subject"], line=row["line"] or 0, column=row["column"] or 0, sentence=row["sentence"] or "",
        sentence_start=row["sentence_start"] or 0, sentence_end=row["sentence_end"] or 0, rule=row["rule"] or "",
        note=row["note"],
    )  # fmt: skip


def _typed(typ: str, text: str, grain: str | None) -> Any:
    if typ in NUMERIC_TYPES:
        return Decimal(text)
    if typ == "date":
        start, end = date_parts(text)
        return DateValue(_partial(start), _partial(end) if end else None, grain or "day")  # type: ignore[arg-type]
    return _duration(text)


def _partial(part: str) -> PartialDate:
    m = _ISO_PART.fullmatch(part)
    if not m:
        return PartialDate()

    def num(s: str | None) -> int | None:
        return int(s) if s and not s.startswith("X") else None

    return PartialDate(num(m[1]), num(m[2]), num(m[3]), num(m[4]), num(m[5]), num(m[6]))


def _duration(text: str) -> DurationValue:
    """P1Y2M3DT4H5M6S → its parts, in the designators of `model.DURATION_ORDER`."""
    date_part, _, time_part = text.removeprefix("P").partition("T")
    parts: list[tuple[Decimal, str]] = []
    for amount, unit in re.findall(r"(\d+(?:\.\d+)?)([YMWD])", date_part):
        parts.append((Decimal(amount), unit))
    for amount, unit in re.findall(r"(\d+(?:\.\d+)?)([HMS])", time_part):
        parts.append((Decimal(amount), "T" + unit))
    return DurationValue(tuple(parts))


def doc_result(doc: dict[str, Any], facts: list[Fact]) -> DocResult:
    """A `documents` row and its facts as the `DocResult` the aggregators take."""
    return DocResult(
        source=doc["source"], facts=facts, encoding=doc["encoding"], lang=doc["lang"], ref_date=doc["ref_date"],
        ref_date_source=doc["ref_date_source"], error=doc["error"],
    )  # fmt: skip
