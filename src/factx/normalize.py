"""Length-keeping text normalization and position lookups.

Every recognizer runs on the normalized text, and the normalizer maps one code point to exactly one code
point, so an offset found there is an offset into the original document: `text == document[start:end]`
holds without an offset map.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from .lang import zh_hant


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Full-width ASCII (U+FF01..U+FF5E) to ASCII, except the punctuation that Chinese text uses as its own
    # separators, so that sentence and clause breaks stay visible. (The numeral scanner still reads
    # "1，000美元" as a thousands separator: a comma followed by exactly three digits.)
    keep = set("，；！？（）【】《》〈〉「」『』")
    for cp in range(0xFF01, 0xFF5F):
        ch = chr(cp)
        if ch not in keep:
            table[cp] = chr(cp - 0xFEE0)
    table[0x3000] = " "  # ideographic space
    table[0x00A0] = " "
    table[0xFFE5] = "¥"  # full-width yuan sign
    table[0xFFE1] = "£"
    table[0x25CB] = "〇"  # "二○○八年" is written with a white circle as often as with 〇
    table[0x039F] = "〇"  # Greek capital omicron, seen in OCR'd years
    table[0x2236] = ":"  # ratio sign used as a clock colon
    for trad, simp in zh_hant.CHAR_MAP.items():
        table[ord(trad)] = simp
    return table


_TABLE = _build_table()
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")


def normalize(text: str) -> str:
    """Return `text` with full-width forms, Traditional figure characters and numeral variants folded.

    The result has the same length as `text`.
    """
    # Most Simplified text holds few foldable characters; replacing just those beats translate().
    table = _TABLE
    out = _FOLDABLE.sub(lambda m: table[ord(m.group())], text)
    assert len(out) == len(text)
    return out


# A sentence ends at 。！？!? (with any closing quotes after it), at a line break, or at an English full stop
# followed by a space.
_SENTENCE_END = re.compile(r"(?=[。！？!?…\n.])(?:[。！？!?…]+[”’」』\"')）]*|\n+|(?<=[A-Za-z\)\"'”%])\.(?=\s))")


class TextIndex:
    """Line/column and sentence lookups for one document, computed once and then by binary search."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    @cached_property
    def _sentence_ends(self) -> list[int]:
        return [m.end() for m in _SENTENCE_END.finditer(self.text)]

    def line_col(self, pos: int) -> tuple[int, int]:
        starts = self._line_starts
        i = bisect_right(starts, pos) - 1
        return i + 1, pos - starts[i] + 1

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """The [start, end) of the sentence holding `pos`, without surrounding whitespace."""
        ends = self._sentence_ends
        i = bisect_right(ends, pos)
        start = ends[i - 1] if i > 0 else 0
        end = ends[i] if i < len(ends) else len(self.text)
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def sentence(self, pos: int) -> str:
        s, e = self.sentence_span(pos)
        return self.text[s:e]
