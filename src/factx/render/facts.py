"""The fact list in every format (contract v2): json, jsonl, csv and tsv for programs, rich tables grouped by
type for people."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from ..model import DocResult, Fact, format_decimal, json_value
from .fact_json import fact_lines
from .safe import terminal_text
from .values import TYPE_STYLE, excerpt_figures, human_value

if TYPE_CHECKING:
    from .plain_table import Cell, Column

FORMATS = ("table", "json", "jsonl", "csv", "tsv")
CSV_FIELDS = (
    "source", "type", "text", "start", "end", "line", "column", "value", "max", "approx", "currency", "role",
    "unit", "category", "kind", "grain", "subject", "sentence", "rule",
)  # fmt: skip


# Facts per write (JSON lines, CSV rows): one write per ordinary document, while a page with 300,000 figures is
# not held as one more copy of its whole output.
_JSONL_CHUNK = 1024


def write_jsonl(out: IO[str], results: Iterable[DocResult]) -> None:
    for r in results:
        facts, source = r.facts, r.source
        for i in range(0, len(facts), _JSONL_CHUNK):
            lines = fact_lines(source, facts[i : i + _JSONL_CHUNK])
            lines.append("")  # the last line's end, joined with the others instead of a copy of them all
            out.write("\n".join(lines))


def write_csv(out: IO[str], results: Iterable[DocResult], delimiter: str = ",", header: bool = True) -> None:
    w = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    if header:
        w.writerow(CSV_FIELDS)
    for r in results:
        source, facts = _flat(r.source), r.facts
        for i in range(0, len(facts), _JSONL_CHUNK):  # a page with 300,000 figures is not held as rows at once
            w.writerows([csv_row(source, f) for f in facts[i : i + _JSONL_CHUNK]])


def csv_row(source_cell: str, f: Fact) -> list[str]:
    """The cells of `CSV_FIELDS` for a fact, `_flat` of each of its `to_dict()` values (a key its type lacks is
    an empty cell), made from the fact's fields without the dict; `source_cell` is the source's cell, made once
    per document. The tests hold it to the `to_dict()` reading on generated facts."""
    t = f.type
    money = t == "money"
    return [
        source_cell, _flat(t), _flat(f.text), _flat(f.start), _flat(f.end), _flat(f.line), _flat(f.column),
        _flat(json_value(f.value)), "" if f.max is None else _flat(json_value(f.max)), _flat(f.approx),
        _flat(f.currency) if money else "", _flat(f.role or "other") if money else "",
        _flat(f.unit) if t == "count" or t == "quantity" else "", _flat(f.category or "other") if t == "count" else "",
        _flat(f.kind or "percent") if t == "percent" else "", _flat(f.grain) if t == "date" else "",
        _flat(f.subject), _flat(f.sentence), _flat(f.rule),
    ]  # fmt: skip


# A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection"; the full-width
# forms too, which some Excel locales convert); tab and carriage return hide such a start.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def _flat(v: Any) -> str:
    """One cell: numbers as they are (a negative value stays a number), text on one line and neutralized."""
    if v is None:
        return ""
    if isinstance(v, float):
        return format_decimal(Decimal(repr(v)))
    if not isinstance(v, str):
        return str(v)
    return neutralize(v.replace("\t", " ").replace("\r", " ").replace("\n", " ") if v else v, v)


def neutralize(cell: str, original: str | None = None) -> str:
    """A text cell that a spreadsheet would run as a formula gets a leading single quote, the way
    spreadsheet-safe exporters do: `=HYPERLINK(…)` is shown as text, never evaluated."""
    first = original if original is not None else cell
    return "'" + cell if first.startswith(FORMULA_STARTS) else cell


# --- tables -----------------------------------------------------------------------------------------

GROUPS: tuple[tuple[str, str], ...] = (
    ("money", "Money"),
    ("date", "Dates"),
    ("count:people", "Headcounts"),
    ("count:procedures", "Surgeries & procedures"),
    ("count:other", "Other counts"),
    ("percent", "Percentages"),
    ("duration", "Durations"),
    ("quantity", "Quantities"),
    ("ordinal", "Ordinals"),
)


def group_of(f: Fact) -> str:
    if f.type == "count":
        return (
            "count:people"
            if f.category == "people"
            else ("count:procedures" if f.category == "procedures" else "count:other")
        )
    return f.type


# A group with more rows than this is drawn by `plain_table` (the same table, line by line): rich's Table
# costs about a millisecond and a half per row, fine for an article, most of a minute for a 1 MB page.
RICH_TABLE_ROWS = 500


def write_table(console: Any, results: Iterable[DocResult]) -> None:
    from rich.text import Text

    # Imported here, like rich: a run that prints JSON lines never needs them.
    from .plain_table import print_table

    for r in results:
        head = Text()
        head.append(terminal_text(r.source), style="bold")
        if r.error:
            head.append(terminal_text(f"  error: {r.error}"), style="bold red")
            console.print(head)
            continue
        meta = [r.lang or "?"]
        if r.encoding and r.encoding not in ("utf-8", "-"):
            meta.append(r.encoding)
        if r.ref_date:
            meta.append(f"ref date {r.ref_date} ({r.ref_date_source})")
        else:
            meta.append("no ref date: relative dates keep unknown parts as X")
        meta.append(f"{len(r.facts)} figures")
        head.append("  " + " · ".join(meta), style="dim")
        console.print(head)
        by_group: dict[str, list[Fact]] = {}
        for f in r.facts:
            by_group.setdefault(group_of(f), []).append(f)
        for key, title in GROUPS:
            facts = by_group.get(key)
            if not facts:
                continue
            style = TYPE_STYLE[key.split(":")[0]]
            columns = fact_columns(style)
            rows = [fact_row(r.text, f, r.facts, style) for f in facts]
            title = f"{title} ({len(facts)})"
            if len(rows) > RICH_TABLE_ROWS:
                print_table(console, title, f"bold {style}", columns, rows)
            else:
                console.print(rich_table(title, f"bold {style}", columns, rows))


def fact_columns(style: str) -> tuple[Column, ...]:
    """Value, Text, About, At, Sentence: the columns of one group's table in the colour of its type."""
    from .plain_table import Column

    return (
        Column("Value", style=f"bold {style}"),
        Column("Text"),
        Column("About", wrap="words", max_width=18),
        Column("At", style="dim", justify="right"),
        Column("Sentence", wrap="figures"),
    )


def fact_row(text: str, f: Fact, facts: Sequence[Fact], style: str) -> tuple[Cell, ...]:
    """One fact's cells, terminal-safe: the sentence window keeps every figure it shows whole."""
    from .plain_table import Cell

    snippet, spans = excerpt_figures(text, f, 22, facts)
    return (
        Cell(human_value(f)),
        Cell(terminal_text(f.text)),
        Cell(terminal_text(_about(f))),
        Cell(f"{f.line}:{f.column}"),
        Cell(terminal_text(snippet), keep=tuple(spans), style="dim", highlight=f"bold {style} not dim"),
    )


def rich_table(title: str, title_style: str, columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> Any:
    """The same table as rich's `Table`, for groups small enough that its layout costs nothing noticeable."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from .layout import Unbroken  # rich only when a table is drawn: machine formats never import it

    table = Table(title=title, title_justify="left", title_style=title_style, box=box.SIMPLE_HEAD, expand=False,
                  pad_edge=False)  # fmt: skip
    for c in columns:
        table.add_column(
            c.header,
            style=c.style or None,
            justify=c.justify,
            no_wrap=c.wrap == "none",
            overflow="fold" if c.wrap != "none" else "ellipsis",
            max_width=c.max_width,
            ratio=1 if c.wrap == "figures" else None,
        )
    for row in rows:
        cells: list[Any] = []
        for c, cell in zip(columns, row, strict=True):
            # Text objects, never markup strings: a document's "[link=…]" must stay literal text.
            t = Text(cell.text, style=cell.style)
            if cell.keep and cell.highlight:
                t.stylize(cell.highlight, *cell.keep[0])
            cells.append(Unbroken(t, cell.keep) if c.wrap == "figures" else t)
        table.add_row(*cells)
    return table


def _about(f: Fact) -> str:
    if f.type == "money":
        parts = [p for p in (f.role if f.role and f.role != "other" else None, f.subject) if p]
        return " · ".join(parts)
    if f.type == "count":
        return " · ".join(p for p in (f.subject, f.category) if p)
    if f.type == "date" and f.note:
        return f.note
    return f.subject or ""
