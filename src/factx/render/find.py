"""`factx find` results: a table for people (value, figure as written, what it is about, source and date,
the sentence with the figure marked), or one JSON object per figure for programs (the contract's fact fields
plus `source` and the article's `ref_date`), as JSONL, a JSON array, CSV or TSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from ..store.rows import fact_dict, fact_object
from .facts import CSV_FIELDS, _flat
from .values import TYPE_STYLE, human_value

SENTENCE_WINDOW = 40  # characters shown on each side of the figure in the table


def record(row: dict[str, Any]) -> dict[str, Any]:
    """One found figure for programs: `source`, `ref_date`, then the fact exactly as `extract` prints it."""
    return {"source": row["source"], "ref_date": row["ref_date"], **fact_dict(row)}


def write_records(out: IO[str], fmt: str, rows: Iterable[dict[str, Any]]) -> int:
    """Machine formats, streamed; the number of figures written."""
    n = 0
    if fmt in ("csv", "tsv"):
        w = csv.writer(out, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
        fields = ("source", "ref_date", *(f for f in CSV_FIELDS if f != "source"))
        w.writerow(fields)
        for row in rows:
            d = record(row)
            w.writerow([_flat(d.get(k)) for k in fields])
            n += 1
        return n
    if fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("\n" if n == 0 else ",\n") + json.dumps(record(row), ensure_ascii=False))
            n += 1
        out.write("\n]\n" if n else "]\n")
        return n
    for row in rows:
        out.write(json.dumps(record(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_find_table(console: Any, rows: Iterable[dict[str, Any]]) -> int:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    table.add_column("Value", no_wrap=True)
    table.add_column("Text", no_wrap=True)
    table.add_column("About", overflow="fold", max_width=18)
    table.add_column("Source", overflow="fold", max_width=28)
    table.add_column("Sentence", overflow="fold", ratio=1)
    n = 0
    for row in rows:
        f = fact_object(row)
        style = TYPE_STYLE.get(f.type, "")
        about = " · ".join(p for p in (f.subject, f.role if f.role not in (None, "other") else None, f.category) if p)
        where = row["source"] + (f"\n{row['ref_date']}" if row["ref_date"] else "")
        table.add_row(Text(human_value(f), style=f"bold {style}"), f.text, about, where, _sentence(f, style))
        n += 1
    if n:
        console.print(table)
    return n


def _sentence(f: Any, style: str) -> Any:
    """The sentence around the figure, the figure in bold; a long sentence is cut to a window around it."""
    from rich.text import Text

    s = f.sentence
    at = f.start - f.sentence_start
    if not (at >= 0 and s[at : at + len(f.text)] == f.text):  # an excerpt of a long sentence: find it
        at = s.find(f.text)
    if at < 0:
        return Text(s, style="dim")
    lo, hi = max(0, at - SENTENCE_WINDOW), min(len(s), at + len(f.text) + SENTENCE_WINDOW)
    text = Text(("…" if lo else "") + s[lo:hi] + ("…" if hi < len(s) else ""), style="dim")
    begin = at - lo + (1 if lo else 0)
    text.stylize(f"bold {style} not dim", begin, begin + len(f.text))
    return text
