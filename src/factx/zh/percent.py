"""Percentages: 36.5%, 5%~10%, 百分之三十, 三成, 六成七, 1.7个百分点 (points), 108个基点, 万分之一, 四分之三, 近半."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..document import Doc
from ..model import Fact
from ..patterns import Lazy, Rare, compiled, lead, words_re
from ..rates import share_percent
from . import tables as zh
from .guards import vetoed, widen_approx
from .measure import UNITS, Measure, negative_word
from .numerals import NUM, parse_number

_PREFIX = Lazy(
    rf"(?P<pre>{words_re(zh.PERCENT_PREFIX)})(?P<num>{NUM}|百(?![0-9〇零一二两三四五六七八九十]))"
    rf"(?:(?:{words_re(zh.RANGE_SEPARATORS)})(?:{words_re(zh.PERCENT_PREFIX)})?(?P<num2>{NUM}))?"
)
_FRACTION = Lazy(
    r"(?=[二三四五六七八九十0-9])(?<![0-9〇零一二两三四五六七八九十百千万])"
    r"(?P<den>[二三四五六七八九十]|[0-9]{1,2})分之(?P<num>[一二三四五六七八九十]+|[0-9]+)"
)
# Hong Kong writes a fraction without 之: 約三分一受訪者, 佔四分一. Only after a word that introduces a share
# (not 用時三分一秒, a time, nor 四分一決賽, a round of a tournament).
_FRACTION_HK = Rare(
    r"(?<=[约占佔逾近过有达足及])(?P<den>[二三四五六七八九十])分(?P<num>[一二三四五六七八九])(?![之0-9〇零一二两三四五六七八九十百千万亿秒钟鐘决決赛賽强強])",
    compiled(r"分(?=[一二三四五六七八九])"),
)
# Led by the literal slash, which the regex engine finds fastest (a leading digit class is a test at every digit).
_SLASH = Rare(r"(?<![0-9./])(?P<num>[1-9])/(?P<den>[2-9]|10)(?![0-9./])", compiled(r"/(?<=[1-9]/)(?:[2-9]|10)"))
_CHENG = Rare(
    r"(?=[0-9一二两三四五六七八九十半])(?<![0-9.〇零一二两三四五六七八九十百千万亿])"
    r"(?P<num>[0-9]+(?:\.[0-9]+)?|[一二三四五六七八九]点[一二三四五六七八九]|[一二两三四五六七八九十半])"
    r"(?:(?:到|至|-|~|～)?(?P<num2>[0-9]+(?:\.[0-9]+)?|[二三四五六七八九十]))?成"
    r"(?P<tail>半|[一二三四五六七八九](?![0-9〇零一二两三四五六七八九十百千万亿个名家人])"
    r"|(?<=[0-9]成)[1-9](?![0-9.%个名家人年月日号天]))?",
    # 成 after a figure; looked for from 成 itself, the one literal, which the engine finds fastest.
    compiled("成(?<=[0-9一二两三四五六七八九十半]成)"),
)
_HALF = Lazy(words_re(zh.HALF_WORDS))
# Hong Kong's 厘 for a rate of interest or a yield (孳息跌至3.85厘, 按息4厘): percent, after a rate word only.
_LI = Rare(r"(?<![0-9.])(?P<num>[0-9]{1,2}(?:\.[0-9]{1,3})?)厘(?![米克升])", compiled(r"厘(?<=[0-9]厘)"))
_LI_CUE = Lazy(words_re(zh.LI_RATE_CUES))
# 八折 / 八五折 / 75折 / 7.5折 / 对折.
# Every discount ends in 折 (对折 too) before none of the veto characters: the trigger, led by the literal 折,
# is a fast scan, where 折 alone (折合, 转折) is in many articles.
_DISCOUNT = Rare(
    # (the lookahead on the first characters spares the lookbehind a try at every position)
    lead([*"一二三四五六七八九123456789", *zh.DISCOUNT_WORDS]) + r"(?<![0-9.〇零一二两三四五六七八九十百千万亿])"
    r"(?:(?P<num>[一二三四五六七八九][一二三四五六七八九]?|[1-9](?:\.[0-9])?|[1-9][0-9])折"
    rf"|(?P<word>{words_re(zh.DISCOUNT_WORDS)}))(?![{zh.DISCOUNT_VETO_NEXT}])",
    compiled(rf"折(?![{zh.DISCOUNT_VETO_NEXT}])"),
)


def build(m: Measure) -> Fact | None:
    kind, scale = m.info.data  # type: ignore[misc]
    scale = Decimal(scale)
    doc = m.doc
    value = m.low * scale
    high = m.high * scale if m.high is not None else None
    start, end = m.start, m.end
    # (5%~10%, the unit written on both ends, is joined by the shared scan in measure.py.)
    # A minus sign glued to the number: 增长-3.5%.
    num_start = m.match.start()
    if (
        start == num_start
        and start > 0
        and doc.norm[start - 1] in "-−"
        and not (start > 1 and (doc.norm[start - 2].isdigit() or doc.norm[start - 2] == "%"))
    ):
        start -= 1
        value = -value
    elif start == num_start and negative_word(doc, start):  # 成长率为负0.5%
        start -= len(zh.NEGATIVE_WORD)
        value = -value
    fact = Fact(type="percent", text=doc.text[start:end], start=start, end=end, value=value, max=high,
                approx=m.approx, kind=kind, rule="percent.unit")  # fmt: skip
    return fact


def _fact(
    doc: Doc,
    s: int,
    e: int,
    value: Decimal,
    rule: str,
    approx: str | None = None,
    high: Decimal | None = None,
    kind: str = "percent",
) -> Fact:
    s, e, approx = widen_approx(doc, s, e, approx)
    return Fact(type="percent", text=doc.text[s:e], start=s, end=e, value=value, max=high, approx=approx,
                kind=kind, rule=rule)  # fmt: skip


def _amount_after_range(norm: str, m: re.Match[str]) -> bool:
    """Whether the second number of 百分之X至Y is an amount of its own: a magnitude (万/亿) in it, or a unit of
    another type right after it (元, 人, 吨), which no second rate of a range carries."""
    num2 = m.group("num2")
    if any(c in num2 for c in zh.AMOUNT_MAGNITUDES):
        return True
    end = m.end("num2")
    return any(
        norm.startswith(u, end) and info.type != "percent" for u, info in UNITS.items() if u[0] == norm[end : end + 1]
    )


def recognize(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    for m in _PREFIX.finditer(norm) if "分之" in norm else ():
        scale = Decimal(zh.PERCENT_PREFIX[m.group("pre")])
        v = Decimal(100) if m.group("num") == "百" else parse_number(m.group("num"))  # 百分之百
        if v is None:
            continue
        end = m.end()
        high = parse_number(m.group("num2")) if m.group("num2") else None
        if high is not None and _amount_after_range(norm, m):
            # 增長百分之十二點四至一百五十六億港元: the rate, then the amount it rose to, not a range of rates.
            end, high = m.end("num"), None
        yield _fact(doc, m.start(), end, v * scale, "percent.prefix", high=high * scale if high is not None else None)
    for m in _FRACTION.finditer(norm) if "分之" in norm else ():
        den, num = parse_number(m.group("den")), parse_number(m.group("num"))
        if not den or num is None or num > den:
            continue
        yield _fact(doc, m.start(), m.end(), _share(num, den), "percent.fraction")
    for m in _FRACTION_HK.finditer(norm):
        den, num = parse_number(m.group("den")), parse_number(m.group("num"))
        if den and num is not None and num < den:
            yield _fact(doc, m.start(), m.end(), _share(num, den), "percent.fraction")
    for m in _LI.finditer(norm):
        lo = doc.clause_start(m.start(), zh.LI_CUE_REACH)
        if _LI_CUE.search(norm, lo, m.start()):
            yield _fact(doc, m.start(), m.end(), Decimal(m.group("num")), "percent.li")
    for m in _SLASH.finditer(norm):
        s, e = m.start(), m.end()
        num, den = int(m.group("num")), int(m.group("den"))
        shared = norm.startswith("的", e) or (
            s > 0 and norm[s - 1] in zh.SLASH_SHARE_BEFORE and norm.startswith(zh.SLASH_SHARE_AFTER, e)
        )
        if num >= den or not shared:
            continue
        yield _fact(doc, s, e, _share(Decimal(num), Decimal(den)), "percent.fraction")
    for m in _CHENG.finditer(norm):
        if vetoed(doc, m.start()) or norm.startswith(zh.CHENG_VETO_NEXT, m.end()):
            continue
        if m.group("num") == "一" and norm.endswith(zh.CHENG_VETO_BEFORE, 0, m.start()):
            continue  # 这一成果 / 这一成桩法
        raw = m.group("num")
        tenths = Decimal(5) / 10 if raw == "半" else parse_number(raw)
        if tenths is None or tenths > 10:
            continue
        value = tenths * 10
        high = None
        if m.group("num2"):  # 两到三成 / 两三成
            h = parse_number(m.group("num2"))
            if h is None or h <= tenths or h > 10:
                continue
            high = h * 10
        tail = m.group("tail")
        if tail == "半":
            value += 5
        elif tail:
            value += parse_number(tail) or 0
        yield _fact(doc, m.start(), m.end(), value, "percent.cheng", high=high)
    for m in _DISCOUNT.finditer(norm):
        value = _discount(m)
        if value is None or vetoed(doc, m.start()):
            continue
        yield _fact(doc, m.start(), m.end(), value, "percent.discount")
    for m in _HALF.finditer(norm) if "半" in norm else ():
        s = m.start()
        if s > 0 and norm[s - 1] in "另这那一上下前后大多":
            continue  # 另一半 (a spouse), 上半 / 前半 (parts of a period)
        if norm.startswith(("年", "个", "天", "小时", "场", "程", "途", "路", "夜", "数"), m.end()):
            continue
        word = m.group()
        yield _fact(doc, s, m.end(), Decimal(50), "percent.half", approx=zh.HALF_WORDS[word])


def _share(num: Decimal, den: Decimal) -> Decimal:
    """num/den in percent (`factx.rates`): 三分之一 and 1/3 → 33.33, 四分之三 → 75."""
    return share_percent(num, den)


def _discount(m: re.Match[str]) -> Decimal | None:
    """八折 → 80, 八五折 → 85, 75折 → 75, 7.5折 → 75, 对折 → 50: the share of the price paid, in percent."""
    if m.group("word"):
        return Decimal(zh.DISCOUNT_WORDS[m.group("word")])
    num = m.group("num")
    if num[0].isdigit():
        v = Decimal(num)
        return v * 10 if v < 10 else v
    digits = [parse_number(c) for c in num]
    if any(d is None for d in digits):
        return None
    return digits[0] * 10 + (digits[1] if len(digits) > 1 else 0)  # type: ignore[operator]
