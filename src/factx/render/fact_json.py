"""JSON text of facts and documents, byte for byte what `json.dumps(…, ensure_ascii=False)` writes, faster.

A batch writes one JSON line per fact, and `json.dumps` spent more time per fact than some documents take to
analyse: it builds a new encoder per call, and its C encoder escapes every key of every line anew.

- `encode_json(o)` is `json.dumps(o, ensure_ascii=False)` with its C encoder built once (see there).
- `fact_line(source, fact)` is `encode_json({"source": source, **fact.to_dict()})` written from a template per
  fact type: the keys and separators are fixed text, each value goes through the very function the encoder
  uses for it (`encode_basestring` for strings, `int.__repr__`, `float.__repr__` and the encoder's words for
  NaN and the infinities), and a fact holding anything else (a field of another type than the model says)
  is written by `encode_json` itself. `Fact.to_dict` stays the definition of the schema; the tests compare
  the two on generated facts of every type.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from ..model import MAX_VALUE_DIGITS, DateValue, Fact, Value, json_value

# The settings of json.dumps(…, ensure_ascii=False): one encoder, reused.
_PLAIN = json.JSONEncoder(ensure_ascii=False)
# The function both encoders escape strings with when ensure_ascii is off (C when `json` has its C part).
_string = json.encoder.encode_basestring


def _reused_encoder() -> Callable[[Any], str]:
    """`_PLAIN.encode`, without the two thirds of its time that go to building its C encoder anew for each
    call (with the table of containers it tracks to refuse cycles, which output made of facts cannot have).

    The C encoder is made once with the same settings `encode` passes it (strings escaped by the same
    `encode_basestring`, the same separators, NaN allowed), so every byte is the same; and it is used only
    after it wrote a probe exactly as `encode` does: another Python, or one without the C part of `json`,
    gets `encode` itself.
    """
    plain = _PLAIN.encode
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return plain
    try:
        chunks = make(None, _PLAIN.default, _string, None, ": ", ", ", False, False, True)

        def encode(o: Any) -> str:
            return "".join(chunks(o, 0))

        probe = {"s": 'é中\n"\\\x00\ud800😀', "n": [1, -2.5, 10**40, 1e-7, None, True, False], "d": {"k": {}}}
        if encode(probe) != plain(probe):
            return plain
    except Exception:  # a C encoder of another signature: the ordinary path
        return plain
    return encode


encode_json = _reused_encoder()


class _Unusual(Exception):
    """A field whose type the template does not write: the fact goes through `encode_json`."""


def _str(v: Any) -> str:
    if v.__class__ is str:
        return _string(v)  # type: ignore[no-any-return]
    raise _Unusual


def _str_or_null(v: Any) -> str:
    return "null" if v is None else _str(v)


def _scalar(v: Any) -> str:
    """A value as `json_value` gives it (str, int or float), or None."""
    if v is None:
        return "null"
    cls = v.__class__
    if cls is str:
        return _string(v)  # type: ignore[no-any-return]
    if cls is int:
        return int.__repr__(v)
    if cls is float:
        if math.isfinite(v):
            return float.__repr__(v)
        # What the encoder writes with allow_nan (a fraction too long for a float overflows to infinity).
        return "NaN" if v != v else ("Infinity" if v > 0 else "-Infinity")
    raise _Unusual


def _value(v: Value) -> str:
    """`_scalar(json_value(v))`: a whole non-negative decimal written plainly (4568, not 4.568E+3) is its own
    JSON text, the int json_value would make of it written back; anything else takes the long way."""
    if v.__class__ is Decimal:
        text = str(v)
        if text.isdigit() and len(text) <= MAX_VALUE_DIGITS:
            return text
    return _scalar(json_value(v))


def _by_type(f: Fact) -> str:
    """The keys `to_dict` adds for the fact's type, between "max" and "subject"."""
    t = f.type
    if t == "money":
        return ', "currency": ' + _str_or_null(f.currency) + ', "role": ' + _str(f.role or "other")
    if t == "count":
        return ', "unit": ' + _str_or_null(f.unit) + ', "category": ' + _str(f.category or "other")
    if t == "quantity":
        return ', "unit": ' + _str_or_null(f.unit)
    if t == "percent":
        return ', "kind": ' + _str(f.kind or "percent")
    if t == "date":
        return ', "grain": ' + _str_or_null(f.value.grain if isinstance(f.value, DateValue) else None)
    return ""


def fact_line(source: str, f: Fact) -> str:
    """`encode_json({"source": source, **f.to_dict()})`, the same text (see the module doc)."""
    return fact_lines(source, [f])[0]


def fact_lines(source: str, facts: Iterable[Fact]) -> list[str]:
    """`fact_line(source, f)` of each fact (the source's JSON text made once)."""
    if source.__class__ is not str:
        return [encode_json({"source": source, **f.to_dict()}) for f in facts]
    head = '{"source": ' + _string(source)
    out = []
    # Facts of one sentence follow each other and each repeats it: its JSON text is made once per sentence.
    sentence = None
    sentence_json = ""
    for f in facts:
        text = f.sentence
        if text.__class__ is str and text != sentence:  # another type: `_fields` refuses the fact
            sentence, sentence_json = text, _string(text)
        try:
            out.append(head + _fields(f, sentence_json))
        except _Unusual:
            out.append(encode_json({"source": source, **f.to_dict()}))
    return out


def _fields(f: Fact, sentence_json: str) -> str:
    """The fact's keys after "source", `sentence_json` being the JSON text of `f.sentence`."""
    # The fields every fact has, checked for their model types at once; the nullable ones one by one.
    if not (
        f.type.__class__ is f.text.__class__ is f.sentence.__class__ is f.rule.__class__ is str
        and f.start.__class__ is f.end.__class__ is f.line.__class__ is f.column.__class__ is int
        and f.sentence_start.__class__ is f.sentence_end.__class__ is int
    ):
        raise _Unusual
    return ', "type": %s, "text": %s, "start": %d, "end": %d, "line": %d, "column": %d, "value": %s, "approx": %s, "max": %s%s, "subject": %s, "sentence": %s, "sentence_start": %d, "sentence_end": %d, "rule": %s%s}' % (  # noqa: E501, UP031 - one template is the point: a fixed text with the values put in, in C
        _string(f.type), _string(f.text), f.start, f.end, f.line, f.column, _value(f.value),
        _str_or_null(f.approx), "null" if f.max is None else _value(f.max), _by_type(f),
        _str_or_null(f.subject), sentence_json, f.sentence_start, f.sentence_end, _string(f.rule),
        ', "note": ' + _str(f.note) if f.note else "",
    )  # fmt: skip
