"""Whose figure, by names the article itself sets against each other: 蓝驰汽车 and 远航汽车, 城东分局 and 城西分局.

Chinese business, sports and local news often follows two or more holders of one kind through an article, each
written as a short name of two characters and a shared head word (蓝驰汽车…远航汽车, 江北队…江南队, 城东分局…城西分局).
The dictionary knows few such names, so `holders` (persons, parties, teams, places it can tag) and `organizations`
(names with a suffix such as 公司, 银行) miss them, and a claim that gives one holder's figure to the other passes.

The article says which names it contrasts: a name is the two characters and a head word of two characters (a noun,
or a word the dictionary does not know) that open a clause of the source, and a head counts only when the source opens
clauses with two or more names of it. A supported Chinese claim that names such a name is about another thing when,
for every equal source figure, the figure's sentence part (to the end of its clause) names another name of that head
and not the claim's (or, when the part names none, the nearest earlier clause of its sentence that names one does):
a mismatch against the likeliest figure of its type whose sentence part names the claim's name, else not found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .roles import position
from .similarity import CLAUSE, part_start
from .source_text import SourceText
from .verdict import Verdict, against_likeliest, alike, alike_but_direction, settled

_CLAUSE_START = compiled(r"(?:^|[，,；;。！？!?：:\n（(“”\"、])\s*(?:此外|另外|同时|其中|而)?\s*([\u4e00-\u9fff]{4})")
# Word classes a head may be: nouns, or a word the dictionary does not tag.
_HEAD_TAGS = frozenset({None, "n", "nz", "nt", "ns", "nr", "j", "l"})


def contrasted_names(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """Head word → the names of it (two characters and the head) that open clauses of `texts`, for heads with two or
    more such names; as `normalize` folds them."""
    from ..lexicon import LEXICON

    by_head: dict[str, set[str]] = {}
    for text in texts:
        for m in _CLAUSE_START.finditer(normalize(text)):
            name = m.group(1)
            words = LEXICON.cut(name)
            # (the head is a word of its own: 蓝驰/汽车, not 交付新车's 新车 cut out of a longer word)
            if len(words) < 2 or words[-1] != name[2:] or LEXICON.tag(name[2:]) not in _HEAD_TAGS:
                continue
            if LEXICON.tag(name[:2]) in ("p", "c", "d", "r", "t", "m", "f"):
                continue  # (a preposition, a pronoun, a time word opening the clause is no name)
            by_head.setdefault(name[2:], set()).add(name)
    return {h: frozenset(n) for h, n in by_head.items() if len(n) >= 2}


def _part(f: Fact) -> str:
    """The figure's sentence part up to it and on to its clause's end."""
    s, at = f.sentence, position(f)
    part_lo = part_start(s, at)
    end = CLAUSE.search(s, at + len(f.text))
    return s[part_lo : end.start() if end else len(s)]


def _named_in(f: Fact, names: frozenset[str]) -> frozenset[str]:
    """The names of the figure's part, else of the nearest earlier clause of its sentence that names any."""
    part = normalize(_part(f))
    found = frozenset(n for n in names if n in part)
    if found:
        return found
    s, at = f.sentence, position(f)
    for clause in reversed(CLAUSE.split(normalize(s[:at]))):
        found = frozenset(n for n in names if n in clause)
        if found:
            return found
    return frozenset()


def rival_name(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
               by_type: dict[str, list[int]], sim: Any, text: SourceText | None = None) -> None:  # fmt: skip
    """Turn each supported Chinese claim whose equal figures all belong to another of the names the article sets
    against the claim's into a mismatch against the claim's name's figure, or into not found (in place)."""
    heads: dict[str, frozenset[str]] | None = None
    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date" or draft[i].sentence.isascii():
            continue
        if heads is None:
            sentences = {f.sentence for f in source}
            heads = contrasted_names([text.text] if text is not None else sorted(sentences))
        if not heads:
            return
        c = draft[i]
        claim = normalize(c.sentence)
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        for names in heads.values():
            mine = frozenset(n for n in names if n in claim)
            if len(mine) != 1 or not equal:
                continue
            theirs = [_named_in(source[e], names) for e in equal]
            sentences = [normalize(source[e].sentence) for e in equal]
            if not all(t and not (t & mine) and not any(n in sentence for n in mine)
                       for t, sentence in zip(theirs, sentences, strict=True)):  # fmt: skip
                continue
            rivals = [(sim(i, j), j) for j in kind if j not in equal and alike_but_direction(c, source[j])
                      and mine & _named_in(source[j], names)]  # fmt: skip
            [who] = mine
            said = f"same value, different subject: the source's {v.evidence.text} is {'/'.join(sorted(theirs[0]))}'s"
            out[i] = against_likeliest(v, max(rivals) if rivals else None, source, said, f"for {who} it reports",
                                       f"it gives none for {who}")  # fmt: skip
            break
