"""Which figures talk about the same thing: context similarity from masked sentences and attributes.

Used only when no equal value decides: to tell a mismatch (the source says something else about the same
thing) from a figure not found, and to align the figures of two versions. A score (0..1) combines the
type-specific attributes (subject, money role, count category, unit dimension) and the character-bigram
overlap of the sentences and of the few characters around each figure, with every figure masked so that
the numbers themselves never make two sentences look alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import units
from ..model import Fact
from ..patterns import CJK, compiled
from .recall_carried import carry_subjects
from .recall_frames import frame_parts
from .wordsets import NEGATIONS, VAGUE_WORDS, fold, short_names, stem

_KEEP = compiled(rf"[{CJK}\w\x00]")
_MASK = "\x00"
_LOCAL = 6  # characters on either side of a figure that form its local context


@dataclass(frozen=True, slots=True)
class Context:
    """What a figure is about, as compared by `similarity`."""

    sentence: frozenset[str]  # bigrams of the sentence, figures masked
    local: frozenset[str]  # bigrams of a few characters either side of the figure, figures masked
    subject: str | None
    # Words of the figure's own stretch of its clause (between its neighbours): what tells it from them.
    terms: frozenset[str] = frozenset()
    # Words of the figure's whole clause (its neighbours' stretches included).
    clause: frozenset[str] = frozenset()
    # Words of what the figure is said about: back to the previous figure of its own type or the start of its
    # sentence part, on to the end of its clause (第二产业增加值65585万元，同比增长9.5% → 第二产业 for 9.5%).
    scope: frozenset[str] = frozenset()
    # Words of the figure's sentence part (between 。；; and the like): everything it could be said about.
    part: frozenset[str] = frozenset()
    # Proper names in its scope before it (Davis scored 34 points; 王某被判处…): whose figure it is; and a
    # capitalized word opening the sentence there, a name only if written capitalized elsewhere as well.
    names: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    # Words of its scope before it (骗取137名被害人钱款，共计1460余万元 → 被害人 for 1460余万元).
    lead: frozenset[str] = frozenset()


def _bigrams(s: str) -> frozenset[str]:
    s = "".join(_KEEP.findall(s))
    if len(s) < 2:
        return frozenset({s}) if s else frozenset()
    return frozenset(s[i : i + 2] for i in range(len(s) - 1))


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def contexts(facts: Sequence[Fact]) -> list[Context]:
    """Masked sentence and local window for each fact.

    Facts that share a sentence are located in it in document order (they never overlap), so a figure
    that appears twice in one sentence is found at its own place.
    """
    groups: dict[tuple[int, str], list[int]] = {}
    for i, f in enumerate(facts):
        groups.setdefault((f.line, f.sentence), []).append(i)
    out: list[Context | None] = [None] * len(facts)
    for (_, sentence), idx in groups.items():
        idx.sort(key=lambda i: facts[i].start)
        spans: list[tuple[int, int, int]] = []  # (start, end, fact index) inside the sentence
        cursor = 0
        for i in idx:
            text = facts[i].text
            pos = sentence.find(text, cursor) if text else -1
            if pos < 0:
                pos = sentence.find(text) if text else -1
            if pos >= 0 and all(pos >= e or pos + len(text) <= s for s, e, _ in spans):
                spans.append((pos, pos + len(text), i))
                cursor = pos + len(text)
        spans.sort()
        masked, marks, last = [], {}, 0
        for s, e, i in spans:
            masked.append(sentence[last:s])
            marks[i] = sum(len(p) for p in masked)
            masked.append(_MASK)
            last = e
        masked.append(sentence[last:])
        m = "".join(masked)
        sent = _bigrams(m)
        regions = _regions(sentence, spans)
        scopes = _scopes(sentence, spans, facts)
        for i in idx:
            p = marks.get(i)
            # A figure not found in its own sentence (should not happen) falls back on the whole sentence.
            local = sent if p is None else _bigrams(m[max(0, p - _LOCAL) : p + 1 + _LOCAL])
            region, clause = regions.get(i, ("", ""))
            scope, part, before = scopes.get(i, ("", "", ""))
            out[i] = Context(sent, local, facts[i].subject, terms(region), terms(clause), terms(scope), terms(part),
                             *names(before, sentence), terms(before))  # fmt: skip
    _dateline_events(facts, out)
    carry_subjects(facts, out)
    frame_parts(facts, out)
    return [c if c is not None else Context(frozenset(), frozenset(), None) for c in out]


def _dateline_events(facts: Sequence[Fact], out: list[Context | None]) -> None:
    """A wire dateline whose report says its event happened that day (…5月23日电 全省…座谈会当日在南宁召开) is about
    that event: the words up to the end of the 当日 clause join its stretch, clause, scope and sentence part (in
    place)."""
    from .roles import dateline_event

    for i, f in enumerate(facts):
        c = out[i]
        if c is None or f.type != "date":
            continue
        event = dateline_event(f)
        if event:
            words = terms(event)
            out[i] = replace(c, terms=c.terms | words, clause=c.clause | words, scope=c.scope | words,
                             part=c.part | words)  # fmt: skip


# (a space between two Chinese characters parts the clauses of a headline: 陈志明满意度58%居首 林佳蓉不满意度升至41%;
# they are two statements, so it ends a sentence part too)
CLAUSE = compiled(rf"[，,；;：:。！？!?\n、（）()]|\s[-–—]\s|(?<=[{CJK}])[ \u3000]+(?=[{CJK}])")
_CJK_RUN = compiled(rf"[{CJK}]+")
# "net income" is the profit line, one word as the facets read it ("income" alone may be a household's).
_NET_INCOME = compiled(r"\bnet\s+income\b", re.IGNORECASE)
_WORD = compiled(r"[A-Za-z][A-Za-z&'.\-]*[A-Za-z&]|[A-Z]{2}")


def _regions(sentence: str, spans: list[tuple[int, int, int]]) -> dict[int, tuple[str, str]]:
    """Each figure's own stretch of its sentence (from the previous figure or clause break to the next), and
    its whole clause."""
    out = {}
    for k, (s, e, i) in enumerate(spans):
        lo = spans[k - 1][1] if k > 0 else 0
        hi = spans[k + 1][0] if k + 1 < len(spans) else len(sentence)
        breaks_before = [m.end() for m in CLAUSE.finditer(sentence, lo, s)]
        after = CLAUSE.search(sentence, e, hi)
        start = breaks_before[-1] if breaks_before else lo
        region = sentence[start:s] + " " + sentence[e : after.start() if after else hi]
        clause_breaks = [m.end() for m in CLAUSE.finditer(sentence, 0, s)]
        clause_end = CLAUSE.search(sentence, e)
        clause = sentence[clause_breaks[-1] if clause_breaks else 0 : clause_end.start() if clause_end else None]
        out[i] = (region, clause)
    return out


# Where a sentence part ends: a new statement starts after it, often about another thing ("…; B rose 5%",
# "…, and Davis scored 34 points", "…，而B增长5%").
PART = compiled(
    rf"[；;。！？!?\n]|[,，]\s*(?:(?:and|but|while|whereas)\b|而|但|同时|另外|此外)|\s(?:while|whereas)\s"
    rf"|(?<=[{CJK}])[ \u3000]+(?=[{CJK}])"
)


def part_start(sentence: str, at: int) -> int:
    """Where the sentence part holding position `at` starts: after the last end of a part (`PART`) before it."""
    start = 0
    for m in PART.finditer(sentence, 0, at):
        start = m.end()
    return start


def _scopes(sentence: str, spans: list[tuple[int, int, int]], facts: Sequence[Fact]) -> dict[int, tuple[str, str, str]]:
    """Each figure's scope (the words a reader takes it to be about), its sentence part and the scope's words before
    it. Figures of another type
    in between do not cut the scope (增加值65585万元，同比增长9.5%: the growth is the 增加值's); one of its own type,
    or a new sentence part does. A figure that opens its clause (3月8日晚，…发生事故) is about what follows it."""
    out = {}
    leads: dict[int, str] = {}  # the words before each figure, by fact index (for the items of a list)
    for s, e, i in spans:
        same = [x for x in spans if facts[x[2]].type == facts[i].type]
        k = same.index((s, e, i))
        parts = [m.end() for m in PART.finditer(sentence, 0, s)]
        part_start = parts[-1] if parts else 0
        part_end_m = PART.search(sentence, e)
        part_end = part_end_m.start() if part_end_m else len(sentence)
        lo = max(part_start, same[k - 1][1] if k > 0 else 0)
        hi = min(part_end, same[k + 1][0] if k + 1 < len(same) else len(sentence))
        after = CLAUSE.search(sentence, e, hi)
        before = sentence[lo:s]
        # An item of a list of figures of one type (成长率分别为5.45%、8.01%、2.91%; 17男8女; "5.45, 8.01 and 2.91
        # percent") is about what the list's first item is: the words before that item are its lead too.
        if k > 0 and lo > part_start and (_LIST_GAP.fullmatch(before) or _CHAIN_GAP.fullmatch(before)):
            before = leads.get(same[k - 1][2], "") + " " + before
        leads[i] = before
        # (a bracketed aside right before the figure, 道路(东园大道)1510米, does not open a new clause)
        opens = not _KEEP.search(CLAUSE.split(before.rstrip(")） "))[-1]) if before else True
        end = hi if opens or after is None else after.start()
        out[i] = (before + " " + sentence[e:end], sentence[part_start:part_end], before)
    return out


# What stands between two items of a list of figures: 、 or "and"/"or" (perhaps after a comma), or nothing (17男8女).
# Not a comma alone: "adds 120 positions, 45 of them deputies" and 营收5亿元，3亿元来自… name a part or a new thing.
_LIST_GAP = compiled(r"\s*(?:、|/|[,，]?\s*(?:(?:and|or)\s+|[和及与與或]))?\s*")
# What stands between two values of one change ("rose by 4 points, from 18 percent to 22 percent"; "a final dividend
# of 9.4 pence a share, bringing the total for the year to 13.1 pence"): the later value is of the thing the first
# one's words name, which an English sentence writes only once, before the first.
_CHAIN_GAP = compiled(
    r"\s*(?:(?:a|an|per)\s+[a-z]+)?\s*[,，]?\s*"
    r"(?:(?:bringing|taking|lifting|pushing|raising)\s+(?:the|its|their)\s+(?:total|tally)\b[^,;:]{0,30}?\s+)?"
    r"(?:from|to)\s*"
)
_NAME = compiled(r"(?<![A-Za-z'])[A-Z][A-Za-z&'.\-]*[A-Za-z&]|(?<![A-Za-z'])[A-Z]\b")
# A surname with 某 stands for a person in Chinese court and police news (王某, 李某某).
_ZH_PERSON = compiled(r"[\u4e00-\u9fff]某+")
# Tags jieba gives a person's name (or a name it does not know, 柯文 of 柯文哲).
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "nz"})
# Tags of single characters that never continue a name: prepositions, particles, adverbs, pronouns, numerals,
# classifiers, place and time words, verbs (陈说, 王称 are a surname-like character and a verb).
_NOT_GIVEN = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "m", "q", "f", "t", "v", "x", "y"})


def zh_persons(run: str, words: list[str] | None = None) -> frozenset[str]:
    """Chinese persons named in a run of Chinese characters (normalized): a surname with 某 and perhaps one given
    character (王某, 陈某春), and a full name of two or three characters opened by a common surname that the
    dictionary tags as a name or leaves single (苏贞昌, 黄美玲, 陈志辉, 柯文哲). Two figures owned by 陈某春 and
    陈某平 are two persons' figures, so a 某 name keeps its given character when the text writes one."""
    from ..lexicon import LEXICON
    from .wordsets import SURNAMES

    words = LEXICON.cut(run) if words is None else words
    out = set()
    for k, w in enumerate(words):
        if w[0] not in SURNAMES:
            continue
        tag = LEXICON.tag(w)
        if len(w) == 1:
            if tag in _NOT_GIVEN:
                continue
        elif len(w) > 3 or tag not in _NAME_TAGS or "某" in w:
            continue
        name = w
        for u in words[k + 1 :]:
            if len(name) >= 3 and not (u.strip("某") == "" and len(name) == 1):
                break
            if set(u) == {"某"} and len(name) == 1:
                name += u
                continue
            utag = LEXICON.tag(u)
            given = len(u) == 1 and utag not in _NOT_GIVEN
            if not (given or (len(u) == 2 and utag in _NAME_TAGS)) or len(name) + len(u) > (4 if "某" in name else 3):
                break
            name += u
            if "某" in name:
                break  # (one given character after 某: 陈某春)
        if len(name) >= 2:
            out.add(name)
    return frozenset(out)


def zh_places(words: list[str]) -> frozenset[str]:
    """Places the words of a run of Chinese characters name as whose figures are (高雄市, 屏东县): words the
    dictionary tags as places that end as an administrative unit does."""
    from ..lexicon import LEXICON
    from .wordsets import PLACE_ENDS

    return frozenset(w for w in words if len(w) >= 3 and w.endswith(PLACE_ENDS) and LEXICON.tag(w) == "ns")


_ATTRIBUTIVE_BEFORE = compiled(r"\b[Aa]n?\s+(?:[a-z][a-z0-9\-]*\s+)?$")
_LOWER_AFTER = compiled(r"\s+[a-z]")
# A run of capitalized words (Brackett County, Harbor City): an adjective as a whole when an article opens it.
_NAME_RUN = compiled(r"(?<![A-Za-z'])[A-Z][A-Za-z&'.\-]*[A-Za-z&](?:\s+[A-Z][A-Za-z&'.\-]*[A-Za-z&])*")
# A dateline opening a story ("BRACKETT, Tenn., May 6, 2025 —", "DALTON, Ky. (Reuters) -"): where it was written from,
# never whose a figure is.
_DATELINE = compiled(r"\s*[A-Z]{2}[A-Z.'\- ]*,[^\n—–]{0,80}?\s[—–-]{1,2}\s")


# Several rules ask for the names of one sentence (its figures' contexts, the subjects a sentence carries to the
# next): read once each, so the segmenter cuts a sentence once, not once per rule.
@lru_cache(maxsize=4096)
def names(text: str, sentence: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """Proper names in `text`, and the capitalized word that opens `sentence` if `text` has it (a name only when
    written capitalized elsewhere too): capitalized Latin words that are not months, weekdays, function words or
    acronyms (RBA for Reserve Bank of Australia cannot be told apart from another name), and 王某-style persons."""
    from ..en.tables import FUNCTION_WORDS, MONTHS, WEEKDAYS
    from ..lexicon import LEXICON
    from ..normalize import normalize

    text, sentence = short_names(text), short_names(sentence)
    out, openers = set(_ZH_PERSON.findall(text)), set()
    for run in _CJK_RUN.findall(normalize(text)):
        words = LEXICON.cut(run)
        out |= zh_places(words)
        persons = zh_persons(run, words)
        # (陈某春 is the person, not a 陈某 who might be anyone of that surname)
        out = {w for w in out if not any(p != w and p.startswith(w) for p in persons)} | persons
    first = _NAME.match(sentence.lstrip())
    dateline = _DATELINE.match(text)
    # "a Boston food charity", "an Ohio man", "a former Brackett County treasurer": a name used as an adjective owns
    # nothing
    attributive = [
        m.span()
        for m in _NAME_RUN.finditer(text)
        if _ATTRIBUTIVE_BEFORE.search(text, 0, m.start()) and _LOWER_AFTER.match(text, m.end())
    ]
    for m in _NAME.finditer(text, dateline.end() if dateline else 0):
        w = m.group()
        low = w.lower()
        if w in MONTHS or w in WEEKDAYS or low in FUNCTION_WORDS or len(w) < 2 or w.isupper():
            continue
        if any(a <= m.start() < b for a, b in attributive):
            continue
        low = low.removesuffix("'s")  # Lowe's, Cross's: the owner's name
        word = stem(low)
        if first is not None and first.group() == w and sentence.count(w) == 1:
            openers.add(word)  # capitalized perhaps only because it opens the sentence
        else:
            out.add(word)
    return frozenset(out), frozenset(openers)


def terms(text: str) -> frozenset[str]:
    """Content words: Chinese words of two or more characters (jieba), Latin words of three or more letters
    that are not function words, and two-letter capitals (GM, US)."""
    from ..en.tables import FUNCTION_WORDS
    from ..lexicon import LEXICON
    from ..normalize import normalize

    out = set()
    for run in _CJK_RUN.findall(normalize(text)):  # Traditional folded, so jieba sees the words it knows
        glued = ""
        words = LEXICON.cut(run)
        for k, w in enumerate((*words, "")):
            # A negation opens the word it negates (不/满意度 → 不满意度: the dissatisfied share is another figure).
            if w in NEGATIONS and k + 1 < len(words) and len(words[k + 1]) >= 2:
                if len(glued) >= 2:
                    out.add(glued)
                glued = w
                continue
            if len(w) == 1:
                glued += w
                continue
            # Characters the dictionary leaves single (偏股型, 王浩宇) are mostly one unknown word: kept together.
            if len(glued) >= 2:
                out.add(glued)
            if len(w) >= 2:
                out.add(glued + (fold(w) or w) if glued in NEGATIONS else fold(w) or w)  # 遇难 and 死亡: one word
            glued = ""
        persons = zh_persons(run, words)
        out.update(w for w in _ZH_PERSON.findall(run) if not any(p != w and p.startswith(w) for p in persons))
        out.update(persons)
    for w in _WORD.findall(_NET_INCOME.sub("profit", short_names(text))):
        low = w.lower().removesuffix("'s")  # Southern Cross's profit is about Southern Cross
        folded = fold(low)
        if folded is not None:  # rose and climbed, killed and dead: one word (even "up", "down")
            out.add(folded)
        elif (len(w) >= 3 and low not in FUNCTION_WORDS and low not in VAGUE_WORDS) or w.isupper():
            out.add(stem(low))
            # A hyphenated compound names what its parts name (frozen-meal sales, "the frozen meals unit").
            if "-" in low:
                out.update(stem(x) for x in low.split("-") if len(x) >= 3 and x not in FUNCTION_WORDS
                           and x not in VAGUE_WORDS and not x.isdigit())  # fmt: skip
    return frozenset(out)


def _subject_sim(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.4  # unknown on one side: neither evidence for nor against
    if a == b:
        return 1.0
    if a in b or b in a:
        return 0.8
    return max(_dice(_bigrams(a), _bigrams(b)), len(set(a) & set(b)) / max(len(set(a)), len(set(b))) * 0.6)


def _attr_sim(a: Fact, b: Fact) -> float:
    """Agreement of the type-specific attributes that say what a figure measures."""
    if a.type == "money":
        ra, rb = a.role or "other", b.role or "other"
        return 1.0 if ra == rb else (0.5 if "other" in (ra, rb) else 0.0)
    if a.type == "count":
        ca, cb = a.category or "other", b.category or "other"
        cat = 1.0 if ca == cb else (0.5 if "other" in (ca, cb) else 0.0)
        return 0.7 * cat + 0.3 * (1.0 if a.unit == b.unit else 0.0)
    if a.type == "quantity":
        return 1.0 if units.same_dimension(a.unit, b.unit) else 0.0
    if a.type == "percent":
        return 1.0 if (a.kind or "percent") == (b.kind or "percent") else 0.3
    if a.type == "date":
        return 1.0 if a.grain == b.grain else 0.6
    return 1.0


def similarity(a: Fact, ca: Context, b: Fact, cb: Context, cache: dict[tuple[int, int], float] | None = None) -> float:
    """How likely two figures of one type talk about the same thing (0..1), from context only.

    `cache` keeps sentence similarities by sentence (facts of one sentence share its bigram set), which
    makes comparing two long documents several times cheaper.
    """
    if cache is None:
        sent = _dice(ca.sentence, cb.sentence)
    else:
        key = (id(ca.sentence), id(cb.sentence))
        sent = cache.get(key, -1.0)
        if sent < 0:
            sent = cache[key] = _dice(ca.sentence, cb.sentence)
    # A paraphrase keeps few of the source's characters but many of its words, folded ("Marlowe stole $3.2 million"
    # for "sentenced … for stealing $2.3 million"): the words of the two sentence parts stand in for the sentences'
    # characters when they agree more, weighed a little less (at full weight they let more figures about other
    # things meet a claim).
    words = _dice(ca.part, cb.part)
    subject = _subject_sim(ca.subject, cb.subject)
    if subject < _CROSSED:  # (crossed subjects can only raise it to that)
        subject = max(subject, _crossed_subjects(ca, cb))
    return 0.40 * _dice(ca.local, cb.local) + 0.30 * max(sent, 0.85 * words) + 0.18 * subject + 0.12 * _attr_sim(a, b)


def _crossed_subjects(ca: Context, cb: Context) -> float:
    """Two subjects read from one pair of words in the other order (房屋倒塌260间 for 倒塌房屋216间: the engine takes
    倒塌 for the subject of one and 房屋 of the other) agree as a subject contained in the other does: each side's
    subject stands among the other's own words, the two subjects being different words."""
    if not ca.subject or not cb.subject or ca.subject == cb.subject:
        return 0.0
    mine, theirs = terms(ca.subject), terms(cb.subject)
    if mine and theirs and not mine & theirs and mine <= cb.terms and theirs <= ca.terms:
        return _CROSSED
    return 0.0


_CROSSED = 0.8  # as much as a subject contained in the other
