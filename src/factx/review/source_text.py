"""The source's whole text, for what its sentences without figures say.

Every `Fact` carries only the sentence that holds it, so a name given in a sentence with no figure ("The second
company, Harbor Mills, did better.", a paragraph's topic sentence) is invisible to the review modules, and a claim
that gives that company's figure to another passes. `check` builds one `SourceText` when it is given the source's
text (one source document: its facts' offsets are into it) and the modules that decide whose a figure is read the
sentences before a figure from it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import TextIndex


class SourceText:
    """One source document's text, with its sentence and paragraph bounds (sentences as the pipeline cuts them)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._index = TextIndex(text)

    def sentences_before(self, pos: int) -> Iterator[tuple[int, str]]:
        """(start, text) of each sentence before the one holding `pos`, nearest first; blank stretches skipped."""
        start, _ = self._index.sentence_span(pos) if pos < len(self.text) else (len(self.text), 0)
        text = self.text
        while True:
            at = start - 1
            while at >= 0 and text[at].isspace():
                at -= 1
            if at < 0:
                return
            s, e = self._index.sentence_span(at)
            if s >= start:
                return
            yield s, text[s:e]
            start = s
