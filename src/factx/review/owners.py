"""Whose figure an equal value is: second thoughts on "supported" from the words around each figure.

An equal value in the source supports a claim only if it is about the claim's thing. After the first pass of
`check`, each supported claim is read again against the sentence of every source figure with its value: another
time (the source's figure is dated otherwise), another subject (the claim's words stand beside another figure),
another named owner (Davis, not James; 王某, not 李某), another part in its sentence (the earlier value of a
comparison, a forecast or ceiling, a denied figure, another item of a 分别/"respectively" list), or a rival kind of
the same thing (泌尿外科, not 肝胆胰外科). Each turns the verdict into a mismatch that names both figures, or into
not found when the source gives nothing for the claim's thing. Everything is decided from the words of each
figure's own sentence, except whom "It"/"He" means: with the source's text (`SourceText`), read from the sentences
before it, those without figures too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from ..model import DateValue, Fact
from ..patterns import compiled
from .classify import SLIPS, classify
from .referents import REFERRING_INSIDE
from .roles import (
    current_partner,
    dateline,
    is_base,
    modal,
    negated,
    position,
    respective_items,
    same_sentence,
    says_earlier,
    says_modal,
    says_reported,
)
from .similarity import CLAUSE, PART, part_start
from .source_text import SourceText
from .values import date_contains, nothing_known, values_equal
from .verdict import (
    DIRECTION,
    MATCH_THRESHOLD,
    Verdict,
    against_likeliest,
    alike,
    alike_but_direction,
    different_thing,
    other_thing,
    settled,
)
from .wordsets import LEADING_WORDS, NEGATIONS, REFERRING, facet_word

# A supported claim whose equal value stands in a context this much less like the claim's than another figure's
# (itself at least _OTHER_CLOSE alike) is about that other figure's thing.
_OTHER_CLOSE = 0.6
_SLIP_BONUS = 0.08  # (as `check` weighs a typical slip)
_OTHER_MARGIN = 0.3

Years = tuple[frozenset[int], frozenset[int]]  # the years the draft and the source state
Found = tuple[int, int, frozenset[str]]  # another figure a claim's words stand beside: (how many, which, the words)


def reconsider(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
               by_type: dict[str, list[int]], dr_ctx: list[Any], src_ctx: list[Any], sim: Any,
               years: Years, text: SourceText | None = None) -> None:  # fmt: skip
    """Turn each supported verdict in `out` whose equal value is about another thing into a mismatch or not found
    (in place). `sim(i, j)` is the context similarity of draft figure i and source figure j; `text`, the source's
    text when known, gives the sentences without figures too."""
    global _TIMES
    _TIMES = _SourceTimes(source)
    try:
        _reconsider(out, draft, source, by_type, dr_ctx, src_ctx, sim, years, text)
    finally:
        _TIMES = None


def _reconsider(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                by_type: dict[str, list[int]], dr_ctx: list[Any], src_ctx: list[Any], sim: Any,
                years: Years, text: SourceText | None) -> None:  # fmt: skip
    """`reconsider`, with the source's times read once."""
    _other_time(out, draft, source, by_type, sim, years)
    _attributive_date(out, draft, source, by_type, dr_ctx, sim)
    _headline_rounded(out, draft, source, by_type, sim)
    _other_subject(out, draft, source, by_type, dr_ctx, src_ctx, years)
    _other_name(out, draft, source, by_type, dr_ctx, src_ctx, sim, text)
    # (round 10: whose figure read on both sides of it, then and now, a part as the whole, a division or the whole,
    # a fine for another sum; each module says why)
    from .ago import then_and_now
    from .divisions import division_or_whole
    from .holders import rival_holder
    from .money_roles import fine_for_other_sum
    from .parts import part_as_whole

    rival_holder(out, draft, source, by_type, sim, text)
    from .rival_names import rival_name

    rival_name(out, draft, source, by_type, sim, text)
    from .share_groups import other_group

    other_group(out, draft, source, by_type, sim)
    from .qualified_counts import other_qualifier

    other_qualifier(out, draft, source, by_type, sim)
    from .polarity import denied_predicate

    denied_predicate(out, draft, source, by_type, sim)
    from .opposite_actions import opposite_action

    opposite_action(out, draft, source, by_type, sim)
    from .list_totals import list_total

    list_total(out, draft, source, by_type, sim)
    from .requests import requested_not_given

    requested_not_given(out, draft, source, by_type, sim)
    from .organizations import other_organization

    other_organization(out, draft, source, by_type, sim)
    from .person_or_org import company_for_person

    company_for_person(out, draft, source, by_type, sim)
    from .spans import other_span

    other_span(out, draft, source, by_type, sim)
    from .clause_subjects import other_clause_subject

    other_clause_subject(out, draft, source, by_type, sim)
    from .headline_story import story_over_headline

    story_over_headline(out, draft, source, by_type, sim)
    then_and_now(out, draft, source, by_type, sim)
    part_as_whole(out, draft, source, by_type, sim)
    from .parts import whole_done_as_part

    whole_done_as_part(out, draft, source, by_type, sim)
    from .parts import whole_done_as_part_zh

    whole_done_as_part_zh(out, draft, source, by_type, sim)
    from .parts import whole_as_part

    whole_as_part(out, draft, source, by_type, sim)
    from .parts import item_as_whole

    item_as_whole(out, draft, source, by_type, sim)
    division_or_whole(out, draft, source, by_type, sim)
    fine_for_other_sum(out, draft, source, by_type, sim)
    _other_role(out, draft, source, by_type, dr_ctx, src_ctx, sim, years)
    _other_kind(out, draft, source, by_type, dr_ctx, src_ctx, sim)
    from .changes import other_step
    from .events import other_event
    from .kinds import unshared_kind  # (kinds uses this module's word helpers)
    from .ties import tied

    unshared_kind(out, draft, source, by_type, dr_ctx, src_ctx, sim)
    from .named_after import named_after

    named_after(out, draft, source, by_type, sim)
    other_event(out, draft, source, by_type, dr_ctx, src_ctx, sim)
    other_step(out, draft, source, by_type, sim)
    tied(out, draft, source, by_type, sim)
    # (after the kinds: a part named as another kind the source quantifies, 秋粮 beside 谷物, is said so first)
    from .later_parts import part_after_whole

    part_after_whole(out, draft, source, by_type, sim)
    _nothing_in_common(out, draft, source, by_type, dr_ctx)
    # (after it: a claim that shares no word with its equal figure is said so first)
    from .durations import other_event_duration

    other_event_duration(out, draft, source, by_type, sim)
    _note_other_context(out, draft, source, by_type, dr_ctx, src_ctx, sim)


# "the March 21 call": a date written between "the" and a noun is that noun's date, not the sentence's event's.
_ATTRIBUTIVE_BEFORE = compiled(r"\bthe\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = compiled(r"\s+([a-z][a-z\-]{2,})\b")


def _attributive_noun(f: Fact) -> str | None:
    """The noun an English date qualifies ("the March 21 call" → call), else None."""
    at = position(f)
    m = _ATTRIBUTIVE_AFTER.match(f.sentence, at + len(f.text))
    if not _ATTRIBUTIVE_BEFORE.search(f.sentence[max(0, at - 8) : at]) or m is None:
        return None
    return m.group(1)


def _attributive_date(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                      by_type: dict[str, list[int]], dr_ctx: list[Any], sim: Any) -> None:  # fmt: skip
    """A supported date whose every equal source date qualifies a noun the claim does not name ("He was arrested in
    April for the March 21 call" against "arrested on March 21") dates that noun's event, not the claim's: a
    mismatch against the sentence's other date, or not found."""
    from .similarity import terms

    for i, v in enumerate(out):
        if settled(v) or draft[i].type != "date":
            continue
        c = draft[i]
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if values_equal(c, source[j])[0]]
        nouns = [_attributive_noun(source[e]) for e in equal]
        if not equal or any(n is None for n in nouns):
            continue
        mine = dr_ctx[i].terms | terms(c.sentence)
        if any(_present(terms(n or ""), mine) for n in nouns):
            continue
        said = f"the source's {v.evidence.text} is the date of the {nouns[0]}, not of what the draft dates"
        others = [(sim(i, j), j) for j in kind if j not in equal and same_sentence(source[j], source[equal[0]])
                  and _attributive_noun(source[j]) is None]  # fmt: skip
        if others:
            score, j = max(others)
            out[i] = other_thing(c, source[j], score, f"{said}; the sentence dates it {source[j].text}", v.evidence)
        else:
            out[i] = Verdict("not_found", c, None, reason=f"{said}; it gives no other date for it", other=v.evidence)


def _headline_rounded(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                      by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """A claim supported only by the headline ("Ferry capsizes; 14 dead") where the story gives the same number with
    a bound or an approximation ("At least 14 people died") states the story's figure without it: a mismatch
    against the body's figure (the headline rounds what the story qualifies)."""
    from .values import as_number

    for i, v in enumerate(out):
        if settled(v) or v.detail:
            continue
        c = draft[i]
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if values_equal(c, source[j])[0] and source[j].approx == c.approx
                 and different_thing(c, source[j]) is None]  # fmt: skip
        if not equal or not all(_headline(source[e]) for e in equal):
            continue
        body = [(sim(i, j), j) for j in kind if not _headline(source[j]) and source[j].approx != c.approx
                and as_number(source[j], source[j].value) == as_number(c, c.value)
                and different_thing(c, source[j]) is None]  # fmt: skip
        if body:
            score, j = max(body)
            s = source[j]
            reason = f"the headline's {v.evidence.text} is the story's {s.text}; the draft drops its qualifier"
            out[i] = other_thing(c, s, score, reason, v.evidence)


# What parts the items of a headline (所得增4.2%　消費支出增6.5%): a wide space or a run of spaces.
_ITEM_GAP = compiled(r"\u3000|\s{2,}")


def _headline_item(f: Fact) -> frozenset[str] | None:
    """The words of a headline figure's own item, when its headline packs several items parted by wide spaces
    (嘉南市民所得增4.2%　消費支出增6.5%: the 4.2% is 所得's, not 消費支出's); None for any other figure."""
    from .similarity import terms

    if not _headline(f):
        return None
    at, s = position(f), f.sentence
    gaps = [m for m in _ITEM_GAP.finditer(s) if s[: m.start()].strip() and s[m.end() :].strip()]
    if not gaps:
        return None
    lo = max((m.end() for m in gaps if m.end() <= at), default=0)
    hi = min((m.start() for m in gaps if m.start() >= at + len(f.text)), default=len(s))
    return terms(s[lo:hi])


def _headline(f: Fact) -> bool:
    """The figure stands in the first line of its document, a line with no sentence end (a headline)."""
    return f.line == 1 and not f.sentence.rstrip().endswith(("。", ".", "！", "!", "？", "?"))


def _other_subject(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                   by_type: dict[str, list[int]], dr_ctx: list[Any], src_ctx: list[Any],
                   years: Years) -> None:  # fmt: skip
    """A supported claim is about another source figure's thing when words the claim says its figure is about stand
    in that figure's scope and nowhere in the sentence part of any source figure with the claim's value, and they
    outnumber the claim's words found only beside the equal figure: 宜蘭縣損失230萬元 against a source where 230萬
    is 高雄's and 宜蘭縣's is 222萬; "the S&P 500 lost 0.5%" where 0.5% is the Nasdaq's; 第一产业增长9.5% where
    9.5% follows 第二产业增加值."""
    index = {id(f): j for j, f in enumerate(source)}
    topic: frozenset[str] | None = None  # computed once, when first needed
    for i, v in enumerate(out):
        if settled(v):
            continue
        c = draft[i]
        kind = by_type.get(c.type, ())
        # The evidence the first pass chose is weighed (weighing every equal figure, so that one whose loose
        # scope holds the claim's words keeps it supported, let more claims about another thing through).
        ev = index[id(v.evidence)]
        from .share_groups import same_group

        if same_group(c, v.evidence):
            continue  # (88% of crane operators and 71% of warehouse staff backed it: the 88% is the operators')
        # (and the headline's equal figure: "Bus crash kills 11" says the story's 11 killed are the crash's, however
        # the story's own sentence words it)
        heads = [j for j in kind if j != ev and _headline(source[j]) and values_equal(c, source[j])[0]
                 and different_thing(c, source[j]) is None]  # fmt: skip
        best = _beside_other(i, [ev, *heads], draft, source, kind, dr_ctx, src_ctx, years)
        if best is None:
            if topic is None:
                topic = _topic_words(source, src_ctx)
            best = _other_scope(i, draft, source, by_type, dr_ctx, src_ctx, topic, years)
        if best is None:
            continue
        _, j, words = best
        s = source[j]
        reason = (f"same value, different subject: the source's {v.evidence.text} is not about "
                  f"{'/'.join(sorted(words))}; it reports {s.text} for that")  # fmt: skip
        out[i] = other_thing(c, s, v.score, reason, v.evidence)


def _beside_other(i: int, equal: list[int], draft: Sequence[Fact], source: Sequence[Fact], kind: Sequence[int],
                  dr_ctx: list[Any], src_ctx: list[Any], years: Years) -> Found | None:  # fmt: skip
    """The source figure of another value whose words hold the claim's words that the equal figures' do not (the
    count of such words, the figure, the words); None when there is none."""
    c, mine = draft[i], dr_ctx[i].terms
    # What each equal figure is about: its clause and scope, and for the earlier value of a comparison ("up 18
    # percent from A$1.05 billion") its sentence part.
    near = {e: _about(source, e, src_ctx, kind) for e in equal}
    # (a headline of several items: its figure is about its own item's words only)
    items = {e: item for e in equal if (item := _headline_item(source[e])) is not None}
    near |= items
    best: tuple[int, int, frozenset[str]] | None = None
    for j in kind:
        s = source[j]
        if j in near or values_equal(c, s)[0] or different_thing(c, s) is not None:
            continue
        if any(same_sentence(s, source[e]) and _restated(s, source[e]) for e in equal):
            continue  # about 200 meters (650 feet): one figure written twice
        theirs = src_ctx[j].terms
        words: frozenset[str] | None = None
        for e in equal:
            ev_ctx = src_ctx[e]
            # Within one sentence part the figures' own words tell them apart; across parts the equal figure's
            # whole part is given the benefit of the doubt (…較8月預測1.89%增加1.22個百分點: the change is
            # about the forecast it compares with).
            together = (source[e].sentence_start, ev_ctx.part) == (s.sentence_start, src_ctx[j].part)
            ev_about = near[e] if together or e in items else near[e] | ev_ctx.part
            ev_about |= _by_surname(mine, source[e])
            if together and _one_phrase(s, source[e]):
                # 扩建40米红线双向6车道道路1510米: the verb opening the phrase governs both figures.
                ev_about = ev_about | _opening(s)
            # Words of the claim beside the other figure and nowhere in what the equal figure is about; and no
            # word of the claim beside the equal figure only; and no date the claim shares with the equal
            # figure's sentence alone (5.7 percent in October).
            only_there = _absent(_present(mine, theirs), ev_about)
            here = items.get(e, ev_ctx.terms)
            only_here = _absent(_present(mine, here), src_ctx[j].clause) - _carried(i, j, draft, source, years)
            if not only_there or only_here or _dated_here(i, e, j, draft, source, years):
                words = None
                break
            words = only_there if words is None else words & only_there
        if words and (best is None or len(words) > best[0]):
            best = (len(words), j, words)
    return best


def _other_scope(i: int, draft: Sequence[Fact], source: Sequence[Fact], by_type: dict[str, list[int]],
                 dr_ctx: list[Any], src_ctx: list[Any], topic: frozenset[str],
                 years: Years) -> tuple[int, int, frozenset[str]] | None:  # fmt: skip
    """The other source figure whose scope holds words of the claim that no sentence part of an equal-valued source
    figure has, and more of them than the claim's words beside the equal figure only; None when there is none."""
    c = draft[i]
    mine = dr_ctx[i].terms | dr_ctx[i].scope
    kind = by_type.get(c.type, ())
    equal = [j for j in kind if alike(c, source[j])]
    if not equal:
        return None
    # What the whole article is about (its title's film, its one company) is named beside many figures and stands
    # for the subject of sentences that say "it": such words tell no figure from another.
    mine -= topic
    best: tuple[int, int, frozenset[str]] | None = None
    for j in kind:
        if j in equal or values_equal(c, source[j])[0] or different_thing(c, source[j]) is not None:
            continue
        theirs = src_ctx[j].terms | src_ctx[j].scope
        fits = True
        for e in equal:
            ev = src_ctx[e]
            # In one sentence part the two scopes are what tell the figures apart (总面积74公顷，产业用地48公顷);
            # across sentences the equal figure's whole part is given the benefit of the doubt.
            together = (source[e].sentence_start, ev.part) == (source[j].sentence_start, src_ctx[j].part)
            # A figure after the other in the part names its own thing (总面积74公顷，产业用地48公顷); one before it
            # usually opens a chain whose subject the later ones share (非金融企业存款余额X亿元，比年初减少Y亿元).
            if together and (position(source[j]) < position(source[e]) or _restated(source[e], source[j])):
                fits = False
                break
            # (its scope alone: its stretch and clause run on to the later figure when no comma parts them)
            here = (ev.scope if together else ev.part) | _by_surname(mine, source[e])
            for r in kind:  # $42.8m (£23.7m) at the weekend: the bracketed restatement's words are the figure's too
                if r != e and (source[r].sentence_start, source[r].sentence) == (source[e].sentence_start,
                                                                                 source[e].sentence) \
                        and _restated(source[e], source[r]):  # fmt: skip
                    here |= src_ctx[r].terms | src_ctx[r].scope
            # The words opening the part before the equal figure are the subject of the later one too (仁武产业园区
            # 总面积74公顷，产业用地48公顷).
            there = theirs | _opening(source[e]) if together else src_ctx[j].part | src_ctx[j].clause
            only_there = _absent(mine & theirs, here) - _carried(i, e, draft, source, years)
            only_here = _absent(mine & (ev.terms | ev.scope), there) - _carried(i, j, draft, source, years)
            # In one sentence part a word of the claim in the equal figure's own stretch and not in the other's
            # keeps the claim on it (已为超过1900户登记，并向1420户派发补助金: 登记 is the 1900户's).
            # (not a facet word: 罚款 beside both a company's and a driver's fine tells them apart by nothing; nor a
            # word of the part's opening, the subject both share: 交警部门已对企业罚款20万元，对驾驶员处以2000元罚款)
            own = together and {w for w in _absent(_present(mine, ev.terms), src_ctx[j].terms | _opening(source[e]))
                                if not facet_word(w)}  # fmt: skip
            if not only_there or len(only_there) <= len(only_here) or own:
                fits = False
                break
        if fits:
            words = _absent(mine & theirs, frozenset().union(*(src_ctx[e].terms | src_ctx[e].scope for e in equal)))
            if best is None or len(words) > best[0]:
                best = (len(words), j, words)
    return best


def _by_surname(words: frozenset[str], f: Fact) -> frozenset[str]:
    """The Chinese full names among `words` that the figure's sentence part writes by the surname alone (侯在12位…中，
    以73%滿意度…: 侯 is 侯友宜, named in full elsewhere), as Chinese news refers to a person after the first mention."""
    from ..lexicon import LEXICON
    from ..normalize import normalize
    from .similarity import zh_persons

    full = [w for w in words if len(w) in (2, 3) and not w.isascii() and "某" not in w and zh_persons(w) == {w}]
    if not full:
        return frozenset()
    at = position(f)
    part_lo = part_start(f.sentence, at)
    end = PART.search(f.sentence, at)
    part = normalize(f.sentence[part_lo : end.start() if end else len(f.sentence)])
    alone = {w for w in LEXICON.cut(part) if len(w) == 1}
    return frozenset(w for w in full if w[0] in alone and w not in part)


def _about(source: Sequence[Fact], e: int, src_ctx: list[Any], kind: Sequence[int]) -> frozenset[str]:
    """The words figure `e` is about: its clause and its scope, less the words an earlier figure of its type
    qualifies with 的 (总投资40亿元的凤铝铝业以及计划总投资15亿元的温氏晶宝: 凤铝 is the 40亿元's), and for the
    earlier value of a comparison its whole sentence part (the current value may stand before it,
    "A$1.24 billion, up 18 percent from A$1.05 billion", or after it, "from 0.90 percent to 1.23 percent")."""
    ev, f = src_ctx[e], source[e]
    if is_base(f):
        return ev.clause | ev.part
    same = [j for j in kind if j != e and (source[j].sentence_start, source[j].sentence) == (f.sentence_start,
            f.sentence)]  # fmt: skip
    about = ev.clause | (ev.scope - _earlier_attribute(f, [source[j] for j in same]))
    # A bracketed restatement (about 200 meters (650 feet) into a ravine) is about what the figure it restates is.
    for j in same:
        if _restated(f, source[j]):
            about |= src_ctx[j].terms | src_ctx[j].scope | src_ctx[j].clause
    return about


_ATTRIBUTE_END = compiled(r"以及|及|和|与|與|、|，|,")


def _earlier_attribute(f: Fact, same: Sequence[Fact]) -> frozenset[str]:
    """The words that a figure of the same type right before `f` qualifies with 的 (总投资40亿元的凤铝铝业以及…15亿元:
    凤铝铝业 is what the 40亿元 is of, not the 15亿元), up to the next item of the list."""
    from .similarity import terms

    at = position(f)
    before = [g for g in same if position(g) < at]
    if not before:
        return frozenset()
    g = max(before, key=position)
    between = f.sentence[position(g) + len(g.text) : at]
    if not between.startswith("的"):
        return frozenset()
    stop = _ATTRIBUTE_END.search(between)
    return terms(between[: stop.start() if stop else 0])


class _SourceTimes:
    """The source's times as `_carried` reads them: the dates that are a time (not a comparison's base) by sentence,
    read once, and each answer by (claim, source sentence)."""

    def __init__(self, source: Sequence[Fact]) -> None:
        self.dated: set[int] = set()  # sentences stating any date
        self.times: dict[int, list[Fact]] = {}  # sentence → its dates that are a time
        for d in source:
            if d.type == "date":
                self.dated.add(d.sentence_start)
                if not _compared_with(d):
                    self.times.setdefault(d.sentence_start, []).append(d)
        self.starts = sorted(self.times)
        self.answers: dict[tuple[int, int], frozenset[str]] = {}

    def before(self, start: int) -> list[Fact]:
        """The time-stating dates of the nearest sentence before `start` that has any."""
        k = bisect_left(self.starts, start)
        return self.times[self.starts[k - 1]] if k else []


# The source's times while `reconsider` runs: its rules ask `_carried` of every pair of figures they weigh, and
# reading every date of the source for each was a fifth of a whole check on a long source.
_TIMES: _SourceTimes | None = None


def _carried(i: int, j: int, draft: Sequence[Fact], source: Sequence[Fact], years: Years) -> frozenset[str]:
    """The words of the claim's dates when source figure `j`'s sentence states no time and the nearest earlier
    sentence that does states the claim's ("Housing starts fell 9.1 percent in October. … Completions fell 2.9
    percent."): a sentence is read at the time of the sentences before it, so those words are no word of another
    figure's alone."""
    from .similarity import terms

    times = _TIMES if _TIMES is not None else _SourceTimes(source)
    key = (i, source[j].sentence_start)
    found = times.answers.get(key)
    if found is not None:
        return found
    found = frozenset()
    mine = [d for d in draft if d.type == "date" and d.sentence_start == draft[i].sentence_start]
    # (only a time figures are of: not the base of a comparison, "fell 26% on last year", "last year's 55,800")
    if mine and key[1] not in times.dated and not any(_compared_with(d) for d in mine):
        last = times.before(key[1])
        if last and _same_time(mine, last, years):
            found = frozenset().union(*(terms(d.text) for d in mine))
    times.answers[key] = found
    return found


# A date that is what a figure is compared with, not its time: "on last year", "than in 2019", "last year's", 比去年.
_BASE_DATE_BEFORE = compiled(r"\b(?:on|than|from|since|over|versus|vs\.?|with)\s+(?:in\s+)?$|(?:比|较|較|同比)\s*$")
_BASE_DATE_AFTER = compiled(r"^(?:['’]s\b|的)")


def _compared_with(d: Fact) -> bool:
    """The date is what a figure is compared with ("fell 26% on last year"), not the time of one."""
    at = position(d)
    return bool(_BASE_DATE_BEFORE.search(d.sentence[max(0, at - 20) : at])
                or _BASE_DATE_AFTER.match(d.sentence[at + len(d.text) :]))  # fmt: skip


def _dated_here(i: int, e: int, j: int, draft: Sequence[Fact], source: Sequence[Fact], years: Years) -> bool:
    """The claim's sentence names a time that the equal figure's sentence names and the other figure's does not
    (…averaged 5.7 percent in October against "stayed below 6 percent for the fourth month"): the date agrees
    with the equal figure."""
    mine = [d for d in draft if d.type == "date" and d.sentence_start == draft[i].sentence_start]
    if not mine:
        return False
    here = [d for d in source if d.type == "date" and d.sentence_start == source[e].sentence_start]
    there = [d for d in source if d.type == "date" and d.sentence_start == source[j].sentence_start]
    return (
        _same_time(mine, here, years)
        and not _same_time(mine, there, years)
        and not _carried(i, j, draft, source, years)
    )


def _one_phrase(first: Fact, second: Fact) -> bool:
    """`first` stands before `second` in one run of their sentence, no clause break between (40米红线…道路1510米)."""
    a, b = position(first), position(second)
    return a < b and not re.search(r"[，,；;：:、]", first.sentence[a + len(first.text) : b])


def _opening(f: Fact) -> frozenset[str]:
    """The Chinese words of the figure's sentence part before it: a Chinese comma chain keeps its subject (仁武产业园区
    总面积74公顷，产业用地48公顷), where an English "and" usually brings a new one."""
    from .similarity import terms

    at = position(f)
    part_lo = part_start(f.sentence, at)
    return frozenset(w for w in terms(f.sentence[part_lo:at]) if not w.isascii())


def _restated(a: Fact, b: Fact) -> bool:
    """One figure written right after the other in brackets: the same amount restated ($42.8m (£23.7m))."""
    first, second = (a, b) if position(a) < position(b) else (b, a)
    between = first.sentence[position(first) + len(first.text) : position(second)]
    return between.strip() in ("(", "（", "(约", "（约", "(about", "(or")


def _topic_words(source: Sequence[Fact], src_ctx: list[Any]) -> frozenset[str]:
    """Words in at least a third of the source's sentences with figures (and in three at least)."""
    seen: dict[int, frozenset[str]] = {}
    for f, ctx in zip(source, src_ctx, strict=True):
        seen[f.sentence_start] = seen.get(f.sentence_start, frozenset()) | ctx.part
    counts: dict[str, int] = {}
    for words in seen.values():
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    need = max(3, len(seen) / 3)
    return frozenset(w for w, n in counts.items() if n >= need)


def _other_name(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                by_type: dict[str, list[int]], dr_ctx: list[Any], src_ctx: list[Any], sim: Any,
                text: SourceText | None = None) -> None:  # fmt: skip
    """A supported claim that names whose figure it is (James scored 34 points; 李某被并处罚金80万元) where every
    source figure with its value is someone else's (named before it: Davis scored 34 points; 判处王某…并处罚金80万元)
    and the claim's name is nowhere in that sentence part is about another thing: a mismatch against a figure about
    the same thing beside the claim's name, else not found."""
    from .similarity import names

    # Words written capitalized inside some sentence: a sentence's capitalized first word is a name if among them.
    known = frozenset().union(*(names(t, t)[0] for t in {f.sentence for f in (*source, *draft)}))
    known |= _paired_openers({f.sentence for f in source})
    shared = _shared_name_words({f.sentence for f in source} | set(text.text.splitlines() if text else ()))
    for i, v in enumerate(out):
        if settled(v):
            continue
        c, ctx = draft[i], dr_ctx[i]
        who = ctx.names | (ctx.openers & known)
        if not who:
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        # A headline names no one (分別判囚5年及3年8個月): where the story states the figure too, the story's sentence
        # says whose it is.
        equal = [j for j in equal if not _headline(source[j])] or equal
        said = ctx.terms | ctx.scope | ctx.clause | ctx.names | ctx.openers
        # Someone else named before every equal figure, and the claim's names nowhere in its sentence part or only
        # before a later figure of that part ("crude fell 3.38% … and Brent was last at $60.73, down 2.74%").
        owners = [_owner(e, source, src_ctx, known, text) for e in equal]
        # (an owner found beyond the figure's scope must share no name with the claim: Southern Cross is Southern
        # Cross Airways)
        # (a word several names of the source end with, County of Bexley County and Wade County, tells none apart)
        own = who - shared or who
        if not equal or not all(_absent(o[0], said) and (not o[2] or not _present(who, o[0]))
                                and (own.isdisjoint(_own_part(source[e], src_ctx[e].part))
                                     or _named_later(who, e, kind, source, src_ctx)
                                     or (o[0] == _relative_subject(source[e], known) != frozenset()
                                         and not _present(who, o[0]))
                                     or (o[0] == _participle_subject(source[e], known) != frozenset()
                                         and not _present(who, o[0])))
                                for o, e in zip(owners, equal, strict=True)):  # fmt: skip
            continue

        theirs = [(sim(i, j), j) for j in kind if j not in equal and alike_but_direction(c, source[j])
                  and _absent(who, src_ctx[j].terms | src_ctx[j].scope) != who]  # fmt: skip
        claimed = _as_written(who, c.sentence)
        whose = _as_written(owners[0][3], owners[0][1])
        # A term or a count in the claim's own unit beside the claim's name is that person's figure of the thing,
        # however little else its sentence shares with the claim (次被告黃美玲入獄3年8個月 for 黃美玲's 5年).
        theirs = [(score, j) for score, j in theirs if score >= MATCH_THRESHOLD
                  or (c.type in ("duration", "count") and c.unit and source[j].unit == c.unit)]  # fmt: skip
        best = max(theirs) if theirs else None
        if best is not None:
            s = source[best[1]]
            reason = (f"same value, different subject: the source's {v.evidence.text} is {whose}'s; "
                      f"for {claimed} it reports {s.text}")  # fmt: skip
            out[i] = other_thing(c, s, best[0], reason, v.evidence)
        else:
            reason = (f"same value, different subject: the source's {v.evidence.text} is {whose}'s; "
                      f"it gives none for {claimed}")  # fmt: skip
            out[i] = Verdict("not_found", c, None, reason=reason, other=v.evidence)


# A full stop after a digit and a capital after it: the engine keeps the two sentences as one (an owner may be named
# in the words after a figure ending a sentence), but a figure after it is the later sentence's.
_RUN_ON = compiled(r"(?<=[0-9]\.)\s+(?=[A-Z])")


def _own_part(f: Fact, part: frozenset[str]) -> frozenset[str]:
    """The words of the figure's sentence part (`part`, as `similarity` reads it), less those of a sentence the engine
    ran on before it ("…ordered him to forfeit $410,000. His deputy, Priya Nandakumar, received 18 months": Ashworth is
    not named in the 18 months' part)."""
    from .similarity import terms

    cut = _run_on(f)
    return part if cut is None else part & terms(f.sentence[cut:])


def _run_on(f: Fact) -> int | None:
    """Where the sentence the engine ran on before the figure ends, when the later one names someone of its own
    ("His deputy, Priya Nandakumar, …"); None otherwise: a later sentence that only refers back ("It plans to buy
    two vessels for $75 million") is read with the sentence before it, which names its referent."""
    at = position(f)
    cut = [m.end() for m in _RUN_ON.finditer(f.sentence, 0, at)]
    if not cut or _names_no_one(f.sentence[cut[-1] :]):
        return None
    return cut[-1]


# Two capitalized words in a row: a name and the word it ends with (Bexley County, Harbor Mills).
_NAME_PAIR = compiled(r"\b([A-Z][a-z'’\-]+)\s+(?=([A-Z][a-z'’\-]+)\b)")


# A sentence opening with two capitalized words (Northgate Bancorp said …): the first is a name's, not a word
# capitalized only because it opens the sentence.
_OPENING_PAIR = compiled(r"\s*([A-Z][a-z'’\-]+)\s+[A-Z][a-z]")
_SENTENCE_END = compiled(r"[.!?][\"”’)]*\s*$")


def _paired_openers(sentences: set[str]) -> frozenset[str]:
    """Stems of the first words of source sentences that open with a name of two capitalized words (a headline,
    which may capitalize every word, is left out), so that a claim opening with that word alone ("Northgate set
    aside …") is read as naming its holder."""
    from ..en.tables import FUNCTION_WORDS, MONTHS, WEEKDAYS
    from .wordsets import stem

    out = set()
    for sentence in sentences:
        m = _OPENING_PAIR.match(sentence)
        if m is None or not _SENTENCE_END.search(sentence):
            continue
        w = m.group(1)
        if w in MONTHS or w in WEEKDAYS or w.lower() in FUNCTION_WORDS or w.lower() in LEADING_WORDS:
            continue
        out.add(stem(w.lower().removesuffix("'s").removesuffix("’s")))
    return frozenset(out)


def _shared_name_words(sentences: set[str]) -> frozenset[str]:
    """Stems of words that end two different names in the source (County of Bexley County and Wade County)."""
    from .wordsets import stem

    before: dict[str, set[str]] = {}
    for sentence in sentences:
        for m in _NAME_PAIR.finditer(sentence):
            before.setdefault(m.group(2), set()).add(m.group(1))
    return frozenset(stem(w.lower()) for w, firsts in before.items() if len(firsts) >= 2)


def _owner(
    e: int, source: Sequence[Fact], src_ctx: list[Any], known: frozenset[str], text: SourceText | None = None
) -> tuple[frozenset[str], str, bool, frozenset[str]]:
    """Whose figure `e` is: name stems, the sentence that names them, whether they were found beyond its scope, and
    the stems to show. They are the names in its scope; else the name its sentence part opens with (Southern Cross
    Airways reported a profit …, on revenue of A$9.8 billion); else, when the part opens by referring back ("The
    airline will pay a dividend of 12 cents", "It took $42.8m"), the name the nearest earlier sentence with a figure
    opens with."""
    f, ctx = source[e], src_ctx[e]
    at = position(f)
    run_on = _run_on(f)
    part = f.sentence[max(part_start(f.sentence, at), run_on or 0) : at]
    if ctx.names and _ACTS_ON.search(part):
        return frozenset(), f.sentence, False, frozenset()  # the named acts on someone else ("ordered her to pay")
    if ctx.names:
        subject = _relative_subject(f, known)
        if subject:
            return subject, f.sentence, False, subject
        # A participle clause's possessive is its sentence's subject's ("The Rivermen beat the Falcons 4-3, extending
        # their winning streak to six games"): the name acted on before it owns nothing after it.
        subject = _participle_subject(f, known)
        if subject:
            return subject, f.sentence, False, subject
        # (shown with the sentence's capitalized first word: Harbour Lines)
        return ctx.names, f.sentence, False, ctx.names | ctx.openers
    own = _opening_name(part, f.sentence, known)
    # (a subject that names its holder by referring back, "Deposits at the bank", is read as "It" is)
    if own or not (REFERRING.match(part) or REFERRING_INSIDE.match(part.lstrip())):
        return own, f.sentence, True, own
    # (with the source's text, sentences without a figure count too: "The second company, Harbor Mills, did better.
    # It hired 75 workers.")
    earlier = (list(text.sentences_before(f.sentence_start)) if text is not None
               else sorted({(g.sentence_start, g.sentence) for g in source if g.sentence_start < f.sentence_start},
                           reverse=True))  # fmt: skip
    chain = True  # (every sentence passed so far referred back too)
    after = f.sentence_start  # (where the sentence after the one read starts: a line break between ends a paragraph)
    for start, sentence in earlier:
        same_paragraph = text is not None and "\n" not in text.text[start + len(sentence) : after]
        after = start
        if text is not None and REFERRING.match(sentence):
            # A sentence that refers back is about the same referent: a person it names in apposition ("His
            # lawyer, Ann Lee, said …") is a third party; only a company's rival so named ("Its smaller rival, Brent
            # Quay, handled …") becomes what the next "It" means (measured: reading every such name cost a blind
            # supported claim).
            own = _appositive_name(sentence, known) if _RIVAL_APPOSITION.match(sentence) else frozenset()
            if own:
                return own, sentence, True, own
            continue
        own = _opening_name(sentence, sentence, known)
        if not own and chain:
            # (a name in apposition is the referent only while the sentences in between refer back: further back,
            # a sentence naming someone else in between is as likely the one referred to)
            own = _appositive_name(sentence, known)
        if own:
            return own, sentence, True, own
        if text is None:  # (only sentences with figures are known: one without a name is skipped)
            chain = False
        elif not (
            REFERRING.match(sentence)
            or _ONLOOKERS.match(sentence)
            or (same_paragraph and chain and _names_no_one(sentence))
        ):
            # Every sentence is known: one about something else, between the figure and the last name, leaves
            # the referent unknown ("Separately, a former county treasurer …" is not the board named before).
            break
    return frozenset(), f.sentence, True, frozenset()


def _participle_subject(f: Fact, known: frozenset[str]) -> frozenset[str]:
    """The name a figure's sentence part opens with when the figure follows a participle clause's possessive
    ("The Rivermen beat the Falcons 4-3, extending their winning streak to six games": the streak is the
    Rivermen's); else empty."""
    at = position(f)
    part_lo = part_start(f.sentence, at)
    part = f.sentence[part_lo:at]
    if not _PARTICIPLE_POSSESSIVE.search(part):
        return frozenset()
    return _opening_name(re.sub(r"^\s*The\s+(?=[A-Z])", "", part), f.sentence, known)


_PARTICIPLE_POSSESSIVE = compiled(r",\s+[a-z]+ing\s+(?:their|its|his|her)\b(?![^,;]*,\s+[a-z]+ing\b)")


def _names_no_one(sentence: str) -> bool:
    """A sentence with no capitalized word but its first ("Revenue slipped 3 percent to $640 million."): in the
    paragraph of a figure that refers back, it goes on about the same referent and names no other."""
    from .similarity import names

    return not names(sentence, sentence)[0]


_RIVAL_APPOSITION = compiled(r"\s*(?:Its|Their)\s")
# Sentences about what onlookers expect or say ("Analysts had forecast a profit of A$1.31 billion.") leave the topic
# of the sentences around them as it was: a referring word after one still means the name before it.
_ONLOOKERS = compiled(
    r"\s*(?:analysts|economists|investors|observers|experts|critics|officials|traders|(?:wall street|market) "
    r"analysts)\b",
    re.IGNORECASE,
)


# A subject named in apposition after the noun that opens its sentence: "Its smaller rival, Brent Quay, handled …",
# also after an opening adverb ("Separately, a former county treasurer, Paul Dressler, 61, was sentenced …").
_APPOSITIVE = compiled(
    r"\s*(?:[A-Z][a-z]+ly,\s*(?=[a-z]))?(?:Its|Their|His|Her|The|A|An|its|their|his|her|the|a|an)\s[a-z][a-z\s\-]{0,40},"
    r"\s*([A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*)*)\s*,"
)


def _appositive_name(sentence: str, known: frozenset[str]) -> frozenset[str]:
    """The name a sentence gives its opening noun in apposition (Brent Quay, of "Its smaller rival, Brent Quay,
    handled 9,100 containers"), as stems; empty when it opens otherwise. A later sentence opening with "It" refers
    to that name, not to the name before it."""
    from .similarity import names

    m = _APPOSITIVE.match(sentence)
    if m is None:
        return frozenset()
    found, openers = names(m.group(1), sentence)
    return found | openers


_RELATIVE = compiled(r"\s*,\s*(?:who|whose|which)\b")


def _relative_subject(f: Fact, known: frozenset[str]) -> frozenset[str]:
    """The name a figure's sentence part opens with when a relative clause follows it ("Castell, who testified
    against Hale, was also fined $25,000": the fine is Castell's, Hale is only named inside the clause); else empty."""
    at = position(f)
    part_lo = part_start(f.sentence, at)
    part = f.sentence[part_lo:at]
    # (a full stop and a capital open a new sentence, should the figure's "sentence" run on past one)
    part = re.split(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])", part)[-1]
    m = _OPENING.match(part)
    if m is None or not _RELATIVE.match(part, m.end()):
        return frozenset()
    return _opening_name(part, f.sentence, known)


# The capitalized words a sentence (part) opens with, after a dateline ("SYDNEY - ", "MAKASSAR, Indonesia (Reuters) -").
_OPENING = compiled(r"\s*(?:[A-Z][A-Za-z0-9 ,.()]*\s[-–—]\s*)?((?:[A-Z][\w&'’.\-]*\s+)*[A-Z][\w&'’.\-]*)")


# A verb by which the name acts on someone a pronoun stands for, who then owns the figure ("ordered her to pay"):
# whose it is, is not known from the sentence (a named object, "ordered the bank to pay", is left to the scope).
_ACTS_ON = compiled(r"\b(?:ordered|sentenced|fined|required|told|forced|directed|awarded|granted)\s+(?:her|him|them)\b")


def _opening_name(text: str, sentence: str, known: frozenset[str]) -> frozenset[str]:
    """The name that `text` opens with, as stems (its grammatical subject when it is a name); empty when it opens
    otherwise ("Of the participants", "Dealers last year sold")."""
    from .similarity import names

    m = _OPENING.match(text)
    if m is None or m.group(1).split()[0].lower() in LEADING_WORDS:
        return frozenset()
    # "Judge Paul Hartman ordered her to pay $1.24 million": the figure is the one the judge acts on, not his.
    if _ACTS_ON.search(text, m.end()):
        return frozenset()
    found, openers = names(m.group(1), sentence)
    # The first word of a run of capitalized words is part of the name (Marlin Bay Ferries), known or not.
    return found | (openers if len(m.group(1).split()) > 1 else openers & known)


def _as_written(stems: frozenset[str], sentence: str) -> str:
    """Names as the sentence writes them (Southern Cross, not the stems "southern/cro" the comparison uses)."""
    from .similarity import names

    shown = []
    for w in re.findall(r"[A-Z][A-Za-z'’\-]*", sentence):
        found, openers = names(w, w)
        if (found | openers) & stems and w not in shown:
            shown.append(w.removesuffix("'s").removesuffix("’s"))
    zh = [x for x in sorted(stems) if not x.isascii()]
    return " ".join(shown + zh) if shown or zh else "/".join(sorted(stems))


def _nothing_in_common(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                       by_type: dict[str, list[int]], dr_ctx: list[Any]) -> None:  # fmt: skip
    """A supported claim that says what its figure is about in three words or more, none of them in the sentence of
    any source figure with its value, has nothing but the number in common with the source: not found ("the bus
    driver had been at the wheel for 14 hours" against "rescue teams worked for 14 hours"). Two words are too few to
    tell: a paraphrase says "the theft went on for nine years" of "stealing … over nine years"."""
    from .similarity import terms

    for i, v in enumerate(out):
        if settled(v):
            continue
        c, ctx = draft[i], dr_ctx[i]
        mine = ctx.terms | ctx.scope
        if len(mine) < 3:
            continue
        equal = [j for j in by_type.get(c.type, ()) if values_equal(c, source[j])[0]]
        # A count whose figure itself names the thing counted as the source's does ("40 new trucks") shares that.
        if any(_same_counted(c, source[e]) for e in equal):
            continue
        # A headline says what its figure is in a word or two (3死7伤): the contrasting word it shares with the claim
        # is all the common ground a headline has.
        if any(_headline(source[e]) and set(c.facets) & set(source[e].facets) for e in equal):
            continue
        # A draft in one language checked against a source in the other shares no words by nature.
        latin = all(w.isascii() for w in mine)
        said = [terms(source[e].sentence) for e in equal]
        if equal and all(all(w.isascii() for w in x) == latin and _absent(mine, x) == mine for x in said):
            reason = (f"same value, different subject: the source's {v.evidence.text} stands in a sentence that "
                      f"shares no word with the draft's")  # fmt: skip
            out[i] = Verdict("not_found", c, None, reason=reason, other=v.evidence)


# Counted nouns too general to say two counts are of one thing.
_GENERAL_COUNTED = frozenset(("people", "person", "peopl", "time", "one", "other", "year", "day"))


def _same_counted(c: Fact, s: Fact) -> bool:
    """Two counts whose own words name one specific thing counted ("40 new trucks" and "40 new trucks"; "86
    triple-doubles"): an English noun of both subjects beyond a general one (people, times)."""
    from .retype import nouns

    if c.type != "count" or s.type != "count":
        return False
    return bool((nouns(c.subject) & nouns(s.subject)) - _GENERAL_COUNTED - {"new", "more", "last", "other"})


def _named_later(who: frozenset[str], e: int, kind: Sequence[int], source: Sequence[Fact], src_ctx: list[Any]) -> bool:
    """The names are not before figure `e` but before another figure of its type in the same sentence part: a later
    one ("crude fell 3.38% … and Brent was last at $60.73"), or an earlier one whose owner the part names before
    `e`'s own (判處首被告陳志輝（44歲）…，次被告黃美玲（39歲）: 39歲 is 黃美玲's, not 陳志輝's)."""
    ev = src_ctx[e]
    if who & (ev.names | ev.openers):
        return False
    return any(
        j != e
        and (source[j].sentence_start, src_ctx[j].part) == (source[e].sentence_start, ev.part)
        and (position(source[j]) > position(source[e]) or bool(ev.names))
        and who & (src_ctx[j].names | src_ctx[j].openers)
        for j in kind
    )


def _other_role(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                by_type: dict[str, list[int]], dr_ctx: list[Any], src_ctx: list[Any], sim: Any,
                years: Years) -> None:  # fmt: skip
    """A supported claim whose every equal source figure plays another part in its sentence: the earlier value a
    change starts from ("up from $38,373 a year ago") while the claim states a current one, or the figure of
    another item of a 分别/"respectively" list than the one the claim names. A mismatch against the sentence's
    current figure, or the item's own figure. An equal figure whose words another figure's outweigh (the
    "same-store sales" of the claim stand beside another figure, not beside it) plays no part for the claim."""
    index = {id(f): j for j, f in enumerate(source)}
    for i, v in enumerate(out):
        if settled(v):
            continue
        c = draft[i]
        kind = by_type.get(c.type, ())
        ev = index[id(v.evidence)]
        equal = [
            j
            for j in kind
            if values_equal(c, source[j])[0]
            and different_thing(c, source[j]) is None
            and (j == ev or _beside_other(i, [j], draft, source, kind, dr_ctx, src_ctx, years) is None)
        ]
        # A headline restates the story in fewer words (冒充客服诈骗团伙主犯获刑十二年): where the story states the
        # figure too, the story's sentence says whose it is and what part it plays.
        equal = [j for j in equal if not _headline(source[j])] or equal
        if not equal:
            continue
        if all(is_base(source[e]) for e in equal) and not says_earlier(c) and not is_base(c):
            j = current_partner(source[equal[0]], source, lambda f, c=c: different_thing(c, f) is None)
            if j is not None and not alike(c, source[j]):
                reason = (f"same value, another time: the source's {v.evidence.text} is the earlier value it "
                          f"compares with; the current figure is {source[j].text}")  # fmt: skip
                out[i] = other_thing(c, source[j], v.score, reason, v.evidence)
                continue
        if all(dateline(source[e]) for e in equal) and not says_reported(c):
            said = f"the source's {v.evidence.text} is the report's dateline, not the day of the event"
            out[i] = _instead(i, v, kind, equal, source, sim, dateline, said, "it gives no other date for it")
            continue
        if all(negated(source[e]) for e in equal) and not negated(c):
            said = f"the source says the opposite of {v.evidence.text} (it is denied)"
            out[i] = _instead(i, v, kind, equal, source, sim, negated, said, "it states no such figure")
            continue
        if all(modal(source[e]) for e in equal) and not says_modal(c):
            said = f"the source's {v.evidence.text} is a forecast, plan or ceiling, not what happened"
            out[i] = _instead(i, v, kind, equal, source, sim, modal, said, "it states no actual figure")
            continue
        mine = [_respective_figure(c, source[e], source) or _respective_by_figures(c, source[e], source)
                for e in equal]  # fmt: skip
        if mine and all(m is not None and m[0] is not source[e] for m, e in zip(mine, equal, strict=True)):
            item, fig = mine[0]  # type: ignore[misc]
            if values_equal(c, fig)[0]:
                continue
            reason = (f"same value, different subject: the source's {v.evidence.text} belongs to another item of "
                      f"its list; for {item} it reports {fig.text}")  # fmt: skip
            out[i] = other_thing(c, fig, v.score, reason, v.evidence)


def _instead(
    i: int,
    v: Verdict,
    kind: Sequence[int],
    equal: list[int],
    source: Sequence[Fact],
    sim: Any,
    unlike: Any,
    said: str,
    none: str,
) -> Verdict:
    """The verdict for a claim whose equal source figures are all `unlike` a plain statement (denied, forecast):
    a mismatch against the most similar plain figure about the same thing, else not found."""
    c = v.claim
    # A typical slip (another day, a swapped digit) makes a plain figure a likelier partner, as in the first pass.
    plain = [(sim(i, j) + (_SLIP_BONUS if classify(c, source[j])[0] in SLIPS else 0.0), j) for j in kind
             if j not in equal and not unlike(source[j]) and different_thing(c, source[j]) is None]  # fmt: skip
    best = max(plain) if plain else None
    return against_likeliest(v, best, source, said, "it reports", none)


def _respective_figure(claim: Fact, equal: Fact, source: Sequence[Fact]) -> tuple[str, Fact] | None:
    """(item, figure) of the 分别/"respectively" list in `equal`'s sentence whose item the claim names, or None."""
    same = [f for f in source if same_sentence(f, equal)]
    figures = sorted((f for f in same if f.type == claim.type), key=position)
    found = respective_items(figures, sorted((f for f in same if f.type == "date"), key=position))
    if found is None:
        return None
    items, figures = found
    from .similarity import terms

    # An item the claim writes out whole names it, whatever words it shares with another (被告人王某、李某分别…:
    # 被告人 opens the list, not 王某's item).
    whole = [k for k, item in enumerate(items) if item.strip() and item.strip() in claim.sentence]
    if len(whole) == 1:
        return items[whole[0]].strip(), figures[whole[0]]
    words = [terms(x) for x in items]
    hits = []
    for k, item in enumerate(items):
        others = frozenset().union(*(w for n, w in enumerate(words) if n != k))
        own = words[k] - others
        if item.strip() in claim.sentence or (own and own & terms(claim.sentence)):
            hits.append(k)
    return (items[hits[0]].strip(), figures[hits[0]]) if len(hits) == 1 else None


def _respective_by_figures(claim: Fact, equal: Fact, source: Sequence[Fact]) -> tuple[str, Fact] | None:
    """(item, figure) of a 分别 list whose items are figures of another type, one to a clause before the cue
    (发生较大道路交通事故6起，死亡27人，同比分别下降14.3%和20.6%: the 14.3% is the accidents', the 20.6% the deaths'):
    the item whose figure says what the claim's figure is about (its facets but the direction: 死亡), when exactly
    one does; else None."""
    from .roles import _RESPECTIVELY

    sentence = equal.sentence
    cue = _RESPECTIVELY.search(sentence)
    if cue is None or cue.group() not in ("分别", "分別"):
        return None
    same = sorted((f for f in source if same_sentence(f, equal)), key=position)
    stop = re.search(r"[；;。！？!?]", sentence[cue.end() :])
    end = cue.end() + stop.start() if stop else len(sentence)
    figures = [f for f in same if f.type == claim.type and cue.end() <= position(f) < end]
    starts = [m.end() for m in re.finditer(r"[；;。！？!?]", sentence[: cue.start()])]
    items = [f for f in same if f.type not in (claim.type, "date")
             and (starts[-1] if starts else 0) <= position(f) < cue.start()]  # fmt: skip
    if len(figures) < 2 or len(items) != len(figures):
        return None
    # (one item to a clause: two figures of one clause, 6起事故27人死亡, are no list of two)
    clauses = [len(re.findall(r"[，,、]", sentence[: position(f)])) for f in items]
    if len(set(clauses)) != len(clauses):
        return None
    about = {x for x in claim.facets if not x.startswith(DIRECTION)}
    hits = [k for k, f in enumerate(items) if about and about <= set(f.facets)]
    if len(hits) != 1:
        return None
    return items[hits[0]].text, figures[hits[0]]


_NOUN_TAGS = frozenset({"n", "nz", "nr", "ns", "nt", "nl", "ng", "l", "vn", "j"})


def _rival(w: str, x: str) -> bool:
    """Two words that name two kinds of one thing: the same head, another modifier (泌尿外科 and 肝胆胰外科, 第一产业
    and 第二产业, 夏粮 and 秋粮, 新一号机 and 新二号机); Chinese only (a Latin word's ending says nothing of it)."""
    if w == x or not (w[-1] == x[-1] and "\u4e00" <= w[-1] <= "\u9fff") or w in x or x in w:
        return False
    from ..lexicon import LEXICON

    # Both must be nouns the dictionary knows (not 今年/去年, 他人, or characters glued together here).
    if not all(LEXICON.tag(y) in _NOUN_TAGS for y in (w, x)):
        return False
    return w[-2:] == x[-2:] or len(w) == len(x) == 2


def _other_kind(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                by_type: dict[str, list[int]], dr_ctx: list[Any], src_ctx: list[Any], sim: Any) -> None:  # fmt: skip
    """A supported claim naming one kind of a thing (肝胆胰外科完成551台) where every source figure with its value
    names a rival kind beside it (泌尿外科完成551台) and the claim's kind is nowhere in that sentence part: a mismatch
    against a figure of the claim's kind, else not found."""
    for i, v in enumerate(out):
        if settled(v):
            continue
        c, ctx = draft[i], dr_ctx[i]
        mine = ctx.terms | ctx.scope
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        pairs = []
        for e in equal:
            ev = src_ctx[e]
            pair = next(((w, x) for w in sorted(_absent(mine, ev.part)) for x in sorted(_absent(ev.terms | ev.scope,
                         mine)) if _rival(w, x)), None)  # fmt: skip
            pairs.append(pair)
        if not equal or None in pairs:
            continue
        w, x = pairs[0]  # type: ignore[misc]
        # A two-character word sharing its last character with the source's is as often a paraphrase (乘客 for 旅客,
        # 群众 for 民众) as a rival kind: it names a kind only when the source itself names that kind somewhere.
        if len(w) == 2 and not any(_present(frozenset({w}), ctx_j.part) for ctx_j in src_ctx):
            continue
        theirs = [(sim(i, j), j) for j in kind if j not in equal and different_thing(c, source[j]) is None
                  and not _absent(frozenset({w}), src_ctx[j].terms | src_ctx[j].scope)]  # fmt: skip
        best = max(theirs) if theirs else None
        said = f"same value, different subject: the source's {v.evidence.text} is about {x}, not {w}"
        out[i] = against_likeliest(v, best, source, said, f"for {w} it reports", f"it gives none for {w}")


def _present(words: frozenset[str], near: frozenset[str]) -> frozenset[str]:
    """The words found in `near`: a Latin word as the same word (stems and synonyms are folded already; Home is
    no part of home-improvement), a Chinese word also inside a longer one or around a shorter one (按月 in 按月则:
    the dictionary cuts a phrase one way in one sentence and another way in the next), never inside its own negation
    (满意度 is not found in 不满意度)."""
    zh = [x for x in near if not x.isascii() and len(x) >= 2]
    return frozenset(w for w in words if w in near or (not w.isascii() and any(_within(w, x) for x in zh)))


def _absent(words: frozenset[str], near: frozenset[str]) -> frozenset[str]:
    """The words not found in `near`, where a word inside another counts as found (median in median-valued, 成长率
    in 经济成长率, home in homeowner), unless the longer word negates it (满意度 and 不满意度)."""
    return frozenset(w for w in words if not any(x == w or _inside(w, x) or (len(x) >= 2 and _inside(x, w))
                                                 for x in near))  # fmt: skip


def _within(a: str, b: str) -> bool:
    """One of two words stands inside the other, and not as what the other negates."""
    return _inside(a, b) or _inside(b, a)


def _inside(short: str, long: str) -> bool:
    """`short` stands in `long` somewhere other than right after a negation (不满意度 holds no 满意度; 信任度 is in
    不信任度 only as what is denied)."""
    at = long.find(short)
    while at >= 0:
        if short.isascii():
            # (unemployment holds no employment, non-food no food)
            if not (long[:at] in _LATIN_NEGATIONS and long[at:].startswith(short)):
                return True
        elif at == 0 or long[at - 1] not in NEGATIONS:
            return True
        at = long.find(short, at + 1)
    return False


_LATIN_NEGATIONS = frozenset({"un", "non", "non-"})


def _sentence_dates(facts: Sequence[Fact]) -> dict[int, list[Fact]]:
    """For each fact (by index), the date facts of its sentence."""
    by_sentence: dict[tuple[int, int, str], list[Fact]] = {}
    for f in facts:
        # (a date a change is measured from, 比上年增长, dates no figure of the sentence, unless it stands right before
        # one: "26% less than last year's 55,800 tonnes")
        # (nor a date a record is counted from: "the smallest crop since 2017", 创2017年以来新低)
        if f.type == "date" and (not is_base(f) or _dated_next(f, facts) is not None) and not _record_since(f):
            by_sentence.setdefault((f.sentence_start, f.sentence_end, f.sentence), []).append(f)
    return {i: by_sentence.get((f.sentence_start, f.sentence_end, f.sentence), []) for i, f in enumerate(facts)}


def _held(d: Fact, f: Fact, facts: Sequence[Fact]) -> bool:
    """The date stands after another figure of `f`'s type in that figure's clause, apart from `f`'s (nearly double
    the $51 million it received this year), or right before one ("last year's 55,800 tonnes"): it dates that figure,
    not `f`."""
    g = _dated_next(d, facts)
    if g is not None and g is not f and g.type == f.type:
        return True
    return not _one_clause(d, f) and any(
        g is not f and g.type == f.type and _one_clause(d, g) and position(g) < position(d) for g in facts
    )


def _record_since(d: Fact) -> bool:
    """The date a record is counted from: "the lowest since July 2022", 创2017年以来新低."""
    at = position(d)
    end = at + len(d.text)
    return bool(
        _SINCE_RECORD_BEFORE.search(d.sentence, max(0, at - 48), at) or _SINCE_RECORD_AFTER.match(d.sentence, end)
    )


# (after "the": "the smallest crop since", "the most rain since"; not "paid interest since")
_SINCE_RECORD_BEFORE = compiled(
    r"\bthe\s+(?:[a-z]+est|most|least|fewest|first|worst|best)\b[^,.;:]{0,32}\bsince\s+$", re.I
)
_SINCE_RECORD_AFTER = compiled(r"(?:以来|來)(?:的)?(?:新[高低]|最[高低大小多少]|首次)")


def _dated_next(d: Fact, facts: Sequence[Fact]) -> Fact | None:
    """The figure a date stands right before, joined by a possessive (last year's 55,800 tonnes, 去年的5.58万吨)."""
    end = position(d) + len(d.text)
    for g in facts:
        if g.type != "date" and same_sentence(g, d) and _DATED_GAP.fullmatch(d.sentence, end, position(g)):
            return g
    return None


_DATED_GAP = compiled(r"['’]s\s*|\s*的\s*")


def _figure_dates(facts: Sequence[Fact], sentence: dict[int, list[Fact]]) -> dict[int, list[Fact]]:
    """For each fact (by index), the dates that date it: those of its own sentence part ("In 2003, Barclays reported
    … £3.8bn, and it has forecast … in 2004 …": 2003 alone dates the £3.8bn), else those of its sentence
    (`sentence`, from `_sentence_dates`); in either case less a date another figure of its type holds in its own
    clause."""
    out = {}
    for i, f in enumerate(facts):
        dates = [d for d in sentence[i] if not _held(d, f, facts)]
        own = [d for d in dates if _same_part(d, f)]
        out[i] = own or dates
    return out


def _same_part(a: Fact, b: Fact) -> bool:
    """Two figures of one sentence with no end of a sentence part between them."""
    return _unbroken(a, b, PART)


def _unbroken(a: Fact, b: Fact, breaks: re.Pattern[str]) -> bool:
    """Two figures of one sentence with none of `breaks` between them."""
    x, y = sorted((position(a), position(b)))
    return same_sentence(a, b) and not breaks.search(a.sentence, x, y)


def _same_time(a: list[Fact], b: list[Fact], years: Years) -> bool:
    """Some date of `a` and some date of `b` name the same time, or one contains the other."""
    for x in a:
        for y in b:
            if values_equal(x, y, *years)[0] or _same_relative(x, y):
                return True
            vx, vy = x.value, y.value
            if (
                isinstance(vx, DateValue)
                and isinstance(vy, DateValue)
                and (date_contains(vx, vy) or date_contains(vy, vx))
            ):
                return True
    return False


def _same_relative(x: Fact, y: Fact) -> bool:
    """Two dates that no reference date resolves, written with the same words (last year / last year's, 去年): the
    same time, since a draft is read against its source as of one day."""
    vx, vy = x.value, y.value
    if not (isinstance(vx, DateValue) and isinstance(vy, DateValue) and nothing_known(vx) and nothing_known(vy)):
        return False
    return _relative_words(x.text) == _relative_words(y.text)


def _relative_words(text: str) -> str:
    return _POSSESSIVE.sub("", " ".join(text.lower().split()))


_POSSESSIVE = compiled(r"['’]s$|^the\s+")


def _one_clause(a: Fact, b: Fact) -> bool:
    """Two figures of one sentence with no clause break between them (去年同期为增加16.18亿元 dates the 16.18亿元, not
    the 1177.7亿元 of the clause before)."""
    return _unbroken(a, b, CLAUSE)


def _periods(dates: list[Fact]) -> list[Fact]:
    """The dates that name a year or a part of one (2004, 去年, the fourth quarter), not a day of an event."""
    return [d for d in dates if d.grain in ("year", "quarter") and not is_base(d)]


def _other_time(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                by_type: dict[str, list[int]], sim: Any, years: Years) -> None:  # fmt: skip
    """A supported claim dated in its sentence (10月, "in 2004") whose equal source figure is dated otherwise, while
    another figure of the same kind is dated like the claim, is about that other time: a mismatch naming both
    ("$38,373 was a year ago; in October it was $39,014")."""
    claim_dates, in_sentence = _sentence_dates(draft), _sentence_dates(source)
    source_dates = _figure_dates(source, in_sentence)
    index = {id(f): j for j, f in enumerate(source)}
    at = {id(f): k for k, f in enumerate(draft)}
    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date":
            continue
        e = index[id(v.evidence)]
        mine, theirs = claim_dates[i], source_dates[e]
        if not mine or (theirs and _same_time(mine, theirs, years)):
            continue
        # An undated equal figure is of another time only when its sentence gives the claim's time to another figure
        # of its type, in that figure's own clause (the county's road program gets $97 million, nearly double the
        # $51 million it received this year).
        held = [d for d in in_sentence[e] if _held(d, v.evidence, source)]
        if not theirs and not _same_time(mine, held, years):
            continue
        c = draft[i]
        candidates = [
            (sim(i, j), j)
            for j in by_type.get(c.type, ())
            if source[j] is not v.evidence
            and not values_equal(c, source[j])[0]
            and different_thing(c, source[j]) is None
            and _same_time(mine, source_dates[j], years)
        ]
        if not theirs:
            # (the figure holding the claim's time in the equal figure's own sentence is the claim's figure, however
            # little else the two sentences share)
            candidates = [(score, j) for score, j in candidates if same_sentence(source[j], v.evidence)
                          and any(_one_clause(d, source[j]) for d in held)]  # fmt: skip
        if not candidates and not theirs and _periods(mine):
            # The sentence gives the claim's period to another figure of its type, which is about something else
            # (a loss of €214 million for last year, a profit of €46 million the year before: "earned €46 million
            # last year"): the source gives no figure of the claim's thing for that period.
            reason = (
                f"same value, another time: the source's {v.evidence.text} is for another time than "
                f"{', '.join(d.text for d in held)}; it gives none for {', '.join(d.text for d in mine)}"
            )
            out[i] = Verdict("not_found", c, None, reason=reason, other=v.evidence)
            continue
        if not candidates or (theirs and max(candidates)[0] < MATCH_THRESHOLD):
            # Two periods (2004 against the 2003 of the source's sentence) with nothing else of the claim's period
            # in the source: the source does not give the claim's year's figure.
            own = [d for d in theirs if _one_clause(d, v.evidence)]
            # (a draft year already answered as a slip of that source year is the one error: 2019年 for 2018年)
            slipped = any(
                (w := out[at[id(d)]]) is not None and w.verdict == "mismatch" and any(w.evidence is x for x in own)
                for d in mine
            )
            if _periods(mine) and own and _periods(own) == own and not slipped:
                theirs_when, mine_when = ", ".join(d.text for d in own), ", ".join(d.text for d in mine)
                reason = (f"same value, another time: the source's {v.evidence.text} is for {theirs_when}; "
                          f"it gives none for {mine_when}")  # fmt: skip
                out[i] = Verdict("not_found", c, None, reason=reason, other=v.evidence)
            continue
        score, j = max(candidates)
        s = source[j]
        when = ", ".join(d.text for d in theirs) or f"another time than {', '.join(d.text for d in held)}"
        reason = (f"same value, another time: the source's {v.evidence.text} is for {when}; "
                  f"for {', '.join(d.text for d in mine)} it reports {s.text}")  # fmt: skip
        out[i] = other_thing(c, s, score, reason, v.evidence)


def _note_other_context(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                        by_type: dict[str, list[int]], dr_ctx: list[Any], src_ctx: list[Any],
                        sim: Any) -> None:  # fmt: skip
    """A claim whose equal value sits in a context unlike its own, while a figure in a context much like it says
    something else, is about that other figure's thing: a mismatch that names both ("same value, different
    subject"). 12.2m on New Year's Eve is not the 18m of New Year's Day."""
    index = {id(f): j for j, f in enumerate(source)}
    for i, v in enumerate(out):
        if settled(v) or v.score > 1 - _OTHER_MARGIN:
            continue  # (another figure can only beat it by the margin when its own score leaves room)
        c = draft[i]
        # Every word the claim says its figure is about stands in the equal figure's sentence part ("Southern
        # Cross's profit rose 18 percent" against "…profit of A$1.24 billion…, up 18 percent"): a like-sounding
        # sentence elsewhere does not outweigh that.
        # The noun the claim's figure counts must be the equal figure's own too (46 human cases is no 46 animal
        # cases however alike the rest).
        from .similarity import terms

        mine, ev = dr_ctx[i].terms | dr_ctx[i].scope, src_ctx[index[id(v.evidence)]]
        counted = terms(c.subject or "")
        if (mine and _present(mine, ev.part) == mine
                and _present(counted, ev.terms | ev.scope | terms(v.evidence.subject or "")) == counted):  # fmt: skip
            continue
        others = [
            (sim(i, j), j)
            for j in by_type.get(c.type, ())
            if source[j] is not v.evidence and different_thing(c, source[j]) is None
        ]
        if not others:
            continue
        score, j = max(others)
        if score >= _OTHER_CLOSE and score - v.score >= _OTHER_MARGIN and not values_equal(c, source[j])[0]:
            s = source[j]
            reason = (f"same value, different subject: the source's {v.evidence.text} stands in another context; "
                      f"the figure in a context like the draft's is {s.text}")  # fmt: skip
            out[i] = other_thing(c, s, score, reason, v.evidence)
