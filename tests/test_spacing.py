"""Chinese spaced out around its digits (2018 年 1 月 1 日, 共 120 名): read as if written together, every span
mapped back to the document."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import factx
from factx.spacing import compact, to_document

# Sentences written for this test, each figure written together; `_spaced` puts the spaces in.
_SENTENCES = [
    "2017年7月18日，该市启动改造工程，总投资4.5亿元，惠及居民1200户。",
    "截至去年底，全县共有120名志愿者、30家企业参与，完成率达到95%。",
    "该桥全长1800米，工期36个月，预计2026年底前通车。",
    "比赛第3名获得奖金5000元，第1名获得2万元。",
]


def _spaced(text: str) -> str:
    """The sentence as a spacing site writes it: a space between every ASCII digit run and a Chinese character."""
    text = re.sub(r"(?<=[0-9])(?=[\u4e00-\u9fff])", " ", text)
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9])", " ", text)


def _values(text: str) -> list[tuple[str, str]]:
    return [(f.type, str(f.to_dict()["value"])) for f in factx.extract(text, ref_date="2024-05-01")]


def test_spaced_text_reads_as_written_together() -> None:
    for sentence in _SENTENCES:
        spaced = _spaced(sentence)
        assert spaced != sentence
        assert _values(spaced) == _values(sentence), spaced


def test_spans_are_the_documents_own() -> None:
    text = "据悉，该公司于 2017 年 7 月 18 日成立，现有员工 350 名。"
    facts = factx.extract(text)
    assert [f.text for f in facts] == ["2017 年 7 月 18 日", "350 名"]
    for f in facts:
        assert f.text == text[f.start : f.end]
        assert f.sentence == text[f.sentence_start : f.sentence_end]
        assert (f.line, f.column) == (1, f.start + 1)


def test_numeral_characters_keep_their_space() -> None:
    # A headline's space after 亿/万 separates two figures, and a Chinese numeral after a digit starts another.
    assert compact("开价两亿 3日") is None
    assert compact("保底699 两年") is None
    assert compact("共 3 千万元")[0] == "共3千万元"  # type: ignore[index]
    assert compact("no digits here") is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 年月日名元万亿个人的。，%第共约\n\u00a0", max_size=60))
def test_compact_maps_every_character_back(text: str) -> None:
    found = compact(text)
    if found is None:
        return
    short, cuts = found
    offsets = [to_document(p, cuts) for p in range(len(short))]
    assert all(text[o] == c for c, o in zip(short, offsets, strict=True))
    assert offsets == sorted(set(offsets))
    assert all(text[o] in " \u00a0" for o in set(range(len(text))) - set(offsets))
    for f in factx.extract(text, lang="zh"):
        assert f.text == text[f.start : f.end]
