"""Command line: a thin layer over `factx.analyze` and the renderers.

Exit codes (contract v1): 0 every document read; 1 at least one document could not be read (the others
were still processed and printed); 2 usage error. Ctrl-C exits 130.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date

import click

from . import __version__
from .detect import LANGS
from .model import FACT_TYPES, DocResult
from .pipeline import analyze
from .render import FORMATS, write_csv, write_json, write_jsonl, write_table
from .sources import SourceError, expand, read_path

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _DefaultGroup(click.Group):
    """`factx PATH…` is short for `factx extract PATH…`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["extract", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factx")
def main() -> None:
    """Extract every figure from news articles: money, dates, counts, percentages, durations,
    quantities and ordinals, normalized and located.

    \b
    Examples:
      factx article.txt                          tables in the terminal
      factx extract --format jsonl a.txt | jq .  one JSON fact per line
      factx --type money,date --ref-date 2020-07-15 article.txt
      cat article.txt | factx -
    """


def _parse_types(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    if not value:
        return None
    types = tuple(t.strip() for t in value.split(",") if t.strip())
    bad = [t for t in types if t not in FACT_TYPES]
    if bad:
        raise click.BadParameter(f"unknown type {', '.join(bad)}; choose from {', '.join(FACT_TYPES)}")
    return types


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _results(paths: list[str], recursive: bool, encoding: str | None, ref: date | None,
             types: tuple[str, ...] | None, lang: str) -> Iterator[DocResult]:  # fmt: skip
    for item in expand(paths, recursive):
        if isinstance(item, tuple):
            yield DocResult(source=item[0], facts=[], error=str(item[1]))
            continue
        try:
            doc = read_path(item, encoding)
        except SourceError as e:
            yield DocResult(source=item, facts=[], error=str(e))
            continue
        a = analyze(doc.text, ref_date=ref, types=types, lang=lang)
        yield DocResult(
            source=doc.source, facts=a.facts, encoding=doc.encoding, lang=a.lang,
            ref_date=a.ref_date.isoformat() if a.ref_date else None, ref_date_source=a.ref_date_source,
            text=doc.text,
        )  # fmt: skip


def _report_errors(results: Iterator[DocResult], failed: list[str]) -> Iterator[DocResult]:
    for r in results:
        if r.error:
            failed.append(r.source)
            click.echo(f"factx: {r.source}: {r.error}", err=True)
        yield r


def _console(stdout_tty: bool):  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(
        file=click.get_text_stream("stdout"), highlight=False, soft_wrap=False,
        width=None if stdout_tty else int(os.environ.get("COLUMNS", "160")),
    )  # fmt: skip


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format. Default: table on a terminal, jsonl when piped.",
)
@click.option(
    "-t",
    "--type",
    "types",
    callback=_parse_types,
    metavar="TYPES",
    help=f"Only these types, comma-separated: {','.join(FACT_TYPES)}.",
)
@click.option(
    "--ref-date",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Publication date for 今年/去年/昨日. Default: the document's dateline, if any.",
)
@click.option("-r", "--recursive", is_flag=True, help="Read the files inside directories.")
@click.option("--encoding", metavar="NAME", help="Force an input encoding (utf-8, gb18030, big5 …).")
@click.option(
    "--lang",
    type=click.Choice(["auto", *LANGS]),
    default="auto",
    show_default=True,
    help="Document language; auto decides per document.",
)
def extract(paths: tuple[str, ...], fmt: str | None, types: tuple[str, ...] | None, ref_date: date | None,
            recursive: bool, encoding: str | None, lang: str) -> None:  # fmt: skip
    """Print the figures in each PATH (a file, a directory with -r, or - for stdin).

    \b
    Examples:
      factx extract article.txt
      factx extract --format csv --type money articles/*.txt > money.csv
      factx extract -r --format json archive_dir/
    """
    stdout_tty = sys.stdout.isatty()
    fmt = fmt or ("table" if stdout_tty else "jsonl")
    failed: list[str] = []
    results = _report_errors(_results(list(paths), recursive, encoding, ref_date, types, lang), failed)
    out = click.get_text_stream("stdout")
    try:
        if fmt == "table":
            write_table(_console(stdout_tty), results)
        elif fmt == "json":
            write_json(out, results)
        elif fmt == "jsonl":
            write_jsonl(out, results)
        else:
            write_csv(out, results, delimiter="\t" if fmt == "tsv" else ",")
        out.flush()
    except BrokenPipeError:
        _quiet_pipe()
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        click.echo("factx: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(EXIT_UNREADABLE if failed else EXIT_OK)


def _quiet_pipe() -> None:
    """After `| head` closes the pipe, send what is left to /dev/null so exit does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run() -> None:
    try:
        main()
    except KeyboardInterrupt:
        click.echo("factx: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
