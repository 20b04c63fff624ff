"""Checking a draft against its source: a verdict for every figure of the draft.

*Supported* means the source states the same quantity about the same thing, never merely the same number:
an equal value (`values`) whose figure is not about something else. What a figure is about is read from
words that contrast (`factx.facets`: 死亡 vs 轻伤, 罚金 vs 退赔, rose vs fell) and from what a count counts
(people, vehicles, incidents); a claim that names such a thing where the source's equal figure names none
must also stand in a like context (`similarity`). A claim less precise than the source (约4700万元 for
4725万元, 2019年 for 2019年7月2日) is supported, with a note.

Otherwise the source figure most likely about the same thing (`similarity`, never one about something else)
is the evidence of a mismatch, named by `classify`; without one the claim is not found. An equal value about
something else is named in the record either way ("same value, different subject"). Every verdict carries a
one-sentence `reason`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, Literal

from ..facets import conflict
from ..model import DateValue, Fact, PartialDate
from .classify import MINOR, SLIPS, Difference, Severity, approx_detail, classify
from .record import fact_dict
from .roles import (
    current_partner,
    is_base,
    modal,
    negated,
    position,
    respective_items,
    says_earlier,
    says_modal,
)
from .similarity import contexts, similarity
from .values import as_number, date_contains, nothing_known, same_measure, stated_years, value_key, values_equal

VerdictKind = Literal["supported", "mismatch", "not_found"]

# A source figure is "the same thing" as a claim when their similarity reaches this (0..1); below it, a
# claim without an equal value in the source is "not found". Tuned on the examples in tests/test_check.py.
MATCH_THRESHOLD = 0.35
_SLIP_BONUS = 0.08
_LONG_SLIP_BONUS = 0.12
_SHORTLIST = 8  # candidates per claim that are classified (by context rank)
# A source figure already serving as evidence for a supported claim is a less likely partner for another.
_USED_PENALTY = 0.75
# A supported claim whose equal value stands in a context this much less like the claim's than another figure's
# (itself at least _OTHER_CLOSE alike) is about that other figure's thing.
_OTHER_CLOSE = 0.6
_OTHER_MARGIN = 0.3
# Figures that name the same thing in words that contrast (both 死亡, both 罚金) are likelier partners.
_FACET_BONUS = 0.15


@dataclass(frozen=True, slots=True)
class Verdict:
    """One draft figure and what the source says about it."""

    verdict: VerdictKind
    claim: Fact
    evidence: Fact | None
    difference: Difference | None = None
    severity: Severity | None = None
    detail: str = ""
    score: float = 0.0
    reason: str = ""
    # A source figure with the claim's value that is about something else ("same value, different subject").
    other: Fact | None = None

    def to_dict(self, claim_source: str | None = None, evidence_source: str | None = None) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "claim": fact_dict(self.claim, claim_source),
            "evidence": fact_dict(self.evidence, evidence_source) if self.evidence is not None else None,
            "difference": self.difference,
            "severity": self.severity,
            "detail": self.detail or None,
            "reason": self.reason,
            "other": fact_dict(self.other, evidence_source) if self.other is not None else None,
            "score": round(self.score, 3),
        }


def _label(facet: str) -> str:
    """casualty:injured.minor → "injured (minor)"."""
    value = facet.split(":", 1)[1]
    head, _, narrow = value.partition(".")
    return f"{head} ({narrow})" if narrow else head


def _about(f: Fact) -> str:
    """What a figure is about, for a reason sentence."""
    if f.facets:
        return ", ".join(_label(x) for x in f.facets)
    if f.subject:
        return f.subject
    return f.category or f.role or "something else"


def different_thing(claim: Fact, source: Fact) -> str | None:
    """Why two figures of one type are about different things ("is injured (minor), not dead"; "counts
    people, not items"), said of the source's figure; None when nothing says they are."""
    clash = conflict(claim.facets, source.facets)
    if clash is not None:
        return f"is {_label(clash[1])}, not {_label(clash[0])}"
    if claim.type == "count":
        a, b = claim.category or "other", source.category or "other"
        if "other" not in (a, b) and a != b:
            return f"counts {b}, not {a}"
        # Facets that agree (轻伤 is a kind of 受伤) already said what is counted; the nouns decide otherwise.
        groups = {x.split(":", 1)[0] for x in claim.facets} & {x.split(":", 1)[0] for x in source.facets}
        if not groups and _unrelated_nouns(claim.subject, source.subject):
            return f"counts {source.subject}, not {claim.subject}"
    return None


def _unrelated_nouns(a: str | None, b: str | None) -> bool:
    """Two counted nouns that share no word and neither names the other (消防车 vs 救护车; watches vs cases)."""
    if not a or not b:
        return False
    from ..normalize import normalize
    from .similarity import terms

    x, y = normalize(a).lower(), normalize(b).lower()
    if x in y or y in x:
        return False
    tx, ty = terms(x) or frozenset({x}), terms(y) or frozenset({y})
    return not (tx & ty)


def _unnamed_in_source(claim: Fact, source: Fact) -> bool:
    """The claim names what it is about in a contrasting word (死亡) where the source's figure names nothing
    of that kind: the same thing only if the contexts agree."""
    groups = {x.split(":", 1)[0] for x in source.facets}
    return any(x.split(":", 1)[0] not in groups for x in claim.facets)


def _shares_facet(a: Fact, b: Fact) -> bool:
    return bool(set(a.facets) & set(b.facets))


def _significant_round(y: Fraction, like: Fraction) -> Fraction:
    """`y` rounded to as many significant digits as `like` is written with (4725万 like 4700万 → 4700万)."""
    if like == 0 or y == 0:
        return y
    d = Decimal(like.numerator) / Decimal(like.denominator)
    exp = d.normalize().as_tuple().exponent  # 4.7E+7 → 6 (a trailing zero is not significant)
    assert isinstance(exp, int)
    q = Decimal(1).scaleb(exp)
    return Fraction((Decimal(y.numerator) / Decimal(y.denominator)).quantize(q, rounding=ROUND_HALF_UP))


def less_precise(claim: Fact, source: Fact) -> str | None:
    """A note when the claim's approximate figure holds for the source's (约4700万元 for 4725万元; 超过4000万元 for
    4725万元; 700多人 for 约720多人; 约172万元 for 172万余元), else None."""
    if claim.approx is None or claim.max is not None or source.max is not None:
        return None
    # A bound holds for an approximate source figure beyond it (700多人 for 约720多人); "about" rounds what is
    # exact or a little more (约172万元 for 172万余元).
    bound_ok = claim.approx in ("more_than", "at_least") and source.approx in ("about", "more_than")
    about_ok = claim.approx == "about" and source.approx == "more_than"
    if source.approx is not None and not (bound_ok or about_ok):
        return None
    if claim.type not in ("money", "count", "quantity", "percent") or not same_measure(claim, source):
        return None
    x, y = as_number(claim, claim.value), as_number(source, source.value)
    if x is None or y is None or (x == y and claim.approx in ("more_than", "less_than") and source.approx is None):
        return None
    holds = {
        "about": _significant_round(y, x) == x,
        "more_than": y > x,
        "at_least": y >= x,
        "less_than": y < x,
        "at_most": y <= x,
    }.get(claim.approx, False)
    if not holds:
        return None
    return f"the draft is less precise ({claim.text}) than the source ({source.text})"


def _fill_year(claim: DateValue, year: int | None) -> DateValue:
    def fill(p: PartialDate | None) -> PartialDate | None:
        return None if p is None else PartialDate(year, p.month, p.day, p.hour, p.minute, p.second)

    start = fill(claim.start)
    assert start is not None
    return DateValue(start, fill(claim.end), claim.grain)


def _day_of_time(claim: Fact, source: Fact) -> bool:
    return claim.grain == "day" and source.grain == "time" and claim.max is None and source.max is None


def _coarser_date(claim: Fact, source: Fact, claim_years: frozenset[int]) -> bool:
    """The claim's date is a coarser interval around the source's (2019年 around 2019年7月2日; 3月8日 around
    3月8日21时), with an unknown claim year taken from the source where the draft allows it."""
    c, s = claim.value, source.value
    # An approximate source time (晚上9时许) still lies inside the day the claim names.
    if not (isinstance(c, DateValue) and isinstance(s, DateValue)) or claim.approx not in (None, source.approx):
        return False
    if c.start.year is None and s.start.year is not None and not nothing_known(c):
        if claim_years and s.start.year not in claim_years:
            return False
        c = _fill_year(c, s.start.year)
    return date_contains(c, s)


def check(
    source_facts: Sequence[Fact],
    draft_facts: Sequence[Fact],
    *,
    ignore_approx: bool = False,
    threshold: float = MATCH_THRESHOLD,
) -> list[Verdict]:
    """A verdict for every draft figure, in draft order.

    Supported: some source fact of the same type has an equivalent value (the most similar is evidence).
    Otherwise the most similar source fact of the same type, if similar enough, is the evidence of a
    mismatch; else the claim is not found. `ignore_approx` counts approximation-only differences
    (10余万元 vs 10万元) as supported.
    """
    src_ctx, dr_ctx = contexts(source_facts), contexts(draft_facts)
    src_years, dr_years = stated_years(source_facts), stated_years(draft_facts)
    src_keys, dr_keys = [value_key(f) for f in source_facts], [value_key(f) for f in draft_facts]
    by_type: dict[str, list[int]] = {}
    by_key: dict[tuple[Any, ...], list[int]] = {}  # non-date values: equal keys are equal values
    for j, s in enumerate(source_facts):
        by_type.setdefault(s.type, []).append(j)
        k = src_keys[j]
        if k is not None:
            by_key.setdefault(k, []).append(j)
    sent_cache: dict[tuple[int, int], float] = {}
    sims: dict[tuple[int, int], float] = {}

    def sim(i: int, j: int) -> float:
        v = sims.get((i, j))
        if v is None:
            v = sims[(i, j)] = similarity(draft_facts[i], dr_ctx[i], source_facts[j], src_ctx[j], sent_cache)
        return v

    out: list[Verdict | None] = [None] * len(draft_facts)
    others: dict[int, tuple[int, str]] = {}  # claim → (equal-valued source figure about something else, why)
    used: set[int] = set()
    for i, c in enumerate(draft_facts):
        # (exact?, score, j, note): an exact statement beats a looser one (approx-only when ignored, or a
        # coarser date), then the more similar context wins.
        best: tuple[bool, float, int, str] | None = None
        k = dr_keys[i]
        for j in by_key.get(k, ()) if k is not None else by_type.get(c.type, ()):
            s = source_facts[j]
            ok, note = (True, "") if k is not None else values_equal(c, s, dr_years, src_years)
            exact = ok and (c.approx or None) == (s.approx or None)
            if ok and not exact:
                if not ignore_approx:
                    continue
                note = approx_detail(c, s)
            elif not ok:
                # A coarser date containing the source's (2019年 for 2019年7月2日) is true as well, but only
                # as a statement about that same event, so it must also be the same thing in context; the day
                # of a time the source gives (3月8日 for 3月8日21时) is taken as the same event.
                if not (_coarser_date(c, s, dr_years) and (sim(i, j) >= threshold or _day_of_time(c, s))):
                    continue
                note = f"the draft is less precise ({c.text}) than the source ({s.text})"
            why = different_thing(c, s)
            if why is None and _unnamed_in_source(c, s) and sim(i, j) < threshold:
                why = f"is about {_about(s)}, the draft's about {_about(c)}"
            if why is not None:
                if i not in others or sim(i, j) > sim(i, others[i][0]):
                    others[i] = (j, why)
                continue
            score = sim(i, j)
            if best is None or (exact, score) > (best[0], best[1]):
                best = (exact, score, j, note)
        if best is None:
            # An approximate claim that holds for an exact source figure about the same thing.
            for j in by_type.get(c.type, ()):
                s = source_facts[j]
                note = less_precise(c, s)
                # The same digits with only 约/余 around them (约172万元 for 172万余元) are the figure itself, taken
                # like an equal value; a rounded one must also stand in a like context.
                same = as_number(c, c.value) == as_number(s, s.value) and not _unnamed_in_source(c, s)
                close = note and different_thing(c, s) is None and (same or sim(i, j) >= threshold)
                if close and (best is None or sim(i, j) > best[1]):
                    best = (False, sim(i, j), j, note)
        if best is not None:
            _, score, j, note = best
            s = source_facts[j]
            reason = note or f"the source states the same figure about the same thing: {s.text}"
            out[i] = Verdict("supported", c, s, detail=note, score=score, reason=reason)
            used.add(j)

    for i, c in enumerate(draft_facts):
        if out[i] is not None:
            continue
        other = others.get(i)
        other_fact = source_facts[other[0]] if other else None
        wrong = f"same value, different subject: the source's {other_fact.text} {other[1]}" if other else ""
        if isinstance(c.value, DateValue) and nothing_known(c.value):
            hint = "the date has no known year (no reference date): pass --ref-date to check it"
            out[i] = Verdict("not_found", c, None, detail=hint, reason=hint, other=other_fact)
            continue
        # Rank by context (a source figure already used as evidence is a less likely partner), then let a
        # typical slip (digit swap, 万/亿, year …) lift the few best: classifying every pair is too slow.
        # A figure about something else is never the evidence of a mismatch.
        pre = sorted(
            (
                (sim(i, j) * (_USED_PENALTY if j in used else 1.0) + (_FACET_BONUS if _shares_facet(c, s) else 0.0), j)
                for j in by_type.get(c.type, ())
                if different_thing(c, s := source_facts[j]) is None and j != (other[0] if other else -1)
            ),
            key=lambda t: (-t[0], t[1]),
        )[:_SHORTLIST]
        ranked: list[tuple[float, int, Difference, str]] = []
        for rank, j in pre:
            if rank + _LONG_SLIP_BONUS < threshold:
                break
            kind, detail = classify(c, source_facts[j], dr_years, src_years)
            # The same amount in another currency (5.9亿美元 for 新台币5.9亿元) is a slip as typical as a digit.
            s = source_facts[j]
            slip = kind in SLIPS or (kind == "currency" and as_number(c, c.value) == as_number(s, s.value))
            # A swapped or changed digit in a long figure (20190720 for 20190702) is unlikely to be a coincidence.
            long = kind in ("transposition", "digit") and sum(ch.isdigit() for ch in c.text + s.text) >= 10
            ranked.append((rank + (_LONG_SLIP_BONUS if long else _SLIP_BONUS if slip else 0.0), j, kind, detail))
        ranked.sort(key=lambda t: (-t[0], t[1]))
        if ranked and ranked[0][0] >= threshold:
            _, j, kind, detail = ranked[0]
            s = source_facts[j]
            severity: Severity = "minor" if kind in MINOR else "major"
            said = f"the source gives {s.text} for the same thing ({kind}{': ' + detail if detail else ''})"
            reason = f"{wrong}; it reports {s.text} for {_about(c)}" if wrong else said
            out[i] = Verdict("mismatch", c, s, kind, severity, detail, sim(i, j), reason=reason, other=other_fact)
        else:
            near = f"closest source figure: {source_facts[pre[0][1]].text}" if pre else ""
            reason = f"{wrong}; it says nothing else about {_about(c)}" if wrong else "the source never states this"
            out[i] = Verdict("not_found", c, None, detail=near, score=sim(i, pre[0][1]) if pre else 0.0,
                             reason=reason, other=other_fact)  # fmt: skip
    _other_time(out, draft_facts, source_facts, by_type, sim, (dr_years, src_years))
    _other_subject(out, draft_facts, source_facts, by_type, dr_ctx, src_ctx)
    _other_name(out, draft_facts, source_facts, by_type, dr_ctx, src_ctx, sim)
    _other_role(out, draft_facts, source_facts, by_type, sim)
    _other_kind(out, draft_facts, source_facts, by_type, dr_ctx, src_ctx, sim)
    _note_other_context(out, draft_facts, source_facts, by_type, sim)
    return [v for v in out if v is not None]


def _other_subject(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                   by_type: dict[str, list[int]], dr_ctx: list[Any], src_ctx: list[Any]) -> None:  # fmt: skip
    """A supported claim is about another source figure's thing when words the claim says its figure is about stand
    in that figure's scope and nowhere in the sentence part of any source figure with the claim's value, and they
    outnumber the claim's words found only beside the equal figure: 宜蘭縣損失230萬元 against a source where 230萬
    is 高雄's and 宜蘭縣's is 222萬; "the S&P 500 lost 0.5%" where 0.5% is the Nasdaq's; 第一产业增长9.5% where
    9.5% follows 第二产业增加值."""
    index = {id(f): j for j, f in enumerate(source)}
    for i, v in enumerate(out):
        if v is None or v.verdict != "supported" or v.detail or v.evidence is None:
            continue
        c, mine = draft[i], dr_ctx[i].terms
        ev_ctx = src_ctx[index[id(v.evidence)]]
        ev, ev_clause = ev_ctx.terms, ev_ctx.clause
        best: tuple[int, int, frozenset[str]] | None = None
        for j in by_type.get(c.type, ()):
            s = source[j]
            if s is v.evidence or values_equal(c, s)[0] or different_thing(c, s) is not None:
                continue
            theirs = src_ctx[j].terms
            # Words of the claim beside the other figure and nowhere in the equal figure's clause; and no word of
            # the claim beside the equal figure only.
            only_there = (mine & theirs) - ev_clause
            if only_there and not (mine & ev) - src_ctx[j].clause and (best is None or len(only_there) > best[0]):
                best = (len(only_there), j, only_there)
        if best is None:
            best = _other_scope(i, draft[i], source, by_type, dr_ctx, src_ctx)
        if best is None:
            continue
        _, j, words = best
        s = source[j]
        reason = (f"same value, different subject: the source's {v.evidence.text} is not about "
                  f"{'/'.join(sorted(words))}; it reports {s.text} for that")  # fmt: skip
        out[i] = _other_thing(c, s, v.score, reason, v.evidence)


def _other_scope(i: int, c: Fact, source: Sequence[Fact], by_type: dict[str, list[int]], dr_ctx: list[Any],
                 src_ctx: list[Any]) -> tuple[int, int, frozenset[str]] | None:  # fmt: skip
    """The other source figure whose scope holds words of the claim that no sentence part of an equal-valued source
    figure has, and more of them than the claim's words beside the equal figure only; None when there is none."""
    mine = dr_ctx[i].terms | dr_ctx[i].scope
    kind = by_type.get(c.type, ())
    equal = [j for j in kind if values_equal(c, source[j])[0] and different_thing(c, source[j]) is None]
    if not equal:
        return None
    # What the whole article is about (its title's film, its one company) is named beside many figures and stands
    # for the subject of sentences that say "it": such words tell no figure from another.
    mine -= _topic_words(source, src_ctx)
    best: tuple[int, int, frozenset[str]] | None = None
    for j in kind:
        if j in equal or values_equal(c, source[j])[0] or different_thing(c, source[j]) is not None:
            continue
        theirs = src_ctx[j].terms | src_ctx[j].scope
        fits = True
        for e in equal:
            ev = src_ctx[e]
            only_there = _absent(mine & theirs, ev.part | ev.clause)
            only_here = _absent(mine & (ev.terms | ev.scope), src_ctx[j].part | src_ctx[j].clause)
            if not only_there or len(only_there) <= len(only_here):
                fits = False
                break
        if fits:
            words = _absent(mine & theirs, frozenset().union(*(src_ctx[e].part for e in equal)))
            if best is None or len(words) > best[0]:
                best = (len(words), j, words)
    return best


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
                by_type: dict[str, list[int]], dr_ctx: list[Any], src_ctx: list[Any], sim: Any) -> None:  # fmt: skip
    """A supported claim that names whose figure it is (James scored 34 points; 李某被并处罚金80万元) where every
    source figure with its value is someone else's (named before it: Davis scored 34 points; 判处王某…并处罚金80万元)
    and the claim's name is nowhere in that sentence part is about another thing: a mismatch against a figure about
    the same thing beside the claim's name, else not found."""
    from .similarity import names

    # Words written capitalized inside some sentence: a sentence's capitalized first word is a name if among them.
    known = frozenset().union(*(names(t, t)[0] for t in {f.sentence for f in (*source, *draft)}))
    for i, v in enumerate(out):
        if v is None or v.verdict != "supported" or v.detail or v.evidence is None:
            continue
        c, ctx = draft[i], dr_ctx[i]
        who = ctx.names | (ctx.openers & known)
        if not who:
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if values_equal(c, source[j])[0] and different_thing(c, source[j]) is None]
        said = ctx.terms | ctx.scope | ctx.clause | ctx.names | ctx.openers
        # None of the claim's names anywhere in an equal figure's sentence part, and someone else named before it.
        if not equal or not all(_absent(who, src_ctx[e].part) == who and _absent(src_ctx[e].names, said)
                                for e in equal):  # fmt: skip
            continue
        theirs = [(sim(i, j), j) for j in kind if j not in equal and different_thing(c, source[j]) is None
                  and _absent(who, src_ctx[j].terms | src_ctx[j].scope) != who]  # fmt: skip
        claimed, whose = "/".join(sorted(who)), "/".join(sorted(src_ctx[equal[0]].names))
        best = max(theirs) if theirs else None
        if best is not None and best[0] >= MATCH_THRESHOLD:
            s = source[best[1]]
            reason = (f"same value, different subject: the source's {v.evidence.text} is {whose}'s; "
                      f"for {claimed} it reports {s.text}")  # fmt: skip
            out[i] = _other_thing(c, s, best[0], reason, v.evidence)
        else:
            reason = (f"same value, different subject: the source's {v.evidence.text} is {whose}'s; "
                      f"it gives none for {claimed}")  # fmt: skip
            out[i] = Verdict("not_found", c, None, reason=reason, other=v.evidence)


def _other_role(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """A supported claim whose every equal source figure plays another part in its sentence: the earlier value a
    change starts from ("up from $38,373 a year ago") while the claim states a current one, or the figure of
    another item of a 分别/"respectively" list than the one the claim names. A mismatch against the sentence's
    current figure, or the item's own figure."""
    for i, v in enumerate(out):
        if v is None or v.verdict != "supported" or v.detail or v.evidence is None:
            continue
        c = draft[i]
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if values_equal(c, source[j])[0] and different_thing(c, source[j]) is None]
        if not equal:
            continue
        if all(is_base(source[e]) for e in equal) and not says_earlier(c) and not is_base(c):
            j = current_partner(source[equal[0]], source)
            if j is not None and not values_equal(c, source[j])[0] and different_thing(c, source[j]) is None:
                reason = (f"same value, another time: the source's {v.evidence.text} is the earlier value it "
                          f"compares with; the current figure is {source[j].text}")  # fmt: skip
                out[i] = _other_thing(c, source[j], v.score, reason, v.evidence)
                continue
        if all(negated(source[e]) for e in equal) and not negated(c):
            stated = [(sim(i, j), j) for j in kind if j not in equal and not negated(source[j])
                      and different_thing(c, source[j]) is None]  # fmt: skip
            best = max(stated) if stated else None
            said = f"the source says the opposite of {v.evidence.text} (it is denied)"
            if best is not None and best[0] >= MATCH_THRESHOLD:
                out[i] = _other_thing(c, source[best[1]], best[0], f"{said}; it reports {source[best[1]].text}",
                                      v.evidence)  # fmt: skip
            else:
                out[i] = Verdict("not_found", c, None, reason=f"{said}; it states no such figure", other=v.evidence)
            continue
        if all(modal(source[e]) for e in equal) and not says_modal(c):
            actual = [(sim(i, j), j) for j in kind if j not in equal and not modal(source[j])
                      and different_thing(c, source[j]) is None]  # fmt: skip
            best = max(actual) if actual else None
            said = f"the source's {v.evidence.text} is a forecast, plan or ceiling, not what happened"
            if best is not None and best[0] >= MATCH_THRESHOLD:
                out[i] = _other_thing(c, source[best[1]], best[0], f"{said}; it reports {source[best[1]].text}",
                                      v.evidence)  # fmt: skip
            else:
                out[i] = Verdict("not_found", c, None, reason=f"{said}; it states no actual figure", other=v.evidence)
            continue
        mine = [_respective_figure(c, source[e], source) for e in equal]
        if mine and all(m is not None and m[0] is not source[e] for m, e in zip(mine, equal, strict=True)):
            item, fig = mine[0]  # type: ignore[misc]
            if values_equal(c, fig)[0]:
                continue
            reason = (f"same value, different subject: the source's {v.evidence.text} belongs to another item of "
                      f"its list; for {item} it reports {fig.text}")  # fmt: skip
            out[i] = _other_thing(c, fig, v.score, reason, v.evidence)


def _respective_figure(claim: Fact, equal: Fact, source: Sequence[Fact]) -> tuple[str, Fact] | None:
    """(item, figure) of the 分别/"respectively" list in `equal`'s sentence whose item the claim names, or None."""
    same = [f for f in source if (f.sentence_start, f.sentence) == (equal.sentence_start, equal.sentence)]
    figures = sorted((f for f in same if f.type == claim.type), key=position)
    found = respective_items(figures, sorted((f for f in same if f.type == "date"), key=position))
    if found is None:
        return None
    items, figures = found
    from .similarity import terms

    words = [terms(x) for x in items]
    hits = []
    for k, item in enumerate(items):
        others = frozenset().union(*(w for n, w in enumerate(words) if n != k))
        own = words[k] - others
        if item.strip() in claim.sentence or (own and own & terms(claim.sentence)):
            hits.append(k)
    return (items[hits[0]].strip(), figures[hits[0]]) if len(hits) == 1 else None


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
        if v is None or v.verdict != "supported" or v.detail or v.evidence is None:
            continue
        c, ctx = draft[i], dr_ctx[i]
        mine = ctx.terms | ctx.scope
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if values_equal(c, source[j])[0] and different_thing(c, source[j]) is None]
        pairs = []
        for e in equal:
            ev = src_ctx[e]
            pair = next(((w, x) for w in sorted(_absent(mine, ev.part)) for x in sorted(_absent(ev.terms | ev.scope,
                         mine)) if _rival(w, x)), None)  # fmt: skip
            pairs.append(pair)
        if not equal or None in pairs:
            continue
        w, x = pairs[0]  # type: ignore[misc]
        theirs = [(sim(i, j), j) for j in kind if j not in equal and different_thing(c, source[j]) is None
                  and not _absent(frozenset({w}), src_ctx[j].terms | src_ctx[j].scope)]  # fmt: skip
        best = max(theirs) if theirs else None
        said = f"same value, different subject: the source's {v.evidence.text} is about {x}, not {w}"
        if best is not None and best[0] >= MATCH_THRESHOLD:
            out[i] = _other_thing(c, source[best[1]], best[0], f"{said}; for {w} it reports {source[best[1]].text}",
                                  v.evidence)  # fmt: skip
        else:
            out[i] = Verdict("not_found", c, None, reason=f"{said}; it gives none for {w}", other=v.evidence)


def _absent(words: frozenset[str], near: frozenset[str]) -> frozenset[str]:
    """The words not found in `near`, where a word inside another counts as found (median in median-valued, 成长率
    in 经济成长率, home in homeowner)."""
    return frozenset(w for w in words if not any(w in x or (len(x) >= 2 and x in w) for x in near))


Years = tuple[frozenset[int], frozenset[int]]  # the years the draft and the source state


def _other_thing(claim: Fact, source: Fact, score: float, reason: str, equal: Fact) -> Verdict:
    """A mismatch against `source` that names `equal`: the source's figure with the claim's value, about another
    thing."""
    kind, detail = classify(claim, source)
    severity: Severity = "minor" if kind in MINOR else "major"
    return Verdict("mismatch", claim, source, kind, severity, detail, score, reason=reason, other=equal)


def _sentence_dates(facts: Sequence[Fact]) -> dict[int, list[Fact]]:
    """For each fact (by index), the date facts of its sentence."""
    by_sentence: dict[tuple[int, int, str], list[Fact]] = {}
    for f in facts:
        if f.type == "date":
            by_sentence.setdefault((f.sentence_start, f.sentence_end, f.sentence), []).append(f)
    return {i: by_sentence.get((f.sentence_start, f.sentence_end, f.sentence), []) for i, f in enumerate(facts)}


def _same_time(a: list[Fact], b: list[Fact], years: Years) -> bool:
    """Some date of `a` and some date of `b` name the same time, or one contains the other."""
    for x in a:
        for y in b:
            if values_equal(x, y, *years)[0]:
                return True
            vx, vy = x.value, y.value
            if (
                isinstance(vx, DateValue)
                and isinstance(vy, DateValue)
                and (date_contains(vx, vy) or date_contains(vy, vx))
            ):
                return True
    return False


def _other_time(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                by_type: dict[str, list[int]], sim: Any, years: Years) -> None:  # fmt: skip
    """A supported claim dated in its sentence (10月, "in 2004") whose equal source figure is dated otherwise, while
    another figure of the same kind is dated like the claim, is about that other time: a mismatch naming both
    ("$38,373 was a year ago; in October it was $39,014")."""
    claim_dates, source_dates = _sentence_dates(draft), _sentence_dates(source)
    index = {id(f): j for j, f in enumerate(source)}
    for i, v in enumerate(out):
        if v is None or v.verdict != "supported" or v.detail or v.evidence is None or draft[i].type == "date":
            continue
        mine, theirs = claim_dates[i], source_dates[index[id(v.evidence)]]
        if not mine or not theirs or _same_time(mine, theirs, years):
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
        if not candidates:
            continue
        score, j = max(candidates)
        if score < MATCH_THRESHOLD:
            continue
        s = source[j]
        when = ", ".join(d.text for d in theirs)
        reason = (f"same value, another time: the source's {v.evidence.text} is for {when}; "
                  f"for {', '.join(d.text for d in mine)} it reports {s.text}")  # fmt: skip
        out[i] = _other_thing(c, s, score, reason, v.evidence)


def _note_other_context(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                        by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """A claim whose equal value sits in a context unlike its own, while a figure in a context much like it says
    something else, is about that other figure's thing: a mismatch that names both ("same value, different
    subject"). 12.2m on New Year's Eve is not the 18m of New Year's Day."""
    for i, v in enumerate(out):
        if v is None or v.verdict != "supported" or v.detail or v.evidence is None or v.score > 1 - _OTHER_MARGIN:
            continue  # (another figure can only beat it by the margin when its own score leaves room)
        c = draft[i]
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
            out[i] = _other_thing(c, s, score, reason, v.evidence)
