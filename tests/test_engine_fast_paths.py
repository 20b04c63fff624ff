"""The engine's fast paths give the answers of the slow ones: one-character screens in front of the guards, the
sentence lookup that remembers the last sentence, the excerpt's bounds, and the cached date values. Sentences
here are written for these tests."""

from __future__ import annotations

import random
from bisect import bisect_right
from datetime import date

import pytest

import factx
from factx.document import TextIndex
from factx.normalize import normalize
from factx.zh import guards, measure
from factx.zh import tables as zh


def _doc(text: str):
    from factx.document import Doc

    return Doc(text=text, norm=normalize(text))


# --- guards ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("请拨打电话025-84561234咨询", True),
        ("股票代码：600519", True),
        ("尾号为6499的车辆", True),
        ("全市共有6499辆车", False),
        ("6499辆车", False),
    ],
)
def test_code_before(text: str, code: bool) -> None:
    doc = _doc(text)
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert guards.code_before(doc, start) is code


def test_code_before_screen_matches_the_window_test() -> None:
    # The window test itself, at every position of sentences that hold the cues and the stripped characters.
    text = "尾号为 6499，代码是：600519，编号:12，工号为是7，车次3，电话 5，全年9"
    doc = _doc(text)
    for start in range(len(text) + 1):
        lo = max(0, start - max(map(len, zh.CODE_CUES)) - 2)
        expected = doc.norm[lo:start].rstrip(" :：为是").endswith(tuple(zh.CODE_CUES))
        assert guards.code_before(doc, start) is expected, start


def test_approximation_words_before_and_after() -> None:
    facts = {f.text: f.approx for f in factx.extract("约3000人参加，超过50家企业，9500套左右，50%以上，逾八百居民")}
    assert facts["约3000人"] == "about"
    assert facts["超过50家"] == "more_than"
    assert facts["9500套左右"] == "about"
    assert facts["50%以上"] == "more_than"
    assert facts["逾八百居民"] == "more_than"


def test_approximation_screens_match_the_word_lists() -> None:
    text = "约3人，将近4人，5人左右，6人以上，7人内，8人，纽约9人，最近10人"
    doc = _doc(text)
    longest_first = sorted(zh.APPROX_BEFORE, key=len, reverse=True)
    for pos in range(len(text) + 1):
        if not any(doc.norm.endswith(w, 0, pos) for w in longest_first):
            assert guards.approx_before(doc, pos) is None, pos
        if not any(doc.norm.startswith(w, pos) for w in zh.APPROX_AFTER):
            assert guards.approx_after(doc, pos) is None, pos
    assert guards.approx_before(doc, text.index("3")) == ("约", "about")
    assert guards.approx_before(doc, text.index("4")) == ("将近", "about")
    assert guards.approx_before(doc, text.index("9")) is None  # 纽约
    assert guards.approx_after(doc, text.index("左右")) == ("左右", "about")
    assert guards.approx_after(doc, text.index("以上")) == ("以上", "more_than")


# --- the measure scan ------------------------------------------------------------------------------


def test_shared_unit_after_a_joiner() -> None:
    facts = [(f.text, f.value) for f in factx.extract("两项指标分别回落2.16和1.66个百分点。")]
    texts = [t for t, _ in facts]
    assert "2.16" in texts and "1.66个百分点" in texts


def test_no_shared_unit_without_a_joiner() -> None:
    texts = [f.text for f in factx.extract("分别回落2.16，1.66个百分点。")]
    assert "2.16" not in texts


def test_range_tail_with_and_without_space() -> None:
    for text in ("票价600元至1200元不等", "票价600元 至 1200元不等"):
        money = [f for f in factx.extract(text) if f.type == "money"]
        assert len(money) == 1, text
        assert money[0].max is not None and int(money[0].max) == 1200
    assert measure.range_tail(_doc("600元，1200元"), 4, "元") is None


def test_unit_scan_groups() -> None:
    facts = {f.text: f for f in factx.extract("投资3-5万元，共有10余万人，增长1.5倍。")}
    assert int(facts["3-5万元"].value) == 30000 and int(facts["3-5万元"].max) == 50000
    assert facts["10余万人"].approx == "more_than" and int(facts["10余万人"].value) == 100000
    assert facts["1.5倍"].type == "quantity"


# --- sentences and excerpts ------------------------------------------------------------------------


def _plain_span(text: str, ends: list[int], pos: int) -> tuple[int, int]:
    i = bisect_right(ends, pos)
    start = ends[i - 1] if i > 0 else 0
    end = ends[i] if i < len(ends) else len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def test_sentence_span_does_not_depend_on_the_order_of_lookups() -> None:
    rng = random.Random(7)
    pieces = ["今年增长5%。", " 明年！", "\n\n", "他说：“好。”", "Sales rose 5%. ", "没有句号的一段"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        index = TextIndex(text)
        ends = list(index._sentence_ends)
        positions = [rng.randint(-1, len(text) + 1) for _ in range(40)]
        for pos in positions + sorted(positions):
            assert index.sentence_span(pos) == _plain_span(text, ends, pos), (text, pos)


def _plain_excerpt(index: TextIndex, start: int, end: int, limit: int, window: int) -> tuple[str, int, int]:
    s, e = index.sentence_span(start)
    if e - s <= limit:
        return index.text[s:e], s, e
    first, last = index._between_numbers(start, end, max(s, start - window), min(e, end + window))
    room = max(0, window - (end - start)) // 2
    lo = max(first, start - room)
    hi = min(last, max(end, lo + window))
    lo = max(first, min(lo, hi - window))
    return index.text[lo:hi], s, e


def test_excerpt_bounds_as_min_and_max_give_them() -> None:
    rng = random.Random(11)
    alphabet = "12年月日的是投资万元 \n。"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 400)))
        index = TextIndex(text)
        for _ in range(20):
            start = rng.randrange(len(text))
            end = min(len(text), start + rng.randint(1, 12))
            limit, window = rng.choice([(5, 3), (40, 10), (400, 80)])
            assert index.excerpt(start, end, limit, window) == _plain_excerpt(index, start, end, limit, window)


def test_excerpt_of_a_page_without_sentence_ends_stays_short() -> None:
    text = "1年1月1日" * 400
    facts = factx.extract(text)
    assert facts and all(len(f.sentence) <= 80 for f in facts)
    assert all(f.text == text[f.start : f.end] for f in facts)


# --- dates -----------------------------------------------------------------------------------------


def test_repeated_dates_share_equal_values() -> None:
    text = "1月1日开幕，1月1日闭幕。2020年3月5日、2020年3月5日和2020年3月6日。"
    facts = [f for f in factx.extract(text, ref_date=date(2021, 6, 1)) if f.type == "date"]
    by_text: dict[str, list] = {}
    for f in facts:
        by_text.setdefault(f.text, []).append(f.value)
    assert [v.iso() for v in by_text["1月1日"]] == ["2021-01-01", "2021-01-01"]
    assert by_text["2020年3月5日"][0] == by_text["2020年3月5日"][1]
    assert by_text["2020年3月6日"][0].iso() == "2020-03-06"


def test_a_page_of_dates_without_sentence_ends() -> None:
    text = "1年1月1日" * 300
    facts = factx.extract(text)
    assert len(facts) == 300
    assert {f.text for f in facts} == {"1月1日"}
    assert {f.value.iso() for f in facts} == {"XXXX-01-01"}


def test_chinese_run_before_a_position() -> None:
    from factx.zh import context

    rng = random.Random(5)
    alphabet = "的是投资项目a1 \n。"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        pos = rng.randint(0, len(text))
        start = pos
        while start > max(0, pos - context._WINDOW) and "\u3400" <= text[start - 1] <= "\u9fff":
            start -= 1
        expected = (start, pos) if start < pos else None
        assert context._cjk_run(text, pos, forward=False) == expected, (text, pos)


def test_kept_frequencies_are_the_lexicons() -> None:
    from factx.lexicon import LEXICON
    from factx.zh import segment

    for word in ("天然", "家庭", "首届", "3天", "天下", "不是词吗"):
        assert segment.freq(word) == LEXICON.freq(word)
        assert segment.freq(word) == LEXICON.freq(word)  # the second time from the kept table
    assert segment.freq("天然") > 0 and segment.freq("不是词吗") == 0
