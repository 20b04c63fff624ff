"""`--help` wrapped by display width: click measures text in characters, so a help line with Chinese in it
(今年/去年/昨日, 元/块) ran past the terminal's edge, each Chinese character taking two cells. This
formatter wraps by cells (rich's `cell_len`) and takes its width from the `Environment`, like every other
output of factx."""

from __future__ import annotations

import re
from collections.abc import Sequence

import click

from .env import Environment

# Break opportunities: runs of whitespace, runs of printable ASCII (words, options), single other characters
# (Chinese may break between any two characters).
_TOKENS = re.compile(r"\s+|[!-~]+|.", re.DOTALL)


def cell_len(text: str) -> int:
    """Display cells of `text` (rich's measure), imported only when help is drawn: a run that shows no help
    does not load rich."""
    from rich.cells import cell_len as measure

    return measure(text)


def _fill(text: str, width: int, initial: str, subsequent: str) -> list[str]:
    lines: list[str] = []
    line, used, fresh, space = initial, cell_len(initial), True, False
    for token in _TOKENS.findall(text):
        if token.isspace():
            space = not fresh
            continue
        gap = 1 if space else 0
        w = cell_len(token)
        if not fresh and used + gap + w > width:
            lines.append(line.rstrip())
            line, used, gap = subsequent, cell_len(subsequent), 0
        line += " " * gap + token
        used += gap + w
        fresh = space = False
    lines.append(line.rstrip())
    return lines


def wrap_cells(
    text: str, width: int, initial_indent: str = "", subsequent_indent: str = "", preserve_paragraphs: bool = False
) -> str:
    """click's `wrap_text` (same paragraphs, same `\\b` blocks left as written), measured in cells."""
    text = text.expandtabs()
    if not preserve_paragraphs:
        return "\n".join(_fill(text, width, initial_indent, subsequent_indent))
    paragraphs: list[tuple[int, bool, str]] = []
    buf: list[str] = []
    indent: int | None = None

    def flush() -> None:
        if buf:
            raw = buf[0].strip() == "\b"
            paragraphs.append((indent or 0, raw, "\n".join(buf[1:]) if raw else " ".join(buf)))
            buf.clear()

    for line in text.splitlines():
        if not line:
            flush()
            indent = None
            continue
        if indent is None:
            stripped = line.lstrip()
            indent = len(line) - len(stripped)
            line = stripped
        buf.append(line)
    flush()
    out = []
    for extra, raw, body in paragraphs:
        first, rest = initial_indent + " " * extra, subsequent_indent + " " * extra
        if raw:
            out.append("\n".join((first if k == 0 else rest) + ln for k, ln in enumerate(body.splitlines())))
        else:
            out.append("\n".join(_fill(body, width, first, rest)))
    return "\n\n".join(out)


class CellHelpFormatter(click.HelpFormatter):
    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        self.write(wrap_cells(text, self.width, indent, indent, preserve_paragraphs=True))
        self.write("\n")

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((cell_len(first) for first, _ in rows), default=0), col_max) + col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if cell_len(first) <= first_col - col_spacing:
                self.write(" " * (first_col - cell_len(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap_cells(second, max(self.width - first_col - 2, 10), preserve_paragraphs=True).splitlines()
            self.write(f"{lines[0] if lines else ''}\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n" if line else "\n")


class FactxContext(click.Context):
    """A context whose help is wrapped by display width, at the width of the run's `Environment`."""

    formatter_class = CellHelpFormatter

    def make_formatter(self) -> click.HelpFormatter:
        width = self.terminal_width
        env = self.find_object(Environment)
        if width is None and env is not None:
            width = max(min(env.width, self.max_content_width or 80) - 2, 50)
        return CellHelpFormatter(width=width, max_width=self.max_content_width)


class FactxCommand(click.Command):
    context_class = FactxContext
