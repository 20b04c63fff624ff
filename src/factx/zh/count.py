"""Counts: 49名, 86台次, 31人次, 16个, 3家, 2次, 11项 — a number and a classifier.

The category comes from the classifier (名 → people, 台次 → procedures, 家 → organizations); generic
classifiers (个, 项, 座 …) are refined later from the subject noun (`context.py`).
"""

from __future__ import annotations

import re

from ..model import Fact
from ..patterns import CJK, char_class, compiled, is_cjk, longest_suffix, words_re
from . import tables as zh
from .measure import Measure, one_casualty
from .numerals import NUM_CHARS

# The classifier tables as sets: the builder asks each of them of every count, and a tuple is read item by item.
_NAME_UNITS = frozenset(zh.NAME_UNITS)
_YEAR_CLASSIFIERS = frozenset(zh.YEAR_CLASSIFIERS)
_BARE_PEOPLE = frozenset(zh.BARE_PEOPLE_NOUNS)
_PLACE_CLASSIFIERS = frozenset(zh.PLACE_CLASSIFIERS)
_LONE_ER_NAMES = frozenset(zh.LONE_ER_NAMES)
_ARABIC_ONLY = frozenset(zh.ARABIC_ONLY_CLASSIFIERS)
_SENTENCE_CUED = zh.SENTENCE_CUED_CLASSIFIERS
_KEPT_NEXT = zh.CLASSIFIER_KEPT_NEXT
# The cue words of each cued classifier, ready for `longest_suffix` (a dict and the longest length).
_CUES = {unit: (dict.fromkeys(cues), max(map(len, cues))) for unit, cues in zh.CUED_CLASSIFIERS.items()}
_STAT_LINE_CUED = frozenset(zh.STAT_LINE_CUED)
_STAT_LINE_NEXT = compiled(
    rf"[、，,]?和?(?:[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,3}})(?:{words_re(zh.STAT_LINE_CLASSIFIERS)})"
    rf"(?:{words_re(zh.STAT_LINE_NOUNS)})"
)


def build(m: Measure) -> Fact | None:
    if (
        m.chinese
        and m.num_text == zh.ARTICLE_NUMERAL
        and m.high is None
        and not one_casualty(m.doc.norm, m.unit, m.match.end())
    ):
        return None  # 一个 / 一家 / 一位: the indefinite article
    if m.unit in _NAME_UNITS and m.start > 0 and m.doc.norm[m.start - 1] in zh.NAME_PREFIX_CHARS:
        return None  # 粤15条 / 国十条: the name of a policy
    if m.unit in _YEAR_CLASSIFIERS and not m.chinese and 1900 <= m.low <= 2100:
        return None  # 2018款 / 2019届: a model year or a class, not a count
    people = m.unit in _BARE_PEOPLE
    if people and m.start > 0 and m.doc.norm[m.start - 1] in zh.GRADE_PREFIXES:
        return None  # 高三学生: a school year
    if people and m.doc.norm.startswith(zh.BARE_PEOPLE_VETO_NEXT, m.match.end()):
        return None  # 十一村民小组 / 12345市民服务热线: the noun modifies another
    if people and m.num_text.isdigit() and _not_a_headcount(m):
        return None  # 7用户每次… / 2020考生 / 12306旅客: a numbered step, a year, a hotline
    if m.unit in _PLACE_CLASSIFIERS and m.low >= zh.PLACE_MAX:
        return None  # 12002226400镇: a code
    if m.unit in _LONE_ER_NAMES and m.num_text == "二":
        return None  # 二车道 / 二期: the name of a lane or a phase
    if m.unit == "次" and m.num_text == "二" and m.high is None:
        after = m.doc.norm[m.match.end() : m.match.end() + 1]
        counted = m.doc.norm.endswith(zh.SECONDARY_ER_COUNT_BEFORE, 0, m.start)
        if is_cjk(after) and after not in zh.SECONDARY_ER_NEXT and not counted:
            return None  # 二次污染: secondary pollution (but 先后二次贩卖: twice)
    if m.unit == "起" and m.chinese and m.doc.norm.endswith(zh.WEEKDAY_WORDS, 0, m.start):
        return None  # 周三起: "from Wednesday"
    needs = zh.CLASSIFIER_NEEDS_NEXT.get(m.unit)
    if needs is not None and not m.doc.norm.startswith(needs, m.match.end()):
        return None  # 三年级2班: a class's name, not a count of services
    nxt = m.doc.norm[m.match.end() : m.match.end() + 1]
    if (
        nxt
        and nxt in zh.CLASSIFIER_VETO_NEXT.get(m.unit, "")
        and not m.doc.norm.startswith(_KEPT_NEXT.get(m.unit, ()), m.match.end())
    ):
        return None  # 104国道: a road's number
    if (
        m.chinese
        and m.unit in _ARABIC_ONLY
        and m.low < zh.ARABIC_ONLY_CHINESE_MIN
        and not m.doc.norm.startswith(zh.ARABIC_ONLY_KEPT_NEXT.get(m.unit, ()), m.match.end())
        and not m.doc.norm.endswith(zh.ARABIC_ONLY_KEPT_AFTER.get(m.unit, ()), 0, m.match.start())
    ):
        return None  # 一股热潮, 两股势力
    if m.unit == "大" and (
        m.doc.norm.startswith(zh.CONGRESS_NEXT, m.match.end())
        or m.doc.norm.endswith(zh.CONGRESS_BEFORE, 0, m.match.start())
    ):
        return None  # 十三大以来 / 作协九大召开: a congress
    if m.chinese and m.low < zh.CHINESE_MIN_COUNT.get(m.unit, 0):
        return None  # 两国关系: "both countries", a set phrase
    cued = _CUES.get(m.unit)
    if (
        cued is not None
        and longest_suffix(m.doc.norm, m.match.start(), cued[0], cued[1]) is None
        and not (m.unit in _LISTED and _sums_list(m))
        and not (m.unit in _STAT_LINE_CUED and _player_points(m))
    ):
        return None  # 三期工程 / 巴黎16区: the name of a phase or a district
    sentence_cues = _SENTENCE_CUED.get(m.unit)
    if sentence_cues is not None and not _sentence_cue(m, sentence_cues):
        return None  # 10千伏杆61杆: a pole's number, not a golfer's strokes
    fraction = m.low != m.low.to_integral_value() and m.match.group("mult") is None and "万" not in m.num_text
    rate = _rate_noun(m) if fraction else None
    if fraction and not _average(m) and rate is None:
        return None  # 2.5个 is not a count of things (but 平均每天2.3台 is an average count)
    fact = m.fact("count", m.low, max=m.high, category=m.info.data, rule="count.classifier")
    fact.unit = m.unit  # the folded form (个, 亩), the same word whatever the script
    if rate is not None:
        fact.subject = rate  # 每1万人口有2.93宗: a rate per people, not a count of them
    name = _joined_name(m) if m.unit in _STAT_LINE_CUED else None
    if name is not None and len(name.group()) > 2:
        fact.subject = m.doc.text[name.start() + 1 : name.end()]  # 约翰-萨尔蒙斯10分: the name after the mark
    return fact


_PLAYER_NAME_NOT = frozenset(zh.PLAYER_NAME_NOT)
_PLAYER_NAME = compiled(rf"[{char_class(zh.PLAYER_NAME_MARKS)}][{CJK}]{{1,{zh.PLAYER_NAME_MAX}}}\Z")


def _player_points(m: Measure) -> bool:
    """Points of a player's line: before the player's other figures (诺阿11分8个篮板), or after a name written
    with a joining mark, the clause ending there (阿隆佐-基11分，)."""
    norm, end = m.doc.norm, m.match.end()
    if _STAT_LINE_NEXT.match(norm, end):
        return True
    if m.chinese or (end < len(norm) and norm[end] not in zh.PLAYER_POINTS_END):
        return False
    return _joined_name(m) is not None


def _joined_name(m: Measure) -> re.Match[str] | None:
    """The mark and the name after it right before the number (约翰-萨尔蒙斯10分 → -萨尔蒙斯)."""
    start = m.match.start()
    name = _PLAYER_NAME.search(m.doc.norm, max(0, start - zh.PLAYER_NAME_MAX - 1), start)
    if name is None or any(c in _PLAYER_NAME_NOT for c in name.group()):
        return None
    return name


_LISTED = frozenset(zh.LISTED_CLASSIFIERS)
_CLAUSE_BREAKS = frozenset("，。；：！？,;:!?\n")
_LIST_REACH = 48


def _sums_list(m: Measure) -> bool:
    """True when the clause before the number is a list of exactly that many names (西山、官渡、呈贡三区)."""
    doc = m.doc
    if m.high is not None or m.low < 2 or m.low != m.low.to_integral_value():
        return False
    start = m.match.start()
    if start == 0 or doc.norm[start - 1] == "、":
        return False
    # (the document's clause bounds stop at 、, which here joins the list)
    norm, lo, floor = doc.norm, start, max(0, start - _LIST_REACH)
    while lo > floor and norm[lo - 1] not in _CLAUSE_BREAKS:
        lo -= 1
    if lo > 0 and norm[lo - 1] not in _CLAUSE_BREAKS:
        return False  # no clause break within reach: the list's start is unknown
    items = norm[lo:start].split("、")
    if len(items) != m.low:
        return False
    first_ok = 0 < len(items[0]) <= zh.LISTED_FIRST_MAX
    return first_ok and all(0 < len(i) <= zh.LISTED_NAME_MAX for i in items[1:]) and all(map(_name, items))


_NUMERALS = frozenset(NUM_CHARS)


def _name(word: str) -> bool:
    """Chinese characters, not numerals alone: in 三、发挥两区作用 the 三、 numbers a section."""
    return all(is_cjk(c) for c in word) and not all(c in _NUMERALS for c in word)


def _sentence_cue(m: Measure, cues: tuple[str, ...]) -> bool:
    """True when one of `cues` stands earlier in the figure's sentence, within reach."""
    doc = m.doc
    lo = max(m.start - zh.SENTENCE_CUE_REACH, doc.index.sentence_span(m.start)[0])
    window = doc.norm[lo : m.start]
    return any(c in window for c in cues)


_RATE_BASE = compiled(
    rf"(?P<rate>[{CJK}]{{1,{zh.RATE_NOUN_MAX}}}率)(?:为|是|达)?每[0-9一二两三四五六七八九十]+[万千百]?"
    rf"(?:{words_re(zh.RATE_BASE_PEOPLE)})(?:有|为|约)?\Z"
)
_RATE_BACK = 24


def _average(m: Measure) -> bool:
    """True when an average word (平均, 人均, 日均 …) stands before the number in its clause."""
    doc = m.doc
    lo = doc.clause_start(m.start, 12)
    window = doc.norm[lo : m.start]
    return any(c in window for c in zh.AVERAGE_CUES)


def _rate_noun(m: Measure) -> str | None:
    """The rate a count per so many people gives (入院率为每1万人口有2.93宗 → 入院率), None without one."""
    doc = m.doc
    found = _RATE_BASE.search(doc.norm, doc.clause_start(m.start, _RATE_BACK), m.start)
    return doc.text[found.start("rate") : found.end("rate")] if found else None


# What stands before the number of a numbered step: the start of a line or of a sentence, or a list's separator.
_STEP_BEFORE = frozenset("。；;：:、\n）)")


def _not_a_headcount(m: Measure) -> bool:
    """Arabic digits alone before a bare people noun that number a step (。7用户每次…, 01用户自检), name a
    year (2020考生; a round 2000学生 stays a headcount) or a hotline (12306旅客, 12345网友). News writes a
    headcount this way mostly in headlines (致3学生死亡) and a large one with 万."""
    digits, value = m.num_text, m.low
    if len(digits) == 1:
        at = m.match.start()
        return at == 0 or m.doc.norm[at - 1] in _STEP_BEFORE
    return digits[0] == "0" or (1900 <= value <= 2100 and value % 100 != 0) or len(digits) >= 5
