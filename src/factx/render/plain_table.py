"""A table drawn line by line, for documents with thousands of figures.

rich's `Table` measures and lays out every cell before it draws the first line, and its per-cell cost makes a
25,000-row table of a 1 MB page take most of a minute. This writer draws the same table — the same columns,
rich's SIMPLE_HEAD box without edge padding, the same colours — in one pass over plain strings to measure each
column and one to write, straight to the console's stream in chunks of lines. Widths are display cells
(`rich.cells.cell_len`: an East Asian wide character counts two); columns that may wrap shrink the way rich
shrinks them (the widest first, rounding alike); the About column wraps at spaces like rich, the Sentence
column folds with `layout.fold_lines`, never inside a figure.

What it writes: without colour, byte for byte what rich writes for the same table; with colour, the same
characters in the same styles (escape codes grouped differently); the tests compare both. Only on a terminal
too narrow for the figures does it differ on purpose: rich then crops values with "…", this writer keeps every
wrapping column at least MIN_WRAP_WIDTH cells wide and lets the line run past the edge.

rich's console is not in the path, so its safety pass is not either: every text is put through
`render.safe.terminal_text` here, and only the escape codes of the styles are added.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from rich.cells import cell_len, chop_cells
from rich.style import Style

from .layout import fold_lines
from .safe import terminal_text

# Lines handed to the console at once: enough to keep the per-call cost small, few enough that a huge table
# streams instead of being held whole.
_CHUNK_LINES = 512
# The narrowest a wrapping column gets (in cells) when the table does not fit the terminal.
MIN_WRAP_WIDTH = 8


@dataclass(frozen=True)
class Column:
    """One column of a plain table: its header and how its cells are drawn."""

    header: str
    # Style of every body cell of the column, padding included (rich's column style).
    style: str = ""
    justify: Literal["left", "right"] = "left"
    # "none": one line, never cut (a figure); "words": wrapped at spaces like rich's overflow="fold";
    # "figures": folded by `fold_lines`, never inside a kept span.
    wrap: Literal["none", "words", "figures"] = "none"
    max_width: int | None = None


class Cell(NamedTuple):
    """One cell (a tuple: a table of 25,000 rows makes 125,000 of them, and a tuple is the cheapest to make)."""

    text: str
    # Spans of `text` that are never folded apart; the first is drawn in `highlight`.
    keep: tuple[tuple[int, int], ...] = ()
    # Style of the text only, over the column's; the first kept span is drawn in `highlight` over both.
    style: str = ""
    highlight: str = ""


def column_widths(columns: Sequence[Column], sizes: Sequence[Sequence[int]], width: int) -> list[int]:
    """The content width of each column from the display widths of its cells (`sizes`, row by row): its widest
    cell, capped by `max_width`; when the table is wider than `width`, the widest wrapping columns give way
    first, as rich's Table does. Columns that never wrap keep their width even then: a figure is never cut."""
    widths = [cell_len(c.header) for c in columns]
    for row in sizes:
        for i, w in enumerate(row):
            if w > widths[i]:
                widths[i] = w
    widths = [min(w, c.max_width) if c.max_width else w for w, c in zip(widths, columns, strict=True)]
    # rich counts a column's padding in its width; the outer columns have none on the edge side.
    pads = [(0 if i == 0 else 1) + (0 if i == len(columns) - 1 else 1) for i in range(len(columns))]
    padded = [w + p for w, p in zip(widths, pads, strict=True)]
    room = width - 2 - (len(columns) - 1)  # two edges and one separator between columns
    wraps = [c.wrap != "none" for c in columns]
    collapsed = [w - p for w, p in zip(_collapse(padded, wraps, room), pads, strict=True)]
    # Where rich would go on to crop the figures, this table stops: a wrapping column keeps a few cells and
    # the line runs past the width (the terminal wraps it) rather than cut a value or stack a sentence one
    # character a line.
    return [max(min(natural, MIN_WRAP_WIDTH), w) for natural, w in zip(widths, collapsed, strict=True)]


def _collapse(widths: list[int], wraps: list[bool], room: int) -> list[int]:
    """Narrow the widest wrapping columns to the next widest, and so on, until the total fits `room` (rich's
    `Table._collapse_widths`, rounding included, so both tables agree)."""
    widths = list(widths)
    excess = sum(widths) - room
    while excess > 0 and any(wraps):
        widest = max(w for w, ok in zip(widths, wraps, strict=True) if ok)
        second = max((w for w, ok in zip(widths, wraps, strict=True) if ok and w != widest), default=0)
        tied = [i for i, (w, ok) in enumerate(zip(widths, wraps, strict=True)) if ok and w == widest]
        step = widest - second
        if step <= 0:
            break
        # The excess is shared among the tied columns in order, each share rounded half to even.
        left, shares = excess, len(tied)
        for i in tied:
            cut = min(step, excess, round(left / shares))
            widths[i] -= cut
            left -= cut
            shares -= 1
        excess = sum(widths) - room
    return widths


_WORD = re.compile(r"\s*\S+\s*")


def wrap_words(text: str, width: int) -> list[str]:
    """`text` wrapped at spaces to `width` cells, a word wider than a line folded across lines; trailing
    spaces of a line dropped — rich's wrapping of a cell with overflow="fold"."""
    lines: list[str] = []
    line = ""
    used = 0
    for m in _WORD.finditer(text):
        word = m.group()
        bare = cell_len(word.rstrip())
        if used + bare <= width:
            line += word
            used += cell_len(word)
            continue
        if bare > width:
            pieces = chop_cells(word, width)
            if line:
                lines.append(line)
            lines.extend(pieces[:-1])
            line = pieces[-1]
        else:
            if line:
                lines.append(line)
            line = word
        used = cell_len(line)
    lines.append(line)
    return [x.rstrip() for x in lines] or [""]


Runs = list[tuple[int, int, tuple[str, ...]]]
Line = tuple[str, int, Runs]  # text, display width, styled runs


def _cell_lines(cell: Cell, size: int, column: Column, width: int) -> list[Line]:
    """The lines of one cell (`size` cells wide) at `width`, each with its styled runs (start, end, style
    names) in the line."""
    text = cell.text
    if size <= width or column.wrap == "none":
        return [(text, size, _runs(0, len(text), cell))]
    if column.wrap == "words":
        return [(line, cell_len(line), [(0, len(line), (cell.style,))]) for line in wrap_words(text, width)]
    return [(text[a:b], cell_len(text[a:b]), _runs(a, b, cell)) for a, b in fold_lines(text, width, cell.keep)]


def _runs(a: int, b: int, cell: Cell) -> Runs:
    """Styled runs of text[a:b]: the cell's style, with the highlighted span (if any) over it."""
    base = (cell.style,)
    if not cell.keep or not cell.highlight:
        return [(0, b - a, base)]
    hs, he = cell.keep[0]
    hs, he = max(hs, a), min(he, b)
    if hs >= he:
        return [(0, b - a, base)]
    return [(0, hs - a, base), (hs - a, he - a, (cell.style, cell.highlight)), (he - a, b - a, base)]


def _header_lines(column: Column, width: int) -> list[str]:
    if cell_len(column.header) <= width or column.wrap == "none":
        return [column.header]
    return wrap_words(column.header, width)


def _pad(text: str, width: int, justify: str) -> str:
    gap = width - cell_len(text)
    if gap <= 0:
        return text
    return " " * gap + text if justify == "right" else text + " " * gap


class Painter:
    """Text in a style, as the console would write it: the style's escape codes around the text, parsed and
    rendered once per style (a table of 25,000 rows uses a handful); nothing at all without colour."""

    def __init__(self, console: Any) -> None:
        from rich.console import COLOR_SYSTEMS

        name = console.color_system
        self.system = COLOR_SYSTEMS.get(name) if name else None
        self.no_color = bool(console.no_color)
        self._codes: dict[tuple[str, ...], tuple[str, str]] = {}

    def __call__(self, text: str, *names: str) -> str:
        if self.system is None or not text:
            return text
        codes = self._codes.get(names)
        if codes is None:
            codes = self._codes[names] = self._make(names)
        return codes[0] + text + codes[1]

    def _make(self, names: tuple[str, ...]) -> tuple[str, str]:
        parts = [Style.parse(n) for n in names if n]
        if not parts:
            return "", ""
        style = Style.combine(parts)
        if self.no_color:
            style = style.without_color
        before, _, after = style.render("\0", color_system=self.system).partition("\0")
        return before, after


def table_lines(
    title: str,
    title_style: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    width: int,
    paint: Callable[..., str] = lambda text, *names: text,
) -> Iterator[str]:
    """The table line by line (no line ends): title, blank top edge, header, rule, rows, blank bottom edge.
    Every text is made terminal-safe here too, so nothing this writes can carry a control character."""
    rows = [[_safe(cell) for cell in row] for row in rows]
    sizes = [[cell_len(cell.text) for cell in row] for row in rows]
    widths = column_widths(columns, sizes, width)
    last = len(columns) - 1
    total = 2 + sum(widths) + 3 * last  # edges, content, and pad + separator + pad between columns
    yield paint(_pad(terminal_text(title), total, "left"), title_style)
    yield " " * total
    heads = [_header_lines(c, w) for c, w in zip(columns, widths, strict=True)]
    height = max(len(h) for h in heads)
    bold = [paint(" ", "bold")] * last
    for k in range(height):
        parts = []
        for h, c, w in zip(heads, columns, widths, strict=True):
            # Headers sit on the bottom line, as rich aligns them.
            line = h[k - (height - len(h))] if k >= height - len(h) else ""
            parts.append(paint(_pad(terminal_text(line), w, c.justify), "bold"))
        yield " " + _join(parts, bold, bold) + " "
    yield " " + "─" * (total - 2) + " "
    # A cell's padding is in its column's style: the one after it, and the one before the next column.
    right = [paint(" ", c.style) for c in columns[:-1]]
    left = [paint(" ", c.style) for c in columns[1:]]
    blank = [paint(" " * w, c.style) for c, w in zip(columns, widths, strict=True)]
    plain = getattr(paint, "system", None) is None  # no colour: a row that fits is padded text, nothing else
    rights = [c.justify == "right" for c in columns]
    for row, size in zip(rows, sizes, strict=True):
        if plain and all(n <= w for n, w in zip(size, widths, strict=True)):
            yield (
                " "
                + "   ".join(
                    " " * (w - n) + cell.text if right else cell.text + " " * (w - n)
                    for cell, n, w, right in zip(row, size, widths, rights, strict=True)
                )
                + " "
            )
            continue
        cells = [_cell_lines(*x) for x in zip(row, size, columns, widths, strict=True)]
        for k in range(max(len(lines) for lines in cells)):
            parts = []
            for i, (lines, c, w) in enumerate(zip(cells, columns, widths, strict=True)):
                if k >= len(lines):
                    parts.append(blank[i])
                    continue
                text, n, runs = lines[k]
                body = "".join(paint(text[a:b], c.style, *names) for a, b, names in runs if b > a)
                gap = paint(" " * (w - n), c.style) if n < w else ""
                parts.append(gap + body if c.justify == "right" else body + gap)
            yield " " + _join(parts, right, left) + " "
    yield " " * total


def _join(parts: list[str], right_pads: list[str], left_pads: list[str]) -> str:
    """Cells joined as rich's SIMPLE_HEAD box joins them: a padding cell, the separator, a padding cell."""
    out = [parts[0]]
    for part, right, left in zip(parts[1:], right_pads, left_pads, strict=True):
        out += [right, " ", left, part]
    return "".join(out)


def _safe(cell: Cell) -> Cell:
    safe = terminal_text(cell.text)
    return cell if safe == cell.text else Cell(safe, cell.keep, cell.style, cell.highlight)


def print_table(
    console: Any, title: str, title_style: str, columns: Sequence[Column], rows: Sequence[Sequence[Cell]]
) -> None:
    """Draw the table on the console's stream, a chunk of lines at a time (rich is not involved: its layout
    is what this replaces)."""
    out = console.file
    chunk: list[str] = []
    for line in table_lines(title, title_style, columns, rows, console.width, Painter(console)):
        chunk.append(line)
        if len(chunk) == _CHUNK_LINES:
            out.write("\n".join(chunk) + "\n")
            chunk = []
    if chunk:
        out.write("\n".join(chunk) + "\n")
    out.flush()
