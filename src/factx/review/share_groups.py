"""The group a share is of: the words written right after a percentage with 的 or "of".

Polls and statistics bulletins list shares each followed by its own group: 有83%的国民党支持者和12%的民进党支持者表态
支持林宏志; "59% of Democrats and 44% of Republicans backed the plan". A claim that moves a share to another item of
such a list (12%的国民党支持者; "44% of Democrats") finds its value in the source, but the source's figure is of
another group, and the words of the claim's group stand in that sentence too, right after another figure. The
scopes `similarity` reads run back from a figure to the previous one, so the claim's group (written after the first
item) looks like the second item's; this module reads only the words after each figure instead.

A supported percentage whose claim names its group right after it is about another thing when every source figure
with its value names another group right after it, and the claim's group is not among that figure's words up to
the end of its clause. The claim becomes a mismatch against the share that does name the claim's group (alike
enough), else not found when the two groups are kinds of one thing (国民党支持者 and 民进党支持者; "Democratic
voters" and "Republican voters"); groups of no shared kind ("of respondents" for "of those polled") are left alone:
a paraphrase names a group otherwise as often as a draft moves a share.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .roles import latin, position
from .verdict import Verdict, against_likeliest, alike, different_thing, settled

# (a group is a few words; a clause ends it)
_ZH_END = compiled(r"[，,。；;：:！？!?、（(\d]")
_EN_OF = compiled(
    r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?([A-Za-z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*){0,2})"
)
_EN_END = compiled(r"\b(?:and|or|but|who|which|that|said|say|says|backed|supported|were|was|are|is|had|have)\b")
_EN_CLAUSE_END = compiled(r"[,;:.!?]")


def group(f: Fact) -> tuple[str, ...]:
    """The words of the group a percentage is of, as written right after it (的国民党支持者 → 国民党, 支持者; "of
    Republican voters" → republican, voters), lower case and in Simplified characters; empty when none is written."""
    if f.type != "percent":
        return ()
    after = f.sentence[position(f) + len(f.text) :]
    if latin(f):
        m = _EN_OF.match(after)
        if m is None:
            return ()
        words = m.group(1).lower().split()
        cut = next((k for k, w in enumerate(words) if _EN_END.fullmatch(w)), len(words))
        return tuple(w.removesuffix("'s").removesuffix("’s") for w in words[:cut])
    text = normalize(after)
    if not text.startswith("的"):
        return ()
    from ..lexicon import LEXICON

    head = _ZH_END.split(text[1:], maxsplit=1)[0]
    # Characters the dictionary leaves single (蓝/鹰/党) are mostly one unknown name: kept together.
    words: list[str] = []
    single = False  # the last word is a run of single characters
    for w in (w for w in LEXICON.cut(head[:12]) if w.strip()):
        if len(w) == 1 and single:
            words[-1] += w
        else:
            words.append(w)
        single = len(w) == 1
    return tuple(words[:2]) if words and len(words[0]) >= 2 else ()


def _rest_of_clause(f: Fact) -> str:
    """The figure's words after it up to the end of its clause, lower case, in Simplified characters."""
    after = normalize(f.sentence[position(f) + len(f.text) :]).lower()
    return (_EN_CLAUSE_END if latin(f) else _ZH_END).split(after, maxsplit=1)[0]


def same_group(claim: Fact, source: Fact) -> bool:
    """Both shares name one group right after them (88% of crane operators, "88% of crane operators backed it"):
    whose share it is, is said there, whatever words stand beside the figures of the list after it."""
    mine = group(claim)
    return bool(mine) and group(source)[:1] == mine[:1]


def _kinds_of_one(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two groups named by another first word before one last word (国民党支持者 and 民进党支持者)."""
    return len(a) >= 2 and len(b) >= 2 and a[-1] == b[-1] and a[0] != b[0]


def other_group(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported share whose equal source figures are all of another group into a mismatch against the
    share of the claim's group, or into not found (in place)."""
    for i, v in enumerate(out):
        if settled(v):
            continue
        c = draft[i]
        mine = group(c)
        if not mine:
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        theirs = [group(source[e]) for e in equal]
        if not equal or not all(t and t[0] != mine[0] and mine[0] not in _rest_of_clause(source[e])
                                for t, e in zip(theirs, equal, strict=True)):  # fmt: skip
            continue
        rivals = [(sim(i, j), j) for j in kind if j not in equal and different_thing(c, source[j]) is None
                  and group(source[j])[:1] == mine[:1]]  # fmt: skip
        if not rivals and not _kinds_of_one(mine, theirs[0]):
            continue
        joint = " " if latin(c) else ""
        said = (f"same value, different subject: the source's {v.evidence.text} is of {joint.join(theirs[0])}, "
                f"not of {joint.join(mine)}")  # fmt: skip
        out[i] = against_likeliest(v, max(rivals) if rivals else None, source, said, "for them it reports",
                                   "it gives none for them")  # fmt: skip
