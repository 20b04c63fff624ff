"""`factx extract` and `factx stats`: every document of the inputs analysed in a batch (see `factx.batch`),
streamed to a renderer, with a progress bar on a terminal, one line per document not read and a summary
on stderr, and the exit status of `app.ExitStatus`."""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from typing import IO, Any, ClassVar, NoReturn

import click

from ..batch import DEFAULT_TIMEOUT, Outcome, Rendered, Settings, default_jobs, render_fragment, write_fragment
from ..batch import run as run_batch
from ..inputs import (
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_RATIO,
    DEFAULT_TEXT_FIELDS,
    MAX_DOCUMENT_BYTES,
    FileItem,
    Limits,
    SourceOptions,
    Walker,
    classify,
)
from ..render.facts import FORMATS, write_csv, write_table
from ..render.safe import terminal_text
from .app import ExitStatus, decode_warning, main, write_failed
from .env import Environment
from .options import analysis_options, quiet_pipe


class _Size(click.ParamType):
    """A byte count: 5000, 64k, 50M, 1G (powers of 1024)."""

    name = "SIZE"
    _UNITS: ClassVar[dict[str, int]] = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)(?:i?[bB])?\s*", str(value))
        if not m:
            self.fail(f"{value!r} is not a size such as 500k, 50M or 1G", param, ctx)
        return int(float(m[1]) * self._UNITS[m[2].lower()])


def _batch_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """What to read and how to run a batch: `extract` and `stats` (the analysis options are shared by every
    command, see `options.analysis_options`)."""
    options = [
        click.argument("paths", nargs=-1, metavar="PATH..."),
        click.option("-r", "--recursive", is_flag=True, help="Read the files inside directories."),
        click.option("-L", "--follow-symlinks", is_flag=True,
                     help="Follow symbolic links met inside directories (each directory is still read once)."),
        click.option("--hidden", is_flag=True, help="Also read files and directories whose name starts with '.'."),
        click.option("--include", multiple=True, metavar="GLOB",
                     help="Only read documents whose name or relative path matches (repeatable)."),
        click.option("--exclude", multiple=True, metavar="GLOB",
                     help="Skip files, directories and members whose name or relative path matches (repeatable)."),
        click.option("--files-from", metavar="FILE",
                     help="Read more paths from FILE, one per line (- for stdin)."),
        click.option("--text-field", "text_fields", multiple=True, metavar="NAME",
                     help="JSONL: the field holding the article (repeatable; dotted for nested). "
                          "Default: text, then content."),
        click.option("--id-field", metavar="NAME", help="JSONL: the field naming the article; source becomes FILE!ID."),
        click.option("--max-size", type=_Size(), default=MAX_DOCUMENT_BYTES,
                     help="Refuse documents (files, members, JSONL lines) larger than this.  [default: 50M]"),
        click.option("--max-ratio", type=click.FloatRange(min=1), default=DEFAULT_MAX_RATIO, show_default=True,
                     help="Refuse archive content expanding more than this many times (past 1 MiB)."),
        click.option("--max-depth", type=click.IntRange(min=1), default=DEFAULT_MAX_DEPTH, show_default=True,
                     help="Archive nesting to open; the outer archive is level 1."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
                     help="Worker processes. Default: the number of cores."),
        click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
                     metavar="SECONDS", help="Time limit per document (0: none)."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary; errors only."),
    ]  # fmt: skip
    for option in reversed(options):
        f = option(f)
    return f


_INPUT_HELP = """
    Inputs: files; directories with -r (name order, depth first; hidden files and
    symbolic links inside skipped unless --hidden / -L); - for stdin (also read
    when no PATH is given and stdin is not a terminal); --files-from.
    Archives are read in place: .zip .tar .tar.gz .tgz .tar.bz2 .tar.xz (source
    ARCHIVE!MEMBER). JSONL/NDJSON dumps give one document per line (source FILE!ID
    with --id-field, else FILE!LINE). HTML (the html extra): the article body,
    the page's publication date as reference date; offsets refer to the text.

    Decoding order (--encoding forces one): byte-order mark (UTF-8, UTF-16,
    UTF-32); UTF-16 without a mark; binary content is skipped with a notice;
    strict UTF-8; GB18030 (covers GBK/GB2312), Big5 when GB18030's reading is
    implausible; Big5; Big5-HKSCS; charset-normalizer. HTML: valid UTF-8, then
    <meta charset>. A few undecodable bytes are replaced with U+FFFD and counted
    (decode_errors in --format json, a warning on stderr). JSON output reports
    the encoding used per document.

    Limits: --max-size per document or member, --max-ratio for compressed
    content, --max-depth for archives in archives, --timeout per document.
    Anything refused is reported, never dropped: one line on stderr per document
    not read, "factx: cannot read SOURCE (why)" (and its "error" in --format
    json), then a summary of documents read, facts, skipped and failed, and the
    time taken.

    Parallel: --jobs worker processes, output in input order, streamed. With
    --jobs 1 or a single document everything runs in this process; there the
    time limit cannot stop a runaway regular expression, a killed worker can.
    A progress bar shows on stderr when it is a terminal (not with --quiet).

    Exit status: 0 every document read (with or without facts); 1 at least one
    document not read (the others are still processed and printed); 2 usage
    error; 74 the output could not be written (full disk); 130 interrupted
    (Ctrl-C). A closed output pipe (| head) ends quietly.
"""


class BatchRun:
    """One batch run as the CLI sees it: inputs → outcomes, counted and reported on stderr, with the
    progress bar when stderr is a terminal; then the summary and the exit status."""

    def __init__(
        self, env: Environment, params: dict[str, Any], keep_text: bool = False, render: Rendered | None = None
    ) -> None:
        self.env = env
        paths: tuple[str, ...] = params["paths"]
        files_from: str | None = params["files_from"]
        if not paths and not files_from:
            if env.stdin_isatty:
                raise click.UsageError("no input: give PATH..., - for stdin, or --files-from FILE")
            paths = ("-",)  # `cat article.txt | factx`
        if files_from == "-" and "-" in paths:
            raise click.UsageError("stdin cannot be both a document (-) and the --files-from list")
        self._list = None
        if files_from:
            try:
                self._list = sys.stdin.buffer if files_from == "-" else open(files_from, "rb")  # noqa: SIM115
            except OSError as e:
                raise click.BadParameter(f"{files_from}: {e.strerror}", param_hint="--files-from") from None
        self.paths = paths
        self.quiet: bool = params["quiet"]
        options = SourceOptions(
            recursive=params["recursive"], follow_symlinks=params["follow_symlinks"], hidden=params["hidden"],
            include=tuple(params["include"]), exclude=tuple(params["exclude"]), encoding=params["encoding"],
            text_fields=tuple(params["text_fields"]) or DEFAULT_TEXT_FIELDS, id_field=params["id_field"],
            limits=Limits(params["max_size"], params["max_ratio"], params["max_depth"]),
        )  # fmt: skip
        self.settings = Settings(
            ref_date=params["ref_date"], lang=params["lang"], currency=params["currency"], types=params["types"],
            sources=options,
            keep_text=keep_text, timeout=params["timeout"] or None, render=render,
        )  # fmt: skip
        self.jobs: int = params["jobs"] or default_jobs()
        self.walker = Walker(options, on_notice=self._notice)
        self._want_progress = not self.quiet and env.stderr_isatty
        self.counts = {"ok": 0, "failed": 0, "skipped": 0}
        self.facts = self.chars = 0
        self.started = time.monotonic()
        self._progress: Any = None
        self._task: Any = None
        self._last_refresh = 0.0

    # --- inputs ---

    def _paths(self) -> Iterator[str]:
        yield from self.paths
        if self._list is not None:
            with self._list:
                for raw in self._list:
                    line = raw.rstrip(b"\r\n")
                    if line.strip():
                        yield os.fsdecode(line)

    # --- stderr ---

    def _say(self, message: str) -> None:
        if self._progress is not None:
            self._progress.console.print(terminal_text(message), markup=False, highlight=False, soft_wrap=True)
        else:
            self.env.say(message)

    def _notice(self, message: str) -> None:
        if not self.quiet:
            self._say(f"factx: {message}")

    def _start_progress(self) -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        total = None if self._list is not None else _estimate(self.paths, self.settings.sources)
        self._progress = Progress(
            BarColumn(bar_width=16),
            TextColumn("{task.completed}" + (f"/{total}" if total else "") + " docs  {task.fields[facts]} facts"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            *([TextColumn("ETA"), TimeRemainingColumn()] if total else []),
            console=self.env.stderr_console(), auto_refresh=False, transient=True,
            redirect_stdout=self.env.stdout_isatty and self.env.stderr_isatty, redirect_stderr=False,
        )  # fmt: skip
        # auto_refresh=False: no refresh thread, so worker processes can be forked safely; we refresh below.
        # Output to the same terminal goes through the bar's console (printed above it); output to a file or
        # pipe is never touched.
        self._task = self._progress.add_task("", total=total, facts=0, rate="")
        self._progress.start()

    def _tick(self, force: bool = False) -> None:
        if self._progress is None and not self._want_progress:
            return  # output to a pipe or a file: nothing to draw, for each of a million documents
        now = time.monotonic()
        docs = sum(self.counts.values())
        if self._progress is None:
            # Started at the second document: a one-article run never pays for rich's progress machinery.
            if docs < 2 or force:
                return
            self._start_progress()
        elif not force and now - self._last_refresh < 0.1:
            return
        self._last_refresh = now
        secs = max(now - self.started, 1e-6)
        rate = f"{docs / secs:,.0f}/s  {self.chars / secs / 1000:,.0f}k chars/s"
        self._progress.update(self._task, completed=docs, facts=f"{self.facts:,}", rate=rate)
        self._progress.refresh()

    def _stop_progress(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    # --- the run ---

    def outcomes(self) -> Iterator[Outcome]:
        outcomes = run_batch(self.walker.items(self._paths()), self.settings, self.jobs)
        try:
            for o in outcomes:
                self._count(o)
                yield o
        finally:
            outcomes.close()  # stops the worker processes now, also on Ctrl-C or a closed pipe

    def _count(self, o: Outcome) -> None:
        self.counts[o.status] += 1
        self.facts += o.n_facts
        self.chars += o.chars
        if o.result.error:
            self._say(_not_read(o))
        elif o.result.decode_errors:
            self._say(decode_warning(o.result.source, o.result.decode_errors, o.result.encoding))
        self._tick()

    def execute(self, consume: Callable[[Iterator[Outcome]], None]) -> NoReturn:
        """Feed the outcomes to `consume` (the renderer), then report and exit with the contract's status."""
        results = self.outcomes()
        failure: tuple[ExitStatus, str | None] | None = None
        try:
            consume(results)
            self.env.stdout.flush()
        except BrokenPipeError:  # `| head` has what it wanted: no message, no summary
            failure = (ExitStatus.SUCCESS, None)
        except KeyboardInterrupt:
            failure = (ExitStatus.INTERRUPTED, "factx: interrupted")
        except OSError as e:  # stdout itself failed: a full disk, an I/O error (reading errors never get here)
            failure = write_failed(e)
        except RuntimeError as e:  # the worker pool itself failed (processes cannot start)
            failure = (ExitStatus.FLAGGED, f"factx: cannot run the workers ({e})")
        finally:
            results.close()  # workers stop before anything else happens
            if failure is None:
                self._tick(force=True)
            self._stop_progress()
        if failure is not None:
            status, message = failure
            if status == ExitStatus.SUCCESS:
                quiet_pipe()
            if message:
                self.env.say(message)
            sys.exit(status)
        not_read = self.counts["failed"] + self.counts["skipped"]
        if not self.quiet and (sum(self.counts.values()) != 1 or not_read or self.walker.ignored):
            self.env.say(self.summary())
        sys.exit(ExitStatus.FLAGGED if not_read else ExitStatus.SUCCESS)

    def summary(self) -> str:
        c = self.counts
        docs = sum(c.values())
        secs = time.monotonic() - self.started
        text = (
            f"factx: {docs} document{'s' if docs != 1 else ''}: {c['ok']} read, {c['skipped']} skipped, "
            f"{c['failed']} failed; {self.facts} facts; {secs:.1f} s"
        )
        if docs and secs > 0:
            text += f" ({docs / secs:,.0f} docs/s, {self.chars / secs:,.0f} chars/s)"
        if self.walker.ignored:
            left = ", ".join(f"{n} {what}{'s' if n != 1 else ''}" for what, n in sorted(self.walker.ignored.items()))
            text += f"; not read by rule: {left} (see --hidden, -L, --include/--exclude)"
        return text


def _not_read(o: Outcome) -> str:
    """The stderr line for a document not read: `factx: cannot read SOURCE (why)`, or `skipped` for content
    that is not text at all (its JSON error says "skipped: why")."""
    error = o.result.error or ""
    if o.status == "skipped":
        return f"factx: skipped {o.result.source} ({error.removeprefix('skipped: ')})"
    return f"factx: cannot read {o.result.source} ({error})"


def _estimate(paths: tuple[str, ...], options: SourceOptions) -> int | None:
    """Documents to expect, for the progress bar's ETA, when that is cheap to know: a walk without reading
    any file. None when an input's count needs opening it (archives, JSONL dumps, stdin)."""

    class _Counter(Walker):
        def _file(self, path: str, shown: str, rel: str | None, size: int) -> Iterator[Any]:
            kind = classify(path)
            if rel is not None and not self._wanted(os.path.basename(path), rel, kind):
                return
            if kind in ("tar", "jsonl", "zip"):
                raise LookupError
            yield FileItem(shown, path, kind)

    if "-" in paths:
        return None
    try:
        return sum(1 for _ in _Counter(options).items(paths))
    except LookupError:
        return None


@main.command(epilog=None)
@analysis_options(FORMATS, piped="jsonl")
@click.option(
    "--excel",
    is_flag=True,
    help="CSV/TSV for Excel: a UTF-8 byte-order mark (so Chinese reads right on Windows) and CRLF line ends "
    "(implies --format csv unless tsv is given). Cells that start like a formula are neutralized in every "
    "CSV/TSV.",
)
@_batch_options
@click.option(
    "--db",
    "db_path",
    metavar="FILE",
    help="Store documents and facts in this SQLite file (created if new); a rerun skips the "
    "documents already stored. Prints nothing unless --format is given.",
)
@click.option("--rebuild", is_flag=True, help="With --db: analyse and store every document again.")
@click.option(
    "--parquet",
    metavar="DIR",
    help="Also write Parquet to DIR: documents.parquet and facts.parquet (needs factx[parquet]); with --cluster, "
    "one file per partition, written by the workers.",
)
@click.option(
    "--cluster",
    metavar="ADDRESS",
    help="Run on a Dask cluster: local[:N] starts one with N workers, "
    "tcp://HOST:PORT uses a running scheduler (pip install 'factx[dask]'). Inputs are read by the workers.",
)
@click.option("--resume", is_flag=True, help="With --cluster --parquet: skip partitions whose file in DIR is complete.")
@click.option(
    "--partition-size", type=_Size(), metavar="SIZE", help="With --cluster: input bytes per task.  [default: 16M]"
)
@click.pass_obj
def extract(
    env: Environment,
    fmt: str | None,
    excel: bool,
    db_path: str | None,
    rebuild: bool,
    parquet: str | None,
    **params: Any,
) -> None:
    """Print the figures in each PATH: a file, a directory (with -r), an archive, a JSONL dump, or - for stdin.

    \b
    Examples:
      factx extract article.txt
      factx extract --format csv --type money articles/*.txt > money.csv
      factx extract -r --format json archive_dir/ > facts.json
      factx extract -r --jobs 4 --include '*.txt' news/ dump.jsonl old.zip
      factx extract -r --db archive.db news/    then: factx find --db archive.db
    """
    if excel:
        if fmt not in (None, "csv", "tsv"):
            raise click.BadParameter(f"--excel writes csv or tsv, not {fmt}", param_hint="--excel")
        fmt = fmt or "csv"
    if params["cluster"]:
        from .cluster import run_on_cluster

        run_on_cluster(env, fmt, {**params, "parquet": parquet, "db": db_path, "rebuild": rebuild})
    if params["resume"] or params["partition_size"]:
        raise click.UsageError("--resume and --partition-size need --cluster")
    for key in ("cluster", "resume", "partition_size"):
        params.pop(key)
    if db_path or parquet:
        from .store import extract_into_store

        extract_into_store(env, fmt, params, db_path, parquet, rebuild)
    fmt = fmt or ("table" if env.stdout_isatty else "jsonl")
    run = BatchRun(env, params, keep_text=fmt == "table", render=None if fmt == "table" else fmt)  # type: ignore[arg-type]

    def render(outcomes: Iterator[Outcome]) -> None:
        out = env.stdout
        if fmt == "table":
            write_table(env.console(), (o.result for o in outcomes))
        else:
            _write_fragments(_CrLf(out) if excel else out, fmt, outcomes, bom=excel)  # type: ignore[arg-type]
        out.flush()

    run.execute(render)


class _CrLf:
    """Writes through to `out` with CRLF line ends (cells never hold a line break: `render.facts._flat`)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(text.replace("\n", "\r\n"))

    def flush(self) -> None:
        self.out.flush()


def _write_fragments(out: IO[str], fmt: Rendered, outcomes: Iterator[Outcome], bom: bool = False) -> None:
    """The machine formats, from fragments serialized by the workers with the renderers of `factx.render`
    (see `batch.render_fragment`); documents that never reached a worker (errors) are serialized here."""
    if bom:
        out.write("\ufeff")
    if fmt in ("csv", "tsv"):
        write_csv(out, [], delimiter="\t" if fmt == "tsv" else ",")  # the header row
    sep = "\n" if fmt == "json" else ""
    if fmt == "json":
        out.write("[")
    try:
        for o in outcomes:
            if o.rendered is None and fmt != "json":
                write_fragment(out, fmt, o.result)  # facts analysed in this process: streamed
                continue
            text = o.rendered if o.rendered is not None else render_fragment(fmt, o.result)
            if text:
                out.write(sep + text)
                if fmt == "json":
                    sep = ",\n"
    except KeyboardInterrupt:
        # Ctrl-C: the documents written so far stay a valid JSON array (whole objects only: each is one write).
        if fmt == "json":
            out.write("\n]\n" if sep != "\n" else "]\n")
            out.flush()
        raise
    if fmt == "json":
        out.write("\n]\n" if sep != "\n" else "]\n")


extract.help = (extract.help or "") + _INPUT_HELP


@main.command()
@analysis_options(("table", "json"), piped="json")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Rows in the top-N lists.")
@_batch_options
@click.option("--db", "db_path", metavar="FILE", help="Answer from a store written by 'extract --db' (no PATH).")
@click.pass_obj
def stats(env: Environment, fmt: str | None, top: int, db_path: str | None, **params: Any) -> None:
    """Aggregate the figures of every PATH: facts per type and category, money totals per currency and
    role, the most frequent subjects, dates per year and month, the documents with the most figures.

    \b
    Examples:
      factx stats -r news/
      factx stats --format json dump.jsonl archive.tar.gz | jq .money
      factx stats --db archive.db
    """
    if db_path:
        if params["paths"] or params["files_from"]:
            raise click.UsageError("give PATH... or --db, not both")
        from .store import stats_from_store

        stats_from_store(env, fmt, top, db_path, params["types"])
    from ..render.stats import write_stats_table
    from ..stats import Stats

    fmt = fmt or ("table" if env.stdout_isatty else "json")
    run = BatchRun(env, params)
    agg = Stats(top=top)

    def consume(outcomes: Iterator[Outcome]) -> None:
        for o in outcomes:
            agg.add(o.result)
        out = env.stdout
        if fmt == "json":
            import json

            out.write(json.dumps(agg.to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            write_stats_table(env.console(), agg)
        out.flush()

    run.execute(consume)


stats.help = (stats.help or "") + _INPUT_HELP
