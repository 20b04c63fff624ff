"""Spaces that some Chinese sites put between digits and characters (2018 年 1 月 1 日, 共 120 名志愿者).

Publishing tools that space Latin letters and digits apart from Chinese characters write every figure so; the
recognizers read figures written together (2018年, 120名). For such a document the engine reads a compact copy
with those spaces taken out, and every span it finds is mapped back to the document, so a fact's text is still
the document's own (`2018 年`). Only a single space between an ASCII digit and a Chinese character (either
order) goes; spaces between digits, or around Latin words, stay where they are, and so does a space after a
numeral character, which in a headline separates two figures (开价两亿 3日, 吸金6000余万 150多人), or before
one that starts a number of its own (保底699 两年; 3 千万 is still one number).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from re import Pattern

from .model import Fact
from .patterns import compiled


@cache
def _patterns(space: str) -> tuple[Pattern[str], Pattern[str]]:
    """(the spaces to take out, a screen for any of them) for the space character class `space`. Both open
    on the space itself, which the regex engine skips to quickly when it is one literal character (a
    pattern opening on a Chinese character would be tried at nearly every position of the text)."""
    from .zh import tables as zh  # (built on the first Chinese document: an English run never loads these)

    starts, ends = zh.SPACE_KEPT_BEFORE, zh.SPACE_KEPT_AFTER
    spaced = compiled(
        rf"{space}(?:(?<=[0-9]{space})(?![{starts}])(?=[\u3400-\u9fff])"
        rf"|(?<=[\u3400-\u9fff]{space})(?<![{ends}]{space})(?=[0-9]))"
    )
    screen = compiled(rf"{space}(?:(?<=[0-9]{space})[\u3400-\u9fff]|(?<=[\u3400-\u9fff]{space})[0-9])")
    return spaced, screen


def compact(text: str) -> tuple[str, list[int]] | None:
    """(the text without digit-character spaces, where they were), or None when there is no such space.
    "Where" is, for each space taken out, the position in the short text that followed it: a position
    maps back to the document by adding the number of those at or before it (`to_document`)."""
    # The plain space; and with the no-break space of pages converted from HTML, for the texts that hold one.
    spaced, screen = _patterns("[ \u00a0]" if "\u00a0" in text else " ")
    if screen.search(text) is None:
        return None
    pieces: list[str] = []
    cuts: list[int] = []
    last = 0
    for m in spaced.finditer(text):
        pieces.append(text[last : m.start()])
        cuts.append(m.start() - len(cuts))
        last = m.end()
    if not cuts:
        return None  # only spaces that stay (开价两亿 3日)
    pieces.append(text[last:])
    return "".join(pieces), cuts


def to_document(pos: int, cuts: list[int]) -> int:
    """The document offset of position `pos` of the short text."""
    return pos + bisect_right(cuts, pos)


def map_back(facts: list[Fact], text: str, cuts: list[int]) -> None:
    """Move every fact's span from the short text to the document `text` (the spaces inside a figure become
    part of its text)."""
    for f in facts:
        f.start, f.end = to_document(f.start, cuts), to_document(f.end - 1, cuts) + 1
        f.text = text[f.start : f.end]
