"""Dates and periods in Chinese: 2019年7月2日, 2019-07-02, 今年5月19日至24日, 去年11月下旬, 上半年, 18:41.

Recognition reads a chain of components (year → year part | month → month part | day → time) from each
anchor, then an optional range to a second chain that inherits what it leaves out (5月19日至24日).
The parts read become `factx.dates.DateParts`; `factx.dates.resolve` turns them into values with the
one policy every language shares (a year from earlier in the sentence, else from the reference date).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

from .. import dates
from ..dates import DateParts
from ..document import Doc
from ..model import DateValue, Fact, PartialDate
from ..patterns import Lazy, Rare, compiled, is_cjk, lead, non_overlapping, words_re
from . import segment
from . import tables as zh
from .guards import code_before, vetoed
from .numerals import consecutive_pair, parse_number

_CN = "〇零一二两三四五六七八九十"
_NUM12 = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_NUM31 = r"3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]"
_SEP = r"\s*(?:至|到|~|～|——|-|—|–|－)\s*"

_YEAR = compiled(
    rf"(?P<y4>(?<![0-9])1[5-9][0-9]{{2}}|(?<![0-9])2[01][0-9]{{2}})年(?P<ydu>度)?"
    rf"|(?P<y2>(?<![0-9])[0-9]{{2,3}})年(?=(?:{_NUM12})(?:{_SEP}(?:{_NUM12}))?月)"  # 99年9月, 113年1至9月
    rf"|(?P<y0>(?<![0-9.])0[0-9])年(?!代|级|度)"
    rf"|(?P<ycn>[〇零一二三四五六七八九]{{4}})年(?P<ycndu>度)?"
    rf"|民国(?P<roc>[0-9]{{1,3}}|[{_CN}百廿卅]{{1,5}})年(?P<rocdu>度)?"
    rf"|(?P<rocy>(?<![0-9])[0-9]{{2,3}})(?:会计)?年度"  # 116年度 / 115會計年度
    rf"|(?P<rocn>(?<![0-9.])1[0-4][0-9])年(?!代|来|间|多|以|之|前|后|内|左|上|级)"
    rf"|(?P<roccn>(?<![{_CN}])一[〇零一][〇零一二三四五六七八九])年(?P<roccndu>度)?"
    rf"|(?P<roc2>(?<![0-9.])[5-9][0-9])年(?={words_re(zh.ROC_YEAR_NEXT)})"
    rf"|(?P<rel>{words_re(zh.RELATIVE_YEARS)})(?!(?<=前年)度)"  # 前年度 is the year before another, not 前年
    rf"|(?P<ana>{words_re(zh.ANAPHORIC_YEARS)})(?!度)"
)
_YEAR_PART = compiled(
    rf"(?P<part>{words_re(k for k in zh.YEAR_PARTS if k not in ('初', '末', '底'))})"
    # after a year only: 今年首10个月, 去年头两个月 (alone, 头3个月 may be a calf's age or "after three months")
    rf"|[前首头](?P<first>[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,2}})个?月(?:份)?"
    rf"|(?P<short>底|末|初)(?![0-9〇零一二三四五六七八九十])"
)
_STANDALONE_PART = compiled(
    r"(?<![0-9一二三四每第上首头前])(?P<part>上半年|下半年|(?:第)?[一二三四1-4]季度|[前首头]三季度|[前首头]两季度)"
    rf"|(?<!每)(?P<qpart>第[一二三四1-4]季|(?:前|头|首)[三两二32]季)(?![{zh.QUARTER_VETO_NEXT}])"
    r"|(?<![0-9])前(?P<first>[0-9]{1,2}|[一二两三四五六七八九十]{1,2})个?月(?:份)?"
)
_MONTH = compiled(
    rf"(?P<pair>[一二三四五六七八九十]{{2}})月(?:份)?"
    rf"|(?P<m>{_NUM12})(?:(?P<msep>{_SEP}|、|和)(?P<m2>{_NUM12}))?月(?:份)?"
    rf"|[上本下][（(](?P<mpar>{_NUM12})[）)]月(?:份)?"  # 較上(12)月: Taiwan's "last month, December"
    rf"|(?P<mrel>{words_re(zh.RELATIVE_MONTHS)})"
    rf"|(?P<mana>{words_re(zh.ANAPHORIC_MONTHS)})"
)
_MONTH_PART = compiled(rf"(?P<mp>{words_re(zh.MONTH_PARTS)})")
_DAY = compiled(
    rf"(?:[今昨明前][（(](?P<dpar>{_NUM31})[）)]日)"  # 今（15）日: Taiwan's "today, the 15th"
    rf"|(?P<d>{_NUM31})(?P<dm>日|号)(?:{_SEP}(?P<d2>{_NUM31})(?:日|号)?(?![0-9月年]))?"
    # 一月十八至二十日 / 5月18至20日: a span of days with one 日, after a month only
    rf"|(?P<dr>{_NUM31}){_SEP}(?P<dr2>{_NUM31})(?:日|号)"
    rf"|(?P<drel>{words_re(zh.RELATIVE_DAYS)})"
    rf"|(?P<dana>{words_re(zh.ANAPHORIC_DAYS)})"
)
_DAY_IN_PARENS = compiled(rf"[（(](?:(?P<m>{_NUM12})月)?(?P<d>{_NUM31})[日号]?[）)]")
_WEEKDAY = compiled(rf"(?P<ww>{words_re(zh.WEEKDAY_WORDS)})(?P<wd>[一二三四五六日天])")
# 周一至周五 / 星期一到星期五: a weekly schedule, not a day.
# 周六、周日 / 周一至周五: a weekly schedule, not a day.
_WEEKDAY_LIST = rf"(?:{_SEP}|\s*[、和及与或]\s*)"
_WEEKDAY_SPAN_AFTER = Lazy(rf"{_WEEKDAY_LIST}(?:{words_re(zh.WEEKDAY_WORDS)})?[一二三四五六日天]")
_WEEKDAY_SPAN_BEFORE = Lazy(rf"(?:{words_re(zh.WEEKDAY_WORDS)})[一二三四五六日天]{_WEEKDAY_LIST}$")
# A weekday beside a written date only names that date's day: 2月26日(星期二), 周四(2月16日), 3月28日，星期三.
_BESIDE_DATE = compiled(r"[\s,，、(（]*")
_TIME = compiled(
    rf"(?P<dp>{words_re(zh.DAY_PARTS)})?\s*(?P<yue>{words_re(zh.TIME_APPROX)})?"  # 晚上约11时: about eleven
    rf"(?:(?P<h>[01]?[0-9]|2[0-4])[:：](?P<mi>[0-5][0-9])(?::(?P<s>[0-5][0-9]))?(?![0-9])"
    rf"|(?P<hc>[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,3}}|零(?=时))(?:时|点(?!多|儿|钟头))"  # 凌晨零時三十分
    rf"(?:(?P<mic>[0-5]?[0-9]|[一二三四五六七八九十]{{1,3}})分|(?P<half>半)|整)?"
    rf"(?:(?P<sc>[0-5]?[0-9])(?:\.[0-9]+)?秒)?(?P<xu>许|左右)?)"
    rf"|(?P<dponly>{words_re(zh.DAY_PARTS)})"
)
# 10月底前 / 12月31日之前: a deadline. 前往 / 前进 / 前来 begin another word.
_DEADLINE = compiled(r"(?:之前|以前|前)(?![0-9〇零一二两三四五六七八九十个年天月周往进来去行夕后述沿景])")
# The whole-document passes below seldom match; each waits for a trigger every match contains.
_YMD = Rare(
    r"(?=[12])(?<![0-9.])(?<![0-9][:/])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
    r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9]|\.[0-9])"
    r"(?:[ T]+(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::(?P<s>[0-5][0-9]))?)?",
    compiled(r"[-/.](?:1[0-2]|0?[1-9])[-/.]"),
)
# 28.09.2015 19:43: day, month and four-digit year with dots, as European sources write them.
_DMY = Rare(
    r"(?<![0-9.])(?P<d>3[01]|[12][0-9]|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)[0-9]{2})(?![0-9]|\.[0-9])"
    r"(?:[ T]+(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::(?P<s>[0-5][0-9]))?(?![0-9]))?",
    compiled(r"\.(?:1[0-2]|0?[1-9])\.(?:19|20)[0-9]{2}"),
)
# 2011-2015 written without 年, before a word: a span of years (图1：2011-2015全县…).
_BARE_YEAR_RANGE = Rare(
    r"(?=[12])(?<![0-9A-Za-z.,/_\-#+])(?P<y1>19[5-9][0-9]|20[0-4][0-9])[-–~～至到]"
    r"(?P<y2>19[5-9][0-9]|20[0-4][0-9])(?![0-9A-Za-z.,%:/_\-+年])",
    compiled(r"[-–~～至到](?:19|20)[0-9]{2}"),
)
_YEAR_RANGE = Rare(
    rf"(?=[12])(?<![0-9.])(?P<y1>(?:19|20)[0-9]{{2}}){_SEP}(?P<y2>(?:19|20)[0-9]{{2}})年(?![0-9]|代|度)",
    compiled(r"(?:至|到|~|～|——|-|—|–|－)\s*(?:19|20)[0-9]{2}年"),  # _SEP and the second year
)
# 上世纪90年代 / 80年代: a decade. Without a century only 30年代-90年代 (the 1900s) count. The lookahead on the
# first characters spares the optional century in front a full try at every position.
_DECADE = Rare(
    lead([*zh.CENTURY_WORDS, *"0123456789一二三四五六七八九"])
    + rf"(?:(?P<c>{words_re(zh.CENTURY_WORDS)}))?(?<![0-9.])(?P<d>[0-9]0|[一二三四五六七八九]十)年代(?!初|末|中)",
    compiled("年代"),
)
# A year 1950-2049 not inside a longer number or code. It opens on the one character set [12], which the regex
# engine skips to quickly; the lookbehind after it checks the character before the year.
_BARE_YEAR = compiled(
    r"(?P<y>[12](?<![0-9A-Za-z.,/:_\-#+].)(?:(?<=1)9[5-9]|(?<=2)0[0-4])[0-9])(?![0-9A-Za-z.,%:/_\-+])"
)
_PLAN_NEXT = r"(?=[”\"’」』]|规划|时期|期间|计划|末|初|开局|以来)"
# 五 is in most articles; the trigger, led by that literal (a fast scan), needs a plan word after it too.
_PLAN = Rare(rf"(?P<n>{words_re(zh.PLAN_NUMBERS)})五{_PLAN_NEXT}", compiled(rf"五{_PLAN_NEXT}"))
_RANGE_SEP = compiled(_SEP)


def _firsts(*words: object) -> frozenset[str]:
    return frozenset(w[0] for group in words for w in group if w)  # type: ignore[attr-defined]


# The characters a match of each chain pattern can start with (tests/test_engine_date_screens.py checks them
# against the patterns). A chain tries every part at every anchor and most parts are absent: one set lookup
# turns a position down before the regex call. A pattern that may open on whitespace is screened with
# str.isspace as well.
_CN_DIGITS = "〇零一二两三四五六七八九十"
_YEAR_FIRST = frozenset("0123456789民" + _CN_DIGITS) | _firsts(zh.RELATIVE_YEARS, zh.ANAPHORIC_YEARS)
_STANDALONE_PART_FIRST = frozenset("上下第前首头一二三四1234")
_YEAR_PART_FIRST = frozenset("前年") | _firsts(zh.YEAR_PARTS)  # 年: the second 年 of 去年年底
_MONTH_FIRST = frozenset("0123456789上本下" + _CN_DIGITS) | _firsts(zh.RELATIVE_MONTHS, zh.ANAPHORIC_MONTHS)
_MONTH_PART_FIRST = _firsts(zh.MONTH_PARTS)
_DAY_FIRST = frozenset("0123456789今昨明前廿卅" + _CN_DIGITS) | _firsts(zh.RELATIVE_DAYS, zh.ANAPHORIC_DAYS)
_TIME_FIRST = frozenset("0123456789" + _CN_DIGITS) | _firsts(zh.DAY_PARTS, zh.TIME_APPROX)
_RANGE_SEP_FIRST = frozenset("至到~～—-–－")
_DEADLINE_FIRST = frozenset("之以前")
_TIME_AFTER_DIGIT = frozenset("0123456789:：时点")
_RELATIVE_WEEK_WORDS = tuple(w for w in zh.RELATIVE_WEEKS if w)
_RECENT_WORDS = tuple(w for w in zh.RECENT_WORDS if w)
# Words that start with a month-part character but are not one: 8月中国…, 8月初步…
_NOT_MONTH_PART = ("中国", "中心", "中方", "中央", "末端", "底部", "初步", "初期", "中期")

# Where a chain may start: a date-shaped number or a date word. The chain parser decides the rest. A number
# before - / . alone starts none (2019-07-02 and 2019.7.2 are whole forms, read by _YMD; 3.5 is no date): no
# part of a chain reads those separators after a number, and a third of the numbers were tried for nothing.
_ANCHOR_WORDS = (
    "今（",
    "昨（",
    "明（",
    "今(",
    "昨(",
    "明(",  # 今（15）日
    "上（",
    "上(",
    "本（",
    "本(",
    "下（",
    "下(",  # 上(12)月
    *zh.RELATIVE_YEARS,
    *zh.RELATIVE_MONTHS,
    *zh.RELATIVE_DAYS,
    *zh.ANAPHORIC_YEARS,
    *zh.ANAPHORIC_MONTHS,
    *zh.ANAPHORIC_DAYS,
    *zh.RELATIVE_WEEKS,
    *zh.RECENT_WORDS,
    "上半年",
    "下半年",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    *(k for k in zh.YEAR_PARTS if k.startswith(("第", "前", "头", "首")) and "季" in k),
)
_ANCHOR = compiled(
    rf"{lead([*'0123456789〇零一二两三四五六七八九十廿卅民前', *_ANCHOR_WORDS, *zh.DAY_PARTS, *zh.WEEKDAY_WORDS])}"
    rf"(?:(?<![0-9.])[0-9]{{1,4}}(?=年|会计年度|月|日|号|[:：][0-5][0-9]|时|点|季度|个?月"
    rf"|(?:{_SEP}|、|和)[0-9]{{1,2}}(?:月|日|号))"
    rf"|[〇零一二两三四五六七八九十廿卅]{{1,4}}(?=年|月|日|号|时|点|季度|(?:{_SEP}|、|和)[一二三四五六七八九十]{{1,3}}(?:月|日|号))"
    rf"|民国|{words_re(_ANCHOR_WORDS)}"
    rf"|{words_re(zh.DAY_PARTS)}(?=\s*[0-9一二两三四五六七八九十]|零时)"
    rf"|前(?=[0-9一二两三四五六七八九十]{{1,2}}个?月)"
    rf"|(?:{words_re(zh.WEEKDAY_WORDS)})(?=[一二三四五六日天]))"
)


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    if s.isascii() and s.isdigit():
        return int(s)  # the usual 2019 / 7 / 02, without the numeral parser's Decimal
    v = parse_number(s)
    if v is None or v != v.to_integral_value():
        return None
    return int(v)


_HOLIDAY = compiled(words_re(zh.FIXED_HOLIDAYS))
_HOLIDAY_FIRST = _firsts(zh.FIXED_HOLIDAYS)


def _parse_year(doc: Doc, p: int, e: DateParts) -> int:
    first = doc.norm[p : p + 1]
    if first not in _YEAR_FIRST or (first.isdigit() and not doc.norm[p + 1 : p + 2].isdigit()):
        return p  # (a year in digits has two at least: 8月 holds none)
    m = _YEAR.match(doc.norm, p)
    if not m:
        return p
    if m.group("y4"):
        e.year = int(m.group("y4"))
        if m.group("ydu") is None and doc.norm.startswith(("代", "级"), m.end()):
            return p
    elif m.group("y0"):
        e.year = 2000 + int(m.group("y0"))  # 09年: a leading zero only ever writes a year
    elif m.group("y2"):
        v = int(m.group("y2"))
        if _roc_context(doc):
            e.year = v + 1911  # 99年9月 / 110年3月 in Taiwan: years of the Republic (民國)
        elif v < 100:
            e.year = 2000 + v if v < 50 else 1900 + v  # 07年9月
        else:
            return p
    elif m.group("ycn"):
        e.year = _num(m.group("ycn"))
        if e.year is None or not 1000 <= e.year <= 2199:
            e.year = None
            return p
    elif m.group("roc"):
        v = _num(m.group("roc"))
        if v is None:
            return p
        e.year = v + 1911
    elif m.group("rocy"):
        v = int(m.group("rocy"))
        if not (_roc_context(doc) and 1 <= v <= 200):
            return p
        e.year = v + 1911
    elif m.group("rocn"):
        # 109年 alone: a 民國 year in Taiwan text, unless a length of time is meant (未來120年).
        v = int(m.group("rocn"))
        if not (_roc_context(doc) and v > 100) or doc.norm.endswith(zh.DURATION_CUES_BEFORE, 0, p):
            return p
        e.year = v + 1911
    elif m.group("roccn") or m.group("roc2"):
        # 一〇四年 / 一○五年度 (digit by digit) and 95年起 alone: 民國 years, in Taiwan text only.
        v = _num(m.group("roccn") or m.group("roc2"))
        if v is None or not _roc_context(doc) or doc.norm.endswith(zh.DURATION_CUES_BEFORE, 0, p):
            return p
        e.year = v + 1911
    elif m.group("rel"):
        e.year_rel = zh.RELATIVE_YEARS[m.group("rel")]
    elif m.group("ana"):
        e.year_rel, e.fallback_ref = zh.ANAPHORIC_YEARS[m.group("ana")]
        e.anaphoric = True
    return m.end()


def _roc_context(doc: Doc) -> bool:
    """Traditional text about Taiwan counts years from 1912 (民國): 110年度 is 2021."""
    return doc.roc_years and doc.local_currency == "TWD"


def _parse_year_part(doc: Doc, p: int, e: DateParts, standalone: bool) -> int:
    first = doc.norm[p : p + 1]
    if first not in (_STANDALONE_PART_FIRST if standalone else _YEAR_PART_FIRST):
        return p
    if standalone and first.isdigit() and not doc.norm.startswith("季", p + 1):
        return p  # a digit opens only 1季度 … 4季度
    m = (_STANDALONE_PART if standalone else _YEAR_PART).match(doc.norm, p)
    if not m:
        # 去年年底 / 2007年年底: a second 年 before the part.
        if not standalone and doc.norm.startswith("年", p):
            m2 = _YEAR_PART.match(doc.norm, p + 1)
            if m2 and m2.group("short") is None and m2.group("part") in ("年底", "年末", "年初", "年中"):
                e.year_part = zh.YEAR_PARTS[m2.group("part")]
                return m2.end()
        return p
    if m.group("first"):
        n = _num(m.group("first"))
        if n is None or not 1 <= n <= 12 or (standalone and n == 1):
            return p  # 比前一个月下降: alone, 前一个月 is the month before, not January
        e.year_part = (1, n)
        return m.end()
    part = m.group("part") or m.groupdict().get("qpart") or m.group("short")
    if part not in zh.YEAR_PARTS:
        part = "第" + part if "第" + part in zh.YEAR_PARTS else part
    if part not in zh.YEAR_PARTS:
        return p
    if "季" in part and not part.endswith("季度"):
        if standalone and doc.norm[p - 1 : p] in zh.SEASON_TITLE_BEFORE and p > 0:
            return p  # 《好聲音》第三季: a television season
        if doc.norm.rfind("《", max(0, p - 30), p) > doc.norm.rfind("》", max(0, p - 30), p):
            return p  # 《神犬小七第三季》: inside a title
        if doc.norm[m.end() : m.end() + 1] in zh.QUARTER_VETO_NEXT and m.end() < len(doc.norm):
            return p
    e.year_part = zh.YEAR_PARTS[part]
    e.quarter = "季" in part
    end = m.end()
    if e.quarter and e.year_part[0] == e.year_part[1] - 2 and doc.norm.startswith(zh.QUARTER_END, end):
        # 一季度末: the quarter's last day.
        e.month, e.month_part, e.year_part, e.quarter = e.year_part[1], (0, 0), None, False
        e.current = True  # like the quarter itself: the sentence's year, else the reference year
        end += 1
    return end


def _parse_month(doc: Doc, p: int, e: DateParts) -> int:
    m = _MONTH.match(doc.norm, p) if doc.norm[p : p + 1] in _MONTH_FIRST else None
    if not m:
        return p
    # One call for the groups: reading them one by one was a good part of a plain date's cost.
    pair_text, mpar, mrel, mana, month, month2 = m.group("pair", "mpar", "mrel", "mana", "m", "m2")
    if pair_text:
        pair = consecutive_pair(pair_text, months=True)
        if pair is None or pair[1] > 12:
            v = _num(pair_text)  # 十一月 / 十二月
            if v is None or not 1 <= v <= 12:
                return p
            e.month = v
        else:
            e.month, e.month2 = pair
        return m.end()
    if mpar:
        mo = _num(mpar)
        if mo is None or not 1 <= mo <= 12:
            return p
        e.month = mo  # the month written in the brackets is the one meant
        return m.end()
    if mrel:
        e.month_rel = zh.RELATIVE_MONTHS[mrel]
        if e.month_rel == -1 and doc.norm.endswith(zh.MONTH_COMPARE_BEFORE, 0, p):
            # 9月份…比上月加快: in a comparison, the month before the month reported (else before publication)
            e.anaphoric = e.fallback_ref = True
        return m.end()
    if mana:
        e.month_rel, e.fallback_ref = zh.ANAPHORIC_MONTHS[mana]
        e.anaphoric = True
        return m.end()
    mo = _num(month)
    if mo is None or not 1 <= mo <= 12:
        return p
    if not month[0].isdigit() and doc.norm.startswith(zh.CN_MONTH_WORDS, m.end() - 1):
        return p  # 一月光 / 八月十五的月饼 / 坐月子: 月 begins another word after a Chinese numeral
    e.month = mo
    if month2:
        m2 = _num(month2)
        if m2 is None or m2 <= mo:
            return p
        e.month2 = m2
    return m.end()


def _parse_day(doc: Doc, p: int, e: DateParts, after_month: bool) -> int:
    m = _DAY.match(doc.norm, p) if doc.norm[p : p + 1] in _DAY_FIRST else None
    if not m:
        return p
    drel, dana, dpar, dm, day, day2 = m.group("drel", "dana", "dpar", "dm", "d", "d2")
    if m.group("dr"):
        return _day_span(m, e) if after_month else p
    if drel:
        split = zh.RELATIVE_DAY_SPLITS.get(drel)
        nxt = doc.norm[m.end() : m.end() + 1]
        if split and nxt and nxt in split[1] and doc.norm[m.start() - 1 : m.start()] == split[0]:
            return p  # 至今早已: 至今 + 早已
        e.day_rel = zh.RELATIVE_DAYS[drel]
        par = _DAY_IN_PARENS.match(doc.norm, m.end())
        if par and _day_in_parens(par, e):  # 昨日(1日) / 明天（2日）: the day in the brackets is the date meant
            e.day_rel = None
            return par.end()
        return m.end()
    if dana:
        nxt = doc.norm[m.end() : m.end() + 2]
        if not (nxt[:1].isdigit() or nxt[:1] in _CN or nxt.startswith(zh.SAME_DAY_NEXT)):
            return p  # 当日办结 / 当天进出境: "same-day", not a date
        e.day_rel, e.fallback_ref = zh.ANAPHORIC_DAYS[dana]
        e.anaphoric = True
        return m.end()
    if dpar:
        d = _num(dpar)
        if d is None or not 1 <= d <= 31:
            return p
        e.day = d
        return m.end()
    if not after_month and (dm == "号" or not day[0].isdigit()):
        if dm == "日" and _bare_cn_day(doc, m):
            pass  # 十九日已向市府申请: a day of the month in words
        else:
            return p  # 15号地, 3号线: a bare 号 is a name; 一日 / 前一日 with no month are not dates
    d = _num(day)
    if d is None or not 1 <= d <= 31:
        return p
    if not after_month and doc.norm[max(0, p - 8) : p].removesuffix("的").endswith(zh.BARE_DAY_COUNT_BEFORE):
        return p  # 法定限期的14日: a count of days
    e.day = d
    if day2:
        d2 = _num(day2)
        if d2 is not None and d < d2 <= 31:
            e.day2 = d2
            return m.end()
        return m.start("d") + len(day) + 1
    return m.end()


def _day_span(m: re.Match[str], e: DateParts) -> int:
    """一月十八至二十日: the first and last day of a span written with one 日 after a month."""
    d, d2 = _num(m.group("dr")), _num(m.group("dr2"))
    if d is None or d2 is None or not 1 <= d < d2 <= 31:
        return m.start()
    e.day, e.day2 = d, d2
    return m.end()


def _day_in_parens(par: re.Match[str], e: DateParts) -> bool:
    """Take the day (and month) a relative day or a weekday glosses in brackets: 昨日(1日), 周二(2月12日)."""
    d = _num(par.group("d"))
    mo = _num(par.group("m")) if par.group("m") else None
    if d is None or not 1 <= d <= 31 or (mo is not None and not 1 <= mo <= 12):
        return False
    e.day = d
    if mo is not None:
        e.month = mo
    return True


def _bare_cn_day(doc: Doc, m: re.Match[str]) -> bool:
    """十九日 / 廿八日 alone: a day of the month when written with two characters or more (11th-31st,
    not a round 二十日 / 三十日, which count days as often) and not counting days (十五日内, 拘留十五日)."""
    d = m.group("d")
    if len(d) < 2 or d.endswith("十") or m.group("d2"):
        return False
    norm = doc.norm
    if norm[m.end() : m.end() + 1] in zh.BARE_DAY_VETO_NEXT and m.end() < len(norm):
        return False
    before = norm[max(0, m.start() - 6) : m.start()]
    vetoes = (
        *zh.DURATION_CUES_BEFORE,
        *zh.DAY_COUNT_CUES,
        *zh.BARE_DAY_VETO_BEFORE,
        "第",
        "每",
        "前",
        "后",
        "这",
        "那",
    )
    return not before.endswith(vetoes)


def _day_without_ri(doc: Doc, p: int, e: DateParts) -> int:
    """二零零四年八月十五: after a written year and month, a day in words may drop 日 before a break."""
    m = re.compile(r"[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]").match(
        doc.norm, p
    )
    if not m or (m.end() < len(doc.norm) and doc.norm[m.end()] not in zh.DAY_WITHOUT_RI_NEXT):
        return p
    d = _num(m.group())
    if d is None or not 1 <= d <= 31:
        return p
    e.day = d
    return m.end()


def _parse_time(doc: Doc, p: int, e: DateParts, after_day: bool) -> int:
    first = doc.norm[p : p + 1]
    if first not in _TIME_FIRST and not first.isspace():
        return p
    if first.isdigit() and doc.norm[p + 1 : p + 2] not in _TIME_AFTER_DIGIT:
        return p  # a clock time in digits goes on with a digit, a colon, 时 or 点 (not 8月)
    m = _TIME.match(doc.norm, p)
    if not m:
        return p
    if m.group("dponly"):
        return m.end() if after_day else p  # 2月10日晚间: part of the day, no clock time
    if m.group("yue"):
        e.approx = "about"
    dp = m.group("dp")
    if not dp and e.day_rel is not None:
        # 昨晚六时四十五分: the day word already says evening.
        dp = next((k for k in zh.DAY_PART_DAYS if doc.norm.endswith(k, 0, p) and k in zh.DAY_PARTS), None)
    if m.group("h") is not None:
        h, mi = int(m.group("h")), int(m.group("mi"))
        sec = int(m.group("s")) if m.group("s") else None
    else:
        h = _num(m.group("hc"))
        if h is None or h > 24:
            return p
        if not dp and not after_day and m.group("mic") is None and m.group("half") is None:
            # A bare 8点 / 3时 with nothing around it is too weak (8点 can be a score or index level).
            return p
        mi = _num(m.group("mic")) if m.group("mic") else (30 if m.group("half") else 0)
        sec = int(m.group("sc")) if m.group("sc") else None
        if mi is None or mi > 59:
            return p
        if m.group("xu"):
            e.approx = "about"
    if dp:
        add = zh.DAY_PARTS[dp]
        if add and h < 12 and m.group("hc") != "零":  # (当晚零时 is midnight, not noon)
            h += add
        elif dp in ("中午", "午间") and h < 6:
            h += 12
    if dp in zh.DAY_PART_DAYS and e.day_rel is None and e.day is None and e.weekday is None:
        e.day_rel = zh.DAY_PART_DAYS[dp]  # 今晚8时: tonight, a time of the reference day
    if h == 24:
        h = 0
        if e.day_rel is not None:
            e.day_rel += 1  # 今晚24时 is the midnight that starts tomorrow
    e.hour, e.minute, e.second = h, mi, sec
    return m.end()


def _parse_chain(doc: Doc, p: int, inherit: DateParts | None = None) -> DateParts | None:
    norm = doc.norm
    e = DateParts(start=p, end=p)
    q = _parse_year(doc, p, e)
    if e.year_rel is not None and doc.norm.startswith(zh.SAME_PERIOD_WORDS, q):
        e.same_period = True  # 去年同期
        e.end = q + 2
        return e
    hol = _HOLIDAY.match(norm, q) if q > p and norm[q : q + 1] in _HOLIDAY_FIRST else None
    if hol:
        # 2027年元旦 / 去年國慶節: a holiday on a fixed day of the calendar, after its year (alone, 元旦 and 聖誕節
        # are as often the holiday in general: 元旦文告, 圣诞节礼物, 法定节日包括元旦、春节)
        month_day = zh.FIXED_HOLIDAYS[hol.group()]
        e.month, e.day = zh.ROC_HOLIDAYS.get(hol.group(), month_day) if _roc_context(doc) else month_day
        e.end = hol.end()
        return e
    if e.has_year:
        r = _parse_year_part(doc, q, e, standalone=False)
        if r > q:
            e.end = r
            return e
    else:
        r = _parse_year_part(doc, q, e, standalone=True)
        if r > q:
            e.end = r
            return e
    q2 = _parse_month(doc, q, e)
    after_month = q2 > q
    if after_month:
        mp = _MONTH_PART.match(norm, q2) if norm[q2 : q2 + 1] in _MONTH_PART_FIRST else None
        if mp and e.month2 is None and not norm.startswith(_NOT_MONTH_PART, q2):
            e.month_part = zh.MONTH_PARTS[mp.group("mp")]
            q2 = mp.end()
        else:
            q3 = _parse_day(doc, q2, e, after_month=True)
            if q3 == q2 and e.year is not None and not m_digit(doc, q):
                q3 = _day_without_ri(doc, q2, e)
            q2 = q3
    elif not e.has_year:
        q2 = _parse_day(doc, q, e, after_month=False)
        if q2 == q:
            w = _week(doc, q, e)
            par = _DAY_IN_PARENS.match(norm, w) if w > q and e.weekday is not None else None
            if par and _day_in_parens(par, e):
                # 上周五（15日）晚上11时 / 周二(2月12日)凌晨: the day in the brackets is the date meant.
                e.weekday, e.week_rel, e.sunday_week = None, None, False
                w = par.end()
            q2 = w
            if q2 == q:
                rec = _recent(doc, q, e)
                q2 = rec
    after_day = e.day is not None or e.day_rel is not None or e.weekday is not None
    # 下午7时至8时: a range's end may be a bare hour, its day and part of the day those of the start.
    timed_range = inherit is not None and inherit.hour is not None and q2 == p
    q3 = _parse_time(doc, q2, e, after_day or timed_range)
    if q3 == p:
        return None
    if q3 == q2 and not (e.has_year or after_month or after_day or e.recent_days or e.week_rel is not None):
        return None
    e.end = q3
    if inherit is not None:
        _inherit(e, inherit)
    return e


def m_digit(doc: Doc, p: int) -> bool:
    """Whether the month at `p` is written with digits (8月), not words (八月)."""
    return doc.norm[p : p + 1].isdigit()


def _week(doc: Doc, p: int, e: DateParts) -> int:
    # One startswith call over all the words first: most anchors hold none.
    for w, rel in zh.RELATIVE_WEEKS.items() if doc.norm.startswith(_RELATIVE_WEEK_WORDS, p) else ():
        if doc.norm.startswith(w, p):
            e.week_rel = rel
            e.sunday_week = doc.lang == "zh-hant"  # Hong Kong and Taiwan calendars start on Sunday
            q = p + len(w)
            wd = doc.norm[q : q + 1]
            if wd and wd in "一二三四五六日天":
                e.weekday = 6 if wd == "天" else "一二三四五六日".index(wd)
                q += 1
            return q
    wd = _WEEKDAY.match(doc.norm, p)
    if wd and _bare_weekday(doc, wd):
        e.weekday = "一二三四五六日".find(wd.group("wd")) if wd.group("wd") != "天" else 6
        return wd.end()
    return p


def _bare_weekday(doc: Doc, wd: re.Match[str]) -> bool:
    """Whether 周三 / 星期日 written without a week names one day: not a habit (每周三), not a weekly
    schedule (周一至周五), not the surname 周 (周一鸣)."""
    norm, s, e = doc.norm, wd.start(), wd.end()
    if s > 0 and norm[s - 1] in zh.WEEKDAY_HABIT_BEFORE:
        return False
    if norm.endswith(zh.WEEKDAY_NAME_BEFORE, 0, s):
        return False  # 黑色星期二: a name
    if norm.endswith("个", 0, s) and not norm.endswith("这个", 0, s):
        return False  # 每月第一个星期五, 一个周六: not one day
    if _WEEKDAY_SPAN_AFTER.match(norm, e) or _WEEKDAY_SPAN_BEFORE.search(norm, max(0, s - 6), s):
        return False
    if wd.group("ww") == "周" and is_cjk(norm[e : e + 1]):
        return norm.startswith(zh.WEEKDAY_FOLLOWERS, e) or norm.startswith(tuple(zh.DAY_PARTS), e)
    return True


def _recent(doc: Doc, p: int, e: DateParts) -> int:
    for w, days in zh.RECENT_WORDS.items() if doc.norm.startswith(_RECENT_WORDS, p) else ():
        if doc.norm.startswith(w, p):
            e.recent_days = days
            e.rule = "date.recent"
            return p + len(w)
    return p


def _inherit(e: DateParts, base: DateParts) -> None:
    """A range's second chain borrows what it leaves out from the first: 5月19日至24日."""
    if not e.has_year:
        e.year, e.year_rel = base.year, base.year_rel
        e.year_inherited = True
    if e.day is not None and e.month is None and e.month_rel is None:
        e.month, e.month_rel = base.month, base.month_rel
    if e.hour is not None and e.day is None and e.day_rel is None:
        e.month, e.month_rel, e.day, e.day_rel = base.month, base.month_rel, base.day, base.day_rel
        if base.hour is not None and base.hour >= 12 > e.hour and e.hour + 12 >= base.hour:
            e.hour += 12  # 下午7:00-7:30 / 晚上7点至9点: the end is in the afternoon or evening too
    if e.weekday is not None and e.week_rel is None:
        e.week_rel = base.week_rel


def _lowest_compatible(a: DateParts, b: DateParts) -> bool:
    return a.lowest == b.lowest and a.year_part is None and b.year_part is None and a.month2 is None


def _scan(doc: Doc) -> Iterator[DateParts]:
    """Date expressions in document order: whole-pattern forms (2019-07-02, 2018~2020年) first where they
    start, chains read from anchors elsewhere."""
    spans = _whole_forms(doc.norm)
    chains = list(_chains(doc))
    if not spans:
        yield from chains
        return
    # Where both read the same text, the longer reading wins (2019-07-02 10:30 over a lone 10:30).
    yield from non_overlapping(sorted(spans + chains, key=lambda e: e.start - e.end))


# A four-digit year then a separator: what 2019-07-02 and both year ranges start with. One scan for it spares the
# three passes (each its own trigger scan) in the articles that hold none, most of them.
_YEAR_THEN_SEP = compiled(rf"(?:19|20)[0-9]{{2}}(?:[-/.]|{_SEP})")


def _whole_forms(norm: str) -> list[DateParts]:
    spans: list[DateParts] = []
    year_then_sep = _YEAR_THEN_SEP.search(norm) is not None
    for m in _YMD.finditer(norm) if year_then_sep else ():
        if not dates.valid_day(int(m.group("y")), int(m.group("m")), int(m.group("d"))):
            continue  # 2019-02-31: not a date
        e = DateParts(m.start(), m.end(), year=int(m.group("y")), month=int(m.group("m")),
                     day=int(m.group("d")), rule="date.numeric")  # fmt: skip
        if m.group("h"):
            e.hour, e.minute = int(m.group("h")), int(m.group("mi"))
            e.second = int(m.group("s")) if m.group("s") else None
        spans.append(e)
    for m in _DMY.finditer(norm):
        if not dates.valid_day(int(m.group("y")), int(m.group("m")), int(m.group("d"))):
            continue
        e = DateParts(m.start(), m.end(), year=int(m.group("y")), month=int(m.group("m")),
                      day=int(m.group("d")), rule="date.numeric")  # fmt: skip
        if m.group("h"):
            e.hour, e.minute = int(m.group("h")), int(m.group("mi"))
            e.second = int(m.group("s")) if m.group("s") else None
        spans.append(e)
    for m in _DECADE.finditer(norm):
        d = _num(m.group("d"))
        if d is None:
            continue
        if m.group("c"):
            first = zh.CENTURY_WORDS[m.group("c")] + d
        elif 30 <= d <= 90:
            first = 1900 + d
        else:
            continue
        e = DateParts(m.start(), m.end(), year=first, rule="date.decade")
        e.tail = DateParts(m.start("d"), m.end(), year=first + 9)
        spans.append(e)
    for m in _BARE_YEAR_RANGE.finditer(norm) if year_then_sep else ():
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        nxt = norm[m.end() : m.end() + 1]
        if y1 < y2 <= y1 + 50 and is_cjk(nxt) and nxt not in _NOT_AFTER_YEAR:
            e = DateParts(m.start(), m.end(), year=y1, rule="date.year_range")
            e.tail = DateParts(m.start("y2"), m.end(), year=y2)
            spans.append(e)
    for m in _YEAR_RANGE.finditer(norm) if year_then_sep else ():  # 2018~2020年 / 2005-2008年: the 年 written once
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y1 < y2:
            e = DateParts(m.start(), m.end(), year=y1, rule="date.year_range")
            e.tail = DateParts(m.start("y2"), m.end(), year=y2)
            spans.append(e)
    spans.sort(key=lambda e: e.start)
    joined: list[DateParts] = []
    for e in spans:  # 2019-07-02至2019-07-05: one interval
        if joined and joined[-1].tail is None and joined[-1].rule == e.rule == "date.numeric":
            sep = _RANGE_SEP.match(norm, joined[-1].end)
            if sep and sep.end() == e.start:
                joined[-1].tail = e
                joined[-1].end = e.end
                continue
        joined.append(e)
    return joined


def _chains(doc: Doc) -> Iterator[DateParts]:
    norm = doc.norm
    pos = 0
    n = len(norm)
    while pos < n:
        a = _ANCHOR.search(norm, pos)
        if not a:
            break
        s = a.start()
        if a.end() == s + 1 and norm.startswith("年", s + 1) and norm[s].isdigit():
            # 1年: no year is written with one digit, and no other part of a chain starts on one before 年;
            # skipped before the chain parser tries every part (a page of 1年1月1日… has one per date).
            pos = a.end()
            continue
        if (s > 0 and norm[s - 1] in ("第", "每")) or (norm[s].isdigit() and code_before(doc, s)):
            pos = a.end()
            continue
        if vetoed(doc, s):
            pos = a.end()
            continue
        e = _parse_chain(doc, s)
        if e is None:
            pos = a.end()
            continue
        nxt = norm[e.end : e.end + 1]
        sep = _RANGE_SEP.match(norm, e.end) if nxt in _RANGE_SEP_FIRST or nxt.isspace() else None
        if sep:
            e2 = _parse_chain(doc, sep.end(), inherit=e)
            if e2 is not None and _lowest_compatible(e, e2):
                e.tail = e2
                e.end = e2.end
        dl = _DEADLINE.match(norm, e.end) if norm[e.end : e.end + 1] in _DEADLINE_FIRST else None
        if (dl and e.lowest in ("day", "month")) or (dl and e.month_part is not None) or (dl and e.year_part):
            e.deadline = True
            e.end = dl.end()
        # 创1999年以来新低;8月…: 8月 is not 1999's. 较去年增加2.3%，7月下旬…: nor is 7月下旬 last year's.
        e.no_anchor = norm.startswith(zh.SINCE_AFTER, e.end) or (
            e.year_rel is not None and norm.endswith(zh.YEAR_COMPARE_BEFORE, 0, e.start)
        )
        yield e
        pos = e.end


def recognize(doc: Doc) -> Iterator[Fact]:
    exprs = list(_scan(doc))
    yield from _resolve_all(doc, exprs)
    yield from _academic_years(doc)
    yield from _bare_years(doc)
    yield from _plans(doc)
    yield from _ago(doc)


_AGO_UNITS = [*zh.AGO_UNITS, *zh.AGO_CALENDAR_UNITS]
_AGO = Rare(
    # (the lookahead on the first characters spares the lookbehind a try at every position)
    r"(?=[0-9一二两三四五六七八九十])(?<![0-9.一二两三四五六七八九十])(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})"
    rf"(?P<u>{words_re(_AGO_UNITS)})(?:之)?前(?![往进来去行夕后述沿景面期])",
    # 前 then a look back at the unit: led by a literal, the trigger is a fast scan (the words' alternation
    # in front made it a test at every position).
    compiled("前(?:" + "|".join(f"(?<={re.escape(u)}{of}前)" for u in _AGO_UNITS for of in ("", "之")) + ")"),
)


def _ago(doc: Doc) -> Iterator[Fact]:
    """5天前 / 两周前: a day counted back from the reference date, after a break or a subject; 五年前 / 一个月前:
    the year or the month that many back, unless rounded (约10年前); left to the duration reading without a
    reference date."""
    ref = doc.ref
    if ref is None:
        return
    norm = doc.norm
    for m in _AGO.finditer(norm):
        s, unit = m.start(), m.group("u")
        grain = zh.AGO_CALENDAR_UNITS.get(unit)
        if grain is not None:
            if norm.endswith(zh.AGO_APPROX_BEFORE, 0, s) or norm.endswith(zh.AGO_EVENT_BEFORE, 0, s):
                continue  # 约10年前: a rounded length of time; 到期一年前: counted back from the event
        elif s > 0 and not (norm[s - 1] in '，。；：、！？,;:!? \n（(“"' or norm.endswith(zh.AGO_BEFORE, 0, s)):
            continue
        n = _num(m.group("n"))
        if n is None or n == 0 or (grain == "month" and n > 1):
            continue  # 三个月前 stays a length of time, as "12 months ago" does
        if grain == "year":
            value = DateValue(PartialDate(ref.year - n, None, None), None, "year")
        elif grain == "month":
            year, month = dates.shift_months(ref, -n)
            value = DateValue(PartialDate(year, month, None), None, "month")
        else:
            d = ref - timedelta(days=n * zh.AGO_UNITS[unit])
            value = DateValue(PartialDate(d.year, d.month, d.day), None, "day")
        yield Fact(type="date", text=doc.text[s : m.end()], start=s, end=m.end(), value=value,
                   rule="date.ago", priority=2)  # fmt: skip


# --- resolution -------------------------------------------------------------------------------------
def _beside_date(doc: Doc, e: DateParts, before: DateParts | None, after: DateParts | None) -> bool:
    """Whether a weekday alone stands right after or right before a date with its day."""
    if e.weekday is None or e.week_rel is not None:
        return False
    for a, b, other in ((before, e, before), (e, after, after)):
        if other is not None and other.day is not None and a is not None and b is not None:
            gap = _BESIDE_DATE.match(doc.norm, a.end)
            if gap is not None and gap.end() >= b.start:
                return True
    return False


def _resolve_all(doc: Doc, exprs: list[DateParts]) -> Iterator[Fact]:
    ctx = dates.DateContext()
    for i, e in enumerate(exprs):
        before = exprs[i - 1] if i > 0 else None
        after = exprs[i + 1] if i + 1 < len(exprs) else None
        if _beside_date(doc, e, before, after):
            continue
        span = doc.index.sentence_span(e.start)
        if span != ctx.sentence:
            ctx = ctx.next_sentence(span, doc.text.rfind("\n", 0, e.start), doc.text)
        resolved = dates.resolve(e, doc.ref, ctx, doc.ref_month_day)
        if resolved is not None:
            value, note = resolved
            yield Fact(type="date", text=doc.text[e.start : e.end], start=e.start, end=e.end, value=value,
                       approx="at_most" if e.deadline else e.approx, rule=e.rule, note=note, priority=2)  # fmt: skip


# 115學年度 / 一一五學年度: Taiwan's school year of the Republic's year N, from August of N+1911 to July after it.
_ACADEMIC_YEAR = Lazy(
    r"(?<![0-9.〇零一二三四五六七八九十])(?P<y>[0-9]{2,3}|一[〇零一][〇零一二三四五六七八九])学年(?:度)?"
)


def _academic_years(doc: Doc) -> Iterator[Fact]:
    if "学年" not in doc.norm or not _roc_context(doc):
        return  # (a mainland 学年 starts in September and is written with its Gregorian years: 2026学年)
    for m in _ACADEMIC_YEAR.finditer(doc.norm):
        y = _num(m.group("y"))
        if y is None or not zh.ROC_YEAR_MIN <= y <= zh.ROC_YEAR_MAX:
            continue
        first, last = (
            PartialDate(y + 1911, zh.ACADEMIC_YEAR_MONTHS[0]),
            PartialDate(y + 1912, zh.ACADEMIC_YEAR_MONTHS[1]),
        )
        s, e = m.start(), m.end()
        yield Fact(type="date", text=doc.text[s:e], start=s, end=e, value=DateValue(first, last, "month"),
                   rule="date.academic_year", priority=2)  # fmt: skip


def _bare_years(doc: Doc) -> Iterator[Fact]:
    """A four-digit year with no 年: 2007和2008年, 2018勝選, "2009广东房博会"."""
    norm = doc.norm
    for m in _BARE_YEAR.finditer(norm):
        s, e = m.start(), m.end()
        nxt = norm[e : e + 1]
        if nxt == "年" or not nxt:
            continue
        prev = norm[s - 1] if s > 0 else ""
        if is_cjk(prev) and prev not in zh.BARE_YEAR_AFTER and not _after_verb(doc, s):
            continue  # 诲人不倦2017: part of a name, not a year
        if norm.startswith(zh.BARE_YEAR_NAME_NEXT, e):
            continue  # 2019冠狀病毒病: a name
        if nxt in "和、及与至到-—~" or (is_cjk(nxt) and nxt not in _NOT_AFTER_YEAR):
            if code_before(doc, s):
                continue
            yield Fact(type="date", text=doc.text[s:e], start=s, end=e,
                       value=DateValue(PartialDate(int(m.group("y"))), None, "year"),
                       rule="date.bare_year", priority=-2)  # fmt: skip


_NOT_AFTER_YEAR = set(
    "".join(zh.CURRENCY_SUFFIX)
    # (not the bare people nouns: 2020考生 is a year, see count.py)
    + "".join(k for k in zh.CLASSIFIERS if k not in zh.TALLY_CLASSIFIERS and k not in zh.BARE_PEOPLE_NOUNS)
    + "".join(zh.QUANTITY_UNITS)
    + "".join(zh.DURATION_UNITS)
    + "多余万亿千百十点号日月位年至到"
)


def _after_verb(doc: Doc, pos: int) -> bool:
    """True when the word just before `pos` is a one-character word or a verb, preposition or adverb
    (绝非2024, 迈拚2023), not the end of a longer name or phrase (诲人不倦2017)."""
    words = segment.cut(doc, doc.norm[max(0, pos - 6) : pos])
    if not words:
        return False
    return len(words[-1]) == 1 or (segment.tag(words[-1]) or "")[:1] in ("v", "p", "d", "c")


def _plans(doc: Doc) -> Iterator[Fact]:
    """Five-year plans by name: 十四五 → 2021/2025."""
    for m in _PLAN.finditer(doc.norm):
        n = zh.PLAN_NUMBERS[m.group("n")]
        if n < 3:
            continue
        first = zh.PLAN_FIRST_YEAR[3] + 5 * (n - 3)
        yield Fact(type="date", text=doc.text[m.start() : m.end()], start=m.start(), end=m.end(),
                   value=DateValue(PartialDate(first), PartialDate(first + 4), "year"),
                   rule="date.plan", priority=2)  # fmt: skip
