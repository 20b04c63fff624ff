"""jieba's words for the short windows the Chinese rules look at, each window cut once per document, and
their part-of-speech tags.

The rules ask for a few windows per figure (the words after a count, before an amount …). A page that repeats
itself, a table or a list of items of one kind, asks for the same windows again and again; the words of each
are kept on the document, so the cost follows the distinct windows. The words come from `Lexicon.cut`
unchanged, as a tuple: callers share them and must not change them.

Tags come from `Lexicon.tag` and are kept for the process: the dictionary does not change, and the rules ask
for the tags of the same few thousand words (的, 项目, 投资 …) over and over, at a tenth of the lookup's cost.
Frequencies (`freq`, asked of a unit and the character after it: 天然, 家庭) are kept the same way.
"""

from __future__ import annotations

from ..document import Doc
from ..lexicon import LEXICON

# Windows are a few characters long; past this many distinct ones a page keeps cutting without keeping.
_MAX_KEPT = 50_000
# Tags kept at most (a word and its tag, about 150 bytes each): well above news vocabulary, and bounded.
_MAX_TAGS = 100_000
_TAGS: dict[str, str | None] = {}
_FREQS: dict[str, int] = {}
_UNSEEN = object()


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


def tag(word: str) -> str | None:
    """jieba's part-of-speech tag for a dictionary word (n, v, ns, vn …), None for unknown words."""
    found = _TAGS.get(word, _UNSEEN)
    if found is _UNSEEN:
        found = LEXICON.tag(word)
        if len(_TAGS) < _MAX_TAGS:
            _TAGS[word] = found
    return found  # type: ignore[return-value]


def freq(word: str) -> int:
    """jieba's frequency of a dictionary word, 0 for other strings."""
    found = _FREQS.get(word)
    if found is None:
        found = LEXICON.freq(word)
        if len(_FREQS) < _MAX_TAGS:
            _FREQS[word] = found
    return found
