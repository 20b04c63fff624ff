"""`factx timeline` in the terminal: the dated facts on a text time axis, with what happened and where, and
the dates whose year is unknown in a table apart."""

from __future__ import annotations

from typing import Any

from ..review.timeline import Entry, Timeline, axis
from .layout import Unbroken
from .values import human_value


def location(e: Entry) -> str:
    return f"{e.source}:{e.fact.line}:{e.fact.column}"


def write_table(console: Any, tl: Timeline, width: int = 32) -> None:
    """The timeline tables. On a console too narrow for all four columns the axis shrinks (never below 8
    cells) and the location moves under what happened, so no column is dropped and no date is cut."""
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    everything = tl.dated + tl.unknown_year
    when_width = max((cell_len(human_value(e.fact)) for e in everything), default=4)
    wide = console.width >= when_width + width + max((cell_len(location(e)) for e in everything), default=0) + 36
    if not wide:
        width = max(8, min(width, (console.width - when_width - 8) // 3))
    bars, scale = axis(tl.dated, width)
    if tl.dated:
        table = Table(title=f"Timeline ({len(tl.dated)} dates)", title_justify="left", title_style="bold cyan",
                      box=box.SIMPLE_HEAD, pad_edge=False)  # fmt: skip
        table.add_column("When", style="bold cyan", no_wrap=True)
        table.add_column(scale, no_wrap=True, style="cyan")
        table.add_column("What happened" if wide else "What happened, where", ratio=1, min_width=12)
        if wide:
            table.add_column("Source", style="dim", no_wrap=True)
        for e, bar in zip(tl.dated, bars, strict=True):
            if wide:
                table.add_row(human_value(e.fact), bar, _event(e), Text(location(e)))
            else:
                table.add_row(human_value(e.fact), bar, _event(e, location(e)))
        console.print(table)
    if tl.unknown_year:
        table = Table(title=f"Unknown year ({len(tl.unknown_year)}): no reference date; try --ref-date",
                      title_justify="left", title_style="bold yellow", box=box.SIMPLE_HEAD, pad_edge=False)  # fmt: skip
        table.add_column("When", style="bold yellow", no_wrap=True)
        table.add_column("What happened" if wide else "What happened, where", ratio=1, min_width=12)
        if wide:
            table.add_column("Source", style="dim", no_wrap=True)
        for e in tl.unknown_year:
            if wide:
                table.add_row(human_value(e.fact), _event(e), Text(location(e)))
            else:
                table.add_row(human_value(e.fact), _event(e, location(e)))
        console.print(table)
    if not tl.dated and not tl.unknown_year:
        console.print("no dates found")


def _event(e: Entry, where: str = "") -> Unbroken:
    """The event snippet with the date itself in bold (never split across lines), and its place below."""
    from rich.text import Text

    t = Text(e.event)
    keep = []
    i = e.event.find(e.fact.text)
    if i >= 0:
        t.stylize("bold", i, i + len(e.fact.text))
        keep.append((i, i + len(e.fact.text)))
    if where:
        t.append("\n" + where, style="dim")
    return Unbroken(t, keep)
