"""One batch run as the command line sees it (`BatchRun`): inputs → outcomes of `factx.batch`, counted and
reported on stderr, a progress bar when stderr is a terminal, the summary and the exit status; and the
machine formats written from the outcomes (`_write_fragments`). Without click: `extract` and `stats` (and
the store and cluster paths) drive it through click, the plain extract path of `cli.fast` directly."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import IO, Any, NoReturn

from ..batch import Outcome, Rendered, Settings, default_jobs, render_fragment, write_fragment
from ..batch import run as run_batch
from ..inputs import DEFAULT_TEXT_FIELDS, FileItem, Limits, SourceOptions, Walker, classify
from ..render.facts import write_csv
from ..render.safe import terminal_text
from ..render.sink import sink
from .env import Environment, _CurrentStdout
from .status import ExitStatus, decode_warning, quiet_pipe, write_failed


class BatchRun:
    """One batch run as the CLI sees it: inputs → outcomes, counted and reported on stderr, with the
    progress bar when stderr is a terminal; then the summary and the exit status."""

    # `render` serializes each document where it is analysed (a worker); a caller that only writes the rendered
    # output (`_write_fragments`) sets this: a run in one process renders too, and workers send each fragment
    # as UTF-8 bytes (`batch.run(render_serially=True, as_bytes=True)`).
    output_only = False

    def __init__(
        self, env: Environment, params: dict[str, Any], keep_text: bool = False, render: Rendered | None = None
    ) -> None:
        self.env = env
        paths: tuple[str, ...] = params["paths"]
        files_from: str | None = params["files_from"]
        # Usage errors are click's (the commands that take these options run under click; it is imported only
        # when there is an error to raise).
        if not paths and not files_from:
            if env.stdin_isatty:
                import click

                raise click.UsageError("no input: give PATH..., - for stdin, or --files-from FILE")
            paths = ("-",)  # `cat article.txt | factx`
        if files_from == "-" and "-" in paths:
            import click

            raise click.UsageError("stdin cannot be both a document (-) and the --files-from list")
        self._list = None
        if files_from:
            try:
                self._list = sys.stdin.buffer if files_from == "-" else open(files_from, "rb")  # noqa: SIM115
            except OSError as e:
                import click

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
        outcomes = run_batch(
            self.walker.items(self._paths()), self.settings, self.jobs, self.output_only, self.output_only
        )
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
    (see `batch.render_fragment`); documents that never reached a worker (errors) are serialized here.
    Fragments a worker sent as UTF-8 bytes go to standard output's byte layer as they are (`render.sink`)."""
    dest = sink(sys.stdout if isinstance(out, _CurrentStdout) else out)
    if bom:
        dest.write("\ufeff")
    if fmt in ("csv", "tsv"):
        write_csv(dest, [], delimiter="\t" if fmt == "tsv" else ",")  # type: ignore[arg-type]  # the header row
    json_array = fmt == "json"
    sep = "\n" if json_array else ""
    if json_array:
        dest.write("[")
    try:
        for o in outcomes:
            fragment = o.rendered
            if fragment is None:
                if not json_array:
                    write_fragment(dest, fmt, o.result)  # type: ignore[arg-type]  # facts analysed here: streamed
                    continue
                fragment = render_fragment(fmt, o.result)
            if not fragment:
                continue
            if isinstance(fragment, bytes):
                dest.write_bytes(sep.encode() + fragment if json_array else fragment)
            else:
                dest.write(sep + fragment)  # a JSON object is one write, its separator with it
            if json_array:
                sep = ",\n"
    except KeyboardInterrupt:
        # Ctrl-C: the documents written so far stay a valid JSON array (whole objects only: each is one write).
        if json_array:
            dest.write("\n]\n" if sep != "\n" else "]\n")
            dest.flush()
        raise
    if json_array:
        dest.write("\n]\n" if sep != "\n" else "]\n")
