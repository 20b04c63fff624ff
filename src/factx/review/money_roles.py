"""The role of a sum the draft calls a fine: a fine is not the restitution, compensation or bail of the source.

Court news gives one person several sums: "ordered to pay $2.3 million in restitution. He was also fined $75,000";
判处罚金50万元，责令退赔2900万元. The engine gives the source's sums a facet of their role (money:restitution,
money:fine) where a role word stands close to them, and the claim's sum a facet only where its word stands right before
it: "a fine of $850,000" is read with the role "fine" and no facet, so nothing set it against the source's restitution.

A supported claim whose sum the engine reads as a fine (its role) with no facet of money, where every equal source sum
has a facet of money and none is a fine, is about another thing: a mismatch against the most alike fine of the source,
else not found. Only the fine is read so: restitution, compensation and damages are often one another's paraphrase.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from .values import values_equal
from .verdict import Verdict, against_likeliest, settled

_FINE = "money:fine"


def _named(f: Fact, facts: Sequence[Fact] = ()) -> frozenset[str]:
    """The names of the figure's stretch (`holders.stretch`; the whole sentence of a claim), a capitalized word opening
    the sentence included."""
    from .holders import stretch
    from .similarity import names

    found, openers = names(stretch(f, facts) if facts else f.sentence, f.sentence)
    return found | openers


def _money(f: Fact) -> list[str]:
    return [x for x in f.facets if x.startswith("money:")]


def fine_for_other_sum(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                       by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim of a fine whose every equal sum has another role into a mismatch against a fine of
    the source, or into not found (in place)."""
    for i, v in enumerate(out):
        if settled(v) or draft[i].type != "money":
            continue
        c = draft[i]
        if c.role != "fine" or _money(c):
            continue
        kind = by_type.get(c.type, ())
        equal = [source[j] for j in kind if values_equal(c, source[j])[0]]
        if not equal or not all(_money(e) and _FINE not in e.facets for e in equal):
            continue
        roles = "/".join(sorted({x.split(":", 1)[1] for e in equal for x in _money(e)}))
        said = f"same value, different subject: the source's {v.evidence.text} is {roles}, not a fine"
        # (the fine of the person the claim names, where the source gives several: Castell's, not Hale's)
        mine = _named(c)
        fines = [(bool(mine & _named(source[j], source)), sim(i, j), j) for j in kind
                 if _FINE in source[j].facets and not values_equal(c, source[j])[0]]  # fmt: skip
        best = max(fines)[1:] if fines else None
        out[i] = against_likeliest(v, best, source, said, "the fine it reports is", "it reports no such fine")
