"""`factx extract --cluster`: the batch run of `extract.BatchRun` (the same inputs, options, stderr lines,
summary and exit status) with the documents analysed on a Dask cluster (`factx.cluster`) instead of local
worker processes. Output: the machine formats on stdout, in input order, `--parquet DIR` (one file per
partition, written by the workers), or `--db FILE` (the store, written here by its one writer in input
order, each document with the content hash its worker computed; see `factx.cluster.stored` for how a rerun
skips what is stored). The progress bar counts the cluster's finished partitions (from the
futures) beside the documents streamed so far; the Dask dashboard's address is printed when there is one.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
import time
from collections import deque
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, NoReturn

import click

from ..batch import Outcome, Rendered
from .app import ExitStatus, fail
from .env import Environment
from .extract import BatchRun, _write_fragments


class ClusterRun(BatchRun):
    def __init__(self, env: Environment, params: dict[str, Any], render: Rendered | None, run: Any) -> None:
        super().__init__(env, params, render=render)
        self.run = run
        self.hashes: deque[str | None] = deque()  # with --db: the content hash of each outcome handed out

    def outcomes(self) -> Iterator[Outcome]:
        outcomes = self.run.hashed_outcomes(self._paths(), self.walker, self._notice, on_wait=self._tick)
        try:
            keep = self.run.stored is not None  # only a --db run takes the hashes back
            for o, content_hash in outcomes:
                self._count(o)
                if keep:
                    self.hashes.append(content_hash)
                yield o
        finally:
            outcomes.close()  # cancels the partitions still submitted

    def _start_progress(self) -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            BarColumn(bar_width=16),
            TextColumn("{task.completed}/{task.total} partitions  {task.fields[docs]} docs  {task.fields[facts]} "
                       "facts"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=self.env.stderr_console(), auto_refresh=False, transient=True, redirect_stdout=False,
            redirect_stderr=False,
        )  # fmt: skip
        self._task = self._progress.add_task("", total=1, docs=0, facts=0, rate="")
        self._progress.start()

    def _tick(self, force: bool = False) -> None:
        now = time.monotonic()
        if self._progress is None:
            if not self._want_progress or force:
                return
            self._start_progress()
        elif not force and now - self._last_refresh < 0.1:
            return
        self._last_refresh = now
        docs = sum(self.counts.values())
        secs = max(now - self.started, 1e-6)
        self._progress.update(
            self._task, completed=self.run.done, total=max(self.run.planned, 1), docs=f"{docs:,}",
            facts=f"{self.facts:,}", rate=f"{self.chars / secs / 1000:,.0f}k chars/s",
        )  # fmt: skip
        self._progress.refresh()

    def summary(self) -> str:
        text = super().summary()
        if self.run.resumed:
            n = self.run.resumed
            text += f"; {n} partition{'s' if n != 1 else ''} already complete, not run again (--resume)"
        return text


def run_on_cluster(env: Environment, fmt: str | None, params: dict[str, Any]) -> NoReturn:
    """The `extract --cluster` branch: check the options, connect, run, report, exit."""
    from ..cluster.plan import DEFAULT_PARTITION_SIZE

    spec: str = params.pop("cluster")
    out_dir: str | None = params.pop("parquet")
    db_path: str | None = params.pop("db")
    rebuild: bool = params.pop("rebuild")
    resume: bool = params.pop("resume")
    size: int = params.pop("partition_size") or DEFAULT_PARTITION_SIZE
    if fmt == "table":
        message = "a cluster run writes jsonl, json, csv or tsv (or --parquet DIR, or --db FILE)"
        raise click.BadParameter(message, param_hint="--format")
    if out_dir and db_path:
        raise click.UsageError("with --cluster, give --parquet DIR (one file per partition) or --db FILE, not both")
    if out_dir and fmt:
        raise click.UsageError("--parquet DIR writes the facts there; --format is for stdout, give one of them")
    if resume and not out_dir:
        message = "--resume needs --parquet DIR (the partitions already written there are skipped)"
        if db_path:
            message = "--db resumes by itself (documents already stored are skipped); --resume is for --parquet"
        raise click.UsageError(message)
    if db_path and params["id_field"] is None:
        params["id_field"] = "id"  # as a local --db run: a dump's own ids name its documents
    render: Rendered | None = None if out_dir else (fmt or "jsonl")  # type: ignore[assignment]
    if db_path:
        render = "json" if fmt is None else None  # the parent parses JSON, or needs the facts to print them too
    run = ClusterRun(env, params, render, None)
    if "-" in run.paths:  # also when no PATH is given and stdin is a pipe
        raise click.BadParameter("stdin cannot be read by cluster workers; pass files or URLs", param_hint="PATH")
    try:
        from ..cluster.client import Run, connect, dashboard_link
    except ImportError as e:
        fail(f"--cluster needs the dask extra: pip install 'factx[dask]' ({e})", ExitStatus.USAGE, env.stderr)
    writer = None
    if db_path:
        from .store import open_writer  # the store's one writer, opened before any work is sent

        writer = open_writer(env, db_path, params, rebuild)
    try:
        client, cluster = connect(spec)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--cluster") from None
    except (OSError, TimeoutError) as e:
        fail(f"cannot reach the cluster at {spec} ({e})", ExitStatus.USAGE, env.stderr)
    try:
        quiet = params["quiet"]
        link = dashboard_link(client)
        if link and not quiet:
            click.echo(f"factx: Dask dashboard {link}", file=env.stderr)
        stored = None
        if writer is not None:
            from ..cluster.stored import StoredIndex

            stored = StoredIndex(writer.stored)
        run.run = Run(client, run.settings, size, out_dir, resume, stored=stored)
        if writer is not None:
            run.execute(lambda outcomes: _store(env, run, writer, db_path or "", fmt, outcomes))
        if out_dir:
            run.execute(lambda outcomes: _drain(outcomes))
        run.execute(lambda outcomes: _write_fragments(env.stdout, render, outcomes))  # type: ignore[arg-type]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    sys.exit(ExitStatus.SUCCESS)  # not reached: execute exits


def _drain(outcomes: Iterator[Outcome]) -> None:
    for _ in outcomes:
        pass  # the workers wrote the Parquet files; each outcome is counted and its error reported on stderr


def _store(env: Environment, run: ClusterRun, writer: Any, shown: str, fmt: str | None,
           outcomes: Iterator[Outcome]) -> None:  # fmt: skip
    """The outcomes, in input order, through the one writer (as a local `--db` run writes them); printed as
    well when --format is given. Each is stored with the content hash its worker computed."""
    from .store import _summary

    def stored() -> Iterator[Outcome]:
        for o in outcomes:
            if fmt is None and o.rendered is not None:
                doc = json.loads(o.rendered, parse_float=Decimal)
            else:
                doc = o.result.to_dict()
            writer.add(doc, o.status, o.chars, run.hashes.popleft())
            yield o

    finished = False
    try:
        if fmt is None:
            for _ in stored():
                pass
        else:
            _write_fragments(env.stdout, fmt, stored())  # type: ignore[arg-type]
        finished = True
    except sqlite3.Error as e:
        writer.close(commit=False)
        fail(f"cannot write {shown} ({e})", ExitStatus.FLAGGED, env.stderr)
    finally:
        if not finished:  # interrupted (Ctrl-C, a closed pipe, a failed partition): what is queued is whole
            with contextlib.suppress(sqlite3.Error):
                writer.close()
    writer.unchanged += run.run.unchanged
    try:
        writer.close()
    except sqlite3.Error as e:
        fail(f"cannot write {shown} ({e})", ExitStatus.FLAGGED, env.stderr)
    if not run.quiet:
        click.echo(_summary(shown, writer), file=env.stderr)
    writer.db.conn.close()
