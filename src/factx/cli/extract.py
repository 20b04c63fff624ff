"""`factx extract` and `factx stats`: every document of the inputs analysed in a batch (see `factx.batch`),
streamed to a renderer, with a progress bar on a terminal, one line per document not read and a summary
on stderr, and the exit status of `app.ExitStatus`. The run itself is `batchrun.BatchRun`, shared with the
plain extract path that runs without click (`fast`); this module holds the commands and their options."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import click

from ..batch import DEFAULT_TIMEOUT, Outcome
from ..inputs import DEFAULT_MAX_DEPTH, DEFAULT_MAX_RATIO, MAX_DOCUMENT_BYTES
from ..render.facts import FORMATS, write_table
from .app import main
from .batchrun import BatchRun, _CrLf, _write_fragments
from .env import Environment
from .options import analysis_options


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
    run.output_only = fmt != "table"  # what the workers render is all this command writes
    run.walker.defer_named = True  # named files are looked at by whoever reads them (see `inputs.walk`)

    def render(outcomes: Iterator[Outcome]) -> None:
        out = env.stdout
        if fmt == "table":
            write_table(env.console(), (o.result for o in outcomes))
        else:
            _write_fragments(_CrLf(out) if excel else out, fmt, outcomes, bom=excel)  # type: ignore[arg-type]
        out.flush()

    run.execute(render)


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
