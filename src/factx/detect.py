"""Language of a document: Simplified Chinese, Traditional Chinese or English, from its characters."""

from __future__ import annotations

from .lang import zh_hant

LANGS = ("zh", "zh-hant", "en")
_TRAD = frozenset(zh_hant.CHAR_MAP)
_SIMP = frozenset(v for k, v in zh_hant.CHAR_MAP.items() if k != v)
_SAMPLE = 4000


def detect_lang(text: str) -> str:
    """'en' when Latin letters far outnumber Chinese characters, else 'zh-hant' or 'zh' by script."""
    sample = text[:_SAMPLE]
    cjk = latin = trad = simp = 0
    for ch in sample:
        if "\u4e00" <= ch <= "\u9fff":
            cjk += 1
            if ch in _TRAD:
                trad += 1
            elif ch in _SIMP:
                simp += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if cjk * 4 < latin:
        return "en"
    return "zh-hant" if trad > simp else "zh"


def local_currency(norm: str, lang: str) -> str:
    """The currency a bare 元 means in this document (normalized text)."""
    if lang == "en":
        return "USD"
    if lang != "zh-hant":
        return "CNY"
    sample = norm[:_SAMPLE]
    scores = {cur: sum(sample.count(w) for w in cues) for cur, cues in zh_hant.REGION_CUES.items()}
    best = max(scores, key=lambda c: scores[c])
    return best if scores[best] > 0 else "TWD"
