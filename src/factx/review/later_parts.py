"""A whole's figure claimed for a part the source lists after 其中: 入境旅客…按年上升10.4%。其中…國際旅客19.7萬人次.

Chinese statistics give a whole with its figures (a total, its change), then its parts after 其中, each with figures
of its own, often of other types than the whole's (the part's count, but no change for it). A claim that gives a
part the whole's figure (國際旅客按年上升10.4%) finds the value, and its words are the article's. `parts.whole_as_part`
reads a part of the claim's type in the whole's clause; this reads the parts named after 其中 right after the whole
(later in its sentence, or in the next sentence), whatever their figures' types. A part is the noun that opens the
item before its first figure (國際旅客 of 國際旅客19.7萬人次), ending in a noun (not 按年上升 of 按年上升12.2%). When
the claim's own words name a part, and no equal figure's sentence names it, the claim is a mismatch against the
part's own figure of the claim's type, else not found.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .roles import position
from .spans import lead
from .verdict import Verdict, against_likeliest, alike, settled

_PART = compiled(r"其中[，,：:]?")
_ITEM_BREAK = compiled(r"[；;，,、。]")
_FIGURE_START = compiled(r"[0-9０-９一二三四五六七八九十两百千万亿]")
_OPENERS = compiled(r"^(?:有|为|是|包括|共有)")
_NEXT_SENTENCE_GAP = 3  # characters (spaces, a line break) allowed between a sentence and the next


def _following(e: Fact, source: Sequence[Fact]) -> str:
    """The words after the figure to the end of the next sentence."""
    end = e.sentence_start + len(e.sentence)
    rest = e.sentence[position(e) + len(e.text) :]
    after = [f for f in source if f.sentence_start >= end]
    if after:
        nxt = min(after, key=lambda f: f.sentence_start)
        if nxt.sentence_start - end <= _NEXT_SENTENCE_GAP:
            rest += nxt.sentence
    return rest


def parts_after(e: Fact, source: Sequence[Fact]) -> list[str]:
    """The parts (folded) the source names after 其中 right after the figure `e`."""
    from ..lexicon import LEXICON

    rest = _following(e, source)
    m = _PART.search(rest)
    if m is None:
        return []
    out: list[str] = []
    for segment in _ITEM_BREAK.split(rest[m.end() :]):
        figure = _FIGURE_START.search(segment)
        if figure is None:
            continue
        item = _OPENERS.sub("", _PART.sub("", normalize(segment[: figure.start()]).strip()))
        words = [w for w in LEXICON.cut(item) if w.strip()]
        if len(item) >= 2 and words and (LEXICON.tag(words[-1]) or "").startswith("n"):
            out.append(item)
    return out


def part_after_whole(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                     by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported Chinese claim that gives a part listed after 其中 the value of its whole into a mismatch
    against the part's figure, else not found (in place)."""
    for i, v in enumerate(out):
        if settled(v) or v is None or draft[i].type == "date" or draft[i].sentence.isascii():
            continue
        c = draft[i]
        said = normalize(lead(c, draft))
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        if not equal:
            continue
        # (any equal figure's: a headline's figure is followed by the story's first sentence, not by its parts)
        named = [p for j in equal for p in parts_after(source[j], source) if p in said]
        if not named or any(p in normalize(source[j].sentence) for j in equal for p in named):
            continue
        part = max(named, key=len)
        rivals = [(sim(i, j), j) for j in kind if j not in equal and part in normalize(lead(source[j], source))]
        why = f"same value, different subject: the source's {v.evidence.text} is the whole's; {part} is a part of it"
        out[i] = against_likeliest(v, max(rivals) if rivals else None, source, why, "for it it reports",
                                   "it gives none of this type for the part")  # fmt: skip
