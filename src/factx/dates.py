"""Dates as every language writes them, and the one resolution that turns them into values.

A recognizer reads the parts a date is written with (`DateParts`: a year or a relative year, a part of the
year, a month, a part of the month, a day, a weekday, a time, a range's end) in its own language. `resolve`
then applies one policy for every language, in document order, because a year-less date takes its year from
context:

1. a year written earlier in the same sentence (2009年2月26日 … 2月27日; "in 2004 … in the second half of
   the year");
2. otherwise the reference date: a part of the year (上半年, the fourth quarter, 年底) takes the reference
   year; a month or day takes the year that puts it nearest the reference date (12月28日 in an article of
   2020-01-05 is 2019-12-28);
3. otherwise the year stays unknown: XXXX-02-10.

A bare day (18日) takes its month the same way: from a month written earlier in the sentence, else the month
nearest the reference date, else the dateline's month, else XX. Relative dates (昨日, last month, 上周) are
counted from the reference date, and stay unknown without one. A weekday written without a week (on
Tuesday, 周三) is the nearest such day to the reference date, three days either way (`weekday_date`), and is
left out without a reference date.

Anaphora (`DateContext.next_sentence`): what cannot stand alone takes the date the text set last, in
the sentence or up to three sentences back in the same paragraph: 同年 / 次年 / 当月 / 当日15时 / 次日,
a time alone (22时26分), a day alone (19日), 去年同期 (the period just reported, a year earlier). A month
or a month and day in a new sentence still takes the reference date's year: a new sentence often returns
to the present.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from .model import DateValue, PartialDate
from .patterns import compiled

# The values are frozen dataclasses, which set each field through object.__setattr__: building one costs one
# to two microseconds, more than the rest of resolving a plain date. Being immutable they can be shared, and
# text repeats the same few dates (a table, a page of 1月1日), so the resolution builds them through caches.
_point = lru_cache(maxsize=4096)(PartialDate)
_date_value = lru_cache(maxsize=4096)(DateValue)


@dataclass(slots=True)  # slots: a page dense with dates holds one per date, at a third of the memory
class DateParts:
    """A date as written, before resolution; fields left None were not written."""

    start: int
    end: int
    year: int | None = None
    year_rel: int | None = None  # 去年 / last year → -1
    current: bool = False  # "of the year": the sentence's year, else the reference year
    year_part: tuple[int, int] | None = None  # first and last month of a quarter, a half, 年底 …
    quarter: bool = False
    month: int | None = None
    month2: int | None = None  # 7、8月 / 七八月: a span of months written with one 月
    month_rel: int | None = None  # 上月 / last month → -1
    month_dir: int | None = None  # last March → -1 (the latest March before this month), next March → 1
    month_part: tuple[int, int] | None = None  # first and last day of 上旬, late November (0: the last day)
    day: int | None = None
    day2: int | None = None  # 19日至24日 written with one month
    day_rel: int | None = None  # 昨日 / yesterday → -1
    week_rel: int | None = None  # 上周 → -1
    sunday_week: bool = False  # weeks run Sunday to Saturday (Hong Kong and Taiwan), not Monday to Sunday
    weekday: int | None = None  # Monday → 0
    weekday_dir: int | None = None  # last Tuesday → -1, next Tuesday → 1; None: the nearest Tuesday
    recent_days: int | None = None  # 日前 / 近日: the days up to the reference date
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    same_period: bool = False  # 去年同期: the period last written, year_rel years away
    anaphoric: bool = False  # 同年 / 次日 / 当月: year_rel / month_rel / day_rel count from the text's last date
    fallback_ref: bool = False  # … and from the reference date when the text set none (上年)
    deadline: bool = False  # 10月底前: by then
    # 1999年以来 / since 2019 (a start) and 较去年 (the year compared with) give no year to the dates after them
    no_anchor: bool = False
    year_inherited: bool = False  # a range's end that took the start's year (12月28日至1月3日)
    approx: str | None = None
    rule: str = "date"
    tail: DateParts | None = field(default=None, repr=False)  # the end of a range

    @property
    def has_year(self) -> bool:
        return self.year is not None or self.year_rel is not None

    @property
    def lowest(self) -> str:
        """The finest part written: what a range's two ends must share."""
        if self.hour is not None:
            return "time"
        if self.day is not None or self.day_rel is not None or self.weekday is not None:
            return "day"
        if self.month is not None or self.month_rel is not None:
            return "month"
        return "year"


# How many sentences back a date still anchors 同年 / 次日 / a time alone: a paragraph may be a whole
# article when the source lost its line breaks, so the paragraph alone is no limit.
PRIOR_SENTENCES = 3
# A run of 。！？!? or a full stop before a space. Written to open on one character set, which the regex
# engine skips to quickly (the plain alternation `[。！？!?]+|\.\s` is tried at every position, 3× slower).
_SENTENCE_ENDS = compiled(r"[。！？!?.](?:(?<=\.)\s|(?<!\.)[。！？!?]*)")


@dataclass
class DateContext:
    """What earlier dates of the sentence set, for the dates after them, and what the sentences before it in
    the same paragraph set (`prior_*`), for anaphora (同年, 次日, a time or day alone in the next sentence)."""

    sentence: tuple[int, int] = (-1, -1)
    year: int | None = None
    month: tuple[int | None, int] | None = None  # (year, month) last written in this sentence
    day: PartialDate | None = None
    paragraph: int = -1
    prior_year: int | None = None
    prior_month: tuple[int | None, int] | None = None
    prior_day: PartialDate | None = None
    prior_age: int = 0  # sentences since the prior date was set
    period: DateValue | None = None  # the last month, quarter or half written, for 去年同期
    # Months the document has dated with a year so far (今年1月 → {1: 2024}): a later 1月 alone is that one.
    month_years: dict[int, int] = field(default_factory=dict)

    def next_sentence(self, sentence: tuple[int, int], paragraph: int, text: str = "") -> DateContext:
        """The context for a new sentence: a date set in an earlier sentence of the same paragraph still
        dates what cannot stand alone there: 同年 / 次日 / 当月, a time alone (22时26分), a day alone (19日).
        A month or a month and day (7月12日) in a new sentence does not take that year: a new sentence often
        returns to the present ("在2019年7月2日抵达。如今一年过去了…7月12日，记者专访"), so the
        reference date decides. A new paragraph starts afresh: it often turns to another time."""
        if paragraph != self.paragraph:  # decided before counting the sentences between the two
            return DateContext(sentence=sentence, paragraph=paragraph, month_years=self.month_years)
        set_here = self.year is not None or self.month is not None or self.day is not None
        # Sentences with no date between the two count too.
        passed = 1 + len(_SENTENCE_ENDS.findall(text, max(0, self.sentence[1]), sentence[0])) if text else 1
        age = passed if set_here else self.prior_age + passed
        if age > PRIOR_SENTENCES:
            return DateContext(sentence=sentence, paragraph=paragraph, month_years=self.month_years)
        return DateContext(
            sentence=sentence, paragraph=paragraph, prior_year=self.year or self.prior_year,
            prior_month=self.month or self.prior_month, prior_day=self.day or self.prior_day, prior_age=age,
            period=self.period, month_years=self.month_years,
        )  # fmt: skip

    @property
    def any_year(self) -> int | None:
        return self.year if self.year is not None else self.prior_year

    @property
    def any_month(self) -> tuple[int | None, int] | None:
        return self.month or self.prior_month

    @property
    def any_day(self) -> PartialDate | None:
        return self.day or self.prior_day


def resolve(
    e: DateParts,
    ref: date | None,
    ctx: DateContext,
    ref_month_day: tuple[int, int] | None = None,
    nearest_part: bool = False,
) -> tuple[DateValue, str | None] | None:
    """The value of `e` and a note on where its year came from when the text did not say; None when the
    parts make no date (a weekday with no week, 2月30日). Updates `ctx` for the dates after it.

    `nearest_part`: a part of the year with no year written takes the year that puts its middle nearest the
    reference date rather than the reference year. English news names the quarter just reported that way ("the
    final quarter" in January is last year's); Chinese news writes 去年四季度 and means this year by 年底.

    A date that would fall outside the years 0001–9999 (明年 in 9999, 昨日 on 0001-01-01) or end before it starts
    (2008年-2004年) is no date.
    """
    try:
        resolved = _resolve(e, ref, ctx, ref_month_day, nearest_part)
    except (OverflowError, ValueError):
        return None  # date arithmetic past year 1 or 9999
    if resolved is None or not _in_range(resolved[0]):
        return None
    return resolved


def _in_range(v: DateValue) -> bool:
    """Years within 0001–9999 and an end not before the start."""
    for p in (v.start, v.end):
        if p is not None and p.year is not None and not 1 <= p.year <= 9999:
            return False
    if v.end is None or v.start.year is None or v.end.year is None:
        return True
    lo = (v.start.year, v.start.month or 1, v.start.day or 1, v.start.hour or 0, v.start.minute or 0)
    hi = (v.end.year, v.end.month or 12, v.end.day or 31, 23 if v.end.hour is None else v.end.hour, v.end.minute or 59)
    return lo <= hi


def _resolve(
    e: DateParts,
    ref: date | None,
    ctx: DateContext,
    ref_month_day: tuple[int, int] | None,
    nearest_part: bool,
) -> tuple[DateValue, str | None] | None:
    if e.same_period and ctx.period is not None and e.year_rel is not None:
        # 较去年同期: the period just reported, a year earlier (11月 … 去年同期 → last November).
        p = ctx.period
        shift = e.year_rel - (0 if ref is None or p.start.year is None else p.start.year - ref.year)
        return shift_years(p, shift), None
    if e.anaphoric and not _anchor(e, ctx, ref):
        if e.hour is None or e.day_rel != 0 or e.year_rel is not None or e.month_rel is not None:
            return None  # 同年 / 当日 / 次日 with no date before them to count from
        e.day_rel, e.anaphoric = None, False  # 当天下午1时许 with no day before it: the time of an unknown day
    if e.day_rel is not None or e.recent_days is not None or e.week_rel is not None:
        value = _relative_day(e, ref)
        if ref is None:
            return value, "relative to an unknown date"
        if e.day_rel is not None:
            ctx.day = value.start
        return value, None
    if e.weekday is not None:
        if ref is None:
            return None  # a bare weekday (周一, on Tuesday) without a reference date is left out
        value = _weekday(e, ref)
        ctx.day = value.start
        return value, None

    note = None
    year = absolute_year(e, ref)
    written_year = e.has_year
    month, month2 = e.month, e.month2
    if e.month_rel is not None:
        if ref is not None:
            year, month = shift_months(ref, e.month_rel)
            written_year = True
        elif e.day is None and e.hour is None:
            return _date_value(_point(), None, "month"), "relative to an unknown date"
    day = e.day

    # Fill a missing year (and, for a bare day, month) from context.
    if day is not None and month is None:
        if ctx.any_month is not None:
            year = year if year is not None else ctx.any_month[0]
            month = ctx.any_month[1]
            note = None if ctx.month is not None else "month from an earlier sentence"
        elif ref is not None:
            # The month (this one, the one before or after) that puts the day nearest the reference date.
            cands = []
            for k in (-1, 0, 1):
                y, mo = shift_months(ref, k)
                if valid_day(y, mo, day):
                    cands.append((abs((date(y, mo, day) - ref).days), -k, y, mo))
            if cands:
                _, _, year, month = min(cands)
                note = "month and year from the reference date"
        elif ref_month_day is not None:
            ref_m, ref_d = ref_month_day
            # A story dated the 3rd speaks of 1日 in its own month and of 28日 in the month before.
            month = ref_m if day <= ref_d else (ref_m - 2) % 12 + 1
            note = "month from the dateline"
    if year is None and not written_year:
        if ctx.year is not None:
            year = ctx.year
            note = "year from earlier in the sentence"
        elif month is not None and e.month_dir is None and _earlier_mention(e, ctx, ref, month, month2, day):
            year = ctx.month_years[month]
            note = "year from an earlier mention of the month"
        elif ref is not None:
            if e.month_dir is not None and month is not None:
                year = ref.year + _month_dir_years(e.month_dir, month, ref.month)
            elif e.year_part is not None and nearest_part and not e.current:
                year = nearest_year(ref, sum(e.year_part) // 2)
            elif e.year_part is not None or e.current:
                year = ref.year
            elif month is not None:
                year = _nearest_span_year(e, ref, month, month2, day)
            note = note or "year from the reference date"

    value = _value(e, year, written_year, month, month2, day, ctx)
    if value is None:
        return None
    if e.tail is not None:
        value = _with_end(e.tail, value, ref)
    if not (
        valid_day(value.start.year, value.start.month, value.start.day)
        and (value.end is None or valid_day(value.end.year, value.end.month, value.end.day))
    ):
        return None  # 2月30日 / 4月31日: no such day

    # Remember for later dates in this sentence.
    if e.has_year and value.start.year is not None and not e.fallback_ref and not e.no_anchor:
        # 上年 (the year compared with) refers back without moving the anchor: 比上年 twice is one year.
        ctx.year = value.start.year
    # 比上月 (like 上年) refers back without moving the anchor: 较上月 twice in a sentence is one month.
    if (e.month is not None or e.month_rel is not None) and value.start.month is not None and not e.fallback_ref:
        ctx.month = (value.start.year, value.start.month)
        if e.has_year and value.start.year is not None and e.month2 is None and e.tail is None:
            ctx.month_years[value.start.month] = value.start.year
        if e.tail is not None and e.tail.month is not None:
            ctx.month = (value.start.year, e.tail.month)
        elif e.month2 is not None:
            ctx.month = (value.start.year, e.month2)  # 1-8月 … 当月: the span's last month
    if value.grain in ("day", "time") and value.start.day is not None:
        ctx.day = value.start
    if value.grain in ("month", "quarter") and value.start.year is not None and not e.same_period:
        ctx.period = value
    return value, note


def _earlier_mention(
    e: DateParts, ctx: DateContext, ref: date | None, month: int, month2: int | None, day: int | None
) -> bool:
    """Whether a month without a year is the one the document dated earlier (今年1月 … 惟1月所开): when there is
    no reference date, or when the reference date would put it in the future. A month the reference date
    puts in the past stays there: a story that begins with 2019年7月2日 often returns to this July."""
    known = ctx.month_years.get(month)
    if known is None:
        return False
    if ref is None:
        return True
    year = _nearest_span_year(e, ref, month, month2, day)
    return date(year, month, day if day and valid_day(year, month, day) else 1) > ref and known < year


def _nearest_span_year(e: DateParts, ref: date, month: int, month2: int | None, day: int | None) -> int:
    """The year that puts a date nearest the reference date; for a span of months in one year (1至10月,
    7、8月, January to March) its end decides: 1至10月 in a November article is this year's, not next year's."""
    tail = e.tail
    end_month, end_day = month2, None
    if tail is not None and tail.year is None and tail.month is not None:
        end_month, end_day = tail.month, tail.day
    if end_month is not None and end_month >= month:
        return nearest_year(ref, end_month, end_day)
    return nearest_year(ref, month, day)


def _month_dir_years(direction: int, month: int, ref_month: int) -> int:
    """Years from the reference year to "last March" (-1) or "next March" (1): the March before or after the
    reference date's month, so "last March" said in March or later is a year back and in February is not."""
    if direction < 0:
        return -1 if month >= ref_month else 0
    return 1 if month <= ref_month else 0


def shift_years(v: DateValue, years: int) -> DateValue:
    def move(p: PartialDate | None) -> PartialDate | None:
        return None if p is None or p.year is None else replace(p, year=p.year + years)

    return _date_value(move(v.start) or v.start, move(v.end), v.grain)


def _anchor(e: DateParts, ctx: DateContext, ref: date | None) -> bool:
    """Turn an anaphoric date (同年, 次年, 当月, 当日15时, 次日) into plain parts counted from the date the
    text set last: in this sentence, else in an earlier sentence of the paragraph. False when there is none
    (and the word does not fall back on the reference date, as 上年 does)."""
    if e.day_rel is not None:
        base = ctx.any_day
        if base is None or base.month is None or base.day is None:
            return False
        if base.year is not None:
            d = date(base.year, base.month, base.day) + timedelta(days=e.day_rel)
            e.year, e.month, e.day, e.day_rel = d.year, d.month, d.day, None
        else:
            # 12月6日 … 次日 with no year anywhere: the next day is known (12-07) unless a 29 February lies
            # between, which only the year decides.
            days = {date(y, base.month, base.day) + timedelta(days=e.day_rel) for y in (2000, 2001)
                    if base.month != 2 or base.day <= 28 or y == 2000}  # fmt: skip
            if len({(d.month, d.day) for d in days}) != 1:
                return False
            d = days.pop()
            e.year, e.month, e.day, e.day_rel = None, d.month, d.day, None
    elif e.month_rel is not None:
        m = ctx.any_month
        if m is None:
            return e.fallback_ref and ref is not None  # 比上月 with no month written: before publication
        if m[0] is None:
            if e.month_rel == 0:
                return False  # 8月当月 with no year anywhere says no more than 8月
            # 1月…較上月 with no year anywhere: the month is known, its year is not
            e.month, e.month_rel = (m[1] + e.month_rel - 1) % 12 + 1, None
            return True
        e.year, e.month = shift_months(date(m[0], m[1], 1), e.month_rel)
        e.month_rel = None
    elif e.year_rel is not None:
        y = ctx.any_year
        if y is None:
            return e.fallback_ref and ref is not None
        e.year, e.year_rel = y + e.year_rel, None
    e.anaphoric = False
    return True


def absolute_year(e: DateParts, ref: date | None) -> int | None:
    """The year written (2019年) or counted from the reference year (去年); None otherwise."""
    if e.year is not None:
        return e.year
    if e.year_rel is not None and ref is not None:
        return ref.year + e.year_rel
    return None


def _relative_day(e: DateParts, ref: date | None) -> DateValue:
    """昨日 / yesterday, 日前 (the days up to the reference date), 上周 / 本周三."""
    if ref is None:
        # 昨日 / 本周 / 日前 with no reference date: a day whose every part is unknown.
        timed = e.hour is not None and e.day_rel is not None
        return _date_value(_point(hour=e.hour, minute=e.minute) if timed else _point(), None,
                         "time" if timed else "day")  # fmt: skip
    if e.day_rel is not None:
        d = ref + timedelta(days=e.day_rel)
        if e.hour is not None:
            end = None
            t = e.tail  # 今天上午9点到11点半, 今天下午3点至明天上午9点: a range of times
            if t is not None and t.hour is not None and t.day_rel is not None:
                d2 = (d if t.anaphoric else ref) + timedelta(days=t.day_rel)  # 昨晚…至次日: the day after the start
                end = _point(d2.year, d2.month, d2.day, t.hour, t.minute, t.second)
            return _date_value(_point(d.year, d.month, d.day, e.hour, e.minute, e.second), end, "time")
        return _date_value(_day(d), None, "day")
    if e.recent_days is not None:
        return _date_value(_day(ref - timedelta(days=e.recent_days)), _day(ref), "day")
    # A week's first day and a weekday's place in it: Monday first, or Sunday first where calendars
    # start on Sunday (上星期四 said on Sunday 30 November in Hong Kong is the 27th).
    shift = 1 if e.sunday_week else 0
    first = ref - timedelta(days=(ref.weekday() + shift) % 7) + timedelta(weeks=e.week_rel or 0)
    if e.weekday is None:
        return _date_value(_day(first), _day(first + timedelta(days=6)), "day")
    d = first + timedelta(days=(e.weekday + shift) % 7)
    if e.tail is not None and e.tail.weekday is not None:
        return _date_value(_day(d), _day(first + timedelta(days=(e.tail.weekday + shift) % 7)), "day")
    if e.hour is not None:  # 下周三下午3时
        return _date_value(_point(d.year, d.month, d.day, e.hour, e.minute, e.second), None, "time")
    return _date_value(_day(d), None, "day")


def weekday_date(ref: date, weekday: int, direction: int | None = None) -> date:
    """The day named by a weekday written without a week, counted from the reference date.

    News names the days around its own date: "said on Monday" in a Tuesday story is the day before, "will vote
    on Wednesday" the day after. Without a direction word the weekday is the nearest one, three days back to
    three days ahead (the reference day itself when it is that day); "last Tuesday" is the latest one before
    the reference date, "next Tuesday" the first one after it.
    """
    diff = (weekday - ref.weekday()) % 7  # 0..6 days ahead
    if direction is None:
        return ref + timedelta(days=diff if diff <= 3 else diff - 7)
    if direction < 0:
        return ref - timedelta(days=(7 - diff) or 7)
    return ref + timedelta(days=diff or 7)


def _weekday(e: DateParts, ref: date) -> DateValue:
    d = weekday_date(ref, e.weekday or 0, e.weekday_dir)
    if e.hour is not None:
        return _date_value(_point(d.year, d.month, d.day, e.hour, e.minute, e.second), None, "time")
    return _date_value(_day(d), None, "day")


def _day(d: date) -> PartialDate:
    return _point(d.year, d.month, d.day)


def _value(
    e: DateParts, year: int | None, written_year: bool, month: int | None, month2: int | None, day: int | None,
    ctx: DateContext,
) -> DateValue | None:  # fmt: skip
    """The value of the start of `e` once its year and month are known."""
    hour = e.hour
    if e.year_part is not None and month is None:
        m1, m2 = e.year_part
        if m1 == m2 and not e.quarter:
            return _date_value(_point(year, m1), None, "month")
        return _date_value(_point(year, m1), _point(year, m2), "quarter" if e.quarter else "month")
    if month is None and day is None and hour is None:
        if year is None and not written_year:
            return None
        return _date_value(_point(year), None, "year")
    if month is None and day is None:
        # A time alone (18时30分) is on the day last written in the sentence or the paragraph.
        d = ctx.any_day or _point()
        return _date_value(_point(d.year, d.month, d.day, hour, e.minute, e.second), None, "time")
    if day is None:
        if e.month_part is not None:
            last = _point(year, month).last_day()
            d1, d2 = (d or last for d in e.month_part)
            end = _point(year, month, d2) if d2 != d1 else None
            return _date_value(_point(year, month, d1), end, "day")
        if month2 is not None:
            return _date_value(_point(year, month), _point(year, month2), "month")
        return _date_value(_point(year, month), None, "month")
    if hour is not None:
        return _date_value(_point(year, month, day, hour, e.minute, e.second), None, "time")
    if e.day2 is not None:
        return _date_value(_point(year, month, day), _point(year, month, e.day2), "day")
    return _date_value(_point(year, month, day), None, "day")


def _with_end(t: DateParts, value: DateValue, ref: date | None) -> DateValue:
    """`value` with the end of its range: 5月19日至24日, 2019年12月28日至1月3日, from 2003 to 2005."""
    t_year = absolute_year(t, ref) if t.has_year else value.start.year
    t_month = t.month if t.month is not None else value.start.month
    start_month = value.start.month
    if t.year_inherited and t_year is not None and start_month and t.month and t.month < start_month:
        t_year += 1  # 2019年12月28日至1月3日 ends in the next year
    end = _end_point(t, t_year, t_month, value)
    return _date_value(value.start, end, value.grain) if end is not None else value


def _end_point(t: DateParts, year: int | None, month: int | None, first: DateValue) -> PartialDate | None:
    g = first.grain
    if g == "year":
        return _point(year)
    if g == "month":
        return _point(year, t.month2 or t.month or month)
    if g == "time":
        if t.hour is None:
            return None
        if t.day is not None:  # 9月18日8时30分至9月19日2时: the end names its own day
            return _point(year, month, t.day, t.hour, t.minute, t.second)
        return _point(first.start.year, first.start.month, first.start.day, t.hour, t.minute, t.second)
    if t.month_part is not None:  # 5月中旬至7月下旬
        m = t.month2 or t.month or month
        last = _point(year, m).last_day()
        return _point(year, m, t.month_part[1] or last)
    if t.day is None:
        return None
    return _point(year, month, t.day2 or t.day)


# --- date arithmetic --------------------------------------------------------------------------------
def nearest_year(ref: date, month: int, day: int | None = None) -> int:
    """The year that puts month/day nearest `ref`: 12月28日 in an article of 2020-01-05 is 2019-12-28.

    Without a day the middle of the month counts; a tie (six months either way) goes to the past, since
    news reports what happened.
    """
    best, best_dist = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        cand = date(y, month, min(day or 15, _point(y, month).last_day()))
        dist = abs((cand - ref).days)
        if best_dist is None or dist < best_dist:
            best, best_dist = y, dist
    return best


def shift_months(ref: date, months: int) -> tuple[int, int]:
    """(year, month) `months` away from the reference month: 上月 / last month → -1."""
    year, month0 = divmod(ref.year * 12 + ref.month - 1 + months, 12)
    return year, month0 + 1


def shift_days(ref: date, days: int) -> date:
    return ref + timedelta(days=days)


# Days of each month outside leap years: a table lookup, where `PartialDate.last_day` asks the calendar for the
# weekday of the 1st as well (a date object each time), once or twice for every date read.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid_day(year: int | None, month: int | None, day: int | None) -> bool:
    """False for a day the month does not have (2月30日, 4月31日); unknown parts pass."""
    if day is None:
        return True
    if month is None or not 1 <= month <= 12 or (year is not None and not 1 <= year <= 9999):
        return 1 <= day <= _point(year, month).last_day()  # what the calendar says (or raises) at the edges
    if month == 2:
        return 1 <= day <= (29 if year is None or calendar.isleap(year) else 28)
    return 1 <= day <= _MONTH_DAYS[month - 1]
