"""Comparing two versions of a document: the figures added, removed and changed from OLD to NEW."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..model import Fact
from .classify import DIFF, MINOR, Difference, Severity, classify
from .record import fact_dict
from .similarity import contexts, similarity
from .values import equal_keyed, stated_years, value_key

ChangeKind = Literal["added", "removed", "changed", "unchanged"]

# Pairs with different values must reach this to count as one figure changed (else removed + added);
# pairs with equal values only need UNCHANGED_THRESHOLD (a moved or reworded sentence keeps its figure).
CHANGE_THRESHOLD = 0.38
UNCHANGED_THRESHOLD = 0.12


@dataclass(frozen=True, slots=True)
class Change:
    """One figure added, removed or changed between two versions (or unchanged, when asked for)."""

    change: ChangeKind
    old: Fact | None
    new: Fact | None
    difference: Difference | None = None
    severity: Severity | None = None
    detail: str = ""
    score: float = 0.0

    def to_dict(self, old_source: str | None = None, new_source: str | None = None) -> dict[str, Any]:
        return {
            "change": self.change,
            "old": fact_dict(self.old, old_source) if self.old is not None else None,
            "new": fact_dict(self.new, new_source) if self.new is not None else None,
            "difference": self.difference,
            "severity": self.severity,
            "detail": self.detail or None,
            "score": round(self.score, 3),
        }


def diff(
    old_facts: Sequence[Fact],
    new_facts: Sequence[Fact],
    *,
    include_unchanged: bool = False,
    change_threshold: float = CHANGE_THRESHOLD,
    unchanged_threshold: float = UNCHANGED_THRESHOLD,
) -> list[Change]:
    """Figures added, removed and changed from OLD to NEW, in the order of NEW (removed ones where they were).

    Figures are aligned one to one, best pairs first: a pair's score is its context similarity plus a
    bonus when the values are equivalent, plus a little for keeping its relative position. Equal pairs
    need only a weak context match (a reworded sentence keeps its figures); different values must be
    clearly about the same thing to count as changed, else they are one figure removed and one added.
    """
    oc, nc = contexts(old_facts), contexts(new_facts)
    oy, ny = stated_years(old_facts), stated_years(new_facts)
    ok_, nk = [value_key(f) for f in old_facts], [value_key(f) for f in new_facts]
    no, nn = max(len(old_facts), 1), max(len(new_facts), 1)
    new_by_type: dict[str, list[int]] = {}
    for j, n in enumerate(new_facts):
        new_by_type.setdefault(n.type, []).append(j)
    cache: dict[tuple[int, int], float] = {}
    pairs: list[tuple[float, float, int, int, bool]] = []
    for i, o in enumerate(old_facts):
        for j in new_by_type.get(o.type, ()):
            n = new_facts[j]
            ctx = similarity(n, nc[j], o, oc[i], cache)
            if ctx < min(unchanged_threshold, change_threshold):
                continue
            eq = equal_keyed(n, nk[j], o, ok_[i], ny, oy)[0] and (n.approx or None) == (o.approx or None)
            if ctx < (unchanged_threshold if eq else change_threshold):
                continue
            position = 1 - abs(i / no - j / nn)
            pairs.append((ctx + (0.5 if eq else 0.0) + 0.1 * position, ctx, i, j, eq))
    pairs.sort(key=lambda p: (-p[0], p[2], p[3]))
    old_to_new: dict[int, tuple[int, float, bool]] = {}
    taken_new: set[int] = set()
    for _, ctx, i, j, eq in pairs:
        if i in old_to_new or j in taken_new:
            continue
        old_to_new[i] = (j, ctx, eq)
        taken_new.add(j)

    keyed: list[tuple[tuple[int, int, int], Change]] = []
    for i, (j, ctx, eq) in old_to_new.items():
        o, n = old_facts[i], new_facts[j]
        if eq:
            if include_unchanged:
                keyed.append(((n.start, 0, 0), Change("unchanged", o, n, score=ctx)))
            continue
        kind, detail = classify(n, o, ny, oy, wording=DIFF)
        keyed.append(((n.start, 0, 0), Change("changed", o, n, kind, "minor" if kind in MINOR else "major",
                                              detail, ctx)))  # fmt: skip
    for j, n in enumerate(new_facts):
        if j not in taken_new:
            keyed.append(((n.start, 0, 0), Change("added", None, n)))
    anchor = -1
    for i, o in enumerate(old_facts):
        if i in old_to_new:
            anchor = new_facts[old_to_new[i][0]].start
            continue
        keyed.append(((anchor, 1, o.start), Change("removed", o, None)))
    keyed.sort(key=lambda t: t[0])
    return [c for _, c in keyed]
