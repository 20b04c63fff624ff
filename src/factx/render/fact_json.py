"""JSON text of facts and documents, byte for byte what `json.dumps(…, ensure_ascii=False)` writes, faster.

A batch writes one JSON line per fact, and `json.dumps` spent more time per fact than some documents take to
analyse: it builds a new encoder per call, and its C encoder escapes every key of every line anew.

- `encode_json(o)` is `json.dumps(o, ensure_ascii=False)` with its C encoder built once (see there).
- `fact_line(source, fact)` is `encode_json({"source": source, **fact.to_dict()})` written from one template
  with the keys of the fact's type: the keys and separators are fixed text, each value goes through the very
  function the encoder uses for it (`encode_basestring` for strings, the decimal digits of an int,
  `float.__repr__` and the encoder's words for NaN and the infinities), and a fact holding anything else (a
  field of another type than the model says) is written by `encode_json` itself. `Fact.to_dict` stays the
  definition of the schema; the tests compare the two on generated facts of every type.
- The template makes the line as UTF-8 bytes, each text field escaped and encoded on its own (the sentence
  once for the facts that share it): `fact_lines_utf8` gives a document's `jsonl` lines so, ready for the
  byte layer of the output (`render.sink`), and `fact_lines` decodes them. Encoding whole joined lines cost a
  quarter of writing them: the encoder walks every character of a line holding any Chinese, while here
  the fixed ASCII text is never encoded at all.
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

from ..model import (
    MAX_VALUE_DIGITS,
    DateValue,
    DocResult,
    DurationValue,
    Fact,
    Value,
    check_facts,
    check_value,
    json_value,
)

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


def _value(v: Value) -> bytes:
    """`_scalar(json_value(v))` as UTF-8: a whole non-negative decimal written plainly (4568, not 4.568E+3) is
    its own JSON text, the int json_value would make of it written back; a date's ISO text goes straight to
    the string escaper; anything else takes the long way."""
    cls = v.__class__
    if cls is Decimal:
        text = str(v)
        if text.isdigit() and len(text) <= MAX_VALUE_DIGITS:
            return text.encode()
    elif cls is DateValue:
        return _date(v)  # type: ignore[arg-type]
    elif cls is DurationValue:
        # `json_value` writes a duration's amounts without refusing one too long to write exactly, which
        # `check_facts` refuses: refused here the same way, so the template refuses what it would.
        for amount, _ in v.parts:  # type: ignore[union-attr]
            check_value(amount)
    return _scalar(json_value(v)).encode()


# The engine makes its dates through a cache (`dates._date_value`), so one DateValue object recurs across the
# facts and documents of a run: its JSON text (as UTF-8) is kept by identity, next to the object itself, which
# keeps the id from being reused while the entry lives (the value is immutable).
_DATES: dict[int, tuple[DateValue, bytes]] = {}
_DATES_KEPT = 4096


def _date(v: DateValue) -> bytes:
    hit = _DATES.get(id(v))
    if hit is not None and hit[0] is v:
        return hit[1]
    text = _str(v.iso()).encode()
    if len(_DATES) >= _DATES_KEPT:
        _DATES.clear()
    _DATES[id(v)] = (v, text)
    return text


def fact_line(source: str, f: Fact) -> str:
    """`encode_json({"source": source, **f.to_dict()})`, the same text (see the module doc)."""
    return fact_lines(source, [f])[0]


def fact_lines(source: str, facts: Iterable[Fact]) -> list[str]:
    """`fact_line(source, f)` of each fact (the source's JSON text made once)."""
    return [line.decode() if line.__class__ is bytes else line for line in _lines(source, facts)]  # type: ignore[union-attr]


def fact_lines_utf8(source: str, facts: Iterable[Fact]) -> bytes | None:
    """The `jsonl` format's text of the facts, `fact_line` of each and a line end, encoded as UTF-8; None
    when some of it is text UTF-8 cannot encode (a lone surrogate read from an escaped JSON string), which
    the caller writes as text, for its stream to encode or refuse as it would any text.

    Output is written as UTF-8 anyway, and most of a line is fixed ASCII: made as bytes from the start, a
    line is not encoded character by character after it was joined (a quarter of what writing it cost)."""
    lines = _lines(source, facts)
    lines.append(b"")  # the last line's end, joined with the others instead of a copy of them all
    try:
        return b"\n".join(lines)  # type: ignore[arg-type]
    except TypeError:  # a line written by `encode_json`: text
        pass
    try:
        return b"\n".join([line if line.__class__ is bytes else line.encode() for line in lines])  # type: ignore[union-attr]
    except UnicodeEncodeError:
        return None


def _lines(source: str, facts: Iterable[Fact]) -> list[bytes | str]:
    """Each fact's line: its UTF-8 bytes from the template (`_line`), or, for a fact the template does not
    write (a field of another type than the model says, text UTF-8 cannot encode), the text `encode_json`
    writes for it."""
    facts = facts if isinstance(facts, list) else list(facts)
    try:
        head = ('{"source": ' + _string(source)).encode() if source.__class__ is str else None
    except UnicodeEncodeError:  # a file name read with surrogate escapes
        head = None
    if head is None:
        check_facts(facts)  # what the template refuses (`_value`: a duration's amounts too), refused alike
        return [encode_json({"source": source, **f.to_dict()}) for f in facts]
    out: list[bytes | str] = []
    # Facts of one sentence follow each other and each repeats it: its JSON text is made once per sentence.
    sentence = None
    sentence_json = b""
    for f in facts:
        try:
            text = f.sentence
            if text.__class__ is str and text != sentence:  # another type: `_line` refuses the fact
                sentence_json = _string(text).encode()
                sentence = text
            out.append(_line(f, head, sentence_json))
        except (_Unusual, UnicodeEncodeError):
            check_facts([f])  # as above: `to_dict` refuses a decimal too long to write, not a duration's amounts
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
_NAMES: dict[str, bytes] = {}
_NAMES_KEPT = 4096


def _name(s: str) -> bytes:
    text: bytes = _string(s).encode()
    if len(_NAMES) >= _NAMES_KEPT:
        _NAMES.clear()
    _NAMES[s] = text
    return text


def _line(f: Fact, head: bytes, sentence_json: bytes) -> bytes:
    """The fact's line as UTF-8: `head` (its start up to the source's value) and the fact's keys after
    "source", `sentence_json` being the JSON text of `f.sentence`. One formatting of a fixed text, so the line
    is copied together once; the text fields are escaped and encoded each on its own (UnicodeEncodeError for
    one UTF-8 cannot encode)."""
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
        text = str(value)
        value_json = text.encode() if text.isdigit() and len(text) <= MAX_VALUE_DIGITS else _value(value)
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
    approx, subject, note = f.approx, f.subject, f.note  # null in most facts: tested inline, without a call
    return b'%b, "type": %b, "text": %b, "start": %d, "end": %d, "line": %d, "column": %d, "value": %b, "approx": %b, "max": %b%b, "subject": %b, "sentence": %b, "sentence_start": %d, "sentence_end": %d, "rule": %b%b}' % (  # noqa: E501
        head, _NAMES.get(t) or _name(t), _string(f.text).encode(), f.start, f.end, f.line, f.column, value_json,
        b"null" if approx is None else _str(approx).encode(), b"null" if f.max is None else _value(f.max),
        by_type, b"null" if subject is None else _str(subject).encode(), sentence_json, f.sentence_start,
        f.sentence_end, _NAMES.get(f.rule) or _name(f.rule), b', "note": ' + _str(note).encode() if note else b"",
    )  # fmt: skip


# The text of the keys a fact's type adds (UTF-8), by (type, the words they hold): a few hundred combinations.
_BY_TYPE: dict[tuple[Any, ...], bytes] = {(): b""}


def _by_type(key: tuple[Any, ...]) -> bytes:
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
    data = text.encode()
    if len(_BY_TYPE) >= _NAMES_KEPT:
        _BY_TYPE.clear()
        _BY_TYPE[()] = b""
    _BY_TYPE[key] = data
    return data
