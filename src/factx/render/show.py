"""`factx show` in the terminal: each paragraph with its figures highlighted by type and numbered, then its
notes. Without colour (NO_COLOR, a pipe) figures are bracketed so the view still reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..review.show import note_text, paragraphs, superscript
from .safe import terminal_text
from .values import TYPE_STYLE


def write_terminal(console: Any, text: str, facts: Sequence[Fact], plain: bool) -> None:
    """Print each paragraph with highlighted figures, then its notes. `plain`: no color, so bracket figures."""
    from rich.text import Text

    for p in paragraphs(text, facts):
        t = Text()
        pos = p.start
        for n, f in p.notes:
            t.append(terminal_text(text[pos : f.start], lines=True))
            style = TYPE_STYLE[f.type]
            shown = terminal_text(f.text, lines=True)
            t.append(f"[{shown}]" if plain else shown, style=f"bold {style} underline")
            t.append(superscript(n), style=style)
            pos = f.end
        t.append(terminal_text(text[pos : p.end], lines=True))
        console.print(t, soft_wrap=True)
        for n, f in p.notes:
            line = Text("  ")
            line.append(f"{superscript(n)} {f.type:<8}", style=TYPE_STYLE[f.type])
            line.append(f" {terminal_text(f.text)}  ", style="dim")
            line.append(note_text(f), style=f"bold {TYPE_STYLE[f.type]}")
            console.print(line, soft_wrap=True)
        console.print()
