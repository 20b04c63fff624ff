"""A division and the whole company: a division's figure claimed for the company, and the other way round.

Results stories give the group's figure and then each division's: 合并营收达1286亿元，年增12.4%…其中，半导体事业部营收为
512亿元，年增31%; "Revenue rose 6 percent … the snacks division's operating profit rose 11 percent". The division's
name is usually a word of the article's topic (named beside many figures), which the weighing of words in `owners`
leaves out, so 半导体事业部营收年增12.4% finds the group's 12.4% as good as its own.

A *division* is a word such as 事业部, 部门, 子公司, division, unit, segment, with the word that names it right before
it (半导体, snacks). A supported claim is about another thing when:

- it names a division that no equal figure's sentence part names, while a figure of its type has that division in its
  scope (半导体事业部营收年增12.4%, where 12.4% is the group's and 31% the division's): a mismatch against that figure;
- it names no division, and every equal figure has a division in its scope that the claim does not name (宏远电子前三季
  营收年增31%, where 31% is the 半导体事业部's): a mismatch against the most alike figure of its type whose scope names
  no division, else not found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .verdict import Verdict, against_likeliest, alike, different_thing, other_thing, settled

_ZH_DIVISIONS = ("事业部", "事业群", "事业处", "分部", "板块", "子公司", "分公司")
_CJK_RUN = compiled(r"[\u4e00-\u9fff]+")
_EN_DIVISION = compiled(r"\b([a-z][a-z\-]+)(?:'s)?\s+(?:division|unit|segment|subsidiary|arm)s?\b", re.IGNORECASE)
# Words before a division word that name none in particular (the company's other units, each segment).
_ANY = frozenset({"the", "its", "each", "every", "other", "all", "both", "one", "business", "operating", "a", "this",
                  "that", "their", "his", "her", "our", "各", "其他", "所有", "旗下", "该"})  # fmt: skip


def divisions(text: str) -> frozenset[str]:
    """The divisions a text names, by the word that names each (半导体事业部 → 半导体; "the snacks unit" → snacks)."""
    from ..lexicon import LEXICON

    folded = normalize(text)
    out = set()
    for run in _CJK_RUN.findall(folded):
        words = LEXICON.cut(run)
        for k, w in enumerate(words):
            tail = next((d for d in _ZH_DIVISIONS if w.endswith(d)), None)
            if tail is None:
                continue
            # (the dictionary may glue the name to the division word, 北京分公司, or leave it the word before)
            name = w[: -len(tail)] or (words[k - 1] if k > 0 else "")
            if len(name) >= 2:
                out.add(name)
    out |= {m.group(1).lower() for m in _EN_DIVISION.finditer(folded)}
    return frozenset(w for w in out if w.lower() not in _ANY)


def _scope(f: Fact) -> str:
    """The text a figure is said about: its scope back to the previous figure of its type or its part's start."""
    from .roles import position
    from .similarity import part_start

    at = position(f)
    part_lo = part_start(f.sentence, at)
    return f.sentence[part_lo:at]


def _named(division: str, text: str) -> bool:
    """The division's name stands in the text (an English one as any form of the word: "Snack sales" names the
    snacks division)."""
    from .similarity import terms
    from .wordsets import stem

    if division.isascii():
        return division.lower() in text.lower() or stem(division.lower()) in terms(text)
    return division in normalize(text)


def division_or_whole(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                      by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim about a division whose equal figure is another's, or about the whole whose every
    equal figure is a division's, into a mismatch or not found (in place)."""
    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date":
            continue
        c = draft[i]
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        if not equal:
            continue
        mine = divisions(c.sentence)
        parts = {j: _part_text(source[j]) for j in kind}
        if mine:
            if any(any(_named(d, parts[e]) for d in mine) for e in equal):
                continue
            theirs = [(sim(i, j), j) for j in kind if j not in equal and different_thing(c, source[j]) is None
                      and any(_named(d, _scope(source[j])) for d in mine)]  # fmt: skip
            if not theirs:
                continue
            score, j = max(theirs)
            s = source[j]
            reason = (f"same value, different subject: the source's {v.evidence.text} is not the "
                      f"{'/'.join(sorted(mine))} division's; it reports {s.text} for that")  # fmt: skip
            out[i] = other_thing(c, s, score, reason, v.evidence)
            continue
        scopes = [divisions(_scope(source[e])) for e in equal]
        if not all(scopes) or any(d for x in scopes for d in x if _named(d, c.sentence)):
            continue
        theirs = [(sim(i, j), j) for j in kind if j not in equal and different_thing(c, source[j]) is None
                  and not divisions(_scope(source[j])) and not divisions(parts[j])]  # fmt: skip
        best = max(theirs) if theirs else None
        said = (f"same value, different subject: the source's {v.evidence.text} is the "
                f"{'/'.join(sorted(scopes[0]))} division's, not the whole's")  # fmt: skip
        out[i] = against_likeliest(v, best, source, said, "for the whole it reports", "it gives none for the whole")


def _part_text(f: Fact) -> str:
    from .roles import position
    from .similarity import PART, part_start

    at = position(f)
    part_lo = part_start(f.sentence, at)
    end = PART.search(f.sentence, at)
    return f.sentence[part_lo : end.start() if end else len(f.sentence)]
