"""Length-keeping text normalization.

Every recognizer runs on the normalized text, and the normalizer maps one code point to exactly one code
point, so an offset found there is an offset into the original document: `text == document[start:end]`
holds without an offset map.
"""

from __future__ import annotations

import re

from .zh import hant as zh_hant


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
