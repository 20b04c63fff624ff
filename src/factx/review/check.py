"""Checking a draft against its source: a verdict for every figure of the draft.

Two questions are kept apart, because they fail in different ways. *Is the value in the source?*
(`values`) A claim is supported when ANY source fact of the same type has an equal value; the most similar
one is reported as evidence. *Which source figure talks about the same thing?* (`similarity`) Asked only
when no equal value exists, to tell a mismatch (named by `classify`) from a figure not found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..model import DateValue, Fact
from .classify import MINOR, SLIPS, Difference, Severity, approx_detail, classify
from .record import fact_dict
from .similarity import contexts, similarity
from .values import date_contains, nothing_known, stated_years, value_key, values_equal

VerdictKind = Literal["supported", "mismatch", "not_found"]

# A source figure is "the same thing" as a claim when their similarity reaches this (0..1); below it, a
# claim without an equal value in the source is "not found". Tuned on the examples in tests/test_check.py.
MATCH_THRESHOLD = 0.35
_SLIP_BONUS = 0.08
_SHORTLIST = 8  # candidates per claim that are classified (by context rank)
# A source figure already serving as evidence for a supported claim is a less likely partner for another.
_USED_PENALTY = 0.75


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

    def to_dict(self, claim_source: str | None = None, evidence_source: str | None = None) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "claim": fact_dict(self.claim, claim_source),
            "evidence": fact_dict(self.evidence, evidence_source) if self.evidence is not None else None,
            "difference": self.difference,
            "severity": self.severity,
            "detail": self.detail or None,
            "score": round(self.score, 3),
        }


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
                # as a statement about that same event, so it must also be the same thing in context.
                if not (isinstance(c.value, DateValue) and isinstance(s.value, DateValue)
                        and date_contains(c.value, s.value) and c.approx == s.approx
                        and sim(i, j) >= threshold):  # fmt: skip
                    continue
                note = f"the draft is less precise ({c.value.iso()}) than the source ({s.value.iso()})"
            score = sim(i, j)
            if best is None or (exact, score) > (best[0], best[1]):
                best = (exact, score, j, note)
        if best is not None:
            _, score, j, note = best
            out[i] = Verdict("supported", c, source_facts[j], detail=note, score=score)
            used.add(j)

    for i, c in enumerate(draft_facts):
        if out[i] is not None:
            continue
        if isinstance(c.value, DateValue) and nothing_known(c.value):
            hint = "the date has no known year (no reference date): pass --ref-date to check it"
            out[i] = Verdict("not_found", c, None, detail=hint)
            continue
        # Rank by context (a source figure already used as evidence is a less likely partner), then let a
        # typical slip (digit swap, 万/亿, year …) lift the few best: classifying every pair is too slow.
        pre = sorted(
            ((sim(i, j) * (_USED_PENALTY if j in used else 1.0), j) for j in by_type.get(c.type, ())),
            key=lambda t: (-t[0], t[1]),
        )[:_SHORTLIST]
        ranked: list[tuple[float, int, Difference, str]] = []
        for rank, j in pre:
            if rank + _SLIP_BONUS < threshold:
                break
            kind, detail = classify(c, source_facts[j], dr_years, src_years)
            ranked.append((rank + (_SLIP_BONUS if kind in SLIPS else 0.0), j, kind, detail))
        ranked.sort(key=lambda t: (-t[0], t[1]))
        if ranked and ranked[0][0] >= threshold:
            _, j, kind, detail = ranked[0]
            severity: Severity = "minor" if kind in MINOR else "major"
            out[i] = Verdict("mismatch", c, source_facts[j], kind, severity, detail, sim(i, j))
        else:
            near = f"closest source figure: {source_facts[pre[0][1]].text}" if pre else ""
            out[i] = Verdict("not_found", c, None, detail=near, score=sim(i, pre[0][1]) if pre else 0.0)
    _note_other_context(out, draft_facts, source_facts, by_type, sim)
    return [v for v in out if v is not None]


def _note_other_context(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                        by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """A supported claim whose equal value sits in an unrelated sentence, while a figure about the same
    thing says something else, stays supported (the rule is "any equal value") but says so."""
    for i, v in enumerate(out):
        if v is None or v.verdict != "supported" or v.detail or v.evidence is None or v.score > 0.7:
            continue  # (another figure can only beat it by 0.3 when its own score is at most 0.7)
        others = [(sim(i, j), j) for j in by_type.get(draft[i].type, ()) if source[j] is not v.evidence]
        if not others:
            continue
        score, j = max(others)
        if score >= 0.6 and score - v.score >= 0.3 and not values_equal(draft[i], source[j])[0]:
            detail = f"the value appears in another context; the closest figure says {source[j].text}"
            out[i] = Verdict("supported", v.claim, v.evidence, detail=detail, score=v.score)
