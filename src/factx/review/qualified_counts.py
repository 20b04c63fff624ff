"""A count of one noun with another qualifier: "46 animal cases" claimed as "46 human cases".

A source that counts the items of one noun in kinds ("10 human cases and 46 animal cases"; 3家国有企业和5家民营企业)
gives each count its own qualifier, and the engine reads it into the count's subject. A claim that moves a count to
the other kind finds its value in the source, and the counted noun itself (cases, 企业) is shared, so the words that
contrast are only the qualifiers, which no facet names. When every source count with the claim's value counts the
claim's noun with another qualifier, and the source also counts the claim's noun with the claim's own qualifier,
the claim is a mismatch against that count. Without such a count the claim is left alone: a paraphrase qualifies a
noun otherwise ("human infections") as often as a draft moves a count.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .verdict import Verdict, alike, other_thing, settled

_LATIN_WORD = compiled(r"[a-z][a-z'’\-]*")


def counted(f: Fact) -> tuple[str, ...]:
    """The words of what a count counts, its noun last (human cases → human, cases; 国有企业 → 国有, 企业), lower case
    and in Simplified characters; empty for another type or a count with no subject."""
    if f.type != "count" or not f.subject:
        return ()
    text = normalize(f.subject).lower()
    if text.isascii():
        return tuple(_LATIN_WORD.findall(text))
    from ..lexicon import LEXICON

    return tuple(w for w in LEXICON.cut(text) if w.strip())


def _other_qualifier(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """One noun qualified otherwise: the same last word, and qualifiers before it that share no word."""
    return (len(mine) >= 2 and len(theirs) >= 2 and mine[-1] == theirs[-1]
            and set(mine[:-1]).isdisjoint(theirs[:-1]))  # fmt: skip


def other_qualifier(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                    by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported count whose equal source counts all count the claim's noun with another qualifier into a
    mismatch against the source's count of the claim's own qualified noun (in place)."""
    for i, v in enumerate(out):
        if settled(v) or draft[i].type != "count":
            continue
        c = draft[i]
        mine = counted(c)
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        if not equal or not all(_other_qualifier(mine, counted(source[e])) for e in equal):
            continue
        rivals = [(sim(i, j), j) for j in kind if j not in equal and counted(source[j]) == mine]
        if not rivals:
            continue
        score, j = max(rivals)
        joint = " " if c.subject and c.subject.isascii() else ""
        reason = (f"same value, different subject: the source's {v.evidence.text} counts "
                  f"{joint.join(counted(v.evidence))}; for {joint.join(mine)} it reports {source[j].text}")  # fmt: skip
        out[i] = other_thing(c, source[j], score, reason, v.evidence)
