"""A figure whose predicate the source denies: "六成二被访者不满意" claimed as "62%的受访者表示满意".

A share or count is often followed by what its people did or said, and the source may say they did not
(不满意, "were not satisfied", 没有投票). The claim's words then all stand in the source's clause — the denied word
itself is there — so neither the facets nor the context tell the two apart, and the equal value supports the claim
although the source says the opposite of it. Only a denial written right before a word of the claim is read, on the
source's side or on the claim's: a word the claim merely lacks is no evidence (a paraphrase drops words), but the same
word denied on one side and not on the other is. The figure the source gives for the claim's own (undenied) word, in
a clause of the same type, is then the evidence of a mismatch; without one the claim is not found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .negators import EN_AUX, EN_NEGATORS, EN_NOT_DENIALS, ZH_NEGATORS, ZH_NOT_DENIALS
from .roles import position
from .verdict import Verdict, against_likeliest, alike, settled

_CLAUSE_BREAK = compiled(r"[，,；;：:。！？!?、（）()]")
_EN_WORD = compiled(r"[a-z][a-z'’\-]*")


def _clause(f: Fact, after_only: bool) -> str:
    """The figure's clause, folded and lower-cased: from the figure (or the clause break before it) to the next."""
    at = position(f)
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(f.sentence, 0, at)]
    start = at if after_only else (starts[-1] if starts else 0)
    stop = _CLAUSE_BREAK.search(f.sentence, at + len(f.text))
    return normalize(f.sentence[start : stop.start() if stop else len(f.sentence)]).lower()


def _zh_denied(text: str) -> set[str]:
    """The words a negator denies in Chinese text: the lexicon's word right after 不/没/未… (不满意 → 满意; 不满 → 满,
    which `_affirmed` reads only as the start of a longer word)."""
    from ..lexicon import LEXICON

    out: set[str] = set()
    for m in ZH_NEGATORS.finditer(text):
        if any(text.startswith(w, m.start()) for w in ZH_NOT_DENIALS):
            continue  # (不幸, 不足, 无人机: not a denial of what follows)
        rest = [w for w in LEXICON.cut(text[m.end() : m.end() + 8]) if w.strip()]
        if rest and not ZH_NEGATORS.match(rest[0]):
            out.add(rest[0])
    return out


def _en_denied(text: str) -> set[str]:
    """The word a negator denies in English text: the first after not/never/n't that is no auxiliary."""
    out: set[str] = set()
    words = _EN_WORD.findall(text)
    for k, w in enumerate(words):
        if w in EN_NEGATORS or w.endswith(("n't", "n’t")):
            for nxt in words[k + 1 : k + 4]:
                if nxt in EN_NOT_DENIALS:
                    break
                if nxt not in EN_AUX:
                    out.add(nxt)
                    break
    return out


def _denied(text: str) -> set[str]:
    return _en_denied(text) if text.isascii() else _zh_denied(text)


def _affirmed(word: str, text: str) -> bool:
    """The word stands in the text without a negator right before it."""
    if word.isascii():
        words = _EN_WORD.findall(text)
        return any(
            w == word and not any(p in EN_NEGATORS or p.endswith(("n't", "n’t")) for p in words[max(0, k - 3) : k])
            for k, w in enumerate(words)
        )
    if len(word) == 1:
        # One character is too common to match alone (在 of 在医院): it must open a two-character word (满 of 满意).
        from ..lexicon import LEXICON

        return any(
            len(LEXICON.cut(text[m.start() : m.start() + 2])) == 1
            and not ZH_NEGATORS.search(text[max(0, m.start() - 2) : m.start()])
            for m in re.finditer(re.escape(word), text)
            if m.end() < len(text)
        )
    for m in re.finditer(re.escape(word), text):
        if not ZH_NEGATORS.search(text[max(0, m.start() - 2) : m.start()]):
            return True
    return False


def opposite(claim: Fact, source: Fact) -> str | None:
    """The word one figure's clause denies and the other's states (满意 in 不满意 and 表示满意), else None."""
    mine, theirs = _clause(claim, False), _clause(source, False)
    for w in sorted(_denied(_clause(source, True))):
        if _affirmed(w, mine) and not _affirmed(w, _clause(source, True)):
            return w
    for w in sorted(_denied(_clause(claim, True))):
        if _affirmed(w, theirs) and not _affirmed(w, _clause(claim, True)):
            return w
    return None


def denied_predicate(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                     by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim whose every equal source figure denies what the claim states of it (or states what
    the claim denies) into a mismatch against the source's figure for the claim's word as the claim has it, else
    not found (in place)."""
    for i, v in enumerate(out):
        if settled(v) or v is None:
            continue
        c = draft[i]
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        words = [opposite(c, source[j]) for j in equal]
        if not equal or any(w is None for w in words):
            continue
        word = max(words, key=lambda w: len(w or ""))
        assert word is not None
        denied_in_claim = not _affirmed(word, _clause(c, True))
        rivals = [
            (sim(i, j), j)
            for j in kind
            if j not in equal
            and (_affirmed(word, _clause(source[j], False)) != denied_in_claim)
            and word in _clause(source[j], False)
        ]
        said = f"same value, opposite statement: where the source gives {v.evidence.text}, one side denies “{word}”"
        out[i] = against_likeliest(v, max(rivals) if rivals else None, source, said,
                                   "it reports", f"it gives no figure for “{word}” as the draft states it")  # fmt: skip
