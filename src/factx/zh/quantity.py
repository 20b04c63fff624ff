"""Physical quantities: 1537公顷, 800亩, 500多米, 2.66万亩, 7.1倍, 39岁, 1000点; an earthquake's magnitude
written before its number, as Taiwan writes it (芮氏规模6.4, 规模7.2强震)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..document import Doc
from ..model import Fact
from ..patterns import compiled, is_cjk, words_re
from ..units import dimension
from . import tables as zh
from .guards import widen_approx
from .measure import Measure
from .numerals import CN_DIGITS

# 点 after a small whole number is a clock hour (8点); after these words it is an index level.
_POSITION = compiled(rf"[0-9]+米(?:{'|'.join(zh.POSITION_AFTER)})")
# 规模 is an earthquake's magnitude after 芮氏/里氏, before a quake word, or after one earlier in the clause
# (地震规模为6.1), when no unit follows the number (规模7.2级 is the unit scanner's 7.2级; 规模5.2亿元 is money).
_QUAKE = words_re(zh.QUAKE_WORDS)
_QUAKE_AFTER = compiled(rf"的?(?:{words_re(zh.QUAKE_MODIFIERS)})?(?:{_QUAKE})")
_QUAKE_BEFORE = compiled(_QUAKE)
_MAGNITUDE = compiled(
    # (the lookahead on the first characters spares the optional scale a try at every position)
    r"(?=[芮里规])(?P<scale>[芮里]氏)?规模(?:为|达)?\s?(?P<n>[0-9](?:\.[0-9])?)"
    rf"(?=的|{words_re([*zh.QUAKE_MODIFIERS, *zh.QUAKE_WORDS])}|[，,。、；;\s）)]|$)"
)
_QUAKE_BACK = 12
_INDEX_CUES = compiled(r"(?:指数|大盘|沪指|深成指|点位|上证|恒指|道指|纳指|收于|报收|站上|跌破|突破|失守|收报)")


# Signs between the factors of a size written with one unit at its end (50×60cm, 48*24mm, 2x3m), and the
# dimensions sizes are given in.
_TIMES = "×*xX"
_SIZES = ("length", "pixels")


_FANG_CUES = compiled(words_re(zh.FANG_CUES))
_FANG_AREA = compiled(words_re(zh.FANG_AREA_CUES))


def _fang_volume(m: Measure) -> bool:
    """Whether 方 after `m`'s number is a cubic metre (清理土石方3.4万方, 排水约350方): see `tables.FANG_CUES`."""
    doc = m.doc
    if m.chinese or not m.num_text[:1].isdigit():
        return False
    nxt = doc.norm[m.end : m.end + 1]
    if nxt and is_cjk(nxt) and not doc.norm.startswith(zh.FANG_NEXT_OK, m.end):
        return False
    lo = doc.clause_start(m.start, zh.FANG_CUE_REACH)
    return _FANG_CUES.search(doc.norm, lo, m.start) is not None and _FANG_AREA.search(doc.norm, lo, m.start) is None


def build(m: Measure) -> Fact | None:
    unit = m.unit
    doc = m.doc
    nxt = doc.norm[m.match.end() : m.match.end() + 1]
    if unit[-1:].isascii() and unit[-1:].isalpha() and nxt and ((nxt.isascii() and nxt.isalnum()) or nxt in "/²³"):
        return None  # 2kmh, 5kgs, 8km3, 1mg/dl: a Latin symbol runs on into a longer one
    at = m.match.start()
    if at > 1 and doc.norm[at - 1] in _TIMES and doc.norm[at - 2].isdigit() and dimension(unit) in _SIZES:
        return None  # 50×60cm / 1920×1080像素: the last factor of a size (but 2×600兆瓦 is two 600 MW units)
    if unit == "点":
        if m.chinese and nxt in CN_DIGITS:
            return None  # 三百一十二点五: a decimal point in Chinese numerals, not index points
        whole = m.low == m.low.to_integral_value()
        if whole and m.low <= 24:
            lo = doc.clause_start(m.start, 12)
            if not _INDEX_CUES.search(doc.norm, lo, m.start):
                return None
        if m.chinese and m.low < 100:
            return None  # 一点 / 几点: "a little", not an index level (but 兩萬六千點 / 近九百點 are)
    scale = _scale_before(doc.norm, m.start) if unit == "度" else None
    if scale is not None:
        return _degrees(m, scale)
    if unit in ("级", "度", "层") and m.chinese and m.num_text in zh.RANK_NUMERALS and not m.match.group("num2"):
        # (a range written with 至 or 到 is a measure: 氣溫回升二至三度, 風力三到四級)
        return None  # 一级 / 二级市场 / 省市两级 / 三层: ranks and names more often than measures
    if doc.norm.startswith(zh.QUANTITY_VETO_NEXT.get(unit, ()), m.end):
        return None  # 五级火 / 五级河长 / 四级考试: a grade or a level of an administration
    if unit == "级" and (m.match.group("mult") or m.match.group("num"))[-1] in "万亿":
        return None  # 千亿级园区 / 百万级: a scale, not a measure
    if unit in ("公里", "千米") and _POSITION.match(doc.norm, m.end):
        return None  # 高速公路1309公里33米处: a kilometre post
    doubling = unit == "倍" and doc.norm.endswith(zh.DOUBLING_BEFORE, 0, m.match.start())
    if m.chinese and m.num_text == "一" and unit in ("点", "米", "度", "层", "倍", "级") and not doubling:
        return None  # 一点 / 一米阳光 / 一倍 alone (but 增长了一倍 is a ratio)
    if unit == zh.FANG_UNIT and not _fang_volume(m):
        return None
    fact = m.fact("quantity", m.low, max=m.high, rule="quantity.unit")
    fact.unit = m.unit  # the folded form (个, 亩), the same word whatever the script
    if unit in zh.QUANTITY_UNIT_ALIASES:
        fact.unit = zh.QUANTITY_UNIT_ALIASES[unit]
    if dimension(unit) == "length":
        per = _speed_per(doc.norm, m.start)
        if per is not None:
            fact.unit = f"{m.unit}/{per}"  # 时速350公里: a speed, not a distance
    return fact


def _scale_before(norm: str, start: int) -> str | None:
    """The scale word (摄氏) written before the number at `start`, with 零下 between them when it stands there."""
    at = start - len(zh.BELOW_ZERO) if norm.endswith(zh.BELOW_ZERO, 0, start) else start
    for word in zh.SCALE_BEFORE_DEGREE:
        if norm.endswith(word, 0, at):
            return norm[at - len(word) : start]
    return None


def _degrees(m: Measure, scale: str) -> Fact:
    """攝氏八點二度 / 攝氏零下三度: the scale is part of the figure as written, and names its unit (a rank or a
    lone 一 is no reading once the scale stands before: 摄氏一度 is one degree); 约 before the scale is the
    figure's approximation."""
    below = scale.endswith(zh.BELOW_ZERO)
    word = scale[: -len(zh.BELOW_ZERO)] if below else scale
    low, high = (m.low, m.high) if not below else (-(m.high or m.low), None if m.high is None else -m.low)
    fact = m.fact("quantity", low, max=high, rule="quantity.unit")
    start, _, fact.approx = widen_approx(m.doc, fact.start - len(scale), fact.end, fact.approx, after=False)
    fact.start = start
    fact.text = m.doc.text[fact.start : fact.end]
    fact.unit = zh.SCALE_BEFORE_DEGREE[word]
    return fact


_SPEED_CUES = tuple(zh.SPEED_CUES)
_SPEED_LINKS = tuple(zh.SPEED_LINKS)


def _speed_per(norm: str, start: int) -> str | None:
    """The time a length right after a speed word is per (小时 / 秒), stepping back over up to two linking
    words (时速最高可达350公里); None when no speed word stands there."""
    pos = start
    for _ in range(3):
        for cue in _SPEED_CUES:
            if norm.endswith(cue, 0, pos):
                return zh.SPEED_CUES[cue]
        link = max((w for w in _SPEED_LINKS if norm.endswith(w, 0, pos)), key=len, default=None)
        if link is None:
            return None
        pos -= len(link)
    return None


def recognize(doc: Doc) -> Iterator[Fact]:
    """Magnitudes written before the number: 芮氏规模6.4, 规模7.2强震, 地震规模为6.1."""
    norm = doc.norm
    first = norm.find("规模")
    if first < 0:
        return
    # Every match holds 规模, at most two characters in (芮氏规模): none starts before the first one's scale.
    for m in _MAGNITUDE.finditer(norm, max(0, first - 2)):
        quake = (
            m.group("scale")
            or _QUAKE_AFTER.match(norm, m.end())
            or _QUAKE_BEFORE.search(norm, doc.clause_start(m.start(), _QUAKE_BACK), m.start())
        )
        if not quake:
            continue  # 规模5亿元, 规模3家: the size of something else
        start = m.start("n")
        yield Fact(type="quantity", text=doc.text[start : m.end()], start=start, end=m.end(),
                   value=Decimal(m.group("n")), unit="级", rule="quantity.zh.magnitude")  # fmt: skip
