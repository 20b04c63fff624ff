"""The subject a sentence leaves unsaid: whose its figures are when it names no one.

A news story names its subject once and then writes about it without the name: "Tavistock Outdoor posted a profit
of £38.6m. Revenue rose by 7%, from £385m to £412m." or 其中，从一家小贷公司骗取的借款最多 after a sentence opening
with 被告人钱某某. A draft restating such a figure names the subject ("Tavistock's revenue reached £412m"), and
read word by word that name stands only beside the figures of sentences that repeat it, so a faithful claim looked
like one about another figure. A sentence that names no one is read here as about the names the nearest earlier
sentence opens with: they join the sentence part of each of its figures (what the figure could be said about), never
its own stretch or scope, so the figures of one sentence are still told apart by their own words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Fact
from ..patterns import compiled
from .wordsets import LEADING_WORDS, REFERRING, ZH_REFERRING

if TYPE_CHECKING:
    from .similarity import Context


def carry_subjects(facts: Sequence[Fact], out: list[Context | None]) -> None:
    """Give the figures of each sentence that names no one the names the nearest earlier sentence (with figures)
    opens with, in its sentence part (in place)."""
    from .roles import position
    from .similarity import names

    sentences: dict[int, tuple[str, list[int]]] = {}
    for i, f in enumerate(facts):
        sentences.setdefault(f.sentence_start, (f.sentence, []))[1].append(i)
    if len(sentences) < 2:
        return
    known = _recurring_openers(facts)
    carried: frozenset[str] = frozenset()
    last_end = -1
    for start in sorted(sentences):
        sentence, idx = sentences[start]
        # Only sentences with figures are seen here: a gap longer than a paragraph break holds a sentence without
        # one, which may name the next subject ("Its smaller rival, Penfold Home, fared worse."), so nothing is
        # carried over it.
        if last_end >= 0 and start - last_end > _ADJACENT:
            carried = frozenset()
        last_end = max(facts[i].sentence_end for i in idx)
        found, openers = names(sentence, sentence)
        if found or openers & known:
            first = min(position(facts[i]) for i in idx)
            subject = _subject(sentence[:first])
            head, head_openers = names(subject, sentence)
            # (the first word of a run of capitalized words is a name as much as the rest: Ashcombe Brewing)
            carried = head | (head_openers if len(subject.split()) >= 2 and subject.isascii() else head_openers & known)
            continue
        if not _refers_back(sentence):
            carried = frozenset()  # ("The charity, which feeds …": a new subject, named by a noun)
        if not carried:
            continue
        for i in idx:
            c = out[i]
            if c is not None:
                out[i] = replace(c, part=c.part | carried)


# (characters between two sentences that follow each other: a space, or a paragraph's line breaks)
_ADJACENT = 3


def _subject(head: str) -> str:
    """The names a sentence opens with, its subject: an English sentence's run of capitalized words at its start
    (after a dateline and "The": "Rival Tallis Resources produced …"), not a name further on ("New vehicle sales in
    the Houston area", "The share of Larkspur donors": a place or an owner inside the subject, which the next
    sentence does not go on about); the Chinese words before the first figure (被告人赵某以…)."""
    from .similarity import _DATELINE

    if not head.lstrip()[:1].isascii():
        return head
    dateline = _DATELINE.match(head)
    m = _OPENING_RUN.match(head, dateline.end() if dateline else 0)
    return m.group(1) if m else ""


_OPENING_RUN = compiled(r"\s*(?:The\s+)?((?:[A-Z][A-Za-z&'.\-]*[A-Za-z&]\b\s*)+)")


def _refers_back(sentence: str) -> bool:
    """Whether a sentence that names no one is about the subject before it: a Chinese one when it opens by referring
    back (其中，从一家银行骗取的贷款最多; 该公司…); an English one when it opens by referring back
    ("It took", "The company will pay") or with a bare noun of what is reported ("Revenue rose", "Net profit fell",
    "Costs were"), not with a noun phrase of its own ("The charity, which …", "A spokesman said") nor with a word
    that opens without naming anyone ("Analysts had expected", "In October")."""
    from ..en.tables import FUNCTION_WORDS

    head = sentence.lstrip()
    if not head or not head[0].isascii():
        return ZH_REFERRING.match(head) is not None
    if REFERRING.match(head):
        return True
    first = _FIRST_WORD.match(head)
    if first is None:
        return False
    low = first.group().lower()
    return low not in FUNCTION_WORDS and low not in LEADING_WORDS


_FIRST_WORD = compiled(r"[A-Za-z][a-z\-]*")


def _recurring_openers(facts: Sequence[Fact]) -> frozenset[str]:
    """Names of the source: capitalized words written as names somewhere, or that open two sentences or more
    (Tavistock …; Tavistock will pay …), a name though never written inside a sentence."""
    from .similarity import names

    counts: dict[str, int] = {}
    found: set[str] = set()
    for sentence in {f.sentence for f in facts}:
        inside, openers = names(sentence, sentence)
        found |= inside
        for w in openers:
            counts[w] = counts.get(w, 0) + 1
    return frozenset(found | {w for w, n in counts.items() if n >= 2})
