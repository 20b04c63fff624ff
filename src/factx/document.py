"""One document as every recognizer sees it, whatever its language: the text, its normalized twin, the
reference date and the position index (line/column, sentences, clauses)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from .patterns import compiled, last_match

# A sentence ends at 。！？!? (with any closing quotes after it), at a line break, or at an English full stop
# after a letter (or a closing quote, bracket or %) and followed by a space — but not by a word in lower case,
# which no sentence starts with ("Harbor Mills Inc. reported", "U.S. officials"). The pattern opens on one character
# set, which the regex engine skips to quickly, and tells the three kinds apart by what it consumed.
# Nor does the full stop of an abbreviation that a number follows ("the quarter ended Sept. 30 rose", "No. 3").
# A full stop after a digit ends none ("1. 项目", "took in £63,081. Just …" stays one sentence): `check` reads an
# owner named in the words after such a figure, and splitting there lost it (see bench/check_suite/README.md).
_NUMBERED_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Vol", "Fig",
    "Art",
)  # fmt: skip
_BEFORE_NUMBER = "|".join(rf"(?<=\b{a}\.)[ \t]+[0-9]" for a in _NUMBERED_ABBREVIATIONS)
_SENTENCE_END = compiled(
    r"[。！？!?…\n.](?:(?<=[。！？!?…])[。！？!?…]*[”’」』\"')）]*|(?<=\n)\n*"
    rf"|(?<=[A-Za-z)\"'”%]\.)(?=\s)(?![ \t]+[a-z])(?!{_BEFORE_NUMBER}))"
)


# A sentence up to this long is given whole (news sentences are rarely longer); a longer one (a page with no
# sentence ends) gives at most EXCERPT_WINDOW characters around the figure that hold no digit outside it: the
# window stops short of the neighbouring numbers, so a page dense with figures gets short excerpts and its
# output stays within a few dozen bytes per input byte.
EXCERPT_LIMIT = 400
EXCERPT_WINDOW = 80
# Arabic digits only (ASCII and full-width): Chinese numerals also write words (统一, 一些, 万一), which would
# cut the context of ordinary text short.
_DIGITS = frozenset("0123456789０１２３４５６７８９")


class TextIndex:
    """Line/column and sentence lookups for one document, computed once and then by binary search."""

    def __init__(self, text: str) -> None:
        self.text = text
        # The last sentence asked for: (its unstripped start and end, its span). Figures come in document
        # order and a sentence holds several, so most lookups are answered here without a search.
        self._last_sentence: tuple[int, int, tuple[int, int]] = (0, 0, (0, 0))

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
        lo, hi, span = self._last_sentence
        if lo <= pos < hi:
            return span
        ends = self._sentence_ends
        i = bisect_right(ends, pos)
        start = lo = ends[i - 1] if i > 0 else 0
        end = hi = ends[i] if i < len(ends) else len(self.text)
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        self._last_sentence = (lo, hi, (start, end))
        return start, end

    def sentence(self, pos: int) -> str:
        s, e = self.sentence_span(pos)
        return self.text[s:e]

    def excerpt(
        self, start: int, end: int, limit: int = EXCERPT_LIMIT, window: int = EXCERPT_WINDOW
    ) -> tuple[str, int, int]:
        """(excerpt, sentence start, sentence end) for the figure at [start, end): its whole sentence, or, when
        that is longer than `limit`, at most `window` characters of it around the figure that hold no digit
        but the figure's own — so output stays linear in the input even where a page has no sentence ends."""
        s, e = self.sentence_span(start)
        if e - s <= limit:
            return self.text[s:e], s, e
        # Plain comparisons rather than min()/max(): this runs once per figure of a page without sentence
        # ends, and the two-argument builtins cost several times as much.
        first, last = self._between_numbers(
            start, end, s if s > start - window else start - window, e if e < end + window else end + window
        )
        room = (window - (end - start)) // 2 if window > end - start else 0
        lo = start - room if start - room > first else first
        hi = lo + window if lo + window > end else end
        if hi > last:
            hi = last
        if hi - window < lo:
            lo = hi - window
        if lo < first:
            lo = first
        return self.text[lo:hi], s, e

    def _between_numbers(self, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
        """[lo, hi) narrowed to the text between the last digit before `start` and the first after `end`."""
        text = self.text
        left = start
        while left > lo and text[left - 1] not in _DIGITS:
            left -= 1
        right = end
        while right < hi and text[right] not in _DIGITS:
            right += 1
        return left, right


_CLAUSE_BREAK = compiled(r"[，,。；;：:！!？?\n、（）()“”\"《》【】]|\s{2,}")


@dataclass
class Doc:
    """One document as the recognizers see it. `norm` has the same length as `text`."""

    text: str
    norm: str
    lang: str = "zh"
    ref: date | None = None
    local_currency: str = "CNY"
    # (month, day) of a dateline that gives no year; used only for the month of a bare day (3日).
    ref_month_day: tuple[int, int] | None = None
    # Region variant: years of the Republic of China calendar (民國110年, 110年度) in Taiwan text.
    roc_years: bool = False
    # (position, currency) of declarations such as （港币，下同）: a bare 元 from there on is that currency.
    currency_declarations: list[tuple[int, str]] = field(default_factory=list)
    index: TextIndex = field(init=False)
    # Per-document results a language's recognizers share (one veto scan, one number scan …), by key.
    memo: dict[str, Any] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.index = TextIndex(self.text)

    def currency_at(self, pos: int) -> str:
        """The currency a bare 元 (or dollar) at `pos` means: the last declaration before it, else local."""
        i = bisect_right(self.currency_declarations, (pos, "\uffff")) - 1
        return self.currency_declarations[i][1] if i >= 0 else self.local_currency

    def clause_start(self, pos: int, limit: int = 30) -> int:
        """Start of the clause holding `pos` (after the last ，。；： or line break), at most `limit` back."""
        lo = max(0, pos - limit)
        m = last_match(_CLAUSE_BREAK, self.norm, lo, pos)
        return m.end() if m else lo

    def clause_end(self, pos: int, limit: int = 30) -> int:
        m = _CLAUSE_BREAK.search(self.norm, pos, min(len(self.norm), pos + limit))
        return m.start() if m else min(len(self.norm), pos + limit)
