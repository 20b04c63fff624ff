"""Folding text into a table cell without splitting a figure: rich's `overflow="fold"` cuts Chinese text at
any character, so "4725万元" could end one line with "4725万" and start the next with "元" — a reader sees
a different amount. `Unbroken` folds at the cell's width like rich does, but never inside a kept span (the
figures), an ASCII word, or a number with its unit; display width is measured in terminal cells, so a Chinese
character counts double.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.text import Text

_WORD_TAIL = ".,%-"
_MAGNITUDES = "万亿千百"


def _units(plain: str, keep: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans that are never broken: a kept span, an ASCII word or number, else one character."""
    ends = {a: b for a, b in keep if b > a}
    i, n = 0, len(plain)
    while i < n:
        if i in ends:
            j = min(ends[i], n)
        elif plain[i].isascii() and plain[i].isalnum():
            j = i + 1
            while j < n and j not in ends and plain[j].isascii() and (plain[j].isalnum() or plain[j] in _WORD_TAIL):
                j += 1
            if plain[j - 1].isdigit():
                # A number keeps its Chinese magnitude and the character after it (4725万元, 13个, 8日):
                # the usual no-break rule between a number and its unit, for figures no span names.
                while j < n and j not in ends and plain[j] in _MAGNITUDES:
                    j += 1
                if j < n and j not in ends and "\u4e00" <= plain[j] <= "\u9fff":
                    j += 1
        else:
            j = i + 1
        yield i, j
        i = j


def fold_lines(plain: str, width: int, keep: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of each line of `plain` folded to `width` cells; "\\n" forces a break. A unit wider than
    a whole line is folded by characters (the only way it can fit)."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    start = used = 0
    for a, b in _units(plain, keep):
        if plain[a] == "\n":
            lines.append((start, a))
            start, used = b, 0
            continue
        w = cell_len(plain[a:b])
        if used + w > width and a > start:
            lines.append((start, a))
            start, used = a, 0
        while used + w > width and b - start > 1:
            k, u = start, 0
            while k < b and u + cell_len(plain[k]) <= width:
                u += cell_len(plain[k])
                k += 1
            k = max(k, start + 1)
            lines.append((start, k))
            start, used, w = k, 0, cell_len(plain[k:b])
        used += w
    lines.append((start, len(plain)))
    return lines


class Unbroken:
    """A table cell that folds to its width but never splits a kept span (see the module docstring)."""

    def __init__(self, text: Text | str, keep: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text if isinstance(text, Text) else Text(text)
        self.keep = tuple(keep)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        plain = self.text.plain
        widest = max((cell_len(plain[a:b]) for a, b in _units(plain, self.keep)), default=1)
        longest = max((cell_len(line) for line in plain.split("\n")), default=1)
        return Measurement(min(widest, options.max_width), min(longest, options.max_width))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Any:
        plain = self.text.plain
        lines = [self.text[a:b] for a, b in fold_lines(plain, options.max_width, self.keep)]
        out = Text("\n").join(lines)
        out.no_wrap = True
        out.overflow = "fold"
        yield out
