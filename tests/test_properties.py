"""Property-based tests (hypothesis): random and adversarial text for `factx.extract`, the loaders and the
renderers, asserting the invariants of the contract. Bounded (`max_examples`, `deadline`, derandomized) so
CI stays fast and repeatable.

Invariants that the engine does not hold yet (intervals ordered, no figure across a line break, lone
surrogates, extreme reference dates) are strict xfails in `test_hostile_engine.py`.
"""

from __future__ import annotations

import itertools
import json
import re
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factx
from factx.inputs import SourceError
from factx.inputs.decode import read_bytes
from factx.inputs.markup import read_html
from factx.model import DateValue, DurationValue, Fact, format_decimal
from factx.render.facts import FORMULA_STARTS, _flat
from factx.render.safe import terminal_text

BOUNDED = settings(
    max_examples=60,
    deadline=timedelta(seconds=5),
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)

PIECES = [
    *"0123456789", "万", "亿", "千", "百", "十", "零", "一", "二", "三", "五", "两", "半", "余", "多", "约",
    "元", "美元", "港元", "人民币", "人", "名", "个", "台", "次", "亩", "公里", "吨", "%", "％", "百分点",
    "年", "月", "日", "号", "今年", "去年", "昨日", "明年", "上半年", "第", "倍", "至", "到", "-", "—", "~",
    "，", "。", "、", "；", "：", "（", "）", ".", ",", " ", "\n", "\t", "\v", "$", "USD", " million", " people",
    " percent", "January", " 2020", "投资", "增长", "下降", "共", "约", "超过",
]  # fmt: skip
pieces = st.sampled_from(PIECES)
noise = st.characters(blacklist_categories=("Cs",))  # any code point but lone surrogates (see the xfails)
texts = st.lists(st.one_of(pieces, pieces, pieces, noise), max_size=60).map("".join)
ref_dates = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))

_ISO_POINT = r"(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX)(?:T\d{2}:\d{2}(?::\d{2})?)?)?)?"
ISO_DATE = re.compile(rf"{_ISO_POINT}(?:/{_ISO_POINT})?")
ISO_DURATION = re.compile(r"P(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?")


def check_fact(text: str, f: Fact) -> None:
    assert text[f.start : f.end] == f.text, (f.text, f.start, f.end)
    d = f.to_dict()
    json.dumps(d, ensure_ascii=False).encode("utf-8")
    if isinstance(f.value, Decimal):
        assert isinstance(d["value"], int | float)
        assert f.value.is_finite()
    elif isinstance(f.value, DateValue):
        assert ISO_DATE.fullmatch(d["value"]), d["value"]
        for y in re.findall(r"\d{4}", d["value"])[:2]:
            assert "0001" <= y <= "9999"
    else:
        assert isinstance(f.value, DurationValue)
        assert ISO_DURATION.fullmatch(d["value"]), d["value"]
    assert 0 <= f.sentence_start <= f.start and f.end <= f.sentence_end <= len(text)


@BOUNDED
@given(texts, ref_dates)
def test_extract_invariants(text: str, ref: date | None) -> None:
    facts = factx.extract(text, ref_date=ref)
    for f in facts:
        check_fact(text, f)
    starts = [(f.start, f.end) for f in facts]
    assert starts == sorted(starts)
    for a, b in itertools.pairwise(facts):
        assert a.end <= b.start, (a.text, b.text)


@BOUNDED
@given(st.sampled_from(["zh", "zh-hant", "en"]), texts)
def test_extract_in_every_language(lang: str, text: str) -> None:
    for f in factx.extract(text, lang=lang):
        check_fact(text, f)


@BOUNDED
@given(st.binary(max_size=400), st.sampled_from([None, "utf-8", "gb18030", "big5", "utf-16"]))
def test_decoding_never_raises_anything_but_source_error(data: bytes, encoding: str | None) -> None:
    try:
        d = read_bytes(data, encoding)
    except SourceError:
        return
    d.text.encode("utf-8")  # never a lone surrogate
    assert d.errors >= 0
    assert d.errors == 0 or "\ufffd" in d.text


@BOUNDED
@given(texts, st.sampled_from(["utf-8", "gb18030", "utf-16", "big5"]))
def test_text_round_trips_through_its_encoding(text: str, codec: str) -> None:
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return
    try:
        d = read_bytes(data, codec)
    except SourceError:
        return
    assert d.text == text.removeprefix("\ufeff") or codec == "utf-16"


MARKUP = st.lists(
    st.one_of(
        st.sampled_from(["<p>", "</p>", "<div>", "</", "<", ">", "<script>", "</script>", "<!--", "-->", "&amp;",
                         "&#0;", "&#x1b;", "<meta charset='gbk'>", "<time datetime='2020-02-30'>", "<br/>", "\n"]),
        pieces,
        noise,
    ),
    max_size=60,
).map("".join)  # fmt: skip


@BOUNDED
@given(MARKUP)
def test_html_pages_never_break_the_loader(markup: str) -> None:
    doc = read_html("p.html", markup.encode("utf-8"))
    doc.text.encode("utf-8")
    assert "\x00" not in doc.text
    for f in factx.extract(doc.text):
        check_fact(doc.text, f)


@BOUNDED
@given(st.text())
def test_terminal_text_hides_every_control(s: str) -> None:
    safe = terminal_text(s)
    assert len(safe) == len(s)
    assert not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]", safe)


@BOUNDED
@given(st.text(), st.integers(min_value=-(10**30), max_value=10**30))
def test_csv_cells_never_start_a_formula(s: str, n: int) -> None:
    assert not _flat(s).startswith(FORMULA_STARTS)
    assert _flat(n) == str(n)  # numbers stay numbers, negative ones too


@BOUNDED
@given(st.decimals(allow_nan=False, allow_infinity=False, places=None))
def test_decimal_text_is_exact(d: Decimal) -> None:
    assert Decimal(format_decimal(d)) == d
