"""`factx check --against archive.db DRAFT` (or `--claim TEXT`): each figure of a draft looked up across a
store written by `factx extract --db`: the stored documents that state the same value, of the same type and
in the same currency (a range must match both ends). It says who else reported a figure; it does not say the
figure is about the same thing, which only `check` against a source reads.

Exit status: 0 every figure of the draft is stated somewhere in the store, 1 any is not, 2 usage error or an
unreadable draft or store.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from typing import Any, NoReturn

import click

from ..model import Fact, render_value
from .app import ExitStatus, fail
from .env import Environment
from .review import Analysis, Doc
from .status import quiet_pipe

SHOWN_SOURCES = 3  # in the table; the machine formats list every document


def check_against(
    env: Environment, paths: tuple[str, ...], claims: tuple[str, ...], db_path: str, fmt: str | None, run: Analysis
) -> NoReturn:
    from ..store import StoreError, open_store
    from ..store.query import Figure, FindQuery, find

    if not paths and not claims:
        raise click.UsageError("give a DRAFT (a file or -) or --claim to look up in the store")
    try:
        db = open_store(db_path)
    except StoreError as e:
        fail(f"cannot read {db_path} ({e})", ExitStatus.USAGE, env.stderr)
    drafts: list[Doc] = [run.load(p) for p in paths]
    drafts += [run.analyze(f"claim {k}", c) for k, c in enumerate(claims, 1)]
    results: list[tuple[Doc, Fact, list[dict[str, Any]]]] = []
    try:
        for d in drafts:
            for f in d.facts:
                query = FindQuery(types=(f.type,), value=Figure(f.type, render_value(f.value), f.currency),
                                  currency=f.currency)  # fmt: skip
                high = render_value(f.max) if f.max is not None else None
                found = [r for r in find(db, query) if r["max"] == high]
                results.append((d, f, found))
    except sqlite3.Error as e:
        fail(f"cannot read {db_path} ({e})", ExitStatus.USAGE, env.stderr)
    finally:
        db.conn.close()
    code = ExitStatus.SUCCESS if all(found for _, _, found in results) else ExitStatus.FLAGGED
    fmt = fmt or ("table" if env.stdout_isatty else "jsonl")
    try:
        if fmt == "table":
            _table(env, results)
        else:
            records = [_record(d, f, found) for d, f, found in results]
            if fmt == "json":
                env.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
            else:
                for r in records:
                    env.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        env.stdout.flush()
    except BrokenPipeError:
        quiet_pipe()
    sys.exit(code)


def _record(d: Doc, f: Fact, found: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "draft": d.source,
        "claim": f.to_dict(),
        "verdict": "found" if found else "not_found",
        "documents": [
            {"source": r["source"], "ref_date": r["ref_date"], "text": r["text"], "sentence": r["sentence"]}
            for r in found
        ],
    }


def _table(env: Environment, results: list[tuple[Doc, Fact, list[dict[str, Any]]]]) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from ..render.values import human_value

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, title="Figures of the draft across the store",
                  title_justify="left", title_style="bold")  # fmt: skip
    table.add_column("Claim", no_wrap=True)
    table.add_column("Value", no_wrap=True)
    table.add_column("Stated by", overflow="fold", ratio=1)
    for _d, f, found in results:
        sources = sorted({r["source"] for r in found})
        if sources:
            shown = ", ".join(sources[:SHOWN_SOURCES])
            more = len(sources) - SHOWN_SOURCES
            cell = Text(f"{len(sources)}: {shown}" + (f" and {more} more" if more > 0 else ""))
        else:
            cell = Text("no document of the store", style="bold red")
        table.add_row(f.text, human_value(f), cell)
    env.console().print(table)
