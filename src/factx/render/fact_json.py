"""JSON text of facts and documents, byte for byte what `json.dumps(…, ensure_ascii=False)` writes, faster.

A batch writes one JSON line per fact, and `json.dumps` spent more time per fact than some documents take to
analyse: it builds a new encoder per call, and its C encoder escapes every key of every line anew.

- `encode_json(o)` is `json.dumps(o, ensure_ascii=False)` with its C encoder built once (see there).
- `fact_line(source, fact)` is `encode_json({"source": source, **fact.to_dict()})` written from one f-string
  with the keys of the fact's type: the keys and separators are fixed text, each value goes through the very
  function the encoder uses for it (`encode_basestring` for strings, `int.__repr__`, `float.__repr__` and
  the encoder's words for NaN and the infinities), and a fact holding anything else (a field of another type
  than the model says) is written by `encode_json` itself. `Fact.to_dict` stays the definition of the
  schema; the tests compare the two on generated facts of every type.
- `document_json(r)` is `encode_json(r.to_dict())`, a document's object in the `json` format, its facts
  written by the same template.

orjson was measured for this and is not used: on these facts (Chinese sentences) it wrote a fact's dict in
more time than this template (its string encoding of non-ASCII text costs about three times what
`encode_basestring` does), and it cannot write the separators ", " and ": " without a rewrite of its output.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from ..model import MAX_VALUE_DIGITS, DateValue, DocResult, Fact, Value, json_value

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
    JSON text, the int json_value would make of it written back; a date's ISO text goes straight to the
    string escaper; anything else takes the long way."""
    cls = v.__class__
    if cls is Decimal:
        text = str(v)
        if text.isdigit() and len(text) <= MAX_VALUE_DIGITS:
            return text
    elif cls is DateValue:
        return _date(v)  # type: ignore[arg-type]
    return _scalar(json_value(v))


# The engine makes its dates through a cache (`dates._date_value`), so one DateValue object recurs across the
# facts and documents of a run: its JSON text is kept by identity, next to the object itself, which keeps the
# id from being reused while the entry lives (the value is immutable).
_DATES: dict[int, tuple[DateValue, str]] = {}
_DATES_KEPT = 4096


def _date(v: DateValue) -> str:
    hit = _DATES.get(id(v))
    if hit is not None and hit[0] is v:
        return hit[1]
    text = _str(v.iso())
    if len(_DATES) >= _DATES_KEPT:
        _DATES.clear()
    _DATES[id(v)] = (v, text)
    return text


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
        if text.__class__ is str and text != sentence:  # another type: `_line` refuses the fact
            sentence, sentence_json = text, _string(text)
        try:
            out.append(_line(f, head, sentence_json))
        except _Unusual:
            out.append(encode_json({"source": source, **f.to_dict()}))
    return out


# Every line of `fact_lines("", facts)` starts with this, written by the template and the encoder alike; what
# follows it is the rest of the fact's object.
_NO_SOURCE = '{"source": "", '


def document_json(r: DocResult) -> str:
    """`encode_json(r.to_dict())`, the same text: the element of the `json` format's array, its facts written
    by the template (a fact's object is its line with an empty source, less that key)."""
    start = len(_NO_SOURCE)
    facts = ", ".join(["{" + line[start:] for line in fact_lines("", r.facts)])
    try:
        if r.decode_errors.__class__ is not int:
            raise _Unusual
        return (
            f'{{"source": {_str(r.source)}, "encoding": {_str_or_null(r.encoding)}, '
            f'"decode_errors": {r.decode_errors}, "lang": {_str_or_null(r.lang)}, '
            f'"ref_date": {_str_or_null(r.ref_date)}, "ref_date_source": {_str_or_null(r.ref_date_source)}, '
            f'"facts": [{facts}], "error": {_str_or_null(r.error)}}}'
        )
    except _Unusual:
        return encode_json(r.to_dict())


# The JSON text of the strings a fact takes from a small set (its type, its rule): made once each. Bounded,
# in case a caller's facts hold an unbounded variety.
_NAMES: dict[str, str] = {}
_NAMES_KEPT = 4096


def _name(s: str) -> str:
    text: str = _string(s)
    if len(_NAMES) >= _NAMES_KEPT:
        _NAMES.clear()
    _NAMES[s] = text
    return text


def _line(f: Fact, head: str, sentence_json: str) -> str:
    """The fact's line: `head` (its start up to the source's value) and the fact's keys after "source",
    `sentence_json` being the JSON text of `f.sentence`. One f-string, so the line is copied together once."""
    # The fields every fact has, checked for their model types at once; the nullable ones one by one.
    if not (
        f.type.__class__ is f.text.__class__ is f.sentence.__class__ is f.rule.__class__ is str
        and f.start.__class__ is f.end.__class__ is f.line.__class__ is f.column.__class__ is int
        and f.sentence_start.__class__ is f.sentence_end.__class__ is int
    ):
        raise _Unusual
    t = f.type
    value = f.value
    # `_value`, its common cases inline: a whole decimal written plainly, a date.
    cls = value.__class__
    if cls is Decimal:
        value_json = str(value)
        if not (value_json.isdigit() and len(value_json) <= MAX_VALUE_DIGITS):
            value_json = _value(value)
    elif cls is DateValue:
        value_json = _date(value)  # type: ignore[arg-type]
    else:
        value_json = _value(value)
    # The keys `to_dict` adds for the fact's type, between "max" and "subject", made of words from small sets.
    if t == "count":
        key: tuple[Any, ...] = (t, f.unit, f.category)
    elif t == "date":
        key = (t, value.grain if isinstance(value, DateValue) else None)
    elif t == "money":
        key = (t, f.currency, f.role)
    elif t == "quantity":
        key = (t, f.unit)
    elif t == "percent":
        key = (t, f.kind)
    else:
        key = ()
    try:
        by_type = _BY_TYPE[key]
    except KeyError:
        by_type = _by_type(key)
    except TypeError:  # a word that is no text (a list): the encoder writes the fact
        raise _Unusual from None
    note = ', "note": ' + _str(f.note) if f.note else ""
    approx, subject = f.approx, f.subject  # null in most facts: tested inline, without a call
    # One f-string: a fixed text with the values put in, which Python joins in one step.
    return (
        f'{head}, "type": {_NAMES.get(t) or _name(t)}, "text": {_string(f.text)}, "start": {f.start}, '
        f'"end": {f.end}, "line": {f.line}, "column": {f.column}, "value": {value_json}, '
        f'"approx": {"null" if approx is None else _str(approx)}, '
        f'"max": {"null" if f.max is None else _value(f.max)}{by_type}, '
        f'"subject": {"null" if subject is None else _str(subject)}, "sentence": {sentence_json}, '
        f'"sentence_start": {f.sentence_start}, "sentence_end": {f.sentence_end}, '
        f'"rule": {_NAMES.get(f.rule) or _name(f.rule)}'
        f"{note}}}"
    )


# The text of the keys a fact's type adds, by (type, the words they hold): a few hundred combinations at most.
_BY_TYPE: dict[tuple[Any, ...], str] = {(): ""}


def _by_type(key: tuple[Any, ...]) -> str:
    """The keys a fact's type adds, from `key` as `_line` makes it; kept for the next fact with the same words
    (only when every word is text or None: anything else raises `_Unusual` first, so it is never kept)."""
    t = key[0]
    if t == "count":
        text = f', "unit": {_str_or_null(key[1])}, "category": {_str(key[2] or "other")}'
    elif t == "date":
        text = f', "grain": {_str_or_null(key[1])}'
    elif t == "money":
        text = f', "currency": {_str_or_null(key[1])}, "role": {_str(key[2] or "other")}'
    elif t == "quantity":
        text = f', "unit": {_str_or_null(key[1])}'
    else:
        text = f', "kind": {_str(key[1] or "percent")}'
    if len(_BY_TYPE) >= _NAMES_KEPT:
        _BY_TYPE.clear()
        _BY_TYPE[()] = ""
    _BY_TYPE[key] = text
    return text
