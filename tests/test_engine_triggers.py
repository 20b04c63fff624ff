"""The cheap screens in front of the Chinese whole-document passes (issue 13) find every figure the pass finds.

A `Rare` pass runs only where its trigger finds something; a trigger led by a literal character is a fast scan,
one led by a lookahead or an alternation a test at every position. Each test here pairs sentences the pass must
read (so the trigger must fire) with sentences that hold the common character alone (so the pass is skipped),
and checks that the triggers made fast open on a literal. The scanner's early veto (`measure._turned_down`) is
checked against what the builders decide.
"""

from __future__ import annotations

import re

import pytest

import factx
from factx.normalize import normalize
from factx.patterns import Rare
from factx.zh import date, declarations, duration, measure, ordinal, percent, tally
from factx.zh import tables as zh

try:  # Python 3.11+: the parser moved under re
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

# (pass, sentences it reads, sentences with the common character only)
CASES: list[tuple[Rare, list[str], list[str]]] = [
    (tally._CRASH, ["昨天两车相撞致三人受伤", "高速上3车追尾"], ["他开车去上班", "车站人很多"]),
    (percent._DISCOUNT, ["全场商品打八折", "机票对折出售", "门票7.5折"], ["折合人民币100元", "三折叠屏手机"]),
    (ordinal._FIRST, ["首个项目落地", "全国首批试点"], ["首都北京", "首先要说明"]),
    (duration._HALF, ["半个月后复工", "休息了半天"], ["一半的人", "半导体产业"]),
    (date._PLAN, ["十四五规划开局之年", "十三五时期"], ["五个项目", "五年前"]),
    (date._AGO, ["三天前他来了", "两个星期之前", "5日前发布"], ["前往北京", "三天后再说"]),
]


def _first_op(pattern: str) -> object:
    return sre_parse.parse(pattern)[0][0]


@pytest.mark.parametrize(("rare", "reads", "skips"), CASES)
def test_trigger_fires_where_the_pass_matches(rare: Rare, reads: list[str], skips: list[str]) -> None:
    for s in reads:
        norm = normalize(s)
        assert rare.pattern.search(norm) is not None or rare is date._AGO, s  # _AGO's own checks come later
        assert rare.trigger.search(norm) is not None, s
    for s in skips:
        assert rare.trigger.search(normalize(s)) is None, s


@pytest.mark.parametrize("rare", [c[0] for c in CASES])
def test_fast_triggers_open_on_a_literal(rare: Rare) -> None:
    assert _first_op(rare.trigger.pattern) == sre_parse.LITERAL


def test_trigger_is_necessary_on_every_match() -> None:
    """Wherever a pass matches in a text, its trigger finds something in that text."""
    text = "。".join(s for _, reads, skips in CASES for s in reads + skips)
    norm = normalize(text)
    for rare, _, _ in CASES:
        for m in rare.pattern.finditer(norm):
            window = norm[max(0, m.start() - 2) : m.end() + 2]
            assert rare.trigger.search(window) is not None, (rare.trigger.pattern, m.group())


def test_table_shapes_the_triggers_rely_on() -> None:
    assert all(w.endswith("折") for w in zh.DISCOUNT_WORDS)  # the discount trigger looks for 折
    assert all(w.startswith("半") for w in zh.HALF_DURATIONS)  # the half-duration trigger opens on 半


def test_figures_behind_the_triggers() -> None:
    facts = factx.extract("全场八折，首个项目半个月后完工，两车相撞。十四五规划。三天前发布。", ref_date="2024-05-01")
    got = {(f.type, f.text) for f in facts}
    assert {("percent", "八折"), ("ordinal", "首个"), ("duration", "半个月"), ("count", "两车")} <= got
    assert ("date", "十四五") in got and ("date", "三天前") in got


def test_declaration_cue_words_screen() -> None:
    facts = factx.extract("营收3亿元（港元，下同），利润5000万元。")
    assert [f.currency for f in facts if f.type == "money"] == ["HKD", "HKD"]
    assert declarations.currency_declarations("今年同比增长5%，利润3亿元。") == []


@pytest.mark.parametrize(
    ("unit", "num", "num2", "expected"),
    [
        ("个", "一", None, True),  # 一个: the article
        ("家", "一", None, True),
        ("个", "一", "两", False),  # 一至两个: a range
        ("个", "三", None, False),
        ("年", "2019", None, True),  # a year
        ("年", "0800", None, True),  # a leading zero: duration.py turns it down too
        ("年", "100", None, False),
        ("年", "二〇一九", None, False),  # Chinese digits: the builder decides
        ("周年", "2019", None, False),  # only 年 itself
    ],
)
def test_turned_down(unit: str, num: str, num2: str | None, expected: bool) -> None:
    assert measure._turned_down(measure.UNITS[unit], unit, num, num2) is expected


def test_turned_down_agrees_with_the_builders(monkeypatch: pytest.MonkeyPatch) -> None:
    """The facts are the same with the early veto and without it: every match it skips, a builder turns down."""
    text = (
        "一个人，一家企业，一位老师，2019年，1998年至2000年，0800年，3000余年，1.5万年，一至两个项目，"
        "十年，20年，二〇一九年，9000多年前，一個人。"
    )
    with_veto = [repr(f) for f in factx.extract(text)]
    monkeypatch.setattr(measure, "_turned_down", lambda *_: False)
    assert [repr(f) for f in factx.extract(text)] == with_veto


def test_ago_trigger_words_are_the_units() -> None:
    for u in zh.AGO_UNITS:
        assert date._AGO.trigger.search(f"三{u}前") is not None
        assert date._AGO.trigger.search(f"三{u}之前") is not None
    assert re.search("前", date._AGO.trigger.pattern)


_YEAR_PIECES = ["2019", "1998", "2020", "19", "20", "07", "7", "02", "-", "/", ".", "~", "～", "至", "到", "—", "——",
                "–", "－", " ", "年", "月", "日", "全县", "期间", "，", "3"]  # fmt: skip


def test_year_then_separator_screen_is_necessary() -> None:
    """Wherever 2019-07-02 or a year range matches, the one screen in front of the three passes finds something."""
    import random

    rng = random.Random(13)
    matched = 0
    for _ in range(20_000):
        text = "".join(rng.choice(_YEAR_PIECES) for _ in range(rng.randint(2, 10)))
        if any(p.pattern.search(text) for p in (date._YMD, date._BARE_YEAR_RANGE, date._YEAR_RANGE)):
            matched += 1
            assert date._YEAR_THEN_SEP.search(text), text
    assert matched > 50  # the fuzz reaches the forms
    assert date._YEAR_THEN_SEP.search("2019年7月2日，全县3个项目") is None
    facts = factx.extract("2019-07-02至2019-07-05举行，2011-2015全县，2018～2020年期间")
    assert [f.text for f in facts if f.type == "date"] == ["2019-07-02至2019-07-05", "2011-2015", "2018～2020年"]
