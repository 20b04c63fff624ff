"""Checking a draft against its source: a verdict for every figure of the draft.

*Supported* means the source states the same quantity about the same thing, never merely the same number:
an equal value (`values`) whose figure is not about something else. What a figure is about is read from
words that contrast (`factx.facets`: 死亡 vs 轻伤, 罚金 vs 退赔, rose vs fell) and from what a count counts
(people, vehicles, incidents, households). Only such words keep an equal value from supporting a claim: a contrasting
word of the claim that the source's sentence merely lacks is no evidence of another thing, since a paraphrase rarely
keeps the source's words; a rival word in the source figure's clause is (rose "only modestly" by 14 percent is no
fall). A claim less precise than the source (约4700万元 for
4725万元, 2019年 for 2019年7月2日) is supported, with a note.

Otherwise the source figure most likely about the same thing (`similarity`, never one about something else)
is the evidence of a mismatch, named by `classify`; without one the claim is not found. An equal value about
something else is named in the record either way ("same value, different subject"). Every verdict carries a
one-sentence `reason`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ..facets import conflict
from ..model import DateValue, Fact, PartialDate
from .classify import MINOR, SLIPS, Difference, Severity, approx_detail, classify
from .looser import event_words, less_precise, lone_rounding, same_event_words
from .owners import reconsider
from .range_ends import range_end
from .retype import as_source_reads
from .similarity import contexts, similarity
from .source_text import SourceText
from .values import as_number, date_contains, nothing_known, stated_years, value_key, values_equal
from .verdict import (
    DIRECTION,
    MATCH_THRESHOLD,
    Verdict,
    VerdictKind,
    about,
    different_thing,
    remembering_alike,
    without_direction,
)
from .wordsets import group_facets

__all__ = ["MATCH_THRESHOLD", "Verdict", "VerdictKind", "check", "different_thing", "less_precise"]

_SLIP_BONUS = 0.08
_LONG_SLIP_BONUS = 0.12
_SHORTLIST = 8  # candidates per claim that are classified (by context rank)
# A source figure already serving as evidence for a supported claim is a less likely partner for another.
_USED_PENALTY = 0.75
# Figures that name the same thing in words that contrast (both 死亡, both 罚金) are likelier partners.
_FACET_BONUS = 0.15
# A coarser date (2019年 for 2019年7月2日) supports a claim only from a context at least this alike: a year or a
# month alone matches many events of an article.
_COARSER_DATE_SIM = 0.35
# A source figure in the sentence that supports another figure of the claim's sentence is a likelier partner.
_TOGETHER_BONUS = 0.1


def _named_otherwise(claim: Fact, source: Fact) -> str | None:
    """The claim names its thing in a contrasting word (fell) whose group the source's figure was given no facet of,
    while its clause names a rival of that group (rose "only modestly" by 14 percent): why they are different things,
    else None. A group the source's clause does not name at all is no evidence either way."""
    groups = {x.split(":", 1)[0] for x in source.facets}
    for x in claim.facets:
        group = x.split(":", 1)[0]
        if group in groups or _in_clause(x, source):
            continue
        for rival in group_facets(group):
            if conflict((x,), (rival,)) is not None and _in_clause(rival, source):
                return f"is {rival.split(':', 1)[1]}, not {x.split(':', 1)[1]}"
    return None


def _in_clause(facet: str, f: Fact) -> bool:
    """A word of the facet stands in the figure's clause before it or in the clause before that one, with no other
    figure and no end of a sentence part between (非法收受他人财物，共计折合人民币1.7亿余元: the sum is the bribe's;
    a clause that only sums up, 共计/折合, names its thing in the clause before)."""
    import re

    from ..normalize import normalize
    from .roles import position
    from .wordsets import facet_words

    at = position(f)
    before = normalize(f.sentence[:at]).lower()
    before = re.split(r"[；;：:。！？!?]|\d", before)[-1]
    before = "，".join(re.split(r"[，,]", before)[-2:])
    return any(
        w in before if not w.isascii() else re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", before)
        for w in facet_words(facet)
    )


def _opposite_direction(claim: Fact, source: Fact) -> bool:
    """The two figures differ only in direction (fell 3.1 percent, "rose 3.1 percent"): they conflict in the direction
    group, by their facets or by a rival word in the source's clause, and nothing else tells them apart."""
    clash = conflict(claim.facets, source.facets)
    why = _named_otherwise(claim, source) if clash is None else None
    if not (clash is not None and clash[0].startswith(DIRECTION)) and not (
        why is not None and any(x.startswith(DIRECTION) and x.split(":", 1)[1] in why for x in claim.facets)
    ):
        return False
    rest = without_direction(claim)
    return different_thing(rest, source) is None and _named_otherwise(rest, source) is None


def _shares_facet(a: Fact, b: Fact) -> bool:
    """The source figure `b` names a contrasting word of the claim `a`: among its facets, or in the clauses right
    before it (收受他人财物，共计折合人民币1.7亿余元 is named a bribe as much as 受贿1.7亿元 is)."""
    # (a date is about an event, which a contrasting word near it does not name)
    return bool(set(a.facets) & set(b.facets)) or (a.type != "date" and any(_in_clause(x, b) for x in a.facets))


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
    elif c.start.year is None and s.start.year is None and not (nothing_known(c) or nothing_known(s)):
        # Neither knows its year (no reference date): 3月8日晚 still holds 3月8日晚上9时许 in any year; 2000 is a
        # leap year, so 2月29日 stays a date.
        c, s = _fill_year(c, 2000), _fill_year(s, 2000)
    return date_contains(c, s)


def check(
    source_facts: Sequence[Fact],
    draft_facts: Sequence[Fact],
    *,
    ignore_approx: bool = False,
    threshold: float = MATCH_THRESHOLD,
    document: str | None = None,
) -> list[Verdict]:
    """A verdict for every draft figure, in draft order.

    Supported: some source fact of the same type has an equivalent value (the most similar is evidence).
    Otherwise the most similar source fact of the same type, if similar enough, is the evidence of a
    mismatch; else the claim is not found. `ignore_approx` counts approximation-only differences
    (10余万元 vs 10万元) as supported. `document` is the source's text when the source is one document (its facts'
    offsets are into it): whose a figure is is then also read from the sentences around it that hold no figure.
    """
    written = draft_facts
    draft_facts = as_source_reads(draft_facts, source_facts)
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
            elif not ok and (end := range_end(c, s, lambda a, b: values_equal(a, b, dr_years, src_years)[0])):
                note = end  # (暴雨始于7月16日晚 for 7月16日晚至17日凌晨: the end of the period the claim names)
            elif not ok:
                # A coarser date containing the source's (2019年 for 2019年7月2日) is true as well, but only
                # as a statement about that same event, so it must also be the same thing in context; the day
                # of a time the source gives (3月8日 for 3月8日21时) is taken as the same event.
                if not (
                    _coarser_date(c, s, dr_years)
                    and (
                        sim(i, j) >= _COARSER_DATE_SIM
                        or _day_of_time(c, s)
                        or same_event_words(c, dr_ctx[i].terms, event_words(j, source_facts, src_ctx), sim(i, j))
                    )
                ):
                    continue
                note = f"the draft is less precise ({c.text}) than the source ({s.text})"
            # Only words that say the source figure is about something else keep an equal value from supporting
            # the claim; a contrasting word of the claim the source's sentence merely lacks ("killed" where the
            # source says "two service members") is no such word: a paraphrase rarely keeps the source's words.
            why = different_thing(c, s) or _named_otherwise(c, s)
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
                same = as_number(c, c.value) == as_number(s, s.value)
                other = different_thing(c, s) or _named_otherwise(c, s)
                close = note and other is None and (same or sim(i, j) >= threshold or lone_rounding(
                    c, s, [source_facts[x] for x in by_type[c.type]], sim(i, j),
                    dr_ctx[i].terms & src_ctx[j].part))  # fmt: skip
                if close and (best is None or sim(i, j) > best[1]):
                    best = (False, sim(i, j), j, note)
        if best is not None:
            _, score, j, note = best
            s = source_facts[j]
            reason = note or f"the source states the same figure about the same thing: {s.text}"
            out[i] = Verdict("supported", c, s, detail=note, score=score, reason=reason)
            used.add(j)

    # The source sentences that support another figure of each draft sentence: figures a reporter states together
    # usually come from one source sentence, so a figure there is a likelier partner for a mismatch.
    beside: dict[int, set[int]] = {}
    for v in out:
        if v is not None and v.evidence is not None:
            beside.setdefault(v.claim.sentence_start, set()).add(v.evidence.sentence_start)
    for i, c in enumerate(draft_facts):
        if out[i] is not None:
            continue
        other = others.get(i)
        together = beside.get(c.sentence_start, set())
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
                (
                    sim(i, j) * (_USED_PENALTY if j in used else 1.0)
                    + (_FACET_BONUS if _shares_facet(c, s) else 0.0)
                    + (_TOGETHER_BONUS if s.sentence_start in together else 0.0),
                    j,
                )
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
            cv, sv = c.value, s.value
            if kind == "precision" and isinstance(cv, DateValue) and isinstance(sv, DateValue) \
                    and date_contains(cv, sv) and not wrong:  # fmt: skip
                # The source figure taken to be about the claim's thing, stated more exactly (February 2024 for
                # Tuesday, 6 February 2024): the claim is true of it.
                note = f"the draft is less precise ({c.text}) than the source ({s.text})"
                out[i] = Verdict("supported", c, s, detail=note, score=sim(i, j), reason=note)
                continue
            severity: Severity = "minor" if kind in MINOR else "major"
            said = f"the source gives {s.text} for the same thing ({kind}{': ' + detail if detail else ''})"
            reason = f"{wrong}; it reports {s.text} for {about(c)}" if wrong else said
            out[i] = Verdict("mismatch", c, s, kind, severity, detail, sim(i, j), reason=reason, other=other_fact)
        elif other_fact is not None and _opposite_direction(c, other_fact):
            # A fall where the source states the same amount as a rise is the same figure with its sign changed: the
            # source quantifies the claim's thing otherwise, so it is a mismatch against that figure, not a figure
            # the source never gives.
            detail = f"the source gives the opposite direction: {other_fact.text} {other[1] if other else ''}"
            out[i] = Verdict("mismatch", c, other_fact, "value", "major", detail, sim(i, other[0]) if other else 0.0,
                             reason=f"{wrong}; the draft reverses its direction", other=other_fact)  # fmt: skip
        else:
            near = f"closest source figure: {source_facts[pre[0][1]].text}" if pre else ""
            reason = f"{wrong}; it says nothing else about {about(c)}" if wrong else "the source never states this"
            out[i] = Verdict("not_found", c, None, detail=near, score=sim(i, pre[0][1]) if pre else 0.0,
                             reason=reason, other=other_fact)  # fmt: skip
    text = SourceText(document) if document is not None else None
    with remembering_alike():
        reconsider(out, draft_facts, source_facts, by_type, dr_ctx, src_ctx, sim, (dr_years, src_years), text)
    return [_as_written(v, w) for v, w in zip(out, written, strict=True) if v is not None]


def _as_written(v: Verdict, written: Fact) -> Verdict:
    """The verdict on the draft's figure as extracted, saying so when it was read as the source's type."""
    if v.claim is written:
        return v
    if v.claim.type == written.type:  # (only its role read as its facet, `retype.role_facet`)
        return dataclasses.replace(v, claim=written)
    note = f"read as the source's {v.evidence.type} ({v.evidence.text})" if v.evidence is not None else ""
    reason = f"{v.reason}; the draft's {written.text} {note}" if note else v.reason
    return dataclasses.replace(v, claim=written, reason=reason)
