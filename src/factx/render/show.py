"""`factx show` in the terminal: each paragraph with its figures highlighted by type and numbered, then its
notes. Without colour (NO_COLOR, a pipe) figures are bracketed so the view still reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..review.show import note_text, paragraphs, superscript
from .values import TYPE_STYLE


def write_terminal(console: Any, text: str, facts: Sequence[Fact], plain: bool) -> None:
    """Print each paragraph with highlighted figures, then its notes. `plain`: no color, so bracket figures."""
    from rich.text import Text

    for p in paragraphs(text, facts):
        t = Text()
        pos = p.start
        for n, f in p.notes:
            t.append(text[pos : f.start])
            style = TYPE_STYLE[f.type]
            t.append(f"[{f.text}]" if plain else f.text, style=f"bold {style} underline")
            t.append(superscript(n), style=style)
            pos = f.end
        t.append(text[pos : p.end])
        console.print(t, soft_wrap=True)
        for n, f in p.notes:
            line = Text("  ")
            line.append(f"{superscript(n)} {f.type:<8}", style=TYPE_STYLE[f.type])
            line.append(f" {f.text}  ", style="dim")
            line.append(note_text(f), style=f"bold {TYPE_STYLE[f.type]}")
            console.print(line, soft_wrap=True)
        console.print()
