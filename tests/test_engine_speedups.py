"""The engine's speed-ups read the same as the plain code they replace.

Each fast path is checked against a plain reference written here: a `Rare` pass's trigger is found wherever
its pattern matches, the byte-map `non_overlapping` keeps what the bisection version kept, the nearest count
by bisection is the one `min` picks, and `vetoed` by bisection agrees with a scan of every veto word.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

import pytest

import factx.zh
from factx.document import Doc
from factx.patterns import Rare, non_overlapping
from factx.zh import context, guards

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk.txt"


def _rare_passes() -> list[tuple[str, Rare]]:
    found = []
    for info in pkgutil.iter_modules(factx.zh.__path__):
        module = importlib.import_module(f"factx.zh.{info.name}")
        found += [(f"{info.name}.{name}", v) for name, v in vars(module).items() if isinstance(v, Rare)]
    return found


RARE = _rare_passes()

# Pieces the rare patterns are made of, glued at random: digits, date words, separators, units.
_PIECES = [
    *"0123456789", "19", "20", "2019", "1998", ".", "-", "/", "~", "～", "至", "到", "—", " ",
    "年", "月", "日", "代", "年代", "上世纪", "90", "前", "之前", "天", "周", "个星期", "成", "三", "两", "半",
    "内", "以内", "个工作", "（", "）", "(", ")", "港币", "下同", "单位", "：", "以下", "均为", "美元", "万", "亿",
    "元", "折", "八", "十", "，", "。", "的", "人", "死", "伤", "重伤", "失踪", "男", "女", "、", "车",
    "025", "400", "800", "886", "9955", "1391234", "5678", "(010)", "84561234", "X", "－",
    "相撞", "追尾", "首", "个", "批", "首个", "半个月", "半天", "十四", "五", "规划", "时期", "对折", "合",
    "金", "银", "铜", "3金", "2银", "1铜", "个半月", "个半小时", "个半钟", "这", "约", "占", "分", "分一", "三分一",
    "四分一", "决赛", "秒",
]  # fmt: skip


_SEEDS = [
    "2019-07-02至2019-07-05举行",
    "28.09.2015 19:43发布",
    "上世纪90年代末，80年代初",
    "2018~2020年期间，2011-2015全县",
    "5天前，两周前他来过",
    "7日内退货，3个工作日以内办结",
    "平均逗留2.3日，较上年增加0.35日，1.5日元",
    "房价下跌两三成，七成半的人",
    "售价4.5万元，损失1.2亿港元",
    "两车相撞，3车追尾，首个项目，全国首批，半个月后，休息半天，十四五规划，十三五时期，打八折，对折出售",
    "营收3990万元（港币，下同）",
    "（单位：港元）以下金额均为新台币",
    "车祸造成3死5伤1失踪，伤者中2男、1女",
    "中国队以38金32银18铜位列第一，另一队3金、2银、1铜",
    "热线400-886-9955，电话025-84561234，手机13912345678，证号11010119900101123X",
    "占总产量的2/3，约1/4的居民，减少了3/5，明天(2/26)，1/4决赛",
    "国债孳息跌至3.85厘，按息4厘，厚度3厘米，派息5厘",
    "工程延误个半月，等了个半钟，两个半月，这个半月，约三分一受访者，占四分一，四分一决赛，用时三分一秒",
]


def _fuzz_texts(n: int, seed: int = 13) -> list[str]:
    """Random glue of the pieces, and the seed sentences above with pieces inserted, replaced or deleted."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if i % 2:
            out.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))))
            continue
        text = rng.choice(_SEEDS)
        for _ in range(rng.randint(1, 3)):
            at = rng.randint(0, len(text))
            cut = rng.choice((0, 0, 1, 2))
            text = text[:at] + rng.choice(("", *_PIECES)) + text[at + cut :]
        out.append(text)
    return out


def test_rare_passes_are_found():
    names = {name for name, _ in RARE}
    assert {"date._YMD", "date._DECADE", "date._AGO", "percent._CHENG", "money._PRICED"} <= names


@pytest.mark.parametrize(("name", "rare"), RARE, ids=[name for name, _ in RARE])
def test_trigger_is_found_wherever_the_pattern_matches(name: str, rare: Rare):
    matched = 0
    for text in _fuzz_texts(20_000):
        if rare.pattern.search(text):
            matched += 1
            assert any(t.search(text) for t in rare.triggers), (name, text)
            assert list(rare.finditer(text)) and [m.span() for m in rare.finditer(text)] == [
                m.span() for m in rare.pattern.finditer(text)
            ]
    assert matched > 50, f"too few generated texts match {name}: the test would check nothing"


@pytest.mark.parametrize("text", _SEEDS)
def test_trigger_on_written_sentences(text: str):
    for name, rare in RARE:
        if rare.pattern.search(text):
            assert any(t.search(text) for t in rare.triggers), name


def test_trigger_on_the_shared_corpus():
    if not CORPUS.is_file():
        pytest.skip("../shared not present")
    from factx.normalize import normalize

    text = CORPUS.read_text(encoding="utf-8")
    docs = [normalize(a) for a in re.split(r"\n\s*\n", text)[:400] if a.strip()]
    for name, rare in RARE:
        for d in docs:
            if rare.pattern.search(d):
                assert any(t.search(d) for t in rare.triggers), name


@dataclass
class _S:
    start: int
    end: int


def _non_overlapping_by_bisection(ranked: list[_S]) -> list[_S]:
    """The previous implementation, kept here as the reference."""
    starts: list[int] = []
    ends: list[int] = []
    kept: list[_S] = []
    for item in ranked:
        i = bisect_right(starts, item.start)
        if (i > 0 and ends[i - 1] > item.start) or (i < len(starts) and starts[i] < item.end):
            continue
        starts.insert(i, item.start)
        ends.insert(i, item.end)
        kept.insert(i, item)
    return kept


def test_non_overlapping_keeps_what_bisection_kept():
    rng = random.Random(7)
    for _ in range(2000):
        spans = []
        for _ in range(rng.randint(0, 30)):
            s = rng.randint(0, 60)
            spans.append(_S(s, s + rng.randint(1, 9)))
        got = non_overlapping(spans)
        want = _non_overlapping_by_bisection(spans)
        assert [id(x) for x in got] == [id(x) for x in want]


def test_non_overlapping_empty():
    assert non_overlapping([]) == []


def test_nearest_is_what_min_picks():
    rng = random.Random(11)
    for _ in range(3000):
        starts = sorted(rng.sample(range(200), rng.randint(1, 12)))
        pos = rng.choice([p for p in range(200) if p not in starts])
        things = [_S(s, s + 1) for s in starts]
        want = min(things, key=lambda c: abs(c.start - pos))
        assert context._nearest(things, pos) is want  # type: ignore[arg-type]


def test_vetoed_agrees_with_a_scan_of_every_veto_word():
    norm = "进一步推进十九大精神，第一时间到达三千万元二十分钟进一步十九大，千万不要"
    doc = Doc(text=norm, norm=norm)
    found = list(guards._VETO_RE.finditer(norm))
    # A veto word where `tables.VETO_LIFTED` says it is none (千万 before 元) is left out; elsewhere (千万不要) kept.
    spans = [m.span() for m in found if not (m.group() == "千万" and norm.startswith("元", m.end()))]
    assert spans and len(spans) < len(found), "the sentence must hold veto words, one of them lifted"
    for pos in range(len(norm)):
        assert guards.vetoed(doc, pos) == any(s <= pos < e for s, e in spans), pos


def test_segment_cut_is_lexicon_cut_once_per_document():
    from factx.lexicon import LEXICON
    from factx.zh import segment

    norm = "重点项目建设进展顺利"
    doc = Doc(text=norm, norm=norm)
    first = segment.cut(doc, norm[:6])
    assert list(first) == LEXICON.cut(norm[:6])
    assert segment.cut(doc, norm[:6]) is first  # kept on the document
    other = Doc(text=norm, norm=norm)
    assert segment.cut(other, norm[:6]) is not first  # and on that document only
