"""Two whole-document scans that the Chinese engine now answers locally must give what the whole-document scans
gave: the code test (`guards.in_code`) screens a short window around the position first, and the bare 万/亿
amounts (`money._bare_matches`) are searched for only in the runs of numerals that hold a 万 or 亿."""

from __future__ import annotations

import random
from bisect import bisect_right
from re import _parser as sre_parser

import pytest

from factx.document import Doc
from factx.normalize import normalize
from factx.zh import guards, money

_CODE_TEXTS = [
    "请拨打热线电话400-886-9955或025-84561234咨询，共有3人报名。",
    "身份证号11010519491231002X的男子被罚款2000元，手机13912345678已停机。",
    "股票代码600519今日上涨5%，成交额12亿元，(010)12345678为总机。",
    "编号0755-1234-5678的货车运送了20吨货物，另有1234567件包裹。",
    "全年共接待游客3200万人次，同比增长12.5%，2019年收入80亿元。",
]


def _spans_answer(doc: Doc, pos: int) -> bool:
    """in_code as it was: the position inside one of the document's code spans."""
    spans = [m.span() for m in guards._CODE_RE.finditer(doc.norm)]
    i = bisect_right(spans, (pos, len(doc.norm) + 1)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def test_code_reach_covers_the_longest_code() -> None:
    longest = sre_parser.parse(guards._CODE_RE.pattern.pattern).getwidth()[1]
    assert longest <= guards._CODE_REACH


@pytest.mark.parametrize("text", _CODE_TEXTS)
def test_in_code_matches_the_whole_document_spans(text: str) -> None:
    doc = Doc(text=text, norm=normalize(text))
    answers = [guards.in_code(doc, pos) for pos in range(len(text))]
    assert answers == [_spans_answer(doc, pos) for pos in range(len(text))]


def test_in_code_sees_a_hotline_and_not_a_count() -> None:
    text = _CODE_TEXTS[0]
    doc = Doc(text=text, norm=normalize(text))
    assert guards.in_code(doc, text.index("886"))
    assert not guards.in_code(doc, text.index("3人"))


_BARE_TEXTS = [
    "项目总投资16至18万，其中政府出资1.45亿，企业出资六万八。",
    "他借了3万多5万余元，又花了2兆1509亿，近百万人受益。",
    "全县人口约50万，GDP达3,500亿，增长7.5%，新增就业1.2万人。",
    "价格从5千至1万不等，兆多新台币的交易，2万8783的数字。",
    "没有万或亿的一段话，只有3个数字和2019年。",
]


def _finditer_spans(norm: str) -> list[tuple[int, int]]:
    return [m.span() for m in money._BARE.finditer(norm)]


@pytest.mark.parametrize("text", _BARE_TEXTS)
def test_bare_runs_match_the_whole_document_search(text: str) -> None:
    norm = normalize(text)
    assert [m.span() for m in money._bare_matches(norm)] == _finditer_spans(norm)


def test_bare_runs_match_on_random_numeral_strings() -> None:
    rng = random.Random(13)
    alphabet = "0123456789,，.点兆〇零一二两三四五六七八九十廿卅百千万亿余多元美台币新港-~—至到 的人年近逾"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        assert [m.span() for m in money._bare_matches(text)] == _finditer_spans(text), text
