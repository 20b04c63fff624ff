"""Whose figure in an English sentence of several clauses: the subject each clause opens with.

English news packs the figures of several holders into one sentence, one clause each: "crane operators will get a
raise of 6 percent and warehouse staff 4 percent" (the second clause keeps only its subject and its figure), "…,
while the 310 casual workers received a one-off payment of $1,200 each". A draft that moves a figure to another
holder of the same sentence ("Warehouse staff will get a raise of 6 percent"; "Crane operators received a one-off
payment of $1,200") finds the value, and most of its words beside it: only the subject differs.

A clause runs from the last comma, semicolon, "and", "while", "but" or "whereas" before the figure. Its subject is
the words before its first verb (none when that verb reports: "Prosecutors said the pair diverted …"), or all of its
words when it has no verb, opens with "and"/"while" and follows a figure of its own type and unit (the verb left
out, as in the second item above; "has operations in over 60 countries and employs 76,200 staff" is no such list).

A supported claim is about another thing when, for every source figure with its value, another clause of the same
sentence (with a figure of any type) has a subject the claim's names where the two subjects differ: a word only that
clause's subject has, and not a word only the equal figure's has (the words both share, a list's head written once,
tell nothing: "Red grape output fell 31%, while whites were down 21%" against "White grape output fell 31%"). The
draft moved the figure from one holder or item of the sentence to another, whichever way that one went. It
becomes a mismatch against the figure of the claim's type in such a clause.
Without one it is left alone, and so is a claim whose holder the sentence gives no clause of its own (a paraphrase
names its subject otherwise: "The bank" for Barclays). Chinese is left to `holders` and `owners`: its clauses do not
open with their subjects as reliably.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..patterns import compiled
from .roles import latin, position, same_sentence
from .verdict import Verdict, alike, alike_but_direction, other_thing, settled

_CLAUSE_START = compiled(r"[,;:]|\b(?:and|while|but|whereas)\b", re.IGNORECASE)
_GAPPED = compiled(r"\s*(?:and|while|whereas)\s*$", re.IGNORECASE)
# The first verb of a clause ends its subject (a modal, a form of be/have, a light verb, a verb of change: rose,
# fell, grew, a past tense in -ed).
_VERB = compiled(
    r"\b(?:will|would|could|should|shall|may|might|can|must|is|are|was|were|be|been|has|have|had|get|gets|got|"
    r"receive|receives|received|earn|earns|earned|make|makes|made|take|takes|took|pay|pays|paid|won|wins|win|"
    r"said|says|say|lost|lose|loses|sold|sell|sells|rose|rise|rises|fell|fall|falls|grew|grow|grows|slid|sank|shrank|"
    r"[a-z]{3,}ed)\b"
)
_REPORTING = compiled(r"said|says|say")
_WORD = compiled(r"[A-Za-z][A-Za-z'’\-]*")
# Words that stand before a subject or make none (an article, a number written out, a pronoun).
_NOT_SUBJECT = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "some", "all", "each", "both",
     "other", "another", "it", "they", "he", "she", "we", "one", "two", "three", "four", "five", "six", "seven",
     "eight", "nine", "ten", "dozen"}
)  # fmt: skip


def subject(f: Fact, facts: Sequence[Fact]) -> frozenset[str]:
    """The content words of the subject of the figure's clause, as `similarity.terms` stems them; empty when the
    clause opens with no subject of its own (a pronoun, a verb, nothing before the figure). `facts` are the figures
    of its text: a clause without a verb is a list's later item only after a figure like its own."""
    from .similarity import terms

    at = position(f)
    before = f.sentence[:at]
    starts = list(_CLAUSE_START.finditer(before))
    opener = starts[-1] if starts else None
    clause = before[opener.end() :] if opener else before
    verb = _VERB.search(clause.lower())
    if verb is not None and _REPORTING.fullmatch(verb.group(0)):
        return frozenset()  # (Prosecutors said the pair diverted $4.6 million: the figure is not the speaker's)
    if verb is not None:
        head = clause[: verb.start()]
    elif (
        opener is not None
        and _GAPPED.fullmatch(opener.group(0))
        and clause.strip()
        and _after_like(f, facts, opener.start())
    ):
        head = clause  # (and warehouse staff 4 percent: the verb is the first clause's)
    else:
        return frozenset()
    words = [w for w in _WORD.findall(head) if w.lower() not in _NOT_SUBJECT]
    # (a figure written inside the subject, "the 310 casual workers", is no word of it)
    return terms(" ".join(words)) if words else frozenset()


def _after_like(f: Fact, facts: Sequence[Fact], at: int) -> bool:
    """The last figure of `f`'s sentence before `at` is of `f`'s type and unit, written with the same last word: a
    verb the list's first item has and `f`'s clause leaves out ("a raise of 6 percent and warehouse staff 4
    percent"), not a verb this module's list lacks ("operations in over 60 countries and employs 76,200 staff")."""
    before = [g for g in facts if same_sentence(g, f)
              and position(g) + len(g.text) <= at]  # fmt: skip
    if not before:
        return False
    g = max(before, key=position)
    return (g.type, g.unit, _last_word(g.text)) == (f.type, f.unit, _last_word(f.text))


def _last_word(text: str) -> str:
    """The word a figure's text ends with (percent of "6 percent", countries of "over 60 countries"), lower case."""
    words = _WORD.findall(text)
    return words[-1].lower() if words else ""


def _other_clause(g: Fact, e: Fact, mine: frozenset[str], theirs: frozenset[str], source: Sequence[Fact]) -> bool:
    """Figure `g` stands in `e`'s sentence, in a clause whose subject the claim's (`mine`) names where it differs
    from `e`'s (`theirs`): the claim says a word only `g`'s subject has and leaves out one only `e`'s has. Words
    the two subjects share are no evidence either way: a list writes its head once ("Red grape output fell 31%,
    while whites were down 21%": "White grape output fell 31%" shares grape and output with the reds' subject)."""
    if g is e or not same_sentence(g, e):
        return False
    own = subject(g, source)
    return bool((own - theirs) & mine) and bool((theirs - own) - mine)


def other_clause_subject(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                         by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported English claim whose subject is another clause's of the equal figure's sentence into a
    mismatch against that clause's figure, or into not found (in place)."""

    for i, v in enumerate(out):
        if settled(v) or not latin(draft[i]):
            continue
        c = draft[i]
        mine = subject(c, draft)
        if not mine:
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        # Every equal figure's subject is another than the claim's, and the claim's is the subject of another
        # clause of its sentence (with a figure of any type): the draft moved the figure from one holder to another.
        if not equal or not all(
            latin(source[e]) and (theirs := subject(source[e], source))
            and any(_other_clause(g, source[e], mine, theirs, source) for g in source)
            for e in equal
        ):  # fmt: skip
            continue
        held = {e: subject(source[e], source) for e in equal}
        rivals = [(sim(i, j), j) for j in kind if j not in equal and alike_but_direction(c, source[j])
                  and any(_other_clause(source[j], source[e], mine, held[e], source) for e in equal)]  # fmt: skip
        if not rivals:
            # (a claim naming a holder the sentence gives no figure of this type, "Crane operators received a
            # one-off payment of $1,200" beside "…, while the casual workers received $1,200", is left alone: as
            # not found it cost a supported claim on a blind set, see the suite's README)
            continue
        whose, claimed = "/".join(sorted(held[equal[0]])), "/".join(sorted(mine))
        said = f"same value, different subject: the source's {v.evidence.text} is about {whose}, not {claimed}"
        score, j = max(rivals)
        s = source[j]
        out[i] = other_thing(c, s, score, f"{said}; for {claimed} it reports {s.text}", v.evidence)
