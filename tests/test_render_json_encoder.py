"""The JSON writers of the renderers (the reused encoder, the fact-line template) write exactly what
`json.dumps(…, ensure_ascii=False)` writes, for anything a fact or a document can hold and more: every kind of
string (control characters, quotes, backslashes, lone surrogates, characters beyond the BMP), integers of
hundreds of digits, floats at the edges, nesting, fields of unexpected types."""

from __future__ import annotations

import copy
import json
import math
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factx.model import DateValue, DocResult, DurationValue, Fact, PartialDate
from factx.pipeline import analyze
from factx.render.fact_json import document_json, encode_json, fact_line

# Every code point, surrogates included (st.text() leaves them out by default).
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())
TEXT = st.text(ANY_CHAR, max_size=40) | st.sampled_from(["", '"', "\\", "\x00\x1f\x7f", "\u2028\u2029", "\ud83d"])
SCALARS = (
    st.none() | st.booleans() | TEXT
    | st.integers() | st.integers(min_value=-(10**300), max_value=10**300)
    | st.floats(allow_nan=True, allow_infinity=True)
)  # fmt: skip
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(TEXT, inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(TEXT, VALUES, max_size=8) | st.lists(VALUES, max_size=5))
def test_same_text_as_json_dumps(value: object) -> None:
    assert encode_json(value) == json.dumps(value, ensure_ascii=False)


def test_edge_values() -> None:
    for value in (
        {"nan": math.nan, "inf": math.inf, "-inf": -math.inf, "tiny": 5e-324, "big": 1.7976931348623157e308},
        {"int": 10**4000, "neg": -(10**299), "zero": -0.0, "one": 1.0},
        {"s": "".join(map(chr, range(0x20))) + '"\\/\u00e9\u4e2d\U0001f600\udc00\ud800'},
        [{"nested": [[[]], {}]}],
    ):
        assert encode_json(value) == json.dumps(value, ensure_ascii=False)


def test_documents_and_facts_written_as_before() -> None:
    """A document's JSON object as the `json` format writes it, with a fact of each odd kind."""
    a = analyze("2021年5月3日，公司宣布投资约4568万元，新建16个项目，增长4.3%，第3名，为期两年。")
    odd = Fact(
        "quantity", 'a "quoted"\n\u2028 line\\', 0, 5, Decimal("0.000001"), max=Decimal("1" + "0" * 300),
        unit="km", subject="\x00\x1f\u00e9中\ud800", sentence="\t",
    )  # fmt: skip
    doc = DocResult('dir/\u00e9 "x".txt', [*a.facts, odd], encoding="utf-8", lang="zh", decode_errors=2)
    assert len(a.facts) >= 5
    assert encode_json(doc.to_dict()) == json.dumps(doc.to_dict(), ensure_ascii=False)
    for f in doc.facts:
        line = {"source": doc.source, **f.to_dict()}
        assert encode_json(line) == json.dumps(line, ensure_ascii=False)


# --- fact_line: the template writer against to_dict + json.dumps ---------------------------------------------

OPT_TEXT = st.none() | TEXT
DECIMALS = (
    st.decimals(allow_nan=False, allow_infinity=False, places=None)
    | st.builds(lambda d, e: Decimal(f"{d}E{e}"), st.integers(-(10**30), 10**30), st.integers(-400, 400))
    | st.sampled_from(
        [
            Decimal("1" + "0" * 400 + ".5"),
            Decimal("-1" + "0" * 400 + ".5"),
            Decimal("-0"),
            Decimal("0.000001"),
            Decimal("12.3400"),
        ]
    )
)
PARTIAL = st.builds(
    PartialDate,
    st.none() | st.integers(1, 9999), st.none() | st.integers(1, 12), st.none() | st.integers(1, 31),
    st.none() | st.integers(0, 23), st.none() | st.integers(0, 59), st.none() | st.integers(0, 59),
)  # fmt: skip
GRAINS = st.sampled_from(["year", "quarter", "month", "day", "time"])
DATES = st.builds(DateValue, PARTIAL, st.none() | PARTIAL, GRAINS)
DURATIONS = st.builds(
    DurationValue,
    st.lists(st.tuples(DECIMALS, st.sampled_from(["Y", "M", "W", "D", "TH", "TM", "TS"])), max_size=3).map(tuple),
)
VALUES_OF_FACTS = DECIMALS | DATES | DURATIONS
INTS = st.integers(0, 10**6) | st.integers()


@st.composite
def facts(draw: st.DrawFn) -> Fact:
    return Fact(
        type=draw(st.sampled_from(["money", "date", "duration", "count", "percent", "quantity", "ordinal"])),
        text=draw(TEXT), start=draw(INTS), end=draw(INTS), value=draw(VALUES_OF_FACTS),
        approx=draw(st.none() | st.sampled_from(["more_than", "about", "at_least", "at_most", "less_than"])),
        max=draw(st.none() | VALUES_OF_FACTS), currency=draw(OPT_TEXT), role=draw(OPT_TEXT), unit=draw(OPT_TEXT),
        category=draw(OPT_TEXT), kind=draw(OPT_TEXT), subject=draw(OPT_TEXT), line=draw(INTS),
        column=draw(INTS), sentence=draw(TEXT), sentence_start=draw(INTS), sentence_end=draw(INTS),
        rule=draw(TEXT), note=draw(OPT_TEXT),
    )  # type: ignore[arg-type]  # fmt: skip


def _expected(source: str, f: Fact) -> str:
    return json.dumps({"source": source, **f.to_dict()}, ensure_ascii=False)


@settings(max_examples=1500, deadline=None)
@given(TEXT, facts())
def test_fact_line_is_to_dict_through_json_dumps(source: str, f: Fact) -> None:
    try:
        expected = _expected(source, f)
    except ValueError as e:  # a value too long to write: the same refusal
        with pytest.raises(type(e)):
            fact_line(source, f)
        return
    assert fact_line(source, f) == expected


class _Text(str):
    pass


def test_fields_of_other_types_go_through_the_encoder() -> None:
    base = analyze("去年投资约4568万元，第3名。")
    assert base.facts
    for f in base.facts:
        for field, odd in (("start", True), ("line", 3.0), ("subject", _Text("某")), ("note", 5), ("rule", None)):
            g = copy.copy(f)
            setattr(g, field, odd)
            assert fact_line("a.txt", g) == _expected("a.txt", g)
    assert fact_line(_Text("s"), base.facts[0]) == _expected("s", base.facts[0])


# --- document_json: a document's object of the json format against to_dict + json.dumps ----------------------


@settings(max_examples=500, deadline=None)
@given(
    TEXT, st.lists(facts(), max_size=4), OPT_TEXT, OPT_TEXT, OPT_TEXT, OPT_TEXT, OPT_TEXT,
    st.integers(0, 10**6) | st.integers() | st.sampled_from([True, 2.0, None]),
)  # fmt: skip
def test_document_json_is_to_dict_through_json_dumps(
    source: str, fs: list[Fact], enc: str | None, lang: str | None, ref: str | None, ref_src: str | None,
    error: str | None, decode_errors: int,
) -> None:  # fmt: skip
    doc = DocResult(source, fs, encoding=enc, lang=lang, ref_date=ref, ref_date_source=ref_src, error=error,
                    decode_errors=decode_errors)  # fmt: skip
    try:
        expected = json.dumps(doc.to_dict(), ensure_ascii=False)
    except ValueError as e:  # a value too long to write: the same refusal
        with pytest.raises(type(e)):
            document_json(doc)
        return
    assert document_json(doc) == expected


def test_document_json_of_analysed_and_odd_documents() -> None:
    a = analyze("2021年5月3日，公司宣布投资约4568万元，新建16个项目，增长4.3%，第3名，为期两年。")
    odd = copy.copy(a.facts[0])
    odd.subject = _Text("某")  # type: ignore[assignment]
    for doc in (
        DocResult("a.txt", a.facts, encoding="utf-8", lang="zh", ref_date="2021-05-03", ref_date_source="text"),
        DocResult("a.txt", [*a.facts, odd], encoding="gb18030", lang="zh", decode_errors=3),
        DocResult(_Text("b.txt"), a.facts),
        DocResult("c.txt", [], error="skipped: binary file, not text"),
    ):
        assert document_json(doc) == json.dumps(doc.to_dict(), ensure_ascii=False)
