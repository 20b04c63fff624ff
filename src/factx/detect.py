"""Language of a document: Simplified Chinese, Traditional Chinese or English, from its characters."""

from __future__ import annotations

from .patterns import CJK, compiled
from .zh import hant as zh_hant

_SAMPLE = 3000
_CJK = compiled(f"[{CJK}]")
_LATIN = compiled("[A-Za-z]")
_TRAD = compiled("[" + "".join(sorted(zh_hant.CHAR_MAP)) + "]")
_SIMP = compiled("[" + "".join(sorted(set(zh_hant.CHAR_MAP.values()) - set(zh_hant.CHAR_MAP))) + "]")


def detect_lang(text: str) -> str:
    """'en' when Latin letters far outnumber Chinese characters, else 'zh-hant' or 'zh' by script."""
    sample = text[:_SAMPLE]
    # Chinese characters take three UTF-8 bytes: the byte count screens out English cheaply.
    wide = (len(sample.encode("utf-8", "surrogatepass")) - len(sample)) // 2
    if wide * 4 < len(sample) and len(_CJK.findall(sample)) * 4 < len(_LATIN.findall(sample)):
        return "en"
    if not _TRAD.search(sample):
        return "zh"
    return "zh-hant" if len(_TRAD.findall(sample)) > len(_SIMP.findall(sample)) else "zh"
