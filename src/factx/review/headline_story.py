"""A headline figure read against the story: the story says what a number of the headline counts.

Chinese headlines run their items together without punctuation (煤矿透水事故致5人死亡 3人被采取刑事强制措施), so the
words after one item can be read as the next one's: the second 3人 above takes 死亡 from the first item. A claim
"事故造成3人死亡" then finds a headline 3人 "about deaths", while the story states the deaths as 5人 and its own 3人
only for the arrests.

A supported claim whose contrasting words (死亡, 受伤, 罚金 …) only a headline figure of its value has is reconsidered
when the story states the same value too, never with those words nor beside them in its sentence, and states a
figure of the claim's type with them and another value: the story is the fuller statement, so the claim is a
mismatch against the story's figure of its thing. Where the story gives no figure of the claim's thing, nothing is
changed (the headline may be the only statement of it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from .values import values_equal
from .verdict import DIRECTION, Verdict, alike, different_thing, other_thing, settled


def _says(facets: set[str], f: Fact) -> bool:
    """A word of one of the facets stands in the figure's sentence."""
    from ..normalize import normalize
    from .wordsets import facet_words

    sentence = normalize(f.sentence).lower()
    return any(w in sentence for x in facets for w in facet_words(x) if not w.isascii() or len(w) > 3)


def story_over_headline(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                        by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim whose thing only a headline figure gives its value (whichever equal figure the
    first pass chose) into a mismatch against the story's figure of that thing (in place)."""
    from .owners import _headline

    for i, v in enumerate(out):
        if settled(v) or v is None or v.evidence is None:
            continue
        c = draft[i]
        mine = {x for x in c.facets if not x.startswith(DIRECTION)}
        if not mine:
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        story = [j for j in equal if not _headline(source[j])]
        # (a headline gives the value the claim's words, the story states it too and never with them, nor with a
        # word of them in its sentence)
        if not any(mine & set(source[j].facets) for j in equal if _headline(source[j])):
            continue
        if not story or any(mine & set(source[j].facets) or _says(mine, source[j]) for j in story):
            continue
        rivals = [(sim(i, j), j) for j in kind if not _headline(source[j]) and not values_equal(c, source[j])[0]
                  and mine & set(source[j].facets) and different_thing(c, source[j]) is None]  # fmt: skip
        if not rivals:
            continue
        score, j = max(rivals)
        s = source[j]
        said = (f"same value, different subject: the headline's {v.evidence.text} is read with words of another item; "
                f"the story states {v.evidence.text} of other things and gives {s.text} for this one")  # fmt: skip
        out[i] = other_thing(c, s, score, said, v.evidence)
