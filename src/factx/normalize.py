"""Length-keeping text normalization.

Every recognizer runs on the normalized text, and the normalizer maps one code point to exactly one code
point, so an offset found there is an offset into the original document: `text == document[start:end]`
holds without an offset map.
"""

from __future__ import annotations

import re

from .patterns import compiled
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
# Every folded character lies above ASCII, where nothing in a character class needs escaping (checked, so a
# table entry added later cannot break the class silently).
assert min(_TABLE) > 0x7F
_FOLDABLE = compiled("[" + "".join(map(chr, sorted(_TABLE))) + "]")

# Financial numerals (大写: 壹万贰仟元, 參億伍仟萬元, 壹兆貳仟億元) read as the common ones, but only in a run of
# two or more numeral characters holding one that is nothing else (壹贰叁肆柒捌玖拾佰仟): 参, 陆 and 伍 alone are
# words (参加, 大陆, 队伍), and 拾 alone is "pick up". Runs are read after the Traditional fold (參 → 参, 萬 → 万).
_FORMAL = str.maketrans(
    {"壹": "一", "贰": "二", "叁": "三", "叄": "三", "参": "三", "肆": "四", "伍": "五", "陆": "六", "柒": "七",
     "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千"}
)  # fmt: skip
_FORMAL_ONLY = compiled("[壹贰叁叄肆柒捌玖拾佰仟]")
_FORMAL_RUN = compiled("[壹贰叁叄参肆伍陆柒捌玖拾佰仟万亿兆零〇]{2,}")


def _formal(m: re.Match[str]) -> str:
    run = m.group()
    return run.translate(_FORMAL) if _FORMAL_ONLY.search(run) else run


def normalize(text: str) -> str:
    """Return `text` with full-width forms, Traditional figure characters and numeral variants (financial
    numerals included) folded.

    The result has the same length as `text`.
    """
    # Most Simplified text holds few foldable characters; replacing just those beats translate().
    table = _TABLE
    out = _FOLDABLE.sub(lambda m: table[ord(m.group())], text)
    if _FORMAL_ONLY.search(out):
        out = _FORMAL_RUN.sub(_formal, out)
    assert len(out) == len(text)
    return out
