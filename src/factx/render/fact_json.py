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
from collections.abc import Callable
from typing import Any

from ..model import DateValue, Fact, json_value

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
    if v is None:
        return "null"
    if v.__class__ is str:
        return _string(v)  # type: ignore[no-any-return]
    raise _Unusual


def _int(v: Any) -> str:
    if v.__class__ is int:
        return int.__repr__(v)
    raise _Unusual


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
    try:
        return "".join((
            '{"source": ', _str(source), ', "type": ', _str(f.type), ', "text": ', _str(f.text),
            ', "start": ', _int(f.start), ', "end": ', _int(f.end), ', "line": ', _int(f.line),
            ', "column": ', _int(f.column), ', "value": ', _scalar(json_value(f.value)),
            ', "approx": ', _str_or_null(f.approx),
            ', "max": ', "null" if f.max is None else _scalar(json_value(f.max)), _by_type(f),
            ', "subject": ', _str_or_null(f.subject), ', "sentence": ', _str(f.sentence),
            ', "sentence_start": ', _int(f.sentence_start), ', "sentence_end": ', _int(f.sentence_end),
            ', "rule": ', _str(f.rule), ', "note": ' + _str(f.note) if f.note else "", "}",
        ))  # fmt: skip
    except _Unusual:
        return encode_json({"source": source, **f.to_dict()})
