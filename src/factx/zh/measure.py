"""The shared scan for figures written as a number and a unit word: 4725万元, 49名, 36.5%, 3个月, 800亩.

One compiled pattern finds `NUM [range NUM] [余/多] [万/亿] UNIT`; the unit decides the type, and the
type's module turns the match into a fact (`money.py`, `count.py`, `percent.py`, `duration.py`,
`quantity.py`). Approximation words before and after, vetoes and code contexts are checked here once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..document import Doc
from ..model import Fact
from ..patterns import char_class, compiled, is_cjk, words_re
from . import segment
from . import tables as zh
from .guards import code_before, in_code, letter_adjacent, vetoed, widen_approx
from .numerals import NUM, NUM_CHARS, NUM_START, consecutive_pair, parse_number


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """What a unit word makes of the number before it: the fact type, and that type's data for the unit."""

    type: str
    data: object  # currency code, category, duration designator … as the type's module defines it


def _unit_table() -> dict[str, UnitInfo]:
    table: dict[str, UnitInfo] = {}
    # Later rows win on a shared word; the order puts the more specific reading last.
    for u in (*zh.QUANTITY_UNITS, *zh.QUANTITY_UNIT_ALIASES):
        table[u] = UnitInfo("quantity", u)
    for u, cat in zh.CLASSIFIERS.items():
        table[u] = UnitInfo("count", cat)
    for u, spec in zh.DURATION_UNITS.items():
        table[u] = UnitInfo("duration", spec)
    for u, spec in zh.PERCENT_SUFFIX.items():
        table[u] = UnitInfo("percent", spec)
    for u, cur in zh.CURRENCY_SUFFIX.items():
        table[u] = UnitInfo("money", cur)
    return table


UNITS: dict[str, UnitInfo] = _unit_table()
_MULT = "万亿|千万|百万|亿|万|千(?![瓦米克卡焦帕])|百(?![瓦米克])"  # 千瓦 / 千米 are units, not 千 × 瓦
_SEP = words_re(zh.RANGE_SEPARATORS)
_INFIX = words_re(zh.APPROX_INFIX)
# What may stand between a number's start and its unit (numerals, a range, 余/多/来, a space before 万), and the
# first characters of the units: the lookahead turns down most numbers that no unit follows before the full
# pattern reads them (a quarter faster over news).
_BEFORE_UNIT = set(NUM_CHARS + "".join(zh.RANGE_SEPARATORS) + "".join(zh.APPROX_INFIX) + " ")
_UNIT_FIRST = {u[0] for u in UNITS}
# A short unit word (方) only right after digits or a scale, so 一方面 / 双方 never reach a builder.
_ALIASES = "|".join(rf"{re.escape(w)}(?<=[0-9万亿余多]{re.escape(w)})" for w in zh.QUANTITY_UNIT_ALIASES)
PATTERN = compiled(
    # (not the tenths of a share in 成: 跌三成四至四亿五千万元 is 34%, then the amount)
    rf"{NUM_START}(?<![一二两三四五六七八九十]成)(?=[{char_class(_BEFORE_UNIT)}]*[{char_class(_UNIT_FIRST)}])(?P<num>{NUM})"
    rf"(?:(?P<sep>{_SEP})(?P<num2>{NUM}))?"
    rf"(?P<infix>{_INFIX})?(?:(?<=[0-9]) ?(?=[万亿])|)(?P<mult>{_MULT})?(?P<infix2>余|多|几)?"
    rf"(?P<unit>{words_re(u for u in UNITS if u not in zh.QUANTITY_UNIT_ALIASES)}|{_ALIASES})"
)
_RANGED = frozenset(("money", "count", "quantity", "percent"))
_ONE = Decimal(1)
_MULT_VALUE = {"万亿": 10**12, "千万": 10**7, "百万": 10**6, "亿": 10**8, "万": 10**4, "千": 1000, "百": 100}


@dataclass(slots=True)
class Measure:
    """A matched number-and-unit, with its values worked out, handed to the type's builder."""

    doc: Doc
    match: re.Match[str]
    start: int
    end: int
    low: Decimal
    high: Decimal | None
    approx: str | None
    unit: str
    info: UnitInfo
    chinese: bool  # written in Chinese numerals
    num_text: str  # the number as matched (its low end in a range)

    def fact(self, type_: str, value, **kw) -> Fact:
        return Fact(
            type=type_, text=self.doc.text[self.start : self.end], start=self.start, end=self.end,
            value=value, approx=self.approx, **kw,
        )  # fmt: skip


Builder = Callable[[Measure], Fact | None]


def trailing_multiplier(num: str) -> tuple[str, int]:
    """Split 5万 into ("5", 10000): the multiplier a range's high end lends to a bare low end (3-5万元)."""
    for w in ("万亿", "千万", "百万", "亿", "万"):
        if num.endswith(w) and len(num) > len(w):
            return num[: -len(w)], _MULT_VALUE[w]
    return num, 1


_SEP_FIRST = frozenset(w[0] for w in zh.RANGE_SEPARATORS)
_TAIL = compiled(rf"\s*(?:{_SEP})\s*(?P<num>{NUM})(?P<mult>{_MULT})?(?P<unit>{words_re(UNITS)})")


def range_tail(doc: Doc, end: int, unit: str) -> tuple[Decimal, int] | None:
    """(high number, end) of `至 N UNIT` written right after a figure in `unit`: 5小时至6小时, 20坪至40坪."""
    nxt = doc.norm[end : end + 1]
    if nxt not in _SEP_FIRST and not nxt.isspace():
        return None  # no separator follows, as after most figures
    t = _TAIL.match(doc.norm, end)
    if not t or t.group("unit") != unit:
        return None
    high = parse_number(t.group("num"))
    if high is None:
        return None
    if t.group("mult"):
        high *= _MULT_VALUE[t.group("mult")]
    return high, t.end()


def _range_tail(doc: Doc, fact: Fact, unit: str, scale: Decimal) -> None:
    """600元至1200元 / 3万元-5万元 / 5%~10%: the unit written on both ends makes one range."""
    tail = range_tail(doc, fact.end, unit)
    if tail is None:
        return
    high = tail[0] * scale
    if high <= fact.value:
        return
    if high >= fact.value * _LEVEL_RATIO and _CHANGE_BEFORE.search(doc.norm, max(0, fact.start - 8), fact.start):
        return  # 失业人数增加约4,200人至123,600人: the change, then the level it reached (two figures)
    fact.max = high
    fact.end = tail[1]
    fact.text = doc.text[fact.start : fact.end]


# A change verb right before a figure (约 and 了 may stand between): with a far larger end after 至, the end is
# the level the change reached, not the top of a range; close ends (增长5%至8%) stay a range.
_CHANGE_BEFORE = compiled(rf"(?:{words_re(zh.CHANGE_WORDS)})(?:了)?(?:约|近|逾|超过)?$")
_LEVEL_RATIO = 3
_SHARED = frozenset(("percent", "quantity", "count"))
_LIST_ITEM = compiled(rf"(?<![0-9.])(?P<num>[0-9]+(?:\.[0-9]+)?)(?:{words_re(zh.LIST_JOINERS)})$")


def _shared_unit(doc: Doc, fact: Fact, start: int, low: Decimal) -> Iterator[Fact]:
    """分别回落2.16和1.66个百分点: numbers listed before a figure after 分别 share its unit."""
    norm = doc.norm
    if not low or start == 0 or norm[start - 1] not in _JOINER_LAST:
        return  # most figures follow no joiner: no list to share with, nothing to search
    ratio = fact.value / low  # type: ignore[operator]
    items: list[re.Match[str]] = []
    pos = start
    while len(items) < _LIST_MAX:
        m = _LIST_ITEM.search(norm, max(0, pos - 16), pos)
        if m is None:
            break
        items.append(m)
        pos = m.start()
    if not items:
        return
    lo = doc.clause_start(pos, 16)
    if not any(norm.startswith(w, i) for w in zh.RESPECTIVELY for i in range(lo, pos)):
        return
    for m in reversed(items):
        v = parse_number(m.group("num"))
        if v is None:
            continue
        s, e = m.start("num"), m.end("num")
        yield Fact(
            type=fact.type, text=doc.text[s:e], start=s, end=e, value=v * ratio, kind=fact.kind,
            category=fact.category, unit=fact.unit, currency=fact.currency, rule="shared.unit",
        )  # fmt: skip


_LIST_MAX = 5
# What stands right before a figure that closes a list: a joiner's last character, or a line break (the `$` of
# _LIST_ITEM also matches before a final one).
_JOINER_LAST = frozenset(w[-1] for w in zh.LIST_JOINERS) | {"\n"}


def _signed(doc: Doc, fact: Fact, num_start: int) -> None:
    """零下15℃ / -5℃ / 净利润-3.5亿元: the sign written before the number makes the value negative."""
    norm = doc.norm
    if fact.type == "quantity" and fact.unit in zh.SIGNED_UNITS and norm.endswith(zh.BELOW_ZERO, 0, fact.start):
        fact.start -= len(zh.BELOW_ZERO)
    elif fact.start == num_start and (width := _sign_width(doc, num_start)):
        if fact.type == "quantity" and fact.unit not in zh.SIGNED_UNITS:
            return
        fact.start -= width
    else:
        return
    fact.value = -fact.value  # -1～4℃ / -60℃到250℃: the sign belongs to the low end only
    fact.text = doc.text[fact.start : fact.end]


def _sign_width(doc: Doc, num_start: int) -> int:
    """The length of a minus sign written right before the number (-5℃, 为负0.5%), 0 for none."""
    norm = doc.norm
    if num_start > 0 and norm[num_start - 1] in zh.MINUS_SIGNS:
        before = norm[num_start - 2 : num_start - 1]
        if before and ((before.isalnum() and before.isascii()) or before in zh.NOT_BEFORE_SIGN):
            return 0  # 3-5℃, A-5, 元/年-1868元: a range, a code or a subtraction, not a sign
        return 1
    return len(zh.NEGATIVE_WORD) if negative_word(doc, num_start) else 0


def negative_word(doc: Doc, num_start: int) -> bool:
    """Whether 负 written right before the number at `num_start` is its minus sign: after a copula or a break
    (增长率为负0.5%, 现金流为负1.39亿元), not as the end of a word (减负422亿元) or after 正 (正负0.5%)."""
    norm = doc.norm
    w = len(zh.NEGATIVE_WORD)
    return (
        norm.endswith(zh.NEGATIVE_WORD, 0, num_start) and norm[num_start - w - 1 : num_start - w] in zh.NEGATIVE_AFTER
    )


def unit_in_word(doc: Doc, pos: int) -> bool:
    """True when the one-character unit at `pos` begins a longer word (天然气, 首届, 家庭, 次日).

    A dictionary lookup of the two characters screens first; jieba then decides on a short window,
    because 天下 is a word but 3天下午 reads 天 / 下午, and after a people or head classifier the text
    after the unit is cut on its own (its first word must be in the dictionary, not guessed), because 名义 is a
    word but 1000名义工 reads 名 / 义工.
    """
    norm = doc.norm
    nxt = norm[pos + 1 : pos + 2]
    if not nxt or not is_cjk(nxt) or nxt in zh.UNIT_FOLLOWERS:
        return False
    if norm[pos : pos + 2] in zh.UNIT_NOUN_PAIRS:
        return False
    if segment.freq(norm[pos : pos + 2]) < _WORD_MIN_FREQ:
        return False
    words = segment.cut(doc, norm[pos : pos + 5])
    if not words or len(words[0]) == 1:
        return False
    if norm[pos] not in zh.UNIT_BEFORE_WORD:
        return True
    rest = segment.cut(doc, norm[pos + 1 : pos + 5])
    return not (rest and len(rest[0]) > 1 and segment.freq(rest[0]) > 0)


_WORD_MIN_FREQ = 20


def one_casualty(norm: str, unit: str, end: int) -> bool:
    """一人死亡 / 一名受伤: one person with what happened to them right after is a count, not an article."""
    return unit in zh.ARTICLE_COUNT_UNITS and norm.startswith(_OUTCOMES, end)


_OUTCOMES = tuple(zh.OUTCOME_WORDS)


def _turned_down(info: UnitInfo, unit: str, num: str, num2: str | None) -> bool:
    """Whether the type's builder turns the match down whatever stands around it: 一个 / 一家 (the article,
    count.py) and 2019年 (a year, duration.py). A third of the matches in news are these; screening them
    here spares them the guards and the values the builder would get."""
    if info.type == "count":
        return num == zh.ARTICLE_NUMERAL and not num2
    # Four digits or more before 年: 1000 or more (a multiplier or a range's high end only adds), or a leading
    # zero (0800年), which duration.py turns down too.
    return unit == "年" and len(num) >= 4 and num.isdigit()


_INDICATOR = compiled(r"(?<![A-Za-z])[A-Z]{2,6} $")


def _indicator_rate(doc: Doc, start: int, info: UnitInfo) -> bool:
    """推升CPI 0.28個百分點 / GDP 5.2%: a rate after an indicator's capitals and a space is that indicator's,
    where a number after a Latin word is otherwise a product's name (iPhone 7, Mate 30)."""
    return info.type == "percent" and _INDICATOR.search(doc.norm, max(0, start - 8), start) is not None


_RATE_PREFIX = tuple(zh.PERCENT_PREFIX)
_SOME = zh.SOME_INFIX


def _some_people(m: re.Match[str]) -> bool:
    """十几人 / 二十几名: 几 after a round ten in a count of people ("more than ten"), not after a rank's word."""
    return (
        m.group("infix") == _SOME
        and m.group("num")[-1] == "十"
        and not m.group("num2")
        and not m.group("mult")
        and zh.CLASSIFIERS.get(m.group("unit")) == "people"
        and not m.string.endswith(zh.SOME_INFIX_PEOPLE_VETO_BEFORE, 0, m.start())
    )


def scan(doc: Doc, builders: dict[str, Builder]) -> Iterator[Fact]:
    norm = doc.norm
    for m in PATTERN.finditer(norm):
        if m.group("num2") and norm.endswith(_RATE_PREFIX, 0, m.start()):
            # A range whose low end follows 百分之 starts at its high end: in 增長百分之十二點四至一百五十六億港元 the
            # low end is the rate (percent.py), the high end the amount it rose to.
            m = PATTERN.match(norm, m.start("num2"))  # type: ignore[assignment]
            if m is None:
                continue
        start = m.start()
        num, num2, mult, infix, infix2, unit = m.group("num", "num2", "mult", "infix", "infix2", "unit")
        before = norm[start - 1] if start else ""
        if before == "第":
            continue  # 第二十届: an ordinal, read by ordinal.py
        info = UNITS[unit]
        if (infix == _SOME or infix2 == _SOME) and info.type not in zh.SOME_INFIX_TYPES and not _some_people(m):
            continue  # 十几年前 / 九几年 / 前十几名: vague, and as often a time or a rank as a figure
        if _turned_down(info, unit, num, num2) and not one_casualty(norm, unit, m.end()):
            continue
        if vetoed(doc, start):
            continue
        if before in ("几", "数") and num[0] in "十百千万":
            continue  # 几十 / 数百: "dozens", "hundreds" (but 预测数一六〇二亿 is "the forecast figure")
        pair = None
        chinese = not num[0].isdigit()  # a number written with Chinese numerals holds no digit at all (see NUM)
        if chinese:
            pair = consecutive_pair(num)  # 两三年, 七八个: "two or three"
            # Any other run of bare Chinese digits (一二三四五) names things; only years are written so.
            if pair is None and len(num) >= 2 and all(c in "〇零一二两三四五六七八九" for c in num):
                continue
        elif (letter_adjacent(doc, start, m.end()) and not _indicator_rate(doc, start, info)) or in_code(doc, start):
            continue
        elif code_before(doc, start, num, unit):
            continue  # 尾号6499 is a code, but 手机2部 counts phones
        high = None
        if pair is not None:
            low, high = Decimal(pair[0]), Decimal(pair[1])
        else:
            low = parse_number(num)
        if low is None:
            continue
        if num2 and pair is None:
            base2, lend = trailing_multiplier(num2)
            high = parse_number(num2)
            if high is None:
                continue
            if lend > 1 and trailing_multiplier(num)[1] == 1:
                low *= lend
            if high <= low and parse_number(base2) is not None:
                # "2019-2020" style: not a range of this unit; let the other readings have it.
                continue
        # 一万几千元: 几 stands for the thousands after ten thousand, not a number of thousands
        if mult and not (infix == _SOME and any(c in num for c in "万亿")):
            low *= _MULT_VALUE[mult]
            if high is not None:
                high *= _MULT_VALUE[mult]
        approx = None
        for g in (infix, infix2):
            if g:
                approx = zh.APPROX_INFIX[g]
        s, e, approx = widen_approx(doc, start, m.end(), approx, after=False)
        if (
            s == start
            and start > 0
            and num[0] in "百千万亿"
            and norm[start - 1] in zh.APPROX_BEFORE_ROUND
            and norm[start - 2 : start] not in zh.APPROX_ROUND_FALSE_WORDS
        ):
            s, approx = start - 1, approx or zh.APPROX_BEFORE_ROUND[norm[start - 1]]  # 上千人, 过亿元
        meas = Measure(doc, m, s, e, low, high, approx, unit, info, chinese, num)
        builder = builders.get(info.type)
        if builder is None:
            continue
        fact = builder(meas)
        if fact is None:
            continue
        # Checked after the builder, which turns down many figures (2019年, 一个) for less than this costs.
        if len(unit) == 1 and unit_in_word(doc, m.start("unit")):
            continue  # 3天然气, 2017首届, 5家庭: the "unit" starts a longer word
        if fact.max is None and isinstance(fact.value, Decimal) and fact.type in _RANGED:
            _range_tail(doc, fact, unit, Decimal(info.data[1]) if fact.type == "percent" else _ONE)  # type: ignore[index]
        if fact.type in ("money", "quantity") and isinstance(fact.value, Decimal):
            _signed(doc, fact, start)
        if fact.type != "date":  # 9500套左右 / 50%以上
            _, end, fact.approx = widen_approx(doc, fact.start, fact.end, fact.approx, before=False)
            if end != fact.end:
                fact.end = end
                fact.text = doc.text[fact.start : end]
        if fact.type in _SHARED and fact.max is None and fact.start == start and not meas.chinese:
            yield from _shared_unit(doc, fact, start, low)
        yield fact
