"""Durations: 3个月, 1个半月, 30天, 半年, 7分59秒, 不到一年, 两三年 → ISO 8601 (P3M, P1.5M, PT7M59S)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..document import Doc
from ..model import DURATION_ORDER, DateValue, DurationValue, Fact, PartialDate
from ..patterns import Lazy, Rare, char_class, compiled, words_re
from . import tables as zh
from .guards import vetoed, widen_approx
from .measure import Measure, range_tail
from .numerals import CN_DIGITS, NUM, NUM_START, parse_number

# 三年零六个月 / 5年又3个月: 零 or 又 may join a smaller unit to the larger one.
_FOLLOWER = Lazy(rf"[{char_class(zh.DURATION_JOINERS)}]?(?P<num>{NUM})(?P<unit>{words_re(zh.DURATION_FOLLOWERS)})")
# Every word starts with 半: the trigger opens on that literal, a fast scan, where the pattern's lookahead is a
# test at every position.
_HALF = Rare(
    rf"(?=半)(?<![0-9〇零一二两三四五六七八九十上下前后])(?:{words_re(zh.HALF_DURATIONS)})",
    compiled(rf"半{words_re(w[1:] for w in zh.HALF_DURATIONS)}"),
)
# 個半月 / 个半小时 with no number before: one and a half (colloquial, Hong Kong above all); with a number
# (两个半月) the number's own reading holds it.
_ONE_AND_HALF = Rare(
    rf"(?<![0-9〇零一二两三四五六七八九十几这那每多])(?:{words_re(zh.ONE_AND_HALF_DURATIONS)})",
    compiled(rf"个半{words_re(w[2:] for w in zh.ONE_AND_HALF_DURATIONS)}"),
)
_ORDER = {u: i for i, u in enumerate(DURATION_ORDER)}
_CLOCK_BEFORE = Lazy(r"[0-9]{1,2}[时点][0-9]{1,2}分$")
_MONTH_AFTER = Lazy(r"(?:1[0-2]|0?[1-9])月")
# 7分59秒 / 1分30秒: minutes written 分 need the seconds after them (3分 alone is a score or a cent).
_MIN_SEC = Lazy(rf"{NUM_START}(?P<m>[0-9]{{1,3}}|[一二两三四五六七八九十]{{1,3}})分(?:钟)?(?P<s>[0-5]?[0-9])秒(?:钟)?")
# 拘留15日 / 隔离14日: after these words N日 counts days rather than naming one.
# Opening with the words' alternation (no lookahead in front) lets the engine jump from one cue to the next.
_DAYS_AFTER_CUE = compiled(
    rf"(?:{words_re(zh.DAY_COUNT_CUES)})(?P<num>[0-9]{{1,3}}|[一二两三四五六七八九十]{{1,3}})日(?!前|后|起|电|讯)"
)
# 平均逗留2.3日: a number of 日 with a decimal is a length of time (a whole 3日 is the third of a month).
_DECIMAL_DAYS = Rare(r"(?<![0-9.])(?P<num>[0-9]{1,3}\.[0-9]{1,2})日(?![元圆])", compiled(r"\.[0-9]{1,2}日"))
# "7日内退货": 日 counted, not a day of the month; only with 内 after it (7日 alone is a date).
_DAYS_WITHIN = Rare(
    rf"{NUM_START}(?P<num>[0-9]{{1,3}}|[一二两三四五六七八九十]{{1,3}})(?:个工作)?日(?:之内|以内|内)",
    compiled("日(?:之内|以内|内)"),
)

# 有期徒刑七年六月 / 判刑3年2月: a prison term in years and months, with 月 for 个月 (the Taiwan court style), and
# the top of a range after it (一年二月至三年). Only after a term's cue (see _term_cue); elsewhere N年M月 is a date.
_TERM_PART = r"[0-9]{1,2}|[一二两三四五六七八九十]{1,3}"
_TERM = Lazy(
    rf"{NUM_START}(?P<y>{_TERM_PART})年(?P<m>{_TERM_PART})月(?!份|底|初|中|末|间|起|[上中下]旬|[0-9〇零一二三四五六七八九十]+[日号])"
    rf"(?:(?:至|到)(?P<y2>{_TERM_PART})年(?:(?P<m2>{_TERM_PART})月)?)?"
)
# 有期徒刑4月 / 判刑10月: a term of months alone, written right after its cue (a month of the year never is).
_TERM_MONTHS = Lazy(
    rf"(?:{words_re(zh.TERM_MONTHS_CUES)})(?P<m>{_TERM_PART})月"
    rf"(?!份|底|初|中|末|间|起|[上中下]旬|[0-9〇零一二三四五六七八九十]+[日号]|[0-9]{{1,2}}[日号])"
)

# Two digits right after 秒 that end the phrase (9秒83的成績, 游出四十八秒三六，; not 30秒10次, 60秒15题).
_HUNDREDTHS = Lazy(rf"(?P<h>[0-9]{{2}}|[〇零一二三四五六七八九]{{2}})(?=[{char_class(zh.HUNDREDTHS_NEXT)}]|$)")


def build(m: Measure) -> Fact | None:
    doc = m.doc
    norm = doc.norm
    designator, mul, add = m.info.data  # type: ignore[misc]
    unit = m.unit
    nxt = norm[m.end : m.end + 2]
    if unit == "年":
        if len(m.num_text) > 1 and m.num_text[0] == "0" and m.num_text[1].isdigit():
            return None  # 09年 is 2009
        # (廿 and 卅 are tens as 十 is: 廿五年 is twenty-five years, not a year written digit by digit)
        digit_run = m.chinese and len(m.num_text) >= 2 and not any(c in m.num_text for c in "十廿卅") and m.high is None
        if m.low >= 1000 or digit_run or (m.high is not None and m.high >= 1000):
            return None  # 2019年 / 二〇〇八年 / 九八年: a year, read by the date recognizer
        if _tens_year(norm, m):
            return None  # 民國廿二年 / 廿四年十月 / 。廿八年住持: a year of the Republic in an older hand
        if m.low >= 100 and norm[m.start - 1 : m.start] in "（(" and nxt[:1] in "）)":
            return None  # 仪凤元年（676年）: a year glossed in brackets
        if nxt.startswith(zh.YEAR_DURATION_VETO_NEXT) or _MONTH_AFTER.match(norm, m.end):
            return None  # 三年级, 90年代, 110年度, 07年9月 (but 3年6个月 is a length of time)
    if unit in ("天", "周") and not m.chinese and len(m.num_text) == 4 and 1900 <= m.low <= 2099:
        return None  # 2017天猫: a year before a name (jieba does not know every brand), not 2017 days
    if unit in ("周", "星期") and nxt[:1] in set("一二三四五六日天末"):
        return None  # 周一 is a weekday
    if unit == "个钟" and nxt[:1] and nxt[:1] in zh.CLOCK_WORDS_NEXT:
        return None  # 三个钟楼
    if unit == "年" and m.chinese and m.num_text == "一" and norm.endswith(zh.NEW_YEAR_BEFORE, 0, m.start):
        return None  # 新的一年: the new year
    if unit in ("秒", "秒钟") and _CLOCK_BEFORE.search(norm, max(0, m.start - 8), m.start):
        return None  # 06时33分02.6秒: the seconds of a time of day
    if unit == "世纪":
        return _century(m)  # 20世纪 names a century; only 个世纪 / 半个世纪 are lengths of time
    if m.chinese and unit in ("天", "周") and m.num_text == "一" and norm[m.start - 2 : m.start] in ("没有", "哪怕"):
        return None  # 没有一天: "not a single day"
    if m.num_text == "一" and _point_in_time(norm, unit, m.start):
        return None  # 最后一天 / 前一天 / 较前一周: a point in time (but 提前一天 is a length)
    if unit == "年" and norm.endswith(zh.YEAR_BC_BEFORE, 0, m.start):
        return None  # 公元前278年: a year BC
    amount = m.low * Decimal(mul) + Decimal(add)
    parts = [(amount, designator)]
    end = m.end
    end = _followers(norm, end, parts)  # 7分59秒 / 2小时30分: smaller units written right after
    if parts[-1][1] == "TS" and m.high is None and (h := _hundredths(norm, end)) is not None:
        parts[-1] = (parts[-1][0] + h[0], "TS")  # 9秒83 / 四十八秒三六: a race time
        end = h[1]
    high = None
    if m.high is not None and len(parts) == 1:
        high = DurationValue(((m.high * Decimal(mul) + Decimal(add), designator),))
    elif m.high is None and (tail := range_tail(doc, end, unit)) is not None and tail[0] > m.low:
        # 5小时至6小时; 一年六个月至九年, 2年6个月至11年4个月: each end may carry smaller units
        high_parts = [(tail[0] * Decimal(mul) + Decimal(add), designator)]
        end = _followers(norm, tail[1], high_parts)
        high = DurationValue(tuple(high_parts))
    fact = Fact(
        type="duration", text=doc.text[m.start : end], start=m.start, end=end,
        value=DurationValue(tuple(parts)), max=high, approx=m.approx or ("more_than" if "多" in unit else None),
        rule="duration.unit",
    )  # fmt: skip
    fact.unit = m.unit  # the folded form (个, 亩), the same word whatever the script
    return fact


_CN_MONTH_AFTER = Lazy(r"(?:十[一二]?|[一二三四五六七八九正])月")


def _tens_year(norm: str, m: Measure) -> bool:
    """廿/卅 before 年 writes a year of the Republic (民國廿二年) in older text, a length of time (創廿五年來新低) in
    today's: the year after 民國, before a month (廿四年十月), or opening a clause as its time (。廿八年住持)."""
    if not any(c in m.num_text for c in "廿卅"):
        return False
    if norm.endswith(zh.ROC_ERA, 0, m.start) or _CN_MONTH_AFTER.match(norm, m.end):
        return True
    return m.start == 0 or norm[m.start - 1] in zh.CLAUSE_OPENERS


def _hundredths(norm: str, end: int) -> tuple[Decimal, int] | None:
    """(hundredths of a second, new end) of a race time's digits written right after 秒 at `end`."""
    h = _HUNDREDTHS.match(norm, end)
    if h is None:
        return None
    digits = "".join(str(CN_DIGITS.get(c, c)) for c in h.group("h"))
    return Decimal(digits) / 100, h.end()


def _followers(norm: str, end: int, parts: list[tuple[Decimal, str]]) -> int:
    """Append to `parts` the smaller units written right after `end` (7分59秒, 2小时30分); the new end."""
    while True:
        f = _FOLLOWER.match(norm, end)
        if not f:
            return end
        des = zh.DURATION_FOLLOWERS[f.group("unit")]
        if _ORDER[des] <= _ORDER[parts[-1][1]]:
            return end
        v = parse_number(f.group("num"))
        if v is None:
            return end
        parts.append((v, des))
        end = f.end()


def _point_in_time(norm: str, unit: str, start: int) -> bool:
    """一 + a unit of time that names a point, not a length: 最后一天 / 前一天 (any day unit), and the week, month or
    year before a comparison (较前一周, 比前一个月, 的前一年); 提前一天 and 后一年内 are lengths."""
    if norm.endswith(zh.DAY_SHIFT_BEFORE, 0, start):
        return False
    if unit in ("天", "日"):
        return norm.endswith(zh.DAY_POINT_BEFORE, 0, start)
    if unit in zh.TRADING_DAY_UNITS:
        return norm.endswith(zh.TRADING_DAY_POINT_BEFORE, 0, start)
    return unit in zh.PERIOD_POINT_UNITS and norm.endswith(zh.PERIOD_POINT_BEFORE, 0, start)


def _century(m: Measure) -> Fact | None:
    n = m.low
    if n != n.to_integral_value() or not 1 <= n <= 30 or m.high is not None:
        return None
    first = (int(n) - 1) * 100 + 1
    value = DateValue(PartialDate(first), PartialDate(first + 99), "year")
    return m.fact("date", value, rule="date.century")


# Every term has one of its cues before it: an article that holds none skips the scan (one pass over the text for
# all the cues).
_TERM_CUE_WORDS = compiled(words_re((*zh.TERM_CUES, *zh.TERM_MONTHS_CUES, zh.TERM_CUE_ADJACENT)))


def _term_cue(doc: Doc, start: int) -> bool:
    """Whether a prison term's cue stands in the clause before `start` (判處有期徒刑七年六月, 各判1年2月)."""
    norm = doc.norm
    if norm[start - 1 : start] == zh.TERM_CUE_ADJACENT:
        return True
    lo = doc.clause_start(start, zh.TERM_CUE_REACH)
    return any(cue in norm[lo:start] for cue in zh.TERM_CUES)


def _term_part(years: str | None, months: str | None) -> tuple[tuple[Decimal, str], ...] | None:
    """((years, "Y"), (months, "M")) of a term's end, None unless the years and months are those of a term."""
    y = parse_number(years) if years else None
    mo = parse_number(months) if months else None
    if y is None or not 0 < y <= zh.TERM_MAX_YEARS or (months and (mo is None or not 0 < mo < 12)):
        return None
    return ((y, "Y"), (mo, "M")) if mo is not None else ((y, "Y"),)


def _terms(doc: Doc) -> Iterator[Fact]:
    """Prison terms in years and months (有期徒刑七年六月, 一年二月至三年): see _TERM."""
    if _TERM_CUE_WORDS.search(doc.norm) is None:
        return
    for m in _TERM.finditer(doc.norm):
        low = _term_part(m.group("y"), m.group("m"))
        if low is None or not _term_cue(doc, m.start()):
            continue
        end, high = m.end("m") + 1, None
        if m.group("y2") and (top := _term_part(m.group("y2"), m.group("m2"))) is not None:
            end, high = m.end(), DurationValue(top)
        yield Fact(
            type="duration", text=doc.text[m.start() : end], start=m.start(), end=end,
            value=DurationValue(low), max=high, rule="duration.term", priority=3,
        )  # fmt: skip
    # (判 alone opens the pass above, in many texts; a term of months needs one of its own cues)
    months_cued = any(cue in doc.norm for cue in zh.TERM_MONTHS_CUES)
    for m in _TERM_MONTHS.finditer(doc.norm) if months_cued else ():
        months = parse_number(m.group("m"))
        if months is None or not 0 < months < 12:
            continue
        s, e = m.start("m"), m.end()
        yield Fact(
            type="duration", text=doc.text[s:e], start=s, end=e,
            value=DurationValue(((months, "M"),)), rule="duration.term_months", priority=3,
        )  # fmt: skip


def recognize(doc: Doc) -> Iterator[Fact]:
    """Half units with no number (半年, 半个月, 半小时), days counted with 日 (7日内, 2.3日) and prison terms in
    years and months (有期徒刑七年六月)."""
    norm = doc.norm
    yield from _terms(doc)
    for m in _MIN_SEC.finditer(norm) if "秒" in norm else ():
        mi, se = parse_number(m.group("m")), parse_number(m.group("s"))
        if mi is None or se is None:
            continue
        end = m.end()
        if (h := _hundredths(norm, end)) is not None:  # 2分03秒45: a race time
            se, end = se + h[0], h[1]
        yield Fact(
            type="duration", text=doc.text[m.start() : end], start=m.start(), end=end,
            value=DurationValue(((mi, "TM"), (se, "TS"))), rule="duration.min_sec", priority=1,
        )  # fmt: skip
    for m in _DAYS_AFTER_CUE.finditer(norm) if "日" in norm else ():
        v = parse_number(m.group("num"))
        if v is None:
            continue
        s = m.start("num")
        yield Fact(
            type="duration", text=doc.text[s : m.end()], start=s, end=m.end(),
            value=DurationValue(((v, "D"),)), rule="duration.days_after_cue", priority=3,
        )  # fmt: skip
    for m in _DECIMAL_DAYS.finditer(norm):
        yield Fact(
            type="duration", text=doc.text[m.start() : m.end()], start=m.start(), end=m.end(),
            value=DurationValue(((Decimal(m.group("num")), "D"),)), rule="duration.decimal_days",
        )  # fmt: skip
    for m in _DAYS_WITHIN.finditer(norm):
        v = parse_number(m.group("num"))
        if v is None or vetoed(doc, m.start()):
            continue
        start, _, _ = widen_approx(doc, m.start(), m.end(), after=False)
        yield Fact(
            type="duration", text=doc.text[start : m.end()], start=start, end=m.end(),
            value=DurationValue(((v, "D"),)), approx="at_most", rule="duration.days_within", priority=1,
        )  # fmt: skip
    for m in _ONE_AND_HALF.finditer(norm):
        if vetoed(doc, m.start()):
            continue
        designator, amount = zh.ONE_AND_HALF_DURATIONS[m.group()]
        start, end, approx = widen_approx(doc, m.start(), m.end())
        yield Fact(
            type="duration", text=doc.text[start:end], start=start, end=end,
            value=DurationValue(((Decimal(amount), designator),)), approx=approx, rule="duration.one_and_half",
        )  # fmt: skip
    for m in _HALF.finditer(norm):
        word = m.group()
        nxt = norm[m.end() : m.end() + 1]
        if nxt in ("度", "报", "结", "刊"):
            continue  # 半年度 / 半年报: a reporting period's name
        if vetoed(doc, m.start()):
            continue
        designator, amount = zh.HALF_DURATIONS[word]
        start, end, approx = widen_approx(doc, m.start(), m.end(), "more_than" if word.endswith("多") else None)
        yield Fact(
            type="duration", text=doc.text[start:end], start=start, end=end,
            value=DurationValue(((Decimal(amount), designator),)), approx=approx, rule="duration.half",
        )  # fmt: skip
