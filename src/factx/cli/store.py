"""`factx extract --db FILE` / `--parquet DIR` and `factx stats --db FILE`: the batch run's outcomes handed to
the store's one writer (`store.writer`), and the store read back for the aggregates.

With `--db` and no `--format`, nothing is printed on stdout: the workers serialize each document as JSON
(cheap to parse here) and the parent only writes the database. With `--format` as well, the usual output is
printed and the same documents are stored.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, NoReturn

import click

from ..batch import Outcome
from ..store import StoreError, open_store
from ..store.writer import Pending, StoreWriter, options_key
from .app import ExitStatus, fail
from .env import Environment
from .extract import BatchRun, _write_fragments


class _Resuming:
    """The run's walker with the items already stored taken out (see `StoreWriter.pending`)."""

    def __init__(self, walker: Any, pending: Pending) -> None:
        self._walker = walker
        self._pending = pending

    def items(self, paths: Iterable[str]) -> Iterator[Any]:
        return self._pending.items(self._walker.items(paths))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._walker, name)


def _need_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise click.UsageError("--parquet needs pyarrow: pip install 'factx[parquet]'") from None


def open_writer(env: Environment, path: str, params: dict[str, Any], rebuild: bool) -> StoreWriter:
    """The store's one writer for a run with these analysis options; a path that cannot be a store ends the
    command with a usage error before any work starts."""
    try:
        db = open_store(path, create=True)
    except StoreError as e:
        fail(f"cannot use {path} ({e})", ExitStatus.USAGE, env.stderr)
    options = options_key(params["lang"], params["currency"], params["ref_date"], params["types"],
                          params["encoding"], params["text_fields"])  # fmt: skip
    return StoreWriter(db, options, rebuild=rebuild)


def extract_into_store(
    env: Environment, fmt: str | None, params: dict[str, Any], db_path: str | None, parquet: str | None, rebuild: bool
) -> NoReturn:
    """Run the batch into the store at `db_path` (a temporary one when only `parquet` is asked for), print the
    usual output only when `fmt` is given, and exit like `extract`."""
    if parquet:
        _need_pyarrow()
    if params["id_field"] is None:
        params["id_field"] = "id"  # a dump's own ids name its documents, so a re-cut dump keeps its sources
    scratch = None
    if db_path is None:
        scratch = tempfile.mkdtemp(prefix="factx-")
        path = os.path.join(scratch, "store.db")
    else:
        path = db_path
    writer = open_writer(env, path, params, rebuild)
    db = writer.db
    # With a machine format the workers render it; the parent then also needs the facts for the store, so
    # nothing is pre-rendered (`render=None`) and both come from the same DocResult.
    run = BatchRun(env, params, keep_text=fmt == "table", render="json" if fmt is None else None)
    pending = Pending(writer, run.settings.sources)
    run.walker = _Resuming(run.walker, pending)  # type: ignore[assignment]
    shown = db_path or "the store"

    def store(outcomes: Iterator[Outcome]) -> Iterator[Outcome]:
        for o in outcomes:
            if fmt is None and o.rendered is not None:
                doc = json.loads(o.rendered, parse_float=Decimal)
            else:
                doc = o.result.to_dict()
            writer.add(doc, o.status, o.chars, pending.next_hash())
            yield o

    def consume(outcomes: Iterator[Outcome]) -> None:
        finished = False
        try:
            stream = store(outcomes)
            if fmt is None:
                for _ in stream:
                    pass
            elif fmt == "table":
                from ..render.facts import write_table

                write_table(env.console(), (o.result for o in stream))
            else:
                _write_fragments(env.stdout, fmt, stream)  # type: ignore[arg-type]
            finished = True
        except sqlite3.Error as e:
            writer.close(commit=False)
            fail(f"cannot write {shown} ({e})", ExitStatus.FLAGGED, env.stderr)
        finally:
            if not finished:
                # Interrupted (Ctrl-C, a closed pipe): the queued documents are whole, so keep them.
                with contextlib.suppress(sqlite3.Error):
                    writer.close()
        try:
            writer.close()
        except sqlite3.Error as e:
            fail(f"cannot write {shown} ({e})", ExitStatus.FLAGGED, env.stderr)
        if not run.quiet:
            click.echo(_summary(shown, writer), file=env.stderr)
        if parquet:
            from ..store.parquet import export

            try:
                written = export(db, parquet)
            except OSError as e:
                fail(f"cannot write {parquet} ({e.strerror or e})", ExitStatus.FLAGGED, env.stderr)
            if not run.quiet:
                click.echo(f"factx: wrote {', '.join(written)}", file=env.stderr)
        db.conn.close()
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)

    run.execute(consume)


def _summary(shown: str, w: StoreWriter) -> str:
    docs = "document" if w.written == 1 else "documents"
    text = f"factx: {shown}: {w.written} {docs} written ({w.facts_written} facts)"
    if w.unchanged:
        text += f", {w.unchanged} already stored unchanged (not read again; --rebuild redoes them)"
    return text


def stats_from_store(
    env: Environment, fmt: str | None, top: int, db_path: str, types: tuple[str, ...] | None = None
) -> NoReturn:
    """`factx stats --db`: the aggregates of every stored document (of the facts of `types`, with --type),
    without reading any of them again."""
    from ..render.stats import write_stats_table
    from ..stats import Stats
    from ..store.query import stored_results

    try:
        db = open_store(db_path)
    except StoreError as e:
        fail(f"cannot read {db_path} ({e})", ExitStatus.USAGE, env.stderr)
    agg = Stats(top=top)
    try:
        for result in stored_results(db):
            if types:
                result.facts = [f for f in result.facts if f.type in types]
            agg.add(result)
    except sqlite3.Error as e:
        fail(f"cannot read {db_path} ({e})", ExitStatus.USAGE, env.stderr)
    fmt = fmt or ("table" if env.stdout_isatty else "json")
    if fmt == "json":
        env.stdout.write(json.dumps(agg.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        write_stats_table(env.console(), agg)
    env.stdout.flush()
    sys.exit(ExitStatus.SUCCESS)
