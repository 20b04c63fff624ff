"""Context for each Chinese fact: what it counts or pays for (subject), the money role, a count's category.

Subjects come from jieba on a short window beside the figure (never the whole text). A count takes, in
order: the noun inside the figure (5辆车, 逾八百居民), a place classifier (全港18区), the outcome or noun
right after it (6人死亡, 8名儿童), the case noun later in its clause (25宗…确诊个案), the noun before it
(先心病儿童49名, 群组增32宗), the subject of the count it changes (较上月增加4千人), an outcome later in
its clause (2人下车后被烧死), what was done (仍停电4万户), or its classifier as a noun (1900户).
Money role and subject are read in `money_about`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..document import Doc
from ..model import Fact
from ..normalize import normalize
from ..patterns import CJK, Words, compiled, last_match, words_re
from . import segment
from . import tables as zh
from .money_about import COMPARED, bare_cue, measure_before, money_about

# jieba tags that may stand in a noun phrase, and those that may end one (its head).
_HEAD_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "ng", "vn", "j", "nrt", "nrfg", "an"})
_MAX_NOUNS = 2
# Nouns proper (no verbal noun): what a describing word tagged as an adverb must stand before to describe it.
_NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "j"})
_DESCRIBING = frozenset(zh.DESCRIBING_TAGGED_ADVERB)
_MOD_TAGS = _HEAD_TAGS | {"a", "b", "h", "k", "q", "f"}
_WINDOW = 10
_CATEGORY_MAX = max(map(len, zh.SUBJECT_CATEGORY))  # the longest head noun: no longer suffix can be one
_MAX_TOKENS = 3
_GENERIC_CLASSIFIERS = frozenset("个项座处大间所只批类种家")
_CJK = compiled(rf"[{CJK}]+")
# The run of Chinese characters ending at a search's end position: one search, where the last of the
# runs in a window took a loop over all of them. Possessive: a run that stops short of the end gives no
# characters back (a shorter run cannot reach the end either), so each start is tried once.
_CJK_TAIL = compiled(rf"[{CJK}]++\Z")
_COUNT_NUM = compiled(r"[0-9]+|[一二两三四五六七八九十]+")
_LINKING = Words(zh.LINKING_WORDS)
_OUTCOMES = Words(zh.OUTCOME_WORDS)
_BARE_PEOPLE = frozenset(zh.BARE_PEOPLE_NOUNS)
_PLACE_UNITS = frozenset(zh.PLACE_CLASSIFIERS)
_PLACE_SUFFIXES = frozenset(zh.PLACE_SUFFIXES)
_ITEM_CLASSIFIERS = frozenset(zh.ITEM_CLASSIFIERS)
# Latin letters (and digits after them) right before a run of Chinese characters: CT机, 5G基站 reads 5G.
_LATIN_TAIL = compiled(r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z0-9]{0,5}|[0-9][A-Z])\Z")
_ITEM_NOUNS = Words(zh.ITEM_NOUNS)
_GOVERNING_VERBS = frozenset(zh.GOVERNING_VERBS)
_OUTCOME_REACH = 12
# The nouns of zh.UNIT_OPENS_NOUN by the classifier that opens them.
_UNIT_WORDS = {w[0]: [v for v in zh.UNIT_OPENS_NOUN if v[0] == w[0]] for w in zh.UNIT_OPENS_NOUN}
_CASE_REACH = 20
_CASE_NOUN = compiled(words_re(zh.CASE_NOUNS))
_CHANGES = Words(zh.CHANGE_WORDS)
# What stands between a rate and the measure it is of: 为 / 达到, a change (增长, 下降了), 同比.
_PERCENT_STEPS = Words((*zh.MEASURE_LINKS, *zh.CHANGE_WORDS, *zh.RATE_TARGET_VERBS, "同比", "环比", "了", "分别", "已"))
_NEGATIONS = zh.NEGATION_PREFIXES
_PERCENT_BACK = 20


def attach(doc: Doc, facts: list[Fact]) -> None:
    """Subject, money role and count category where they apply; line, column and sentence are already set."""
    spans = [(f.sentence_start, f.sentence_end) for f in facts]  # set by the pipeline's locate()
    # What money pays for is often named by a count of the same sentence (项目13个，总投资4725万元;
    # 投资4568万元建设16个重点项目): counts of things, by sentence, in document order.
    things: dict[tuple[int, int], list[Fact]] = {}
    counts: dict[tuple[int, int], list[Fact]] = {}
    for f, span in zip(facts, spans, strict=True):
        if f.type != "count":
            continue
        before = counts.setdefault(span, [])
        # 6人死亡: what happened to the people counted is the subject (tallies such as 2死 bring their own).
        scored, scorer = _scorer(doc, f) if f.unit in _POINTS_UNITS and not f.subject else (False, None)
        f.subject = (
            scorer
            if scored
            else (
                f.subject
                or _noun_in_span(doc, f)
                or _unit_word(doc, f)
                or _listed_noun(doc, f)
                or (_classifier_noun(doc, f) if f.unit in _PLACE_UNITS else None)  # 18区设置服务站: districts
                or _outcome_or_noun(doc, f.end, events=f.category == "times")
                or _outcome_left(doc, f)
                or _case_noun_later(doc, f)
                or _subject_left(doc, f.start)
                or _changed(doc, f, before)
                or _action_left(doc, f.start)
                or _outcome_later(doc, f)
                or _classifier_noun(doc, f)
            )
        )
        before.append(f)
        if f.subject and f.unit and (f.category == "items" or f.unit in _GENERIC_CLASSIFIERS):
            f.category = _category(normalize(f.subject)) or f.category  # 項目 counts as 项目
        if f.subject and f.category in ("projects", "items", "organizations", "places"):
            things.setdefault(span, []).append(f)
    money: dict[tuple[int, int], list[Fact]] = {}
    for f, span in zip(facts, spans, strict=True):
        if f.type == "percent" and f.subject is None:
            f.subject = _percent_subject(doc, f)
        if f.type == "money":
            before = money.setdefault(span, [])
            _money_context(doc, f, things.get(span, []), before)  # read only; the next amount sees this one
            before.append(f)
    dates = [f for f in facts if f.type == "date"]
    if dates:
        for f in facts:
            if f.subject and f.type != "date":
                f.subject = _clear_of_dates(doc, f, f.subject, dates)


def _clear_of_dates(doc: Doc, f: Fact, subject: str, dates: list[Fact]) -> str | None:
    """`subject` without the part of it a date stands on: the phrase before a figure may run back into the date
    that opens the clause (今年第3季经济成长率 → 经济成长率), or be that date itself (比去年同期增加1.2万个 → none).
    The subject is found as its nearest occurrence before the figure in its sentence, else after it."""
    text = doc.text
    at = text.rfind(subject, f.sentence_start, f.start)
    if at < 0:
        at = text.find(subject, f.end, f.sentence_end)
        if at < 0:
            return subject
    end = at + len(subject)
    for d in dates:
        if d.start < end and at < d.end:  # the date overlaps the subject
            if d.start <= at:
                at = d.end
            elif d.end >= end:
                end = d.start
            else:
                return subject  # a date inside the phrase (公司2025年营收): cutting it out would split it
    if end - at == len(subject):
        return subject
    rest = text[at:end].strip()
    return rest if len(rest) >= 2 else None


# Roles of money spent on things a count of the same sentence may name (not 转入5个户口，其中一笔320万元).
_PAYS_FOR = frozenset(("investment", "funding", "donation", "budget"))


def _money_context(doc: Doc, f: Fact, things: list[Fact], before: list[Fact]) -> None:
    role, subj = money_about(doc, f, before)
    f.role = f.role or role
    if subj is None or bare_cue(subj):  # 价值15万元的汽车: the car, not the word 价值
        subj = _subject_right(doc, f.end, after_de=True) or subj
    if subj is None and things and f.role in _PAYS_FOR:  # 投资4568万元建设16个重点项目: the projects it pays for
        subj = _nearest(things, f.start).subject
    f.subject = subj


def _percent_subject(doc: Doc, f: Fact) -> str | None:
    """What a rate measures: the noun phrase before it past the verbs of change and linking words (失业率为4.5%,
    出口同比增长12.3%, 出口比上年增长5% → 出口), else the noun right after it (以73%满意度居首, 6%的股份)."""
    norm = doc.norm
    pos = f.start
    lo = doc.clause_start(pos, _PERCENT_BACK)
    compared = last_match(COMPARED.compiled, norm, lo, pos)
    if compared is not None:
        pos = compared.start()  # 出口比上年增长5%: the measure stands before the base of the comparison
    for _ in range(3):
        step = _PERCENT_STEPS.ending_at(norm, pos)
        if step is None:
            break
        pos -= len(step)
    if norm.startswith("的", f.end):
        after = _first_word(doc, _subject_right(doc, f.end, after_de=True))
        if after is not None:
            return after  # 持有该公司6%的股份, 70%的受访者: the share is of what follows 的
    subject = measure_before(doc, pos) if pos > lo else None
    if subject is not None:
        at = norm.rfind(normalize(subject), lo, pos)
        if at > 0 and norm[at - 1] in _NEGATIONS:
            subject = doc.text[at - 1 : at + len(subject)]  # 不满意度 is not 满意度
        return subject
    return _first_word(doc, _subject_right(doc, f.end))  # 以73%满意度居首


def _first_word(doc: Doc, phrase: str | None) -> str | None:
    """The first word of a phrase after a rate: jieba tags 表示满意 and 居首 as nouns, so a longer phrase
    after a rate runs into what the sentence says about it."""
    if phrase is None:
        return None
    first = segment.cut(doc, normalize(phrase))[0]
    return phrase[: len(first)] if len(first) >= 2 else None


def _nearest(things: list[Fact], pos: int) -> Fact:
    """The fact starting nearest `pos`, the earlier one on a tie. `things` is in document order and none starts
    at `pos`, so only the two around `pos` can be nearest: one bisection, not a scan of the sentence (a page
    with no sentence ends is one sentence)."""
    i = bisect_left(things, pos, key=lambda c: c.start)
    if i == 0:
        return things[0]
    if i == len(things) or pos - things[i - 1].start <= things[i].start - pos:
        return things[i - 1]
    return things[i]


_POINTS_UNITS = frozenset(zh.STAT_LINE_CUED)  # (分: points, whose scorer a scoring verb names)
_SCORER_VERBS = Words(zh.SCORER_VERBS)
_SCORER_FILLERS = Words(zh.SCORER_FILLERS)
_SCORER_NOT_NAME = frozenset(zh.SCORER_NOT_NAME)
_SCORER_PERIODS = Words(zh.SCORER_PERIODS)
_NAME_BREAKS = "-－·• "


def _scorer(doc: Doc, f: Fact) -> tuple[bool, str | None]:
    """(True, the player) for points after a scoring verb (钱德勒得到15分 → 钱德勒, 埃里克-戈登为快船得到23分 →
    戈登), (True, None) when no name stands at the clause start there; (False, None) without such a verb."""
    norm = doc.norm
    verb = _SCORER_VERBS.ending_at(norm, f.start)
    if verb is None:
        return False, None
    end = f.start - len(verb)
    lo = doc.clause_start(end, zh.SCORER_NAME_MAX + 16)
    lo = max([lo, *(norm.rfind(c, lo, end) + 1 for c in _NAME_BREAKS)])
    for _ in range(4):  # 本场只 / 为雄鹿 / 首发出场: what may stand between the player and the verb
        filler = _SCORER_FILLERS.ending_at(norm, end)
        if filler is not None:
            end -= len(filler)
            continue
        team = max(norm.rfind(w, lo, end) for w in zh.SCORER_FOR)
        if team > lo and end - team - 1 <= zh.SCORER_TEAM_MAX:
            end = team
            continue
        break
    lead = _SCORER_PERIODS.starting_at(norm, lo)
    if lead is not None:
        lo += len(lead)  # 第二节韦德拿下13分: the period, then the player
    name = norm[lo:end]
    if not zh.SCORER_NAME_MIN <= len(name) <= zh.SCORER_NAME_MAX or not _CJK.fullmatch(name):
        return True, None
    if any(c in _SCORER_NOT_NAME for c in name):
        return True, None
    return True, doc.text[lo:end]


def _changed(doc: Doc, f: Fact, before: list[Fact]) -> str | None:
    """较上月增加4千人: a change takes the subject of the count it changes, the last one before it."""
    norm = doc.norm
    end = f.start - 1 if f.start > 0 and norm[f.start - 1] in "了为" else f.start
    if not before or not _CHANGES.ending_at(norm, end):
        return None
    return before[-1].subject


def _action_left(doc: Doc, start: int) -> str | None:
    """What was done to what is counted, when nothing names it (共预防性撤离1万人, 仍停电4万户, 已退水564处):
    the verb phrase right before the number, after the linking words."""
    norm = doc.norm
    pos = start
    link = _LINKING.ending_at(norm, pos)
    if link:
        pos -= len(link)
    run = _cjk_run(norm, pos, forward=False)
    if run is None:
        return None
    picked: list[str] = []
    for w in reversed(segment.cut(doc, norm[run[0] : run[1]])):
        t = segment.tag(w) or ""
        if t not in ("v", "vn", "b", "vi") or w in _LINKING or w in zh.ACTION_STOP:
            break
        picked.insert(0, w)
        if len(picked) == 2:
            break
    if not picked or not any((segment.tag(w) or "").startswith("v") for w in picked):
        return None
    n = sum(map(len, picked))
    return doc.text[run[1] - n : run[1]] if n >= 2 else None


def _noun_in_span(doc: Doc, f: Fact) -> str | None:
    """The counted noun when the figure holds it: 5辆车 → 车, 逾八百居民 → 居民 (a bare people noun as the unit)."""
    unit = f.unit or ""
    if not unit:
        return None
    norm = normalize(f.text)
    at = norm.rfind(unit)
    if at < 0:
        return None
    if unit in _BARE_PEOPLE and at + len(unit) == len(norm):
        return f.text[at:]
    rest = norm[at + len(unit) :]
    if not rest or not _CJK.fullmatch(rest) or (_tag(rest) or "") not in _HEAD_TAGS:
        return None  # 10套以上: an approximation word, not a noun
    return f.text[at + len(unit) :]


def _listed_noun(doc: Doc, f: Fact) -> str | None:
    """5项要求督促企业, 十条措施支持: what a count of items lists (要求, 措施), which jieba tags as a verb, so the
    noun phrase read after the figure would run on into the clause it governs."""
    if f.unit not in _ITEM_CLASSIFIERS:
        return None
    word = _ITEM_NOUNS.starting_at(doc.norm, f.end)
    return doc.text[f.end : f.end + len(word)] if word else None


def _unit_word(doc: Doc, f: Fact) -> str | None:
    """What a count is about when its classifier opens the counted noun (1000多万人口: 人 counts, 人口 is
    counted): the rest of that word must not start the noun read after the figure (口荒灾)."""
    unit = f.unit or ""
    if not unit or not doc.norm.endswith(unit, f.start, f.end):
        return None
    for word in _UNIT_WORDS.get(unit, ()):
        if doc.norm.startswith(word[len(unit) :], f.end):
            # Whose population, when the noun before the figure says (北京1700多万人口), else the population.
            return _subject_left(doc, f.start) or doc.text[f.end - len(unit) : f.end - len(unit) + len(word)]
    return None


def _case_noun_later(doc: Doc, f: Fact) -> str | None:
    """The cases a count of cases is about, later in its clause: 25宗2019冠状病毒病确诊个案 → 确诊个案,
    17宗与其他确诊个案相关 → 确诊个案 (the case noun and the word before it)."""
    if f.unit not in zh.CASE_CLASSIFIERS:
        return None
    norm = doc.norm
    hi = doc.clause_end(f.end, _CASE_REACH)
    m = _CASE_NOUN.search(norm, f.end, hi)
    if m is None:
        return None
    run = _cjk_run(norm, m.end(), forward=False)
    if run is None:
        return None
    words = segment.cut(doc, norm[run[0] : m.end()])
    n = sum(map(len, words[-2:])) if len(words) > 1 and len(words[-2]) > 1 else len(words[-1])
    return doc.text[m.end() - n : m.end()]


def _outcome_left(doc: Doc, f: Fact) -> str | None:
    """The outcome right before a count of people: 其中重伤4人, 轻伤10人 (jieba tags 重伤 an adjective, so the
    noun and verb readings on the left miss it)."""
    if f.category != "people":
        return None
    w = _OUTCOMES.ending_at(doc.norm, f.start)
    return doc.text[f.start - len(w) : f.start] if w else None


def _outcome_later(doc: Doc, f: Fact) -> str | None:
    """An outcome a few words after a count of people in its clause: 2人下车后被大火烧死, 6人从车内逃出."""
    if f.category != "people":
        return None
    norm = doc.norm
    hi = doc.clause_end(f.end, _OUTCOME_REACH)
    for i in range(f.end, hi):
        w = _OUTCOMES.starting_at(norm, i)
        if w:
            return doc.text[i : i + len(w)]
        if _COUNT_NUM.match(norm, i):
            return None  # another figure first: the outcome is its own
    return None


def _classifier_noun(doc: Doc, f: Fact) -> str | None:
    """A classifier that is itself the counted noun (1900户, 22县市, 18区) is the subject, as written."""
    unit = f.unit or ""
    if unit not in zh.NOUN_CLASSIFIERS or normalize(doc.text[f.end - len(unit) : f.end]) != unit:
        return None
    return doc.text[f.end - len(unit) : f.end]


def _outcome_or_noun(doc: Doc, end: int, events: bool = False) -> str | None:
    """The outcome word after a count (6人死亡), unless it opens a noun phrase (35宗确诊个案), else the noun
    phrase after it (`events`: see `_subject_right`)."""
    outcome = _outcome(doc, end)
    right = _subject_right(doc, end, events=events)
    if outcome and not (right and right.startswith(outcome) and len(right) >= len(outcome) + 2):
        return outcome
    return right


def _outcome(doc: Doc, end: int) -> str | None:
    w = _OUTCOMES.starting_at(doc.norm, end)
    return doc.text[end : end + len(w)] if w else None


def _category(subject: str) -> str | None:
    for n in range(min(len(subject), 5), 0, -1):
        cat = zh.SUBJECT_CATEGORY.get(subject[-n:])
        if cat:
            return cat
    return None


def _cjk_run(text: str, pos: int, forward: bool) -> tuple[int, int] | None:
    """The span of Chinese characters right after (or before) `pos`, at most _WINDOW long."""
    if forward:
        m = _CJK.match(text, pos, min(len(text), pos + _WINDOW))
        return (m.start(), m.end()) if m else None
    m = _CJK_TAIL.search(text, max(0, pos - _WINDOW), pos)
    if m is None:
        return None
    return m.start(), m.end()


def _subject_right(doc: Doc, end: int, after_de: bool = False, events: bool = False) -> str | None:
    """The noun phrase right after `end` (after 的 with `after_de`). A verbal noun alone names nothing counted
    (18区设置吊唁处), except after a classifier of events (`events`: 240场比赛, 3次抽查), which counts doings."""
    norm = doc.norm
    if after_de:
        if not norm.startswith("的", end):
            return None
        end += 1
        # 4568万元的16个重点项目: step over a count between 的 and the noun.
        m = _COUNT_NUM.match(norm, end)
        if m and norm[m.end() : m.end() + 1] in zh.CLASSIFIERS:
            end = m.end() + 1
    if not after_de and norm[end : end + 1] in zh.COUNT_COPULAS:
        end += 1  # 22宗属本地感染: what the count is follows the copula
    run = _cjk_run(norm, end, forward=True)
    if run is None:
        return None
    words = segment.cut(doc, norm[run[0] : run[1]])
    # 13个乡村振兴重点项目: when a known head noun closes the phrase, the phrase runs up to it.
    head = _head_phrase(words)
    if head:
        return doc.text[run[0] : run[0] + head]
    picked: list[str] = []
    seen_noun = False
    nouns = 0
    only_vn = True
    for i, w in enumerate(words):
        t = _tag(w)
        if t == "d" and not picked and w in _DESCRIBING and i + 1 < len(words) and _tag(words[i + 1]) in _NOUN_TAGS:
            t = "a"  # 4个偏远乡镇: a describing word jieba tags as an adverb, before a noun, describes it
        if t is None or t not in _MOD_TAGS:
            break
        if t == "vn" and seen_noun:
            break  # 项目建设: the noun ends before the verbal noun
        picked.append(w)
        seen_noun = seen_noun or (t in _HEAD_TAGS and t != "vn")
        nouns += t in _HEAD_TAGS
        only_vn = only_vn and t == "vn"
        if len(picked) == _MAX_TOKENS or nouns == _MAX_NOUNS:
            break
    if picked and only_vn and not events:
        return None  # 18区设置吊唁处: a verbal noun alone after the count is what is done, not what is counted
    return _phrase(doc, run[0], picked)


def _subject_left(doc: Doc, start: int) -> str | None:
    norm = doc.norm
    link = _LINKING.ending_at(norm, start) or _CHANGES.ending_at(norm, start)
    if link:
        start -= len(link)  # 项目共有58个, 群组增32宗: step over the linking or change verb to the noun
    run = _cjk_run(norm, start, forward=False)
    if run is None:
        return None
    picked: list[str] = []
    words = segment.cut(doc, norm[run[0] : run[1]])
    for w in reversed(words):
        t = _tag(w)
        if t is None or t not in _MOD_TAGS:
            break
        if not picked and t == "vn":
            break  # 资助70名 / 筛查49名: a verb right before the number is not what is counted
        picked.insert(0, w)
        if len(picked) == _MAX_TOKENS:
            break
    if not picked:
        return None
    name = len(words) - len(picked) - 1  # the word before the phrase
    if picked[0] in _PLACE_SUFFIXES and name >= 0 and len(words[name]) >= 2 and (_tag(words[name]) or "")[:1] in "mn":
        picked.insert(0, words[name])  # 万里/区2处: the place's suffix cut off its name (万里 read as a number)
    elif len(picked) > 1 and len(picked[0]) == 1 and name >= 0 and _bound_verb(words[name]):
        picked.insert(0, words[name])  # 访/港/旅客, 涉/恶/人员: a one-character verb and what it binds modify the noun
    offset = run[1] - sum(map(len, picked))
    phrase = _phrase(doc, offset, picked)
    if (
        phrase
        and len(phrase) == 1
        and offset == run[0]
        and (latin := _LATIN_TAIL.search(norm, max(0, offset - 8), offset))
    ):
        return doc.text[latin.start() : offset + 1]  # 新购置CT机4台: a Latin name and the one character it opens
    if phrase and len(phrase) == 1 and normalize(phrase) not in zh.SUBJECT_CATEGORY:
        return None  # 激增至7000人 → 激: one character cut from a verb names nothing
    if phrase and normalize(phrase).startswith(zh.COMPARISON_MARKERS):
        return None  # 较前年增加约两千家: what the count is compared with, not what it counts
    return phrase


def _bound_verb(word: str) -> bool:
    """A one-character verb that binds the character after it into a modifier (访港, 涉恶, 驻村), not one that
    governs the whole phrase (有/众创空间, 持/邦讯技术, 到/小明祖孙)."""
    return len(word) == 1 and word not in _GOVERNING_VERBS and _tag(word) == "v"


def _head_phrase(words: Sequence[str]) -> int:
    """Length of the words up to and including the last one that ends in a category head noun, when no
    function word (的, 和, 在 …) comes first; 0 when there is none."""
    length, best = 0, 0
    acc = prev = ""
    for w in words:
        t = segment.tag(w) or ""
        if t[:1] in ("u", "c", "p", "r", "d", "m") or w in ("的", "了"):
            break
        acc += w
        # 庇护中心 is cut 庇护/中心: a head may span words, so look at what ends here
        # 密切接触/者: the suffix 者 makes a person of the one word before it (not of 情况/劝酒 together)
        is_head = w in zh.SUBJECT_CATEGORY or (w in zh.PERSON_SUFFIXES and 0 < length == len(prev))
        prev = w
        for n in range(2, min(len(acc), _CATEGORY_MAX) + 1) if not is_head else ():
            if acc[-n:] in zh.SUBJECT_CATEGORY:
                is_head = True
                break
        if best and not is_head:
            break  # past its head the phrase goes on only through more heads (小学运动场), not 企业落户…
        length += len(w)
        if is_head:
            best = length
    return best


def _tag(word: str) -> str | None:
    """jieba's tag, with the nouns of the category table taken as nouns whatever jieba says (县, 考生)."""
    if word in zh.SUBJECT_CATEGORY:
        return "n"
    return segment.tag(word) or ("n" if len(word) > 1 else None)


def _phrase(doc: Doc, offset: int, picked: list[str]) -> str | None:
    # Drop modifiers at the end: the phrase must end in its head noun.
    while picked and (_tag(picked[-1]) or "n") not in _HEAD_TAGS:
        picked.pop()
    if not picked:
        return None
    n = sum(map(len, picked))
    if n < 1:
        return None
    return doc.text[offset : offset + n]
