"""`factx timeline` in the terminal: the dated facts on a text time axis, with what happened and where, and
the dates whose year is unknown in a table apart."""

from __future__ import annotations

from typing import Any

from ..review.timeline import Entry, Timeline, axis
from .values import human_value


def location(e: Entry) -> str:
    return f"{e.source}:{e.fact.line}:{e.fact.column}"


def write_table(console: Any, tl: Timeline, width: int = 32) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    bars, scale = axis(tl.dated, width)
    if tl.dated:
        table = Table(title=f"Timeline ({len(tl.dated)} dates)", title_justify="left", title_style="bold cyan",
                      box=box.SIMPLE_HEAD, pad_edge=False)  # fmt: skip
        table.add_column("When", style="bold cyan", no_wrap=True)
        table.add_column(scale, no_wrap=True, style="cyan")
        table.add_column("What happened", overflow="fold", ratio=1)
        table.add_column("Source", style="dim", no_wrap=True)
        for e, bar in zip(tl.dated, bars, strict=True):
            table.add_row(human_value(e.fact), bar, _event(e, Text), Text(location(e)))
        console.print(table)
    if tl.unknown_year:
        table = Table(title=f"Unknown year ({len(tl.unknown_year)}): no reference date; try --ref-date",
                      title_justify="left", title_style="bold yellow", box=box.SIMPLE_HEAD, pad_edge=False)  # fmt: skip
        table.add_column("When", style="bold yellow", no_wrap=True)
        table.add_column("What happened", overflow="fold", ratio=1)
        table.add_column("Source", style="dim", no_wrap=True)
        for e in tl.unknown_year:
            table.add_row(human_value(e.fact), _event(e, Text), Text(location(e)))
        console.print(table)
    if not tl.dated and not tl.unknown_year:
        console.print("no dates found")


def _event(e: Entry, text_cls: Any) -> Any:
    """The event snippet with the date itself in bold."""
    t = text_cls(e.event)
    i = e.event.find(e.fact.text)
    if i >= 0:
        t.stylize("bold", i, i + len(e.fact.text))
    return t
