"""Faster forms of the engine's patterns match exactly what their plain forms match.

Each speed-up in a pattern's shape is checked here against the plain form written out in this file (or rebuilt
by taking the added lookahead out): the measure scan and bare 万/亿 amounts with their lookaheads, the bare
year and the sentence-end count that open on one character set, every `NUM` match made of `NUM_CHARS`, and
`Lazy` compiling once, on first use.
"""

from __future__ import annotations

import random
import re

from factx import dates
from factx.patterns import Lazy, char_class
from factx.zh import date, measure, money
from factx.zh.numerals import NUM, NUM_CHARS

# Pieces numbers and their units are written with, glued at random.
_PIECES = [
    *"0123456789", "2019", "1998", "2050", "1949", "1950", "2049", "12", "5 万", "1.5 亿",
    ".", ",", "，", "-", "~", "至", "到", "—", " ", "点", "兆",
    *"〇零一二两三四五六七八九十廿卅百千万亿", "万亿", "千万", "余", "多", "来", "有余", "第", "几", "近", "上",
    "年", "个", "元", "万元", "美元", "千瓦", "千米", "千克", "%", "人", "名", "天", "小时", "公里", "平方米",
    "吨", "个月", "家", "岁", "倍", "亩", "辆", "A", "km", "，", "。", "的", "增长", "公司", "/", ":", "_", "#",
]  # fmt: skip

_SENTENCES = [
    "今年1至5月，全市完成投资4725万元，同比增长12.5%，新建项目16个。",
    "受伤3人，其中2人重伤；损失约1.2亿港元，另有3-5万元罚款。",
    "上千人参加，过亿元的订单，十余万元，三千瓦的电机，2019年、2020年两年。",
    "1998年至2050年间，编号A2019、2019-07-02、1,100美元、两三年、七八个。",
    "他说：“就这样。” 然后走了! 又说. 好吗? 好。。",
    "筹得 460 万元，1949年、1950年与2049年，另有 3 亿美元。",
]


def _fuzz(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(n)] + _SENTENCES


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _without(pattern: str, lookahead: str) -> re.Pattern[str]:
    assert lookahead in pattern, "the lookahead under test is no longer in the pattern"
    return re.compile(pattern.replace(lookahead, "", 1))


def test_measure_lookahead_changes_no_match():
    lookahead = f"(?=[{char_class(measure._BEFORE_UNIT)}]*[{char_class(measure._UNIT_FIRST)}])"
    plain = _without(measure.PATTERN.pattern, lookahead)
    matched = 0
    for text in _fuzz(20_000, 1):
        got = _spans(measure.PATTERN, text)
        assert got == _spans(plain, text), text
        matched += bool(got)
    assert matched > 1000


def test_bare_amount_lookahead_changes_no_match():
    lookahead = f"(?=[{char_class(money._BEFORE_WAN)}]*[{money._SOME}]?[万亿])"
    plain = _without(money._BARE.pattern, lookahead)
    matched = 0
    for text in _fuzz(20_000, 2):
        got = _spans(money._BARE.compiled, text)
        assert got == _spans(plain, text), text
        matched += bool(got)
    assert matched > 500


def test_bare_year_matches_its_plain_form():
    plain = re.compile(r"(?=[12])(?<![0-9A-Za-z.,/:_\-#+])(?P<y>19[5-9][0-9]|20[0-4][0-9])(?![0-9A-Za-z.,%:/_\-+])")
    matched = 0
    for text in _fuzz(20_000, 3):
        got = _spans(date._BARE_YEAR, text)
        assert got == _spans(plain, text), text
        matched += bool(got)
    assert matched > 500


def test_sentence_end_count_matches_its_plain_form():
    plain = re.compile(r"[。！？!?]+|\.\s")
    rng = random.Random(4)
    alphabet = "。！？!?. \n文a1”"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert dates._SENTENCE_ENDS.findall(text, lo, hi) == plain.findall(text, lo, hi), (text, lo, hi)


def test_every_number_is_made_of_num_chars():
    pattern = re.compile(NUM)
    seen = 0
    for text in _fuzz(5_000, 5):
        for m in pattern.finditer(text):
            assert set(m.group()) <= set(NUM_CHARS), m.group()
            seen += 1
    assert seen > 5_000


def test_a_chinese_numeral_is_told_by_its_first_character():
    """The measure scan reads `not num[0].isdigit()` for "written in Chinese numerals" (no digit anywhere)."""
    for text in _fuzz(5_000, 6):
        for m in measure.PATTERN.finditer(text):
            num = m.group("num")
            assert (not num[0].isdigit()) == (not any(c.isdigit() for c in num)), num


def test_lazy_compiles_once_on_first_use():
    lazy = Lazy("(?P<n>[0-9]+)年", re.IGNORECASE)
    assert lazy._compiled is None
    assert lazy.search("在2019年").group("n") == "2019"  # type: ignore[union-attr]
    first = lazy.compiled
    assert lazy.match("2020年") and lazy.compiled is first
    assert [m.span() for m in lazy.finditer("1年2年", 1)] == [(2, 4)]
    assert lazy.search("2019年", 0, 3) is None  # endpos is passed on


def test_rare_compiles_its_pattern_only_when_the_trigger_is_found():
    from factx.patterns import Rare

    rare = Rare(r"(?<![0-9])[0-9]+年代", re.compile("年代"))
    assert list(rare.finditer("没有触发词的句子")) == []
    assert rare.pattern._compiled is None
    assert [m.group() for m in rare.finditer("80年代")] == ["80年代"]
    assert rare.pattern._compiled is not None
