"""What a figure is about beyond its subject: facets read from words that contrast near it.

A facet is "group:value" (casualty:dead, money:fine, direction:down, sex:female). Two figures with different
values in one group are about different things however alike their numbers and sentences: 9人轻伤 is not
9人死亡, 罚金 is not 退赔, "fell 5%" is not "rose 5%". `check` uses them so that "supported" means the same
quantity about the same thing. The words are language data (`FACET_WORDS` in each language's tables); the
reading is the same for every language:

- the figure's own words and those right after it, up to the end of its clause or the next figure (3人死亡,
  "23 injured", "9 people were killed"), decide a group when they name it; otherwise the words before it,
  back to the start of the clause or the previous figure (死亡3人, 罚金50万元, "killed 9 people");
- every value of a group found on the deciding side is kept (退赔赃款170万元 is restitution and illicit money);
- a few words count only right beside the figure (3死5伤, "down 5%").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cached_property

from .document import Doc
from .model import Fact
from .patterns import compiled, words_re

_WINDOW = 16  # characters of a clause looked at on either side of a figure
_LATIN_WINDOW = 40  # (English words are longer: "were critically injured")
# Where an English item ends after its figure: "killing 11 people and injuring 23 others" — the words after "and"
# are the next item's.
_NEXT_ITEM = compiled(r"\s(?:and|or|but|while)\s|\.(?:\s|$)", re.IGNORECASE)
# (a full stop ends the sentence either way: "ordered to pay $85,000. He helped hide the losses")
_SENTENCE_BEFORE = compiled(r".*\.\s", re.DOTALL)
# Words that lead into the next figure are that figure's: "earned $802 million on revenue of $14.1 billion" —
# revenue is the $14.1 billion.
_LEADS_INTO_NEXT = compiled(
    r"(?:\s+[A-Za-z][A-Za-z-]*){1,2}\s+(?:of|at|to|worth|totaling|totalling)\s*$", re.IGNORECASE
)

# What joins a change to the level it reaches: "rose 8 percent to $2.4 billion", 增长8%至24亿元.
_TO_LEVEL = compiled(r"\s*(?:to|至|到)\s*", re.IGNORECASE)


class FacetTable:
    """A language's facet words, compiled the first time a figure asks for its facets.

    Every language builds its table at import, but only `check` reads facets: building the pattern there cost
    a one-article extract several milliseconds of its start for nothing, so it waits for the first use.
    """

    def __init__(self, words: Mapping[str, str], near_only: frozenset[str] = frozenset()) -> None:
        self._source = words
        self.near_only = frozenset(w.lower() for w in near_only)

    @classmethod
    def build(cls, words: Mapping[str, str], near_only: frozenset[str] = frozenset()) -> FacetTable:
        return cls(words, near_only)

    @cached_property
    def words(self) -> Mapping[str, str]:
        """Lower-cased word → facet."""
        return {w.lower(): f for w, f in self._source.items()}

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        # Latin words are whole words; the lookarounds never fire beside Chinese characters.
        return compiled(rf"(?i)(?<![A-Za-z])(?:{words_re(self._source)})(?![A-Za-z])")


def attach(doc: Doc, facts: Sequence[Fact], table: FacetTable) -> None:
    """Set `facets` on every fact (document order, non-overlapping)."""
    norm = doc.norm
    for i, f in enumerate(facts):
        nxt = facts[i + 1].start if i + 1 < len(facts) else len(norm)
        prev = facts[i - 1].end if i > 0 else 0
        # The figure's own words count with those after it: "23 injured", 3死.
        latin = f.text.isascii()
        window = _LATIN_WINDOW if latin else _WINDOW
        end = min(nxt, doc.clause_end(f.end, window))
        if latin:
            cut = _NEXT_ITEM.search(norm, f.end, end)
            if cut is None and end == nxt:
                cut = _LEADS_INTO_NEXT.search(norm, f.end, end)
            end = cut.start() if cut is not None else end
        right = _found(table, norm, f.start, end, near=f.end)
        start = max(prev, doc.clause_start(f.start, window))
        if i > 0 and facts[i - 1].type != f.type and _TO_LEVEL.fullmatch(norm, prev, f.start):
            # The level a change reaches is named by the words before the change ("revenue rose 8 percent to $2.4
            # billion", 营收增长8%至24亿元: the $2.4 billion is revenue as much as the 8 percent is).
            start = max(facts[i - 2].end if i > 1 else 0, doc.clause_start(facts[i - 1].start, window))
        if latin and (b := _SENTENCE_BEFORE.match(norm, start, f.start)) is not None:
            start = b.end()
        left = _found(table, norm, start, f.start, near=f.start)
        groups: dict[str, set[str]] = {}
        for side in (right, left):
            side_groups: dict[str, set[str]] = {}
            for facet in side:
                side_groups.setdefault(facet.split(":", 1)[0], set()).add(facet)
            for group, values in side_groups.items():
                groups.setdefault(group, values)  # the right side decides a group it names
        f.facets = tuple(sorted(v for values in groups.values() for v in values))


def _found(table: FacetTable, norm: str, lo: int, hi: int, near: int) -> list[str]:
    out = []
    for m in table.pattern.finditer(norm, lo, hi):
        word = m.group().lower()
        gap = norm[near : m.start()] if m.start() >= near else norm[m.end() : near]
        if word in table.near_only and gap.strip():
            continue  # a near-only word with anything but spaces between it and the figure
        out.append(table.words[word])
    return out


def conflict(a: Sequence[str], b: Sequence[str]) -> tuple[str, str] | None:
    """The first group in which two facet lists disagree, as (a's value, b's value); None when they agree.

    A dotted value narrows its parent and agrees with it (casualty:injured.minor is a kind of casualty:injured),
    and a group one side does not name is no disagreement.
    """
    by_group: dict[str, list[str]] = {}
    for v in b:
        by_group.setdefault(v.split(":", 1)[0], []).append(v)
    seen: set[str] = set()
    for v in a:
        group = v.split(":", 1)[0]
        if group in seen or group not in by_group:
            continue
        seen.add(group)
        mine = [x for x in a if x.startswith(group + ":")]
        if not any(_agree(x, y) for x in mine for y in by_group[group]):
            return mine[0], by_group[group][0]
    return None


def _agree(x: str, y: str) -> bool:
    return x == y or x.startswith(y + ".") or y.startswith(x + ".")
