"""One numeral scanner and parser for Arabic, Chinese and mixed numbers.

Works on normalized text (ASCII digits, Simplified 万/亿/两/点). Recognizers embed `NUM` in their patterns
and call `parse_number` on what it matched, so Chinese numeral logic lives here only.

    4725 · 1,100 · 1.2 · 2万8783 · 3万4000 · 1.05万亿 · 三千五百万 · 两 · 廿五 · 二〇〇八 · 一点三 · 三万五
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
# 兆 is 10^12 in Taiwan and Hong Kong money (2兆1509亿元); the scanner admits it only where that reading holds.
BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000, "兆": 1_000_000_000_000}
# 廿 and 卅 are read as 二十 and 三十.
_TENS = {"廿": ("二", "十"), "卅": ("三", "十")}

_D = "〇零一二两三四五六七八九"
# Thousands separators may be ASCII or full-width commas (1，000美元); a group must have three digits.
ARABIC = r"[0-9]{1,3}(?:[,，][0-9]{3})+(?:\.[0-9]+)?(?![0-9])|[0-9]+(?:\.[0-9]+)?"
# A Chinese numeral starts with a digit or 十/廿/卅 (百/千/万 alone start words such as 千万 "by all means").
# 百余名 / 千余人 / 百万元 / 万余人: a bare 百/千/万 leads only before 余/多 or a larger unit, or after an
# approximation word: 近百名, 上千人, 上百万元, 过亿元, 约百架次; or in a price said the short way, its 一 and its last
# unit left out (百二元 is 120 yuan, 千五元 1,500).
# The decimal point may be 点 or a (folded full-width) period: 十三．五万, 八十．七三％.
# 兆 in a Chinese numeral follows the rule of _ZHAO below: 10^12 only before a 亿 part or a currency (二兆九千亿元).
_ZHAO_CHINESE = rf"兆(?=[{_D}十百千]*[万亿]|[多余]?(?:元|美元|新台币|台币|港元|港币|日元|日圆))"
CHINESE = (
    rf"(?:[{_D}十廿卅][{_D}十百千廿卅]*{_ZHAO_CHINESE}[{_D}十百千万亿廿卅]*"
    rf"|[{_D}十廿卅][{_D}十百千万亿廿卅]*(?:[点.][{_D}]+[万亿]?)?|[百千](?=[余多万亿])(?:万亿|[万亿])?|万(?=[余多])"
    rf"|(?<=[近逾过超上]|(?<![签合预节制条邀公契])约)(?:[百千][万亿]?|[万亿])(?![0-9{_D}十百千万亿]))"
    rf"|[百千万][一二两三四五六七八九](?=[元块])"
)
# Arabic digits may carry Chinese multipliers and a second Arabic part: 2万8783, 1亿2000万, 3千.
# A multiplier run is 万/亿 (with 十/百/千 before it) or one of 十/百/千 — never 万千: in 3000万千瓦 the
# 千 starts the unit 千瓦, and in 1200千瓦时 the 千 is no multiplier either.
# 兆 counts as 10^12 only before a 亿 part or a currency word (1兆1650亿元, 2兆3千亿元, 2兆元): elsewhere, above all in
# Simplified text, it is "mega" (兆瓦, 兆字节).
_ZHAO = (
    r"兆(?=(?:[0-9]{1,3}(?:[,，][0-9]{3})+|[0-9]+)(?:\.[0-9]+)?[十百千]?[万亿]|[万亿]"
    r"|[多余]?(?:元|美元|新台币|台币|港元|港币|日元|日圆))"
)
_MULT_RUN = rf"(?:[十百千]?[万亿]+|{_ZHAO}|[十百千](?![瓦米克卡焦帕]))"
# At most 8 multiplier parts (1万2千3百4十5 has four): an unbounded repeat keeps a backtracking frame per part,
# and a page of "5万5万5万…" made the regex engine hold hundreds of bytes per character.
MIXED = rf"(?:{ARABIC})(?:{_MULT_RUN}(?:{ARABIC})?){{0,8}}"
NUM = rf"(?:{MIXED}|{CHINESE})"
# Where a number may start: on a digit, and not inside another number — nor after a digit and a comma, which
# would restart a thousands-grouped number at each of its groups and make a run of groups quadratic (the
# lookahead lets the regex engine skip quickly to candidate positions).
NUM_START = rf"(?=[0-9{_D}十廿卅百千万亿])(?<![0-9.{_D}十百千万亿廿卅])(?<![0-9][,，])"


# Every character a `NUM` match may hold: a pattern can look ahead over these to test a number before reading it.
NUM_CHARS = "0123456789,，.点兆" + _D + "十廿卅百千万亿"


def is_chinese_numeral(s: str) -> bool:
    return bool(s) and not any(c.isdigit() for c in s)


# More 万/亿/兆 than any written number has (一万亿, 三亿五千万, 2兆1509亿 have two): a run of them is no number,
# and the recursive reading below would go as deep as the run is long.
_MAX_BIG_UNITS = 4


@lru_cache(maxsize=8192)
def parse_number(s: str) -> Decimal | None:
    """Value of a numeral as matched by `NUM`, or None when it is not a well-formed number.

    Cached: news repeats the same few numerals (1, 2, 10, 2019 …) thousands of times.
    """
    if not s:
        return None
    if "点" in s or ("." in s and not any(c.isdigit() for c in s)):
        whole, _, frac = s.partition("点" if "点" in s else ".")
        scale = Decimal(1)
        if frac[-1:] in BIG_UNITS:  # 十三点五万: the multiplier applies to the whole decimal
            scale, frac = Decimal(BIG_UNITS[frac[-1]]), frac[:-1]
        w = parse_number(whole)
        if w is None or not frac or any(c not in CN_DIGITS for c in frac) or any(t in BIG_UNITS for t in whole):
            return None
        return (w + Decimal("0." + "".join(str(CN_DIGITS[c]) for c in frac))) * scale
    tokens = _tokenize(s)
    if tokens is None or sum(isinstance(t, str) and t in BIG_UNITS for t in tokens) > _MAX_BIG_UNITS:
        return None
    try:
        return _value(tokens)
    except (InvalidOperation, ValueError):
        return None


def consecutive_pair(s: str, months: bool = False) -> tuple[int, int] | None:
    """两三 / 七八 style "two or three" pairs: (low, high) when `s` is one, else None.

    九十 is ninety, except before 月 (九十月份: September and October), which `months` allows.
    """
    if len(s) != 2 or any(c.isdigit() for c in s):
        return None
    a = CN_DIGITS.get(s[0])
    b = 10 if months and s[1] == "十" else CN_DIGITS.get(s[1])
    if a is None or b is None or a == 0:
        return None
    if b == a + 1:
        return a, b
    return None


Token = Decimal | str


def _tokenize(s: str) -> list[Token] | None:
    out: list[Token] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isdigit():
            j = i
            while j < n and (s[j].isdigit() or s[j] in ",.，"):
                j += 1
            try:
                out.append(Decimal(s[i:j].replace(",", "").replace("，", "")))
            except InvalidOperation:
                return None
            i = j
            continue
        if c in CN_DIGITS:
            out.append(Decimal(CN_DIGITS[c]))
        elif c in _TENS:
            d, u = _TENS[c]
            out.append(Decimal(CN_DIGITS[d]))
            out.append(u)
        elif c in SMALL_UNITS or c in BIG_UNITS:
            out.append(c)
        else:
            return None
        i += 1
    return out


def _value(tokens: list[Token]) -> Decimal | None:
    for big in ("兆", "亿", "万"):
        if big in tokens:
            i = len(tokens) - 1 - tokens[::-1].index(big)
            left, right = tokens[:i], tokens[i + 1 :]
            lv = _value(left) if left else Decimal(1)
            if lv is None:
                return None
            mult = BIG_UNITS[big]
            if not right:
                return lv * mult
            # 三万五 is 35,000 and 一亿五 is 150,000,000: a lone digit after the unit counts the next place.
            if len(right) == 1 and isinstance(right[0], Decimal) and 0 < right[0] < 10 and right[0] % 1 == 0:
                return lv * mult + right[0] * mult / 10
            rv = _value(right)
            if rv is None:
                return None
            return lv * mult + rv
    return _section(tokens)


def _section(tokens: list[Token]) -> Decimal | None:
    """A number below 万: digits and 十/百/千, or a digit string such as 二〇〇八."""
    if all(isinstance(t, Decimal) for t in tokens):
        if len(tokens) == 1:
            return tokens[0]  # type: ignore[return-value]
        # A run of single Chinese digits is a digit string (a year: 二〇〇八); two digits (七八) are an
        # ambiguous "seven or eight" pair that callers handle, so they are not a number here.
        if len(tokens) >= 3 and all(t < 10 for t in tokens):  # type: ignore[operator]
            return Decimal("".join(str(int(t)) for t in tokens))  # type: ignore[arg-type]
        return None
    total = Decimal(0)
    num: Decimal | None = None
    last_unit = 0
    zero_seen = False
    for t in tokens:
        if isinstance(t, Decimal):
            if num is not None and num != 0:
                return None  # two digits in a row inside a sectioned number: malformed
            if t == 0:
                zero_seen = True
            num = t
        else:
            unit = SMALL_UNITS[t]
            if last_unit and unit >= last_unit:
                return None  # 百十 / 千千: units must fall
            total += (num if num is not None else 1) * unit
            num = None
            last_unit = unit
    if num is not None:
        if last_unit > 10 and not zero_seen and num < 10:
            total += num * last_unit // 10  # 一千五 = 1500, 两百五 = 250
        else:
            total += num
    return total
