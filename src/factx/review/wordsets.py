"""Words a draft may use for the source's: how `check` folds inflections and synonyms before comparing words.

A reporter restating a figure rarely keeps the source's words: "rose" for "up", "killed" for "dead", 遇难 for 死亡,
"averaged" for "average", "hospitalised" for "taken to hospital". Comparing the words around two figures (which
figure a claim is about) must see those as one word, or a faithful paraphrase reads as a claim about another
figure. Two sources of language data are folded here:

- the facet words of each language (`FACET_WORDS`: 死亡/遇难/丧生, rose/climbed/grew), each folded to the first
  word of its facet, since the facet already says they mean the same;
- `SYNONYMS` below: the check's own groups of words that mean the same thing for what a figure is about.

English words are also cut to a rough stem (average, averaged → averag; losses, loss → loss), the same cut for a
name and for any other word so that the two stay comparable.
"""

from __future__ import annotations

from functools import cache

# Each group is one meaning; a word of a group is folded to the group's first word. Words only (no phrases): the
# comparison is word by word. Kept to words that name what a figure is about, never ones that tell figures apart.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("hospital", "hospitalised", "hospitalized", "hospitalisation", "hospitalization"),
    ("vehicle", "car", "cars", "vehicles", "auto", "autos"),
    ("people", "persons", "person", "individuals"),
    ("legalized", "legalised", "legalization", "legalisation"),
    ("arrested", "detained", "arrest", "arrests", "detention"),
    ("firm", "company", "companies", "firms"),
    ("passengers", "passenger", "travellers", "travelers"),
    ("guidance", "forecast", "outlook"),
    ("loan", "loans", "financed", "financing"),
    ("fire", "blaze", "inferno"),
    ("extinguished", "put out"),
    ("旅客", "游客", "访客"),
)  # fmt: skip


def stem(low: str) -> str:
    """A rough English stem of a lower-cased word: one inflection cut (-ing, -ed, -es, -s but not -ss), then a
    final e (average and averaged meet at averag; cases and case at cas)."""
    for suffix in ("ing", "ed", "es", "s"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3 and not (suffix == "s" and low.endswith("ss")):
            low = low[: -len(suffix)]
            break
    if low.endswith("e") and len(low) > 3:
        low = low[:-1]
    return low


@cache
def _folds() -> dict[str, str]:
    from ..en.tables import FACET_WORDS as EN
    from ..zh.tables import FACET_WORDS as ZH

    out: dict[str, str] = {}
    for table in (ZH, EN):
        first: dict[str, str] = {}
        for word, facet in table.items():
            head = first.setdefault(facet, word.lower())
            if " " not in word:
                out.setdefault(word.lower(), head)
    for group in SYNONYMS:
        for word in group:
            if " " not in word:
                out.setdefault(word.lower(), group[0])
    return out


def fold(low: str) -> str | None:
    """The word a lower-cased word stands for when it is a facet word or in a synonym group (遇难 → 死亡,
    climbed → rose), else None."""
    return _folds().get(low)
