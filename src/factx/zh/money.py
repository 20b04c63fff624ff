"""Money: 4725万元, 10余万元, 3-5万元, 156万港元, 10亿美元, ¥300, 人民币5000元, 2块3毛2, 投资收益1.45亿."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..document import Doc
from ..model import Fact
from ..patterns import Lazy, Rare, Words, char_class, compiled, words_re
from . import count
from . import tables as zh
from .guards import code_before, letter_adjacent, vetoed, widen_approx
from .measure import Measure, trailing_multiplier
from .numerals import NUM, NUM_CHARS, NUM_START, parse_number

_PREFIXES = Words(zh.CURRENCY_PREFIX)
_DIGIT = "[0-9一二两三四五六七八九]"
_MINOR = Lazy(
    rf"(?P<n1>{_DIGIT})(?P<u1>{words_re(zh.TENTH_UNITS)})(?:(?P<n2>{_DIGIT})(?:{words_re(zh.HUNDREDTH_UNITS)})?)?"
)
# 两块五 / 三块八: one digit after 块 with no unit is the tenths (not 三块五十, 两块五毛 read above).
_TENTH_AFTER_KUAI = Lazy(r"(?P<d>[1-9一二三四五六七八九])(?![0-9十百千万亿毛角分元块个])")
_PER_UNIT = compiled(
    r"(?:/|每)(?:平方米|平米|㎡|吨|公斤|千克|斤|克|股|人次|人|月|年|天|小时|份|张|件|辆|台|套|亩|公顷|千瓦时|度|立方米"
    r"|升|公里|千米|次|晚|间|瓶|盒|箱|袋|桶|kWh|kg)"
)
# Symbols written before the number with no currency word after it: ¥300, $42.8, HK$1.5亿, 人民币5000万.
_SYMBOL = compiled(
    rf"(?P<cur>{words_re(zh.CURRENCY_PREFIX)})\s?"
    rf"(?P<num>{NUM})(?: (?P<mult>万亿|亿|万))?"  # 人民币 460 万元: a space before the multiplier
    rf"(?P<unit>{words_re(zh.CURRENCY_SUFFIX)})?"
)
_SPACED_MULT = {"万亿": 10**12, "亿": 10**8, "万": 10**4}
# A bare amount in 万/亿 with no unit: money when a money word stands before it in the clause. A range
# (16至18万, 5千至1万) is one amount; its low end borrows the high end's 万.
# Every bare amount reaches its 万/亿 over numeral characters and at most a range separator: the lookahead
# spares the full number pattern at the many numbers that have no 万/亿 (twice as fast over news).
_BEFORE_WAN = set(NUM_CHARS + "".join(zh.RANGE_SEPARATORS)) - set("万亿")
# 余/多 between a number and its 万/亿 (5000多万, 3000余万): "more than" that many ten thousands.
_SOME = "余多"
_BARE = Lazy(
    rf"{NUM_START}(?=[{char_class(_BEFORE_WAN)}]*[{_SOME}]?[万亿])(?P<num>{NUM})"
    rf"(?:(?P<some>[{_SOME}])(?P<mult>万亿|亿|万)|(?P<sep>{words_re(zh.RANGE_SEPARATORS)})(?P<num2>{NUM}))?"
    rf"(?:(?<=[万亿])|(?<=[万亿][一二三四五六七八九]))"  # 1.45亿, 16至18万, 5000多万, and the colloquial 六万八
    rf"(?P<infix>余|多)?"
)
# Every bare amount lies in a run of these characters (numerals, 万/亿, range separators) that holds a 万 or 亿,
# with at most a 余/多 after it; the pattern looks at most a few characters past the run (兆 over 多 and a
# currency word: 兆多新台币).
_RUN_CHARS = frozenset(_BEFORE_WAN | {"万", "亿"})
_RUN_PEEK = 8
_CUE_MAX = max(map(len, zh.MONEY_CUES))
_PRICED = Rare(
    rf"{NUM_START}(?P<num>{NUM}(?<=[万亿]))(?P<cur>{words_re(zh.CURRENCY_SUFFIX)})",
    compiled(rf"[万亿](?:{words_re(zh.CURRENCY_SUFFIX)})"),
)
# Characters that, right after a bare 万/亿 figure, start a unit. The people nouns of headlines are checked
# as whole words (3.3亿工程 is not 3.3亿 + 工人).
_UNIT_START = set(
    "".join(zh.CURRENCY_SUFFIX)
    + "".join(c for c in zh.CLASSIFIERS if c not in zh.BARE_PEOPLE_NOUNS)
    + "".join(zh.QUANTITY_UNITS)
    + "%个年月日号倍余多"
)


def currency_before(doc: Doc, pos: int) -> tuple[str, str | None] | None:
    w = _PREFIXES.ending_at(doc.norm, pos)
    return (w, zh.CURRENCY_PREFIX[w]) if w else None


def build(m: Measure) -> Fact | None:
    doc = m.doc
    norm = doc.norm
    if m.unit == "块" and norm[m.end : m.end + 1] not in set("钱毛角0123456789一二两三四五六七八九"):
        return count.build(m)  # 一块地, 3块蛋糕: a count
    currency = m.info.data
    start, end = m.start, m.end
    value, high = m.low, m.high
    # A currency word before the number (人民币5000元, 港币100元) names a currency the bare 元 leaves open.
    # 人民币5000元 / 人民币约35万元: the currency word may stand before the number or its 约.
    for pos in (m.match.start(), start):
        pre = currency_before(doc, pos)
        if pre is not None:
            start = min(start, pos - len(pre[0]))
            if currency is None:
                currency = pre[1]
            break
    if m.unit in ("块", "元", "块钱", "元钱") and m.match.group("mult") is None and value == value.to_integral():
        minor = _MINOR.match(norm, end)
        if minor:  # 2块3毛2, 3元5角
            value += _digit(minor.group("n1")) * Decimal(zh.TENTH_UNITS[minor.group("u1")])
            if minor.group("n2"):
                value += _digit(minor.group("n2")) * Decimal("0.01")
            end = minor.end()
        elif m.unit == "块" and (tenth := _TENTH_AFTER_KUAI.match(norm, end)):
            value += _digit(tenth.group("d")) / 10  # 两块五: the tenths, with 毛 left out
            end = tenth.end()
    role = None
    per = _PER_UNIT.match(norm, end)
    if per:
        end = per.end()
        role = "price"
    fact = Fact(
        type="money", text=doc.text[start:end], start=start, end=end, value=value, max=high,
        approx=m.approx, currency=currency or doc.currency_at(start), role=role, rule="money.unit",
    )  # fmt: skip
    fact.unit = m.unit  # the folded form (个, 亩), the same word whatever the script
    return fact


def _digit(s: str) -> Decimal:
    v = parse_number(s)
    return v if v is not None else Decimal(0)


# 两毛 / 兩角 / 五毛钱 alone: see JIAO_CHANGE_BEFORE. The scan is led by the unit, a literal the regex engine finds
# fast (a pattern opening on the digit, or on a look behind it, was tried at every character of the text); the digit
# before the unit, and what may not stand before that digit, are read in `_bare_jiao`.
_BARE_JIAO = Lazy(rf"(?P<u>{words_re(zh.TENTH_UNITS)})(?:钱)?(?![\u4e00-\u9fff0-9])")
_JIAO_DIGITS = "一二两三四五六七八九"
_NOT_BEFORE_JIAO_DIGIT = "0123456789〇零一二两三四五六七八九十百千万亿点."
_JIAO_CHANGE = compiled(rf"(?:{words_re(zh.JIAO_CHANGE_BEFORE)})了?$")


def _bare_jiao(doc: Doc) -> Iterator[Fact]:
    """比去年高两毛: tenths of the yuan alone, as the difference between two prices (see JIAO_CHANGE_BEFORE)."""
    norm = doc.norm
    for m in _BARE_JIAO.finditer(norm):
        s, e = m.start() - 1, m.end()  # the digit before the unit
        if s < 0 or norm[s] not in _JIAO_DIGITS or (s and norm[s - 1] in _NOT_BEFORE_JIAO_DIGIT):
            continue
        if not _JIAO_CHANGE.search(norm, max(0, s - 4), s):
            continue
        lo = doc.index.sentence_span(s)[0]
        if not any(u in norm[lo:s] for u in zh.JIAO_PRICE_UNITS):
            continue
        value = _digit(norm[s]) * Decimal(zh.TENTH_UNITS[m.group("u")])
        yield Fact(type="money", text=doc.text[s:e], start=s, end=e, value=value, currency=doc.currency_at(s),
                   role="price", rule="money.bare_jiao")  # fmt: skip


def recognize(doc: Doc) -> Iterator[Fact]:
    """Forms the shared unit scan does not see: currency symbols first, bare 万/亿 amounts, and tenths of the
    yuan alone (高两毛)."""
    norm = doc.norm
    if "毛" in norm or "角" in norm:
        yield from _bare_jiao(doc)
    for m in _SYMBOL.finditer(norm):
        cur = m.group("cur")
        if cur.isalpha() and cur.isascii() and m.start() > 0 and norm[m.start() - 1].isalpha():
            continue  # "USD" inside a longer word
        num = m.group("num")
        value = parse_number(num)
        if value is not None and m.group("mult"):
            value *= _SPACED_MULT[m.group("mult")]
        if value is None or (not num[0].isdigit() and not m.group("unit")):
            continue
        currency = zh.CURRENCY_PREFIX[cur]
        if cur == "$" and doc.local_currency in zh.LOCAL_DOLLAR_CURRENCIES:
            currency = doc.local_currency  # 香港…$300萬: the Hong Kong dollar
        if m.group("unit") and zh.CURRENCY_SUFFIX[m.group("unit")]:
            currency = zh.CURRENCY_SUFFIX[m.group("unit")]
        start, _, approx = widen_approx(doc, m.start(), m.end(), after=False)
        yield Fact(
            type="money", text=doc.text[start : m.end()], start=start, end=m.end(), value=value,
            approx=approx, currency=currency or doc.currency_at(start), rule="money.symbol", priority=1,
        )  # fmt: skip
    priced: dict[str, str | None] | None = None
    for m in bare_amounts(doc):
        start = m.start()
        currency = doc.currency_at(start)
        rule = "money.bare"
        if not money_cue(doc, start):
            # A headline's bare 3.3亿 that the article writes elsewhere as 3.3亿元 is that amount of money
            # (only in the title line: in the body the same figure may count readers or accounts).
            if m.group("num2") or not m.group("num")[0].isdigit() or "\n" in norm[:start]:
                continue
            priced = _priced_numbers(doc) if priced is None else priced
            if m.group("num") not in priced:
                continue
            currency = priced[m.group("num")] or currency
            rule = "money.bare_repeat"
        value, high = bare_value(m)
        if value is None:
            continue
        infix = m.group("infix") or m.group("some")
        start, end, kind = widen_approx(doc, start, m.end(), zh.APPROX_INFIX[infix] if infix else None)
        yield Fact(
            type="money", text=doc.text[start:end], start=start, end=end, value=value, max=high, approx=kind,
            currency=currency, rule=rule, priority=-1,
        )  # fmt: skip


def bare_amounts(doc: Doc) -> list[re.Match[str]]:
    """Figures in 万/亿 with no unit after them (1.45亿, 16至18万): money or counts as the clause says.

    Money and tallies both read them: one scan per document, kept on it.
    """
    found = doc.memo.get("zh.bare_amounts")
    if found is None:
        found = doc.memo["zh.bare_amounts"] = list(_bare_amounts(doc))
    return found


def _bare_amounts(doc: Doc) -> Iterator[re.Match[str]]:
    norm = doc.norm
    for m in _bare_matches(norm):
        nxt = norm[m.end() : m.end() + 1]
        if nxt and (nxt in _UNIT_START or nxt.isdigit() or nxt in "〇零一二两三四五六七八九十百千"):
            continue
        if norm.startswith(zh.BARE_PEOPLE_NOUNS, m.end()):
            continue  # 9万居民: a count, read by the unit scan
        start = m.start()
        if start > 0 and norm[start - 1] in "几数" and m.group("num")[0] in "十百千万":
            continue  # 几百万 / 数十万: "millions", vague
        if vetoed(doc, start) or (
            m.group("num")[0].isdigit() and (letter_adjacent(doc, start, m.end()) or code_before(doc, start))
        ):
            continue
        yield m


def _bare_matches(norm: str) -> Iterator[re.Match[str]]:
    """The matches `_BARE.finditer(norm)` gives, searched for only in the runs of numeral characters that hold a
    万 or 亿 (found by a scan for those two characters): the search over the whole text stopped at every number,
    and most numbers are in runs without either."""
    n = len(norm)
    done = 0  # the end of the last run searched, or of its last match when that took a 余/多 after the run
    for at in sorted([*_positions(norm, "万"), *_positions(norm, "亿")]):
        if at < done:
            continue  # in the run just searched
        start, end = at, at + 1
        while start > 0 and (
            norm[start - 1] in _RUN_CHARS or (norm[start - 1] in _SOME and start > 1 and norm[start - 2] in _RUN_CHARS)
        ):
            start -= 1
        while end < n and norm[end] in _RUN_CHARS:
            end += 1
        pos = max(start, done)
        while (m := _BARE.search(norm, pos, end + _RUN_PEEK)) is not None and m.start() < end:
            yield m
            pos = m.end()
        done = max(end, pos)


def _positions(text: str, ch: str) -> list[int]:
    found = []
    i = text.find(ch)
    while i != -1:
        found.append(i)
        i = text.find(ch, i + 1)
    return found


def bare_value(m: re.Match[str]) -> tuple[Decimal | None, Decimal | None]:
    """(low, high) of a bare amount; high is None unless it is a range that rises."""
    low = parse_number(m.group("num"))
    if low is not None and m.group("mult"):
        return low * _SPACED_MULT[m.group("mult")], None  # 5000多万
    if low is None or not m.group("num2"):
        return low, None
    high = parse_number(m.group("num2"))
    if high is None:
        return None, None
    _, lend = trailing_multiplier(m.group("num2"))
    if trailing_multiplier(m.group("num"))[1] == 1 and not any(c in m.group("num") for c in "千百"):
        low *= lend  # 16至18万: the low end is in 万 too
    if high <= low:
        return None, None
    return low, high


def _priced_numbers(doc: Doc) -> dict[str, str | None]:
    """Number texts in 万/亿 that the document writes with a currency word after them → that currency."""
    out: dict[str, str | None] = {}
    for m in _PRICED.finditer(doc.norm):
        out.setdefault(m.group("num"), zh.CURRENCY_SUFFIX[m.group("cur")])
    return out


def money_cue(doc: Doc, start: int) -> bool:
    lo = doc.clause_start(start, 12)
    window = doc.norm[lo:start]
    return any(c in window for c in zh.MONEY_CUES)
