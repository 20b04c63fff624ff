"""Whose figure, across kinds of holder: a company's fine claimed for a person (驾驶员张某被罚款30万元 where the source
fined 涉事客运公司 30万元).

`holders` compares holders of one class (a person with a person, a party with a party) and `organizations` an
organization with an organization; neither weighs a claim that names a person against a figure whose own words name
only an organization. Chinese enforcement and court news gives a company and the persons behind it separate
figures (the company's fine, its manager's detention, the driver's licence points), so a person's claim of the
company's figure states what the source never says of that person.

A supported Chinese claim that names a person (a full name or 张某) and no organization is about another thing when
every equal source figure's stretch (`holders.stretch`: back to the previous figure of its type or its sentence
part's start) names an organization (`organizations`' suffixed names) and no person, does not refer to one (其, 他,
她, 本人), and the claim's person is nowhere in that figure's sentence. The claim is then a mismatch against the
likeliest figure of its type whose stretch names the claim's person (alike enough), else not found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .verdict import Verdict, against_likeliest, alike, different_thing, settled

# Words by which a stretch refers to a person named elsewhere: the figure may then be that person's after all.
_REFERS_TO_PERSON = compiled(r"其|他|她|本人|该人|当事人|负责人|法定代表人")


def _person_words(text: str, known: frozenset[str]) -> frozenset[str]:
    from .holders import holders

    return holders(text, known)["person"]


def company_for_person(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                       by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported Chinese claim of a person whose equal figures all belong to an organization into a
    mismatch against the person's own figure, or into not found (in place)."""
    from .holders import stretch, titled
    from .organizations import ORG_SUFFIX, org_names

    known: frozenset[str] | None = None
    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date" or draft[i].sentence.isascii():
            continue
        c = draft[i]
        claim_text = normalize(c.sentence)
        if re.search(ORG_SUFFIX, claim_text):
            continue  # (a claim naming any organization is `organizations`' to weigh)
        if known is None:
            known = titled(" ".join({f.sentence for f in (*source, *draft)}))
        mine = _person_words(c.sentence, known)
        if not mine:
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        if not equal:
            continue
        theirs: list[str] = []
        for e in equal:
            text = normalize(stretch(source[e], source))
            orgs = org_names(text)
            sentence = normalize(source[e].sentence)
            if (
                not orgs
                or _person_words(text, known)
                or _REFERS_TO_PERSON.search(text)
                or any(p in sentence or (len(p) == 3 and "某" not in p and p[1:] in sentence) for p in mine)
            ):
                break
            theirs.append(orgs[-1])
        else:
            rivals = [(sim(i, j), j) for j in kind if j not in equal and different_thing(c, source[j]) is None
                      and any(p in normalize(stretch(source[j], source)) for p in mine)]  # fmt: skip
            who = "/".join(sorted(mine))
            said = f"same value, different subject: the source's {v.evidence.text} is {theirs[0]}'s, not {who}'s"
            out[i] = against_likeliest(v, max(rivals) if rivals else None, source, said, "for them the source reports",
                                       "it gives none for them")  # fmt: skip
