"""Currency declarations in Chinese text: （港币，下同）, （单位：港元）, 以下金额均为新台币.

Such a note makes every bare 元 after it (and the amount of its own clause) that currency, where the article
would otherwise be read in the local one (CNY for Simplified text).
"""

from __future__ import annotations

from ..patterns import Lazy, words_re
from . import tables as zh

_CURRENCY = {w: c for w, c in zh.CURRENCY_SUFFIX.items() if c is not None and not w.startswith("元")}
_WORD = words_re(_CURRENCY)
# One of them is in every declaration. `in` tests for each are a fast scan: most articles hold none and skip
# both passes.
_CUE_WORDS = ("单位", "下同", "下文", "以下", "文中")
# Two passes, not one alternation of both forms: each then opens on one character set, which the regex engine
# skips to quickly, where the alternation was tried in full at every position. Their matches cannot overlap (the
# first holds no 以下 / 下文 / 文中 before 为 / 以 / 指, the second no bracket), so they find what it found.
_IN_BRACKETS = Lazy(
    rf"[（(]\s*(?:(?:金额)?单位\s*[:：]\s*(?:[万亿千百]+)?(?P<unit>{_WORD})|(?P<same>{_WORD})\s*[，,、]?\s*(?:以?下同|下文同))\s*[）)]"
)
_IN_WORDS = Lazy(rf"(?:以下|下文|文中)(?:金额|数字|所有金额)?(?:均|皆|都)?(?:为|以|指)(?P<text>{_WORD})")
_CLAUSE_BACK = 30  # a declaration right after an amount covers that amount too: 3990万元（港币，下同）


def currency_declarations(norm: str) -> list[tuple[int, str]]:
    """Sorted (position from which it applies, ISO code) of every currency declaration."""
    out = []
    cued = ("同" in norm or "单位" in norm or "以下" in norm) and any(w in norm for w in _CUE_WORDS)
    if not cued:
        return out
    for m in (*_IN_BRACKETS.finditer(norm), *_IN_WORDS.finditer(norm)):
        word = next(w for w in m.groups() if w)  # each form matches one currency word
        # From the start of the declaration's clause: the amount it follows is declared too.
        lo = max(0, m.start() - _CLAUSE_BACK)
        breaks = [norm.rfind(ch, lo, m.start()) for ch in "。；;！？!?，,\n"]
        out.append((max([lo, *(b + 1 for b in breaks if b >= 0)]), _CURRENCY[word]))
    return sorted(out)
