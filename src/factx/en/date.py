"""Dates and periods in English: July 2, 2019 · 2 July 2019 · 2004-11-02 · November 2004 · November ·
late November · the fourth quarter of 2004 · Q4 · fourth-quarter profits · the second half of the year ·
the October-to-December period · between October and November · 5-7 July · Christmas Day ·
New Year's Eve · last year · last month · yesterday · in 2004 · 2003's · since 1947 · 2003-04 · 6pm.

Recognition collects candidates from one pattern per form, keeps the longest non-overlapping ones and
joins neighbours written as a range ("5 July to 7 August 2004", "from 2003 to 2005"). The parts become
`factx.dates.DateParts`, resolved by `factx.dates.resolve` as in every language; a year shared inside the
expression ("October and November 2004": both are 2004) is set while reading.

Two readings depend on the words around: a quarter with no year in a sentence about a game ("with 2:11 left
in the fourth quarter") is no date, and a weekday right after a verb in the past ("police said Friday") is
the latest such day before the reference date rather than the nearest one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from .. import dates
from ..dates import DateParts
from ..document import Doc
from ..model import DateValue, Fact
from ..patterns import compiled, last_match, lead, non_overlapping, words_re
from . import calendar, context
from . import tables as en
from .numbers import scan
from .tense import sentence_tense, tense_after_opening, tense_before

# --- building blocks --------------------------------------------------------------------------------
_MONTHS = {**en.MONTHS, **{k.upper(): v for k, v in en.MONTHS.items() if len(k) > 3}}
_FULL_MONTHS = {k: v for k, v in _MONTHS.items() if k not in en.MONTH_ABBREVIATIONS}
_ABBR_MONTHS = {k: v for k, v in _MONTHS.items() if k in en.MONTH_ABBREVIATIONS}
# Only an abbreviation takes a full stop ("Sept. 5"); after a full name it ends the sentence.
MONTH = rf"(?<![A-Za-z])(?:{words_re(_FULL_MONTHS)}(?![A-Za-z])|{words_re(_ABBR_MONTHS)}(?![A-Za-z])\.?)"
FULL_MONTH = rf"(?<![A-Za-z])(?:{words_re(_FULL_MONTHS)})(?![A-Za-z])"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9]|[.,][0-9]|%|\s?per\s?cent)"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])"
_THE = r"(?:[Tt]he\s+)?"
_REL_YEAR = r"(?i:the\s+year|this\s+year|last\s+year|next\s+year|the\s+current\s+year)"
_PART = rf"(?P<part>(?i:{words_re(en.MONTH_PARTS)}))\s*"
_WEEKDAY_PREFIX = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_HOLIDAYS = {**en.HOLIDAYS, **{k.replace("'", "’"): v for k, v in en.HOLIDAYS.items() if "'" in k}}
_RANGE_JOIN = compiled(r"\s*(?:[-–—]|to|until|till|through)\s*|\s+and\s+", re.I)
_MONTH_LIST_YEAR = compiled(
    rf"(?:\s*,\s*|\s+(?:and|or)\s+)(?:{MONTH}(?:\s*,\s*|\s+(?:and|or)\s+))*{MONTH},?\s+(?P<year>{YEAR})"
)
_DATE_CUES = frozenset(en.DATE_CUES)
_HOLIDAY_CUES = frozenset(en.HOLIDAY_CUES)
# A unit after a four-digit number makes it a measure ("2000 tonnes", "1500 yen"). A counted noun does
# not: reporters write 2,000 people with a comma, so "the 2005 elections" names a year.
_NOT_YEAR_NEXT = compiled(
    rf"\s*(?:%|(?i:{words_re([*en.QUANTITY_UNITS, *en.CURRENCY_WORDS, *en.PERCENT_UNITS])})(?![A-Za-z]))"
)
# Cue words that introduce many numbers besides years ("rose to 1500", "of 1200"): only modern years.
_WEAK_YEAR_CUES = frozenset(("to", "by", "than", "and", "or", "of", "the", "around", "on", "for", "as", "that"))
_BARE_YEAR = compiled(
    rf"(?<![0-9A-Za-z$£€¥.,:/])(?P<y>{YEAR})"
    rf"(?:\s*[-–/]\s*(?P<y2>(?:1[0-9]|20|21)?[0-9]{{2}})(?![0-9]))?(?P<poss>'s|’s)?(?![0-9A-Za-z%])"
)
_ADDRESS_NEXT = compiled(
    rf"\s+(?:(?:{words_re(en.ADDRESS_NEXT)})(?![A-Za-z])"
    rf"|(?:[A-Z][A-Za-z]*\.?\s+){{1,3}}(?:{words_re(en.STREET_SUFFIXES)})(?![A-Za-z]))"
)
# A capitalised word (not the first of its sentence) right before a month name.
_NAME_BEFORE = compiled(r"(?<=[a-z,] )[A-Z][a-z]+ $")
_NAME_AFTER = compiled(r" [A-Z][a-z]")
_YEAR_LIST = compiled(r"(?:1[0-9]|20|21)[0-9]{2},\s$")
_YEAR_PREFIX = compiled(r"(?i:mid|end|early|late|pre|post)-$")


def _kind(e: DateParts) -> str:
    """What a range may join: two days, two months or two years (a part of a year joins nothing)."""
    return "part" if e.year_part is not None else e.lowest


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".")]


def _explicit(text: str, start: int, end: int, rule: str) -> DateParts | None:
    """An explicit calendar date read by dateutil: "2 July 2019", "July 2", "November 2004"."""
    clean = re.sub(r"(?i)^the\s+|\bof\s+", "", text)
    p = calendar.parse_partial(clean)
    if p is None:
        return None
    return DateParts(start, end, year=p.year, month=p.month, day=p.day, rule=rule)


# --- one handler per form ---------------------------------------------------------------------------
_Handler = Callable[[Doc, re.Match[str]], DateParts | None]

_ISO = compiled(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])"
    r"(?:[T ](?P<h>[01][0-9]|2[0-3]):(?P<mi>[0-5][0-9]))?"
)
_MONTH_LEAD = lead([*_MONTHS, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
_PART_LEAD = lead([*_MONTHS, *en.MONTH_PARTS, *(p.upper() for p in en.MONTH_PARTS)])
_MRANGE_LEAD = lead([*_MONTHS, "between", "Between", "from", "From", "the", "The"])
_QUARTER_LEAD = lead(["the", "The", *en.QUARTER_WORDS, *(w.title() for w in en.QUARTER_WORDS)])
_HALF_LEAD = lead(["the", "The", "H", *en.HALF_WORDS, *(w.title() for w in en.HALF_WORDS)])
_MDY = compiled(
    rf"{_MONTH_LEAD}{_WEEKDAY_PREFIX}(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?(?!\s*(?:%|,[0-9]))"
)
_DMY = compiled(
    rf"(?=[0-9Tt])(?<![0-9.,$£€])(?:[Tt]he\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<year>{YEAR}))?"
)
_MY = compiled(rf"{_PART_LEAD}(?:{_PART})?(?P<mon>{MONTH}),?\s+(?P<year>{YEAR})")
_M = compiled(rf"{_PART_LEAD}(?:{_PART})?(?P<mon>{FULL_MONTH})")
_MRANGE = compiled(
    rf"{_MRANGE_LEAD}(?:(?P<lead>(?i:between|from))\s+)?{_THE}(?P<m1>{MONTH})"
    rf"(?P<sep>\s*[-–]\s*|-to-|\s+(?:to|until|till|through|and)\s+)"
    rf"(?P<m2>{MONTH})(?:,?\s+(?P<year>{YEAR}))?(?:\s+(?i:period))?"
)
_DRANGE = compiled(
    rf"(?=[0-9bBfF])(?:(?P<lead>(?i:between|from))\s+)?(?<![0-9.,$£€])(?P<d1>{DAY})"
    rf"(?P<sep>\s*[-–]\s*|\s+(?:to|and)\s+)"
    rf"(?P<d2>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"
)
_MDRANGE = compiled(
    rf"{_MONTH_LEAD}(?P<mon>{MONTH})\s+(?P<d1>{DAY})\s*(?:[-–]|to)\s*(?P<d2>{DAY})(?:,?\s+(?P<year>{YEAR}))?"
)
_QUARTER = compiled(
    rf"{_QUARTER_LEAD}{_THE}(?P<q>(?i:{words_re(en.QUARTER_WORDS)}))[\s-](?i:quarter)(?![A-Za-z])"
    rf"(?:\s+(?i:of)\s+(?:(?P<year>{YEAR})|(?P<rel>{_REL_YEAR}))|\s+(?P<year2>{YEAR}))?"
)
_Q = compiled(
    rf"(?=[0-9Q])(?<![A-Za-z0-9])(?:(?P<ypre>{YEAR})\s+)?Q(?P<q>[1-4])"
    rf"(?:\s*'(?P<yy>[0-9]{{2}})(?![0-9])|\s+(?P<year>{YEAR}))?"
    r"(?![A-Za-z0-9])"
)
# "the September quarter" (Australian and New Zealand usage): the quarter that ends in that month.
_MONTH_QUARTER = compiled(
    r"(?=[tTMJSD])(?<![A-Za-z])(?:(?i:the)\s+)?(?P<mon>March|June|September|December)\s+(?i:quarter)(?![A-Za-z\-])"
    rf"(?:\s+(?i:of)\s+(?P<year>{YEAR}))?"
)
# "FY2026", "FY 2026", "FY26": a fiscal year, named by the calendar year it ends in.
_FY = compiled(r"(?=F)(?<![A-Za-z0-9])FY\s?(?:(?P<year>(?:19|20)[0-9]{2})|(?P<yy>[0-9]{2}))(?![A-Za-z0-9])")
_PERIOD_NOUN = rf"(?=\s+(?i:{words_re(en.PERIOD_ADJ_NOUNS)})(?![A-Za-z]))"
_HALF = compiled(
    rf"{_HALF_LEAD}(?:{_THE}(?P<h>(?i:{words_re(en.HALF_WORDS)}))[\s-](?i:half)\s+(?i:of)\s+"
    rf"(?:(?P<year>{YEAR})|(?P<rel>{_REL_YEAR}))"
    rf"|(?P<h2>(?i:first|second))-(?i:half){_PERIOD_NOUN}"
    rf"|(?<![A-Za-z0-9])H(?P<hn>[12])(?:\s+(?P<year2>{YEAR})|{_PERIOD_NOUN}))"
)
_YEAR_PART = compiled(
    rf"(?=[tTeEmM])(?P<part>(?i:the\s+(?:end|start|beginning|middle)\s+of\s+|end-|mid-?))"
    rf"(?:(?P<year>{YEAR})(?![0-9]*s(?![A-Za-z]))|(?P<rel>{_REL_YEAR}))"  # not "mid-1990s": a decade
)
# "the first nine months of the year", "the first 10 months of 2025": January to that month.
_FIRST_MONTHS = compiled(
    rf"(?=[tTfF])(?<![A-Za-z])(?:(?i:the)\s+)?(?i:first)\s+(?P<n>[0-9]{{1,2}}|(?i:{words_re(en.UNIT_WORDS)}|ten|eleven))"
    rf"\s+(?i:months)\s+(?i:of)\s+(?:(?P<year>{YEAR})|(?P<rel>{_REL_YEAR}))"
)
_REL = compiled(
    r"(?=[lLtTnNyY])(?<![A-Za-z])(?:(?P<rel>(?i:last|this|next))\s+(?P<unit>(?i:year|month|week))"
    r"|(?P<day>(?i:yesterday|today|tomorrow)))(?![A-Za-z])"
)
_HOLIDAY = compiled(rf"{lead(_HOLIDAYS)}(?<![A-Za-z])(?P<name>{words_re(_HOLIDAYS)})(?![A-Za-z])")
_WEEKDAY = compiled(rf"{lead(en.WEEKDAYS)}(?<![A-Za-z])(?P<wd>{words_re(en.WEEKDAYS)})(?:'s|’s)?(?![A-Za-z])")
_WEEKDAY_NAME_BEFORE = compiled(rf"(?<![A-Za-z])(?:{words_re(en.WEEKDAY_NAME_BEFORE)})[\s-]+$")
_WEEKDAY_NAME_AFTER = compiled(rf"\s+(?:{words_re(en.WEEKDAY_NAME_AFTER)})(?![A-Za-z])")
# A weekday written before a full date only names its day ("Monday, 18 November", "Monday the 18th"), which the
# date gives; a number that is no day of a month is a figure of its own ("said Monday, 3 people died").
_WEEKDAY_DATE_AFTER = compiled(
    rf",?\s+(?:[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?{MONTH}|{MONTH}"
    rf"|(?i:the)\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?![0-9A-Za-z]))"
)
# "Monday to Friday", "Monday-Friday": a weekly schedule, not a day.
_WEEKDAY_SPAN_AFTER = compiled(rf"\s*(?:[-–—]|to|through|thru|till|until|or|and)\s*(?:{words_re(en.WEEKDAYS)})")
_WEEKDAY_SPAN_BEFORE = compiled(rf"(?:{words_re(en.WEEKDAYS)})\s*(?:[-–—]|to|through|thru|till|until|or|and|from)\s*$")
_WEEKDAY_DIRECTION = compiled(r"(?<![A-Za-z])((?i:last|next))\s+$")
_THE_BEFORE = compiled(r"(?<![A-Za-z])(?i:the|its|their|his|her|a)\s+$")
_TIME = compiled(
    r"(?=[0-9])(?:(?<![0-9:.])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?\s?"
    r"(?P<ap>(?i:am|pm|a\.m\.|p\.m\.))(?![A-Za-z])"
    r"|(?<![0-9:.])(?P<h24>[01]?[0-9]|2[0-3]):(?P<mi24>[0-5][0-9])(?=\s*(?:GMT|BST|CET|EST|EDT|UTC|ET|local time)))"
)


def _iso(doc: Doc, m: re.Match[str]) -> DateParts | None:
    e = _explicit(f"{m.group('y')}-{m.group('m')}-{m.group('d')}", m.start(), m.end(), "date.en.iso")
    if e is not None and m.group("h"):
        e.hour, e.minute = int(m.group("h")), int(m.group("mi"))
    return e


def _mdy(doc: Doc, m: re.Match[str]) -> DateParts | None:
    return _explicit(f"{m.group('mon')} {m.group('day')} {m.group('year') or ''}".strip(), m.start(), m.end(),
                     "date.en.mdy")  # fmt: skip


def _dmy(doc: Doc, m: re.Match[str]) -> DateParts | None:
    # "the" belongs to the date in "the 2nd of July", but to the noun in "the 11 September attacks".
    start = m.start() if " of " in m.group() else m.start("day")
    text = f"{m.group('day')} {m.group('mon')} {m.group('year') or ''}".strip()
    return _explicit(text, start, m.end(), "date.en.dmy")


def _month_part(e: DateParts, part: str | None) -> None:
    if part:
        e.month_part = en.MONTH_PARTS[re.sub(r"\s+", " ", part.strip().lower())]


def _my(doc: Doc, m: re.Match[str]) -> DateParts | None:
    e = DateParts(m.start(), m.end(), year=int(m.group("year")), month=_month(m.group("mon")), rule="date.en.my")
    _month_part(e, m.group("part"))
    return e


def _m(doc: Doc, m: re.Match[str]) -> DateParts | None:
    name = m.group("mon")
    direction = None if m.group("part") else _WEEKDAY_DIRECTION.search(doc.norm, max(0, m.start() - 8), m.start())
    if direction is not None and _THE_BEFORE.search(doc.norm, max(0, direction.start() - 8), direction.start()):
        return None  # "the last March of the season" is a march, not a month
    cue = direction is not None or context.word_before(doc, m.start()) in _DATE_CUES
    if name in en.AMBIGUOUS_MONTHS and not (cue or m.group("part")):
        return None  # "May" and "March" alone are a verb or a name more often than a month
    if not (cue or m.group("part")) and (
        _NAME_BEFORE.search(doc.norm, max(0, m.start() - 30), m.start()) or _NAME_AFTER.match(doc.norm, m.end())
    ):
        return None  # "Theresa May", "June Smith": a capitalised word beside it makes it a name
    e = DateParts(m.start(), m.end(), month=_month(name), rule="date.en.month")
    _month_part(e, m.group("part"))
    shared = _MONTH_LIST_YEAR.match(doc.norm, m.end())
    if shared:
        e.year = int(shared.group("year"))  # "October and November 2004": the year is shared
    elif direction is not None:
        e.month_dir = en.WEEKDAY_DIRECTIONS[direction.group(1).lower()]
        e.start = direction.start()  # "last March" is one date: its year depends on the word
    return e


def _mrange(doc: Doc, m: re.Match[str]) -> DateParts | None:
    sep = m.group("sep").strip().lower()
    if sep == "and" and (m.group("lead") or "").lower() != "between":
        return None  # "October and November" is a list: two facts
    m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
    if m1 == m2:
        return None
    year = int(m.group("year")) if m.group("year") else None
    start = m.start("m1") if (m.group("lead") or "").lower() == "from" else m.start()
    e = DateParts(start, m.end(), month=m1, rule="date.en.month_range")
    e.tail = DateParts(m.start("m2"), m.end(), year=year, month=m2)
    if year is not None:
        e.year = year - 1 if m2 < m1 else year
    return e


def _drange(doc: Doc, m: re.Match[str]) -> DateParts | None:
    sep = m.group("sep").strip().lower() if "sep" in m.re.groupindex else "-"
    lead = (m.groupdict().get("lead") or "").lower()
    if sep == "and" and lead != "between":
        return None
    d1, d2 = int(re.sub(r"\D", "", m.group("d1"))), int(re.sub(r"\D", "", m.group("d2")))
    if d2 <= d1:
        return None
    year = m.group("year")
    first = _explicit(f"{d1} {m.group('mon')} {year or ''}".strip(), m.start(), m.end(), "date.en.day_range")
    last = _explicit(f"{d2} {m.group('mon')} {year or ''}".strip(), m.start("d2"), m.end(), "date.en.day_range")
    if first is None or last is None:
        return None
    if lead == "from":
        first.start = m.start("d1")
    first.tail = last
    return first


def _quarter(doc: Doc, m: re.Match[str]) -> DateParts | None:
    word = m.group("q").lower()
    if word == "last" and not (m.group("year") or m.group("rel")):
        return None  # "last quarter" alone is the quarter before the article's, which it rarely dates
    if not (m.group("year") or m.group("rel") or m.group("year2")):
        if _game_sentence(doc, m.start()):
            return None  # "with 2:11 left in the fourth quarter": a period of a game
        if _OF_OTHER.match(doc.norm, m.end()):
            return None  # "the first quarter of an hour", "the last quarter of the race": no part of a year
    q = en.QUARTER_WORDS[word]
    e = DateParts(m.start(), m.end(), year_part=(3 * q - 2, 3 * q), quarter=True, rule="date.en.quarter")
    _year_of(e, m.group("year") or m.group("year2"), m.group("rel"))
    return e


def _reported_part(doc: Doc, e: DateParts, value: DateValue) -> DateValue | None:
    """The value of `e`, a quarter or a half with no year written, in a sentence that reports it as done (in the
    past, see en/tense.py). The nearest reading may not be over at the reference date ("H1 sales fell 3%"
    in November reads the coming H1): then the same part a year earlier, when it ended within the time results
    take to be reported or within the reference year; else none — a fiscal period whose months the text does
    not give ("reported a rise in third-quarter profit" in March)."""
    if e.year_part is None or e.year is not None or e.year_rel is not None or doc.ref is None or e.current:
        return value
    end = value.end or value.start
    if end.year is None or end.month is None or (end.year, end.month) < (doc.ref.year, doc.ref.month):
        return value  # over already: a reported period
    if sentence_tense(doc, e.start) != -1:
        return value
    months_since = (doc.ref.year - (end.year - 1)) * 12 + doc.ref.month - end.month
    lag = en.REPORT_LAG_MONTHS["quarter" if e.quarter else "half"]
    if end.year - 1 == doc.ref.year or 0 < months_since <= lag:
        return dates.shift_years(value, -1)  # this year's, or last year's just reported
    return None


_OF_OTHER = compiled(r"\s+of\s")


def _game_sentence(doc: Doc, pos: int) -> bool:
    """Whether the sentence holding `pos` speaks of a game (see `tables.GAME_QUARTER_CUES`), or the whole text
    does (`tables.GAME_DOCUMENT_CUES` game words anywhere)."""
    return context.game_sentence(doc, pos) or context.game_text(doc)


def _q(doc: Doc, m: re.Match[str]) -> DateParts | None:
    q = int(m.group("q"))
    e = DateParts(m.start(), m.end(), year_part=(3 * q - 2, 3 * q), quarter=True, rule="date.en.quarter")
    if m.group("ypre") or m.group("year"):
        e.year = int(m.group("ypre") or m.group("year"))
    elif m.group("yy"):
        e.year = 2000 + int(m.group("yy")) if int(m.group("yy")) < 70 else 1900 + int(m.group("yy"))
    return e


def _first_months(doc: Doc, m: re.Match[str]) -> DateParts | None:
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else {**en.UNIT_WORDS, "ten": 10, "eleven": 11}.get(word)
    if n is None or not 2 <= n <= 11:
        return None
    e = DateParts(m.start(), m.end(), year_part=(1, n), rule="date.en.first_months")
    _year_of(e, m.group("year"), m.group("rel"))
    return e


def _month_quarter(doc: Doc, m: re.Match[str]) -> DateParts | None:
    last = _month(m.group("mon"))
    e = DateParts(m.start(), m.end(), year_part=(last - 2, last), quarter=True, rule="date.en.month_quarter")
    _year_of(e, m.group("year"), None)
    return e


def _fy(doc: Doc, m: re.Match[str]) -> DateParts | None:
    year = int(m.group("year")) if m.group("year") else 2000 + int(m.group("yy"))
    return DateParts(m.start(), m.end(), year=year, rule="date.en.fiscal_year")


def _half(doc: Doc, m: re.Match[str]) -> DateParts | None:
    if m.group("hn"):
        part = (1, 6) if m.group("hn") == "1" else (7, 12)
    else:
        part = en.HALF_WORDS[(m.group("h") or m.group("h2")).lower()]
    e = DateParts(m.start(), m.end(), year_part=part, rule="date.en.half")
    _year_of(e, m.group("year") or m.group("year2"), m.group("rel"))
    return e


def _year_part(doc: Doc, m: re.Match[str]) -> DateParts | None:
    part = re.sub(r"\s+", " ", m.group("part").strip().lower())
    if part.startswith("the"):
        part = part.removesuffix(" of") + " of"
    e = DateParts(m.start(), m.end(), year_part=en.YEAR_PARTS[part], rule="date.en.year_part")
    _year_of(e, m.group("year"), m.group("rel"))
    return e


def _year_of(e: DateParts, year: str | None, rel: str | None) -> None:
    if year:
        e.year = int(year)
    elif rel:
        key = re.sub(r"\s+", " ", rel.lower())
        if key == "the year":
            e.current = True  # "of the year" names no year: the sentence's, else the reference year
        elif key in en.RELATIVE_YEARS:
            e.year_rel = en.RELATIVE_YEARS[key]


def _rel(doc: Doc, m: re.Match[str]) -> DateParts | None:
    if m.group("day"):
        return DateParts(m.start(), m.end(), day_rel=en.RELATIVE_DAYS[m.group("day").lower()], rule="date.en.relative")
    if context.word_before(doc, m.start()) in ("the", "a", "every", "each"):
        return None  # "the last year" is a length of time, not the calendar year before this one
    key = f"{m.group('rel').lower()} {m.group('unit').lower()}"
    e = DateParts(m.start(), m.end(), rule="date.en.relative")
    if key in en.RELATIVE_YEARS:
        e.year_rel = en.RELATIVE_YEARS[key]
    elif key in en.RELATIVE_WEEKS:
        e.week_rel = en.RELATIVE_WEEKS[key]
    else:
        e.month_rel = en.RELATIVE_MONTHS[key]
    return e


def _holiday(doc: Doc, m: re.Match[str]) -> DateParts | None:
    name = m.group("name")
    if name in en.CUED_HOLIDAYS and context.word_before(doc, m.start()) not in _HOLIDAY_CUES:
        return None  # "Christmas takings": the season's trade, not a day
    month, day = _HOLIDAYS[name]
    return DateParts(m.start(), m.end(), month=month, day=day, rule="date.en.holiday")


def _weekday(doc: Doc, m: re.Match[str]) -> DateParts | None:
    """A weekday alone ("on Tuesday", "last Friday"), resolved against the reference date."""
    norm, s = doc.norm, m.start()
    before = norm[max(0, s - 24) : s]
    if _WEEKDAY_NAME_BEFORE.search(before) or _WEEKDAY_NAME_AFTER.match(norm, m.end()):
        return None  # Black Friday, the Sunday Times
    if _WEEKDAY_DATE_AFTER.match(norm, m.end()) or _WEEKDAY_SPAN_AFTER.match(norm, m.end()):
        return None
    if _WEEKDAY_SPAN_BEFORE.search(before):
        return None
    word = context.word_before(doc, s)
    if word in en.WEEKDAY_HABIT_BEFORE:
        return None  # "every Monday": a habit
    e = DateParts(s, m.end(), weekday=en.WEEKDAYS[m.group("wd")], rule="date.en.weekday")
    direction = _WEEKDAY_DIRECTION.search(before)
    if direction:
        e.weekday_dir = en.WEEKDAY_DIRECTIONS[direction.group(1).lower()]
        e.start = s - len(before) + direction.start()
    elif doc.ref is not None and e.weekday != doc.ref.weekday():
        # "police said Friday": the latest Friday before the report; "a hearing is scheduled for Monday": the
        # next Monday (see en/tense.py)
        e.weekday_dir = tense_before(doc, s) or tense_after_opening(doc, s, m.end())
    return e


def _time(doc: Doc, m: re.Match[str]) -> DateParts | None:
    if m.group("h24"):
        h, mi = int(m.group("h24")), int(m.group("mi24"))
    else:
        h, mi = int(m.group("h")), int(m.group("mi") or 0)
        pm = m.group("ap").lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    return DateParts(m.start(), m.end(), hour=h, minute=mi, rule="date.en.time")


_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_ISO, _iso), (_MDY, _mdy), (_DMY, _dmy), (_MY, _my), (_M, _m), (_MRANGE, _mrange), (_DRANGE, _drange),
    (_MDRANGE, _drange), (_QUARTER, _quarter), (_Q, _q), (_HALF, _half), (_FIRST_MONTHS, _first_months), (_FY, _fy),
    (_MONTH_QUARTER, _month_quarter), (_YEAR_PART, _year_part), (_REL, _rel), (_HOLIDAY, _holiday), (_TIME, _time),
    (_WEEKDAY, _weekday),
)  # fmt: skip


def _bare_years(doc: Doc) -> Iterator[DateParts]:
    """A four-digit year on its own, where the words around make it one: in 2004, since 1947, 2003's."""
    norm = doc.norm
    for m in _BARE_YEAR.finditer(norm):
        s = m.start()
        y = int(m.group("y"))
        prefixed = s > 0 and norm[s - 1] == "-"
        if prefixed and not _YEAR_PREFIX.search(norm, max(0, s - 6), s):
            continue
        y2 = None
        if m.group("y2"):
            t = m.group("y2")
            y2 = int(t) if len(t) == 4 else y // 100 * 100 + int(t)
            if y2 <= y or y2 - y > 50:
                continue  # 2004-2 / 1990-1985: not a span of years
        cue = context.word_before(doc, s)
        listed = _YEAR_LIST.search(norm, max(0, s - 6), s) is not None  # "2003, 2004 and 2005"
        bracketed = norm[s - 1 : s] == "(" and norm[m.end() : m.end() + 1] == ")"  # "Cast Away (2000)"
        owner = cue.endswith(("'s", "’s"))  # "Carlineo's 1989 conviction", as "its 2019 elections"
        strong = prefixed or m.group("poss") or y2 or listed or bracketed or owner or cue in _DATE_CUES
        if not (strong or _sentence_start(norm, s)):
            continue
        if (owner or cue in _WEAK_YEAR_CUES) and not (1900 <= y <= 2100):
            continue
        if _NOT_YEAR_NEXT.match(norm, m.end()):
            continue  # "by 1500 tonnes": a measure
        if _ADDRESS_NEXT.match(norm, m.end()):
            continue  # "the 2100 block of Washtenaw", "of 1909 Jolinda Drive": an address
        e = DateParts(s, m.end("y2") if y2 else m.end("y"), year=y, rule="date.en.year")
        if y2:
            e.tail = DateParts(m.start("y2"), m.end("y2"), year=y2)
        yield e


# "the 1990s", "1980s": a decade (a year ending in 00 may name a century, "the 1900s", so it is left out).
_DECADE = compiled(r"(?<![0-9A-Za-z$£€¥.,:/'’-])(?P<y>1[5-9][1-9]0|20[1-9]0)s(?![0-9A-Za-z])")


def _decades(doc: Doc) -> Iterator[DateParts]:
    for m in _DECADE.finditer(doc.norm):
        first = int(m.group("y"))
        e = DateParts(m.start(), m.end(), year=first, rule="date.en.decade")
        e.tail = DateParts(m.start(), m.end(), year=first + 9)
        yield e


def _sentence_start(norm: str, s: int) -> bool:
    before = norm[max(0, s - 3) : s]
    return s == 0 or before.endswith(("\n", ". ", "? ", "! ", '" ', "“"))


# --- recognition ------------------------------------------------------------------------------------
def _candidates(doc: Doc) -> list[DateParts]:
    sc = scan(doc)
    out: list[DateParts] = []
    for rx, handler in _RULES:
        for m in rx.finditer(doc.norm):
            e = handler(doc, m)
            if e is not None and not sc.vetoed(e.start, e.end):
                out.append(e)
    out.extend(e for e in _bare_years(doc) if not sc.vetoed(e.start, e.end))
    out.extend(e for e in _decades(doc) if not sc.vetoed(e.start, e.end))
    out.sort(key=lambda e: (e.start - e.end, e.start))  # longest first
    exprs = _join_relative_years(doc, _join_ranges(doc, non_overlapping(out)))
    _day_of_times(doc, exprs)
    _months_by_tense(doc, exprs)
    return exprs


def _months_by_tense(doc: Doc, exprs: list[DateParts]) -> None:
    """A month with no year in a clause that looks back is the latest such month before the reference date's,
    and in one that looks ahead the next one (en/tense.py): "output fell in June" in a March story is last June,
    "fell in January" in December is this January, "will open in January" in February is next January."""
    if doc.ref is None:
        return
    for e in exprs:
        if (
            e.month is not None
            and e.month != doc.ref.month
            and e.year is None
            and e.year_rel is None
            and e.month_rel is None
            and e.month_dir is None
            and e.tail is None
            and not e.current
        ):
            e.month_dir = tense_before(doc, e.start) or tense_after_opening(doc, e.start, e.end)


_OF_GAP = compiled(r"\s+(?:(?i:of)\s+)?")


def _join_relative_years(doc: Doc, exprs: list[DateParts]) -> list[DateParts]:
    """A month or a day with no year followed by "last year" / "this year" / "next year" ("in June last
    year", "on 12 May last year", "May of last year") is one date in that year."""
    out: list[DateParts] = []
    for e in exprs:
        a = out[-1] if out else None
        if (
            a is not None
            and e.rule == "date.en.relative"
            and e.year_rel is not None
            and a.month is not None
            and a.year is None
            and a.year_rel is None
            and not a.quarter
            and (a.tail is None or (a.tail.year is None and a.tail.year_rel is None))
            and _OF_GAP.fullmatch(doc.norm, a.end, e.start)
        ):
            a.year_rel = e.year_rel
            if a.tail is not None:
                a.tail.year_rel = e.year_rel
            a.end = e.end
            continue
        out.append(e)
    return out


# "5:40 a.m. on Sept. 8", "11 a.m. Tuesday": a time of day followed by the day it falls on.
# A time zone may stand between them: "4:30 p.m. ET on Friday".
_TIME_ON = compiled(rf"(?:\s+(?:{words_re(en.TIME_ZONES)}))?\s+(?:(?i:on)\s+)?")
_DAY_FIELDS = ("year", "year_rel", "month", "day", "day_rel", "weekday", "weekday_dir", "week_rel")


def _day_of_times(doc: Doc, exprs: list[DateParts]) -> None:
    """A time written right before its day takes that day (a time after its day already does, from the
    sentence's context): each keeps its own span, so the figures stay as written."""
    for a, b in itertools.pairwise(exprs):
        if a.hour is None or a.tail is not None or b.tail is not None or b.hour is not None:
            continue
        if any(getattr(a, k) is not None for k in _DAY_FIELDS):
            continue  # the time has its day already
        if b.day is None and b.weekday is None and b.day_rel is None:
            continue  # a month or a year is no day for a time
        if doc.ref is None and b.day is None and b.day_rel is None:
            continue  # a weekday with no reference date names no day: the time keeps its own value
        if _TIME_ON.fullmatch(doc.norm, a.end, b.start):
            for k in _DAY_FIELDS:
                setattr(a, k, getattr(b, k))


def _join_ranges(doc: Doc, exprs: list[DateParts]) -> list[DateParts]:
    """Join "A to B" / "between A and B" / "A-B" neighbours of the same kind into one range."""
    out: list[DateParts] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        sep = _RANGE_JOIN.fullmatch(doc.norm, a.end, b.start) if b is not None else None
        if b is not None and sep is not None and a.tail is None and b.tail is None and _kind(a) == _kind(b):
            lead = context.word_before(doc, a.start)
            word = sep.group().strip().lower()
            if _kind(a) in ("day", "month", "year") and (word != "and" or lead == "between"):
                if a.year is None and a.year_rel is None and b.year is not None:
                    a.year = b.year - 1 if (a.month or 0) > (b.month or 0) else b.year
                if lead == "between":
                    a.start = context.between_start(doc, a.start)
                a.tail, a.end = b, b.end
                out.append(a)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# --- resolution -------------------------------------------------------------------------------------
# A quoted title: 'a retrospective, "Beneath the Blue, 1957-1998," opens in April'. Its years date the work, not
# the sentence, so they give no year to the dates after them. Quoted speech ("we opened in 2019") is told apart
# by its case: in a title every longer word but a few short joining ones is capitalised.
_TITLE_WORD = compiled(r"[A-Za-z][a-z]{3,}")
_TITLE_MINOR = frozenset(en.TITLE_MINOR_WORDS)
_TITLE_MAX = 80


def _in_title(doc: Doc, start: int, end: int) -> bool:
    """Whether `start`..`end` stands inside a quoted title closed later in its sentence."""
    norm = doc.norm
    lo, hi = doc.index.sentence_span(start)
    straight = norm.count('"', lo, start)
    if straight % 2:
        opening, closing = norm.rfind('"', lo, start), norm.find('"', end, hi)
    elif (curly := norm.rfind("\u201c", lo, start)) > norm.rfind("\u201d", lo, start):
        opening, closing = curly, norm.find("\u201d", end, hi)
    else:
        return False
    if closing < 0 or closing - opening > _TITLE_MAX:
        return False
    words = [w.group() for w in _TITLE_WORD.finditer(norm, opening + 1, closing)]
    return bool(words) and all(w[0].isupper() or w in _TITLE_MINOR for w in words)


# A full stop after a digit ends no sentence for the document ("took in £63,081. Just …" keeps its owner for
# `check`), but a year there ends one for the dates after it: "the wettest since records began in 1910. The
# reservoir is 92 per cent full, up from 58 per cent in June" is this June, not June 1910.
_DIGIT_STOP = compiled(r"(?<=[0-9])\.[ \t]+(?=[A-Z])")


_DEICTIC = compiled(r"(?i:last|next)\s")


def _date_sentence(doc: Doc, pos: int) -> tuple[int, int]:
    """The sentence holding `pos` for dates: the document's, from the last full stop after a digit in it."""
    lo, hi = doc.index.sentence_span(pos)
    stop = last_match(_DIGIT_STOP, doc.norm, lo, pos) if "." in doc.norm[lo:pos] else None
    return (stop.end(), hi) if stop is not None else (lo, hi)


# An aside on a person or a thing, set off by commas: "Aldridge, who joined the company in 2009, will step down
# on Dec. 31". Its year dates the aside; the dates after it, outside, take theirs as if it were not there.
_ASIDE_OPEN = compiled(rf",\s+(?:{words_re(en.ASIDE_OPENERS)})\s")
_ASIDE_BACK = 80
_ASIDE_REACH = 60


def _aside_close(doc: Doc, start: int, end: int, hi: int) -> int | None:
    """Where the aside holding `start`..`end` closes (its comma), None when the date stands in no aside."""
    norm = doc.norm
    opening = last_match(_ASIDE_OPEN, norm, max(0, start - _ASIDE_BACK), start)
    if opening is None or "," in norm[opening.end() : start]:
        return None
    close = norm.find(",", end, min(hi, end + _ASIDE_REACH))
    return close if close >= 0 else None


def recognize(doc: Doc) -> Iterator[Fact]:
    ctx = dates.DateContext()
    aside_close, year_before = -1, None
    for e in _candidates(doc):
        span = _date_sentence(doc, e.start)
        if span != ctx.sentence:
            ctx = ctx.next_sentence(span, doc.text.rfind("\n", 0, e.start), doc.text)
            aside_close = -1
        if 0 <= aside_close < e.start:
            ctx.year, aside_close = year_before, -1  # out of the aside: its year no longer dates
        if e.tail is not None and not e.tail.has_year:
            e.tail.year_inherited = True  # "5 July to 7 August 2004" was given the year; "December to March" rolls
        # "fallen by a third since last year, to 14,600 pounds in the year that ended Sept. 30": a start, which
        # gives no year to the dates after it (as 以来)
        e.no_anchor = context.word_before(doc, e.start) == "since" or _in_title(doc, e.start, e.end)
        # "took office in January 2023 and faces re-election next November": last/next count from the reference
        # date, whatever year the sentence wrote before
        deictic = e.month_dir is not None and _DEICTIC.match(doc.norm, e.start) is not None
        own = dates.DateContext() if deictic and doc.ref is not None else ctx
        before = ctx.year
        resolved = dates.resolve(e, doc.ref, own, nearest_part=True)
        if resolved is None:
            continue
        if ctx.year != before and aside_close < 0 and "," in doc.norm[span[0] : e.start]:
            close = _aside_close(doc, e.start, e.end, span[1])
            if close is not None:
                aside_close, year_before = close, before
        value, note = resolved
        reported = _reported_part(doc, e, value)
        if reported is None:
            continue
        value = reported
        yield Fact(type="date", text=doc.text[e.start : e.end], start=e.start, end=e.end, value=value,
                   rule=e.rule, note=note, priority=1 if e.rule != "date.en.year" else 0)  # fmt: skip
