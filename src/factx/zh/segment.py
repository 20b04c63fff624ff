"""jieba's words for the short windows the Chinese rules look at, each window cut once per document.

The rules ask for a few windows per figure (the words after a count, before an amount …). A page that repeats
itself, a table or a list of items of one kind, asks for the same windows again and again; the words of each
are kept on the document, so the cost follows the distinct windows. The words come from `Lexicon.cut`
unchanged, as a tuple: callers share them and must not change them.
"""

from __future__ import annotations

from ..document import Doc
from ..lexicon import LEXICON

# Windows are a few characters long; past this many distinct ones a page keeps cutting without keeping.
_MAX_KEPT = 50_000


def cut(doc: Doc, window: str) -> tuple[str, ...]:
    """jieba's words of `window` (a short stretch of `doc.norm`)."""
    kept: dict[str, tuple[str, ...]] | None = doc.memo.get("zh.cuts")
    if kept is None:
        kept = doc.memo["zh.cuts"] = {}
    words = kept.get(window)
    if words is None:
        words = tuple(LEXICON.cut(window))
        if len(kept) < _MAX_KEPT:
            kept[window] = words
    return words
