"""What a figure stands for inside its own sentence: the earlier value of a comparison, a forecast or ceiling, a
denied figure, or one item of a list matched to its figures with 分别 / "respectively".

`check` asks these when a claim's value occurs in the source. "Up from $38,373 a year ago", "由上一季度的65.4%降至
64.5%", "from 6.0% in the June quarter": the equal figure is the value compared against, and the same sentence
gives the current one. "分析师预期", "最高可被判监禁两年", "hadn't done it against 30 teams": the figure is not
what happened. "2003年和2004年……分别达到了13.6%和16.81%": 16.81% is 2004's, whatever else the sentence says.
All are read from the words of the one sentence (Traditional folded), never from the rest of the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..en.dateline import WIRE
from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .similarity import part_start

_CJK_CHAR = compiled(r"[\u4e00-\u9fff]")

# The words right before a figure that make it the value a change starts from or is measured against.
_BASE_BEFORE = compiled(
    r"(?:\b(?:from|than|compared (?:with|to)|versus|vs\.?|last year['’]s|the previous year['’]s)"
    r"(?:\s+(?:about|around|roughly|some|nearly|almost|just|only))?"
    r"|由|从|較|较|比|(?:上年|去年|上一季度|上季度|上月|上一年|前一年|上年同期|去年同期)的?)\s*$",
    re.IGNORECASE,
)
# The words right after a figure that date it before the sentence's main figure.
_BASE_AFTER = compiled(
    r"^\s*(?:a year (?:ago|earlier|before)|the (?:previous|prior) (?:year|quarter|month)"
    r"|in the (?:previous|prior|same) (?:year|quarter|month|period)(?: (?:a|last) year)?|previously|a month earlier)\b",
    re.IGNORECASE,
)
# A claim that says its figure is an earlier one (last year's exemption, 上年同期) is about that earlier value.
_EARLIER = compiled(
    r"\b(?:last year|a year (?:ago|earlier|before)|previous|prior|earlier|from)\b"
    r"|去年|上年|上一|上季|上月|前一年|同期|原有|原来|原先|由|从",
    re.IGNORECASE,
)
_CLAUSE_BREAK = compiled(r"[，,；;：:。！？!?、（）()]")
_WINDOW = 24  # characters looked at on either side of a figure


def same_sentence(a: Fact, b: Fact) -> bool:
    """Whether two figures stand in one sentence (its start and text both: one sentence may recur)."""
    return (a.sentence_start, a.sentence) == (b.sentence_start, b.sentence)


def latin(f: Fact) -> bool:
    """The figure's sentence is written in Latin letters (a percentage's own text, 83%, says nothing of it)."""
    return _CJK_CHAR.search(f.sentence) is None


def position(f: Fact) -> int:
    """Where the figure starts in its sentence (its own place when its text occurs twice)."""
    at = f.start - f.sentence_start
    if f.sentence[at : at + len(f.text)] == f.text:
        return at
    found = f.sentence.find(f.text)
    return found if found >= 0 else 0


def is_base(f: Fact) -> bool:
    """The figure is the earlier value of a comparison: "up from $38,373 a year ago", "由上一季度的65.4%"."""
    at = position(f)
    before = normalize(f.sentence[max(0, at - _WINDOW) : at])
    after = normalize(f.sentence[at + len(f.text) : at + len(f.text) + _WINDOW])
    return bool(_BASE_BEFORE.search(before) or _BASE_AFTER.search(after))


def says_earlier(f: Fact) -> bool:
    """The claim's sentence names an earlier time or a starting value itself."""
    return bool(_EARLIER.search(normalize(f.sentence)))


def current_partner(base: Fact, source: Sequence[Fact], fits: Callable[[Fact], bool] = lambda f: True) -> int | None:
    """The index of the figure of the base's sentence and type that is not itself a base: the current value the
    base is compared with (the nearest one that `fits`: "profit of $4.6 million, up from $4.2 million, on revenue
    of $51 million" compares the profits, not the revenue)."""
    at = position(base)
    near: list[tuple[int, int]] = []
    for j, f in enumerate(source):
        if f is base or f.type != base.type or not same_sentence(f, base):
            continue
        if not is_base(f) and fits(f):
            near.append((abs(position(f) - at), j))
    return min(near)[1] if near else None


_PART_END = compiled(r"[；;。！？!?]")
# Words that make a figure a forecast, a plan or an upper limit rather than what happened (Traditional is folded).
_MODAL = compiled(
    r"预计|预期|预估|预测|计划|目标|有望|拟|最高可|最多可|最高刑|上限|"
    r"\b(?:expect(?:s|ed|ing|ation|ations)?|forecast(?:s|ing)?|project(?:s|ed|ion|ions)|target(?:s|ed)?|"
    r"plan(?:s|ned|ning)?|aim(?:s|ed)?|would|up to|as much as|maximum|sees|guidance|outlook)\b",
    re.IGNORECASE,
)

# A figure measured against a forecast is what happened: "in line with Wall Street expectations and shares rose by
# about 1%", "fewer than economists had expected, and the unemployment rate edged up to 4.3 percent", 好于预期. The
# forecast words of such a comparison make no figure of its sentence part a forecast; nor does a rise "up to" a figure.
_AGAINST_FORECAST = compiled(
    r"\b(?:than|as)\s+(?:(?:many|most|some|analysts|economists|investors|markets?|traders|forecasters|had|have|"
    r"was|were|been|previously|widely|originally|initially)\s+){0,3}(?:expected|forecast|predicted|anticipated|"
    r"projected)\b"
    r"|\b(?:in\s+line\s+with|beat(?:ing)?|beats|missed|missing|misses|exceed(?:ed|ing|s)?|top(?:ped|ping|s)?|"
    r"above|below|short\s+of|ahead\s+of|matched|matching)\s+(?:(?:the|analysts['’]?|economists['’]?|Wall\s+Street|"
    r"market|consensus|average|its|their|our|most)\s+){0,3}(?:expectations?|forecasts?|estimates?|projections?)\b"
    r"|(?:好于|高于|低于|符合|超出|超过|不及|逊于|优于|略高于|略低于|超)预期"
    # ("edged up to 4.3 percent" is a rise to it, not the ceiling "up to" is before a bare figure)
    r"|\b(?:edg|tick|creep|crept|inch|mov|went|shot|jump|climb|crawl)[a-z]*\s+up\s+to\b",
    re.IGNORECASE,
)


def _forecast_words(text: str) -> bool:
    """The text speaks of a forecast, a plan or a ceiling, beyond measuring what happened against one."""
    return bool(_MODAL.search(_AGAINST_FORECAST.sub(" ", text)))


_FUTURE = compiled(r"\b(?:will|shall|going to)\b|将|將|会|會|预|望", re.IGNORECASE)


def modal(f: Fact) -> bool:
    """The words of the figure's sentence part before it make it a forecast, a plan or a ceiling (分析师预期,
    最高可被判监禁两年 but not 以台东县损失8亿元最多, "analysts were expecting $27.53 billion", "up to 10 years")."""
    at = position(f)
    part_lo = part_start(f.sentence, at)
    return _forecast_words(normalize(f.sentence[part_lo:at]))


# How a claim speaks of what is expected without the source's forecast words ("should take 30 months", 可达45万人次).
_EXPECTED = compiled(r"\b(?:should|could|likely|(?:is|are) (?:set|due) to)\b|可达|可望|料将|或将", re.IGNORECASE)


def says_modal(f: Fact) -> bool:
    """The claim's sentence itself speaks of a forecast, a plan, a ceiling or the future (will, 将, should)."""
    text = normalize(f.sentence)
    return bool(_forecast_words(text) or _FUTURE.search(text) or _EXPECTED.search(text))


# Words that deny what the clause says of its figure ("hadn't done it against 30 teams", 并未达到5%; a bare 未 is
# too often 未来); "not less than", "no more than" and the like bound the figure instead.
_NEGATION = compiled(r"n['’]t\b|\b(?:not|never|no longer)\b|没有|并未|并非|从未|尚未|未曾|未能", re.IGNORECASE)
_BOUND = compiled(
    r"\b(?:not|no)\s+(?:less|more|fewer|greater|only|including|just)\b|未满|未超过|不到|未及", re.IGNORECASE
)


def negated(f: Fact) -> bool:
    """The figure's clause denies it before naming it: "the four players hadn't done it against 30 teams"."""
    at = position(f)
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(f.sentence, 0, at)]
    before = normalize(f.sentence[starts[-1] if starts else 0 : at])
    return bool(_NEGATION.search(before)) and not _BOUND.search(before)


# The day of the report rather than of what it reports: a dateline (新华网合肥9月10日电, 本报北京3月8日讯), a
# timestamp standing alone on its line, the day the reporter learned of it (今日，…获悉) or someone said it ("the
# agency said on Sunday").
_DATELINE_AFTER = compiled(r"^\s*(?:电|讯|電|訊)")
_LEARNED = compiled(r"获悉|獲悉|据悉|據悉|获知|獲知|记者从|記者從")
_SAID_ON = compiled(r"\b(?:said|told \w+|announced|reported|confirmed)\s+(?:on\s+|late\s+|early\s+)?$", re.I)
_REPORTING = compiled(r"报道|報道|电|電|讯|訊|发稿|發稿|获悉|獲悉|reported|report|dateline|said|announced", re.I)


# "That day" right after a wire dateline (新华社南宁5月23日电 全省…座谈会当日在南宁召开): the report's date is the
# event's too.
_SAME_DAY = compiled(r"当日|當日|当天|當天|同日")
_DIGIT = compiled(r"\d")


def dateline_event(f: Fact) -> str:
    """The words after a wire dateline (…5月23日电) up to the end of the clause in which "that day" (当日) dates its
    event, with no other figure between; else ""."""
    if f.type != "date":
        return ""
    end = position(f) + len(f.text)
    if not _DATELINE_AFTER.match(f.sentence[end : end + 3]):
        return ""
    after = f.sentence[end:]
    m = _SAME_DAY.search(after, 0, 60)
    if m is None or _DIGIT.search(after, 0, m.start()):
        return ""
    stop = _CLAUSE_BREAK.search(after, m.end())
    return after[: stop.start() if stop else len(after)]


def dateline(f: Fact) -> bool:
    """The date is the report's, not the event's ("新华网合肥9月10日电", "今日，记者从…获悉", a timestamp line,
    "police said on Sunday"). Not when the report says its event happened that day (…5月23日电 …当日召开)."""
    if f.type != "date":
        return False
    at = position(f)
    end = at + len(f.text)
    if _DATELINE_AFTER.match(f.sentence[end : end + 3]):
        return not dateline_event(f)
    if _SAID_ON.search(f.sentence[max(0, at - 40) : at]):
        return True
    wire = WIRE.match(f.sentence)
    if wire is not None and wire.start("d") == at:
        return True  # BOSTON, May 9, 2025 — … (the dateline `refdate` reads the reference date from)
    if not re.search(r"[^\W\d_]", f.sentence[:at] + f.sentence[end:]):
        return True  # the line holds nothing but the date and time
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(f.sentence, 0, at)]
    stop = _CLAUSE_BREAK.search(f.sentence, end)
    clause = f.sentence[starts[-1] if starts else 0 : stop.start() if stop else len(f.sentence)]
    after = f.sentence[end : stop.start() if stop else len(f.sentence)]
    # 今日，新华网从…获悉: the date opens its clause and the next says who learned it.
    following = f.sentence[end : end + 30]
    return bool(_LEARNED.search(clause) or (not after.strip() and _LEARNED.search(following)))


def says_reported(f: Fact) -> bool:
    """The claim's sentence speaks of the report itself (its dateline is then what it dates)."""
    return bool(_REPORTING.search(f.sentence))


_RESPECTIVELY = compiled(r"分别|分別|respectively", re.IGNORECASE)
_ITEM_SPLIT = compiled(r"\s*(?:、|和|与|及|以及|,\s*and\s+|,\s*|\s+and\s+)\s*")


def respective_items(figures: Sequence[Fact], dates: Sequence[Fact]) -> tuple[list[str], list[Fact]] | None:
    """The list items that a 分别/"respectively" sentence pairs with its figures of one type, in order (2003年,
    2004年; 城镇, 农村), with those figures; None when the sentence has no such list of the same length. `figures`
    are the sentence's figures of the claim's type, in order; `dates` its dates. The figures are those after 分别
    up to the end of its sentence part, or before "respectively" back to the start of its part."""
    if len(figures) < 2:
        return None
    sentence = figures[0].sentence
    cue = _RESPECTIVELY.search(sentence)
    if cue is None:
        return None
    if cue.group() in ("分别", "分別"):
        stop = _PART_END.search(sentence, cue.end())
        end = stop.start() if stop else len(sentence)
        figures = [f for f in figures if cue.end() <= position(f) < end]
    else:
        starts = [m.end() for m in _PART_END.finditer(sentence, 0, cue.start())]
        figures = [f for f in figures if (starts[-1] if starts else 0) <= position(f) < cue.start()]
    if len(figures) < 2:
        return None
    first = position(figures[0])
    # Dates listed before the figures (2003年和2004年…分别…13.6%和16.81%) are the items when they are as many.
    listed = [d for d in dates if position(d) < first]
    if len(listed) == len(figures):
        return [d.text for d in listed], list(figures)
    # Otherwise the items are the names listed at the start of the figures' clause (A、B分别为…; "A and B rose …,
    # respectively").
    head_end = min(cue.start(), first)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, head_end) if m.group() not in "、,"]
    head = sentence[breaks[-1] if breaks else 0 : head_end].strip()
    # Split where the folded text has a separator (與 is 与), keeping the words as the sentence writes them.
    cuts = [(m.start(), m.end()) for m in _ITEM_SPLIT.finditer(normalize(head))]
    bounds = [0, *(x for cut in cuts for x in cut), len(head)]
    items = [
        head[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2) if head[bounds[k] : bounds[k + 1]].strip()
    ]
    if len(items) > len(figures) and cue.start() < first:
        # 花蓮縣損失5億、高雄市及宜蘭縣分別損失230萬元及222萬元: the list is the items right before 分别.
        items = items[-len(figures) :]
    return (items, list(figures)) if len(items) == len(figures) else None
