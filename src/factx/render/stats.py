"""`factx stats` in the terminal: the aggregates of `factx.stats.Stats` as small tables with bar charts."""

from __future__ import annotations

from typing import Any

from ..model import FACT_TYPES
from ..stats import MONEY_RULE, Stats
from .values import grouped

_BLOCKS = " ▏▎▍▌▋▊▉█"


def bar(n: int, most: int, width: int = 30) -> str:
    """A horizontal bar of `width` cells for n out of `most`, in eighths of a cell."""
    if most <= 0 or n <= 0:
        return ""
    eighths = max(1, round(n / most * width * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + (_BLOCKS[part] if part else "")


def write_stats_table(console: Any, s: Stats, months: int = 24, years: int = 20) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    def table(title: str, *cols: str) -> Table:
        t = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)
        for i, c in enumerate(cols):
            # Names fold rather than lose their end to an ellipsis on a narrow terminal.
            t.add_column(c, justify="right" if i and c not in ("", "role", "subject", "types") else "left",
                         overflow="fold")  # fmt: skip
        return t

    console.print(f"[bold]{s.documents}[/] documents ({s.unreadable} unreadable) · [bold]{s.facts}[/] facts")
    if s.by_type:
        t = table("Facts by type", "type", "facts", "")
        most = max(s.by_type.values())
        for typ in FACT_TYPES:
            if s.by_type[typ]:
                t.add_row(typ, str(s.by_type[typ]), f"[cyan]{bar(s.by_type[typ], most)}[/]")
        console.print(t)
    if s.categories:
        t = table("Counts by category", "category", "facts", "")
        most = max(s.categories.values())
        for cat, n in s.categories.most_common():
            t.add_row(cat, str(n), f"[magenta]{bar(n, most)}[/]")
        console.print(t)
    if s.money:
        t = table("Money totals", "currency", "role", "total", "facts")
        for cur, role, total, n in s.money_rows():
            t.add_row(cur, role, grouped(total), str(n))
        t.caption = MONEY_RULE
        console.print(t)
    subjects = s.top_subjects()
    if subjects:
        t = table(f"Most frequent subjects (top {s.top})", "subject", "facts", "types")
        for subj, n, types in subjects:
            t.add_row(Text(subj), str(n), " ".join(f"{k} {v}" for k, v in types.items()))  # text, not markup
        console.print(t)
    # Historical and future mentions (1840年, 2050年) would make the charts endless: the busiest periods in
    # calendar order, the rest summed in one row.
    for title, counts, limit, extra in (
        ("Dates per year", s.years, years, s.unknown_year),
        ("Dates per month", s.months, months, 0),
    ):
        if not counts:
            continue
        busiest = sorted(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit])
        rest = sum(counts.values()) - sum(n for _, n in busiest)
        label = title.split()[-1]
        t = table(title + (f" (busiest {limit})" if rest else ""), label, "dates", "")
        most = max(n for _, n in busiest)
        for period, n in busiest:
            t.add_row(period, str(n), f"[green]{bar(n, most)}[/]")
        if rest:
            t.add_row(f"other {label}s", str(rest), "")
        if extra:
            t.add_row("year unknown", str(extra), "")
        console.print(t)
    docs = s.top_documents()
    if docs:
        t = table("Documents with the most figures", "source", "facts")
        for src, n in docs:
            t.add_row(Text(src), str(n))  # a file may be named "[red]a.txt": text, not markup
        console.print(t)
