"""Click commands for reviewing articles: `check`, `diff`, `timeline` and `show`.

A thin layer: it reads documents, runs `analyze`, hands the facts to `factcheck` / `timeline` / `show`
and renders what they return. Registered on `factx.cli.main` when `cli` imports this module.

Exit codes: check and diff return 0 when every figure is supported (nothing changed), 1 when any figure
is mismatched or not found (anything changed), so they can gate a publishing script; 2 on usage errors,
including an input that cannot be read (nothing was checked, which must not pass as "all good"; show,
with its one input, does the same). timeline follows extract: 1 when one of its documents could not be
read (the others are still shown). A reader that stops early (`| head`) does not change the exit code.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any, NoReturn

import click

from . import show, timeline
from .cli import main
from .model import FACT_TYPES, Fact
from .options import encoding_option, lang_option, parse_date, parse_types, quiet_pipe
from .pipeline import analyze
from .render import excerpt, human_value
from .review import check as review_check
from .review import diff as review_diff
from .sources import SourceError, read_path

EXIT_OK, EXIT_FLAGGED, EXIT_USAGE = 0, 1, 2
REVIEW_FORMATS = ("table", "json", "jsonl")


class InputError(click.ClickException):
    """An input that cannot be read: a usage error (exit 2), since nothing could be checked."""

    exit_code = EXIT_USAGE


@dataclass
class Doc:
    """One analyzed input: its label, text, facts and the reference date that resolved them."""

    source: str
    text: str
    facts: list[Fact]
    ref_date: date | None = None
    ref_date_source: str | None = None
    inherited_from: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def ref_note(self) -> str:
        if self.ref_date is None:
            return "no ref date"
        how = f"from {self.inherited_from}" if self.inherited_from else (self.ref_date_source or "option")
        return f"ref date {self.ref_date} ({how})"


# --- shared options ------------------------------------------------------------------------------------


def _common(f: Any) -> Any:
    """--type, --ref-date, --encoding and --lang, shared by the review commands."""
    f = lang_option(f)
    f = encoding_option(f)
    f = click.option(
        "--ref-date",
        callback=parse_date,
        metavar="YYYY-MM-DD",
        help="Publication date for 今年/去年/昨日, for every input. Default: each one's dateline.",
    )(f)
    f = click.option(
        "-t",
        "--type",
        "types",
        callback=parse_types,
        metavar="TYPES",
        help=f"Only these types, comma-separated: {','.join(FACT_TYPES)}.",
    )(f)
    return f


def _format_option(f: Any) -> Any:
    return click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(REVIEW_FORMATS),
        help="Output format. Default: table on a terminal, jsonl when piped.",
    )(f)


def _fmt(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "jsonl")


def _console(color: str = "auto") -> Any:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError  # let `_finish` keep the command's exit code (rich would exit 1)

    tty = sys.stdout.isatty()
    return _Console(
        file=sys.stdout,
        highlight=False,
        soft_wrap=False,
        width=None if tty else int(os.environ.get("COLUMNS", "160")),
        force_terminal=True if color == "always" else None,
        no_color=True if color == "never" else None,
        color_system=None if color == "never" else "auto",
    )


def _load(path: str, encoding: str | None, ref: date | None, types: tuple[str, ...] | None, lang: str) -> Doc:
    try:
        d = read_path(path, encoding)
    except SourceError as e:
        raise InputError(f"{path}: {e}") from None
    return _analyze(d.source, d.text, ref, types, lang)


def _analyze(source: str, text: str, ref: date | None, types: tuple[str, ...] | None, lang: str) -> Doc:
    a = analyze(text, ref_date=ref, types=types, lang=lang, facets=True)
    return Doc(source, text, a.facts, a.ref_date, a.ref_date_source if ref is None else "option")


def _inherit(doc: Doc, other: Doc | None, types: tuple[str, ...] | None, lang: str) -> Doc:
    """A rewrite with no dateline of its own is read with its source's date, so that 今年 means the same."""
    if doc.ref_date is not None or other is None or other.ref_date is None:
        return doc
    d = _analyze(doc.source, doc.text, other.ref_date, types, lang)
    d.inherited_from = other.source
    return d


def _check_stdin(paths: Sequence[str]) -> None:
    if sum(p == "-" for p in paths) > 1:
        raise click.UsageError("stdin (-) can be read only once")


def _origin(docs: Sequence[Doc]) -> dict[int, Doc]:
    return {id(f): d for d in docs for f in d.facts}


def _emit(fmt: str, records: Sequence[dict[str, Any]]) -> None:
    out: IO[str] = sys.stdout
    if fmt == "json":
        out.write(json.dumps(list(records), ensure_ascii=False, indent=2) + "\n")
    else:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    out.flush()


def _finish(render: Callable[[], object], code: int) -> NoReturn:
    """Render, then exit with `code`; a reader that stops early (`| head`) changes neither."""
    try:
        render()
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_pipe()
    sys.exit(code)


def _where(doc: Doc | None, f: Fact) -> str:
    return f"{doc.source if doc else '?'}:{f.line}:{f.column}"


def _snippet(doc: Doc | None, f: Fact, style: str) -> Any:
    from rich.text import Text

    if doc is None:
        return Text(f.sentence)
    s, a, b = excerpt(doc.text, f, 16)
    t = Text(s, style="dim")
    t.stylize(f"bold {style} not dim", a, b)
    return t


# --- check ---------------------------------------------------------------------------------------------

VERDICT_STYLE = {"supported": "green", "mismatch": "red", "not_found": "yellow"}
VERDICT_MARK = {"supported": "✓ supported", "mismatch": "✗ mismatch", "not_found": "? not found"}


@main.command()
@click.argument("paths", nargs=-1, metavar="SOURCE... [DRAFT]")
@click.option(
    "-c",
    "--claim",
    "claims",
    multiple=True,
    metavar="TEXT",
    help="Check this sentence instead of a DRAFT file (repeatable); then every PATH is a source.",
)
@_format_option
@_common
@click.option(
    "--ignore-approx", is_flag=True, help="Count approximation-only differences (10余万元 vs 10万元) as supported."
)
def check(
    paths: tuple[str, ...],
    claims: tuple[str, ...],
    fmt: str | None,
    types: tuple[str, ...] | None,
    ref_date: date | None,
    encoding: str | None,
    lang: str,
    ignore_approx: bool,
) -> None:
    """Check every figure of DRAFT against the SOURCE file(s).

    The last PATH is the draft (a file, or - for stdin) unless --claim is given. Each draft figure is
    supported (the same value is in a source), a mismatch (a source figure about the same thing says
    something else: a transposed digit, 万 vs 亿, another year, one end of a range, a dropped 余) or not
    found. Without --ref-date each input uses its dateline; a draft without one borrows the source's.

    Exit status: 0 all supported, 1 any mismatch or not found, 2 usage error or unreadable input.

    \b
    Examples:
      factx check source.txt draft.txt
      factx check source.txt - < draft.txt
      factx check source.txt --claim "项目总投资4752万元" --format json
    """
    _check_stdin(paths)
    if not paths:
        raise click.UsageError("give at least one SOURCE and a DRAFT (or --claim)")
    if not claims and len(paths) < 2:
        raise click.UsageError("give a DRAFT after the SOURCE (a file or -), or use --claim")
    src_paths, draft_path = (list(paths), None) if claims else (list(paths[:-1]), paths[-1])
    sources = [_load(p, encoding, ref_date, types, lang) for p in src_paths]
    first_dated = next((d for d in sources if d.ref_date is not None), None)
    if draft_path is not None:
        drafts = [_inherit(_load(draft_path, encoding, ref_date, types, lang), first_dated, types, lang)]
    else:
        drafts = [
            _inherit(_analyze(f"claim {k}", c, ref_date, types, lang), first_dated, types, lang)
            for k, c in enumerate(claims, 1)
        ]
        for d in drafts:
            d.extra["claim"] = True
        for d in drafts:
            if not d.facts:
                click.echo(f"factx: {d.source} has no figure to check: {d.text!r}", err=True)
    src_facts = [f for d in sources for f in d.facts]
    draft_facts = [f for d in drafts for f in d.facts]
    verdicts = review_check.check(src_facts, draft_facts, ignore_approx=ignore_approx)
    origin = _origin(sources + drafts)
    fmt = _fmt(fmt)
    code = EXIT_OK if all(v.verdict == "supported" for v in verdicts) else EXIT_FLAGGED
    if fmt == "table":
        _finish(lambda: _check_table(_console(), verdicts, origin, sources, drafts), code)
    _finish(lambda: _emit(fmt, [_verdict_record(v, origin) for v in verdicts]), code)


def _verdict_record(v: review_check.Verdict, origin: dict[int, Doc]) -> dict[str, Any]:
    ev = origin.get(id(v.evidence)) if v.evidence is not None else None
    return v.to_dict(origin[id(v.claim)].source, ev.source if ev else None)


def _check_table(
    console: Any, verdicts: list[review_check.Verdict], origin: dict[int, Doc], sources: list[Doc], drafts: list[Doc]
) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    head = Text()
    head.append("draft ", style="dim")
    head.append(", ".join(d.source for d in drafts[:3]) + (" …" if len(drafts) > 3 else ""), style="bold")
    head.append(f" ({drafts[0].ref_note()})" if drafts else "", style="dim")
    head.append("  vs source ", style="dim")
    head.append(", ".join(d.source for d in sources), style="bold")
    head.append(f" ({sources[0].ref_note()})", style="dim")
    console.print(head)
    if not verdicts:
        console.print(Text("the draft has no figure to check", style="yellow"))
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_lines=False)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Draft figure", no_wrap=True)
    table.add_column("At", justify="right", style="dim", no_wrap=True)
    table.add_column("Source evidence", no_wrap=True)
    table.add_column("Source sentence", overflow="fold", ratio=2)
    table.add_column("Note", overflow="fold", ratio=1)
    for k, v in enumerate(verdicts, 1):
        style = VERDICT_STYLE[v.verdict]
        if v.verdict == "mismatch" and v.severity == "minor":
            style = "dark_orange"
        mark = VERDICT_MARK[v.verdict] + (" (minor)" if v.severity == "minor" else "")
        claim = Text(v.claim.text, style=f"bold {style}")
        claim.append(f"\n{human_value(v.claim)}", style="dim")
        d_doc = origin.get(id(v.claim))
        at = f"{v.claim.line}:{v.claim.column}" if d_doc and not d_doc.extra.get("claim") else _where(d_doc, v.claim)
        if v.evidence is not None:
            e_doc = origin.get(id(v.evidence))
            ev = Text(v.evidence.text, style="bold")
            ev.append(f"\n{human_value(v.evidence)}", style="dim")
            ev.append(f"\n{_where(e_doc, v.evidence)}", style="dim")
            sent = _snippet(e_doc, v.evidence, style)
        else:
            ev, sent = Text("—", style="dim"), Text("")
        note = v.detail
        if v.difference and v.difference not in note:
            note = f"{v.difference}: {note}" if note else v.difference
        table.add_row(str(k), Text(mark, style=f"bold {style}"), claim, Text(at), ev, sent, Text(note, style=style))
    console.print(table)
    counts = {k: sum(v.verdict == k for v in verdicts) for k in VERDICT_STYLE}
    minor = sum(v.severity == "minor" for v in verdicts)
    summary = Text(f"{len(verdicts)} figures: ")
    summary.append(f"{counts['supported']} supported", style="green")
    summary.append(", ")
    summary.append(f"{counts['mismatch']} mismatched" + (f" ({minor} minor)" if minor else ""), style="red")
    summary.append(", ")
    summary.append(f"{counts['not_found']} not found", style="yellow")
    console.print(summary)


# --- diff ----------------------------------------------------------------------------------------------

CHANGE_STYLE = {"added": "green", "removed": "red", "changed": "yellow", "unchanged": "dim"}
CHANGE_MARK = {"added": "+ added", "removed": "− removed", "changed": "~ changed", "unchanged": "= same"}


@main.command()
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@_format_option
@_common
@click.option("-a", "--all", "show_all", is_flag=True, help="Also list the figures that did not change.")
def diff(
    old: str,
    new: str,
    fmt: str | None,
    types: tuple[str, ...] | None,
    ref_date: date | None,
    encoding: str | None,
    lang: str,
    show_all: bool,
) -> None:
    """Figures added, removed and changed between two versions of an article.

    Figures are aligned by type, subject and the words around them; a changed one is shown old → new
    with both locations. Without --ref-date each version uses its dateline (one without borrows the
    other's).

    Exit status: 0 no figure changed, 1 something was added, removed or changed, 2 usage error.

    \b
    Examples:
      factx diff v1.txt v2.txt
      factx diff --format jsonl --type money,count v1.txt v2.txt
    """
    _check_stdin([old, new])
    o = _load(old, encoding, ref_date, types, lang)
    n = _load(new, encoding, ref_date, types, lang)
    o, n = _inherit(o, n, types, lang), _inherit(n, o, types, lang)
    changes = review_diff.diff(o.facts, n.facts, include_unchanged=show_all)
    fmt = _fmt(fmt)
    code = EXIT_FLAGGED if any(c.change != "unchanged" for c in changes) else EXIT_OK
    if fmt == "table":
        _finish(lambda: _diff_table(_console(), changes, o, n), code)
    _finish(
        lambda: _emit(fmt, [c.to_dict(o.source if c.old else None, n.source if c.new else None) for c in changes]), code
    )


def _diff_table(console: Any, changes: list[review_diff.Change], o: Doc, n: Doc) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    head = Text()
    head.append(o.source, style="bold red")
    head.append(f" ({o.ref_note()})  →  ", style="dim")
    head.append(n.source, style="bold green")
    head.append(f" ({n.ref_note()})", style="dim")
    console.print(head)
    real = [c for c in changes if c.change != "unchanged"]
    if not changes:
        console.print(Text("no figure changed", style="green"))
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("Change", no_wrap=True)
    table.add_column("Old", no_wrap=True)
    table.add_column("", no_wrap=True)
    table.add_column("New", no_wrap=True)
    table.add_column("Sentence", overflow="fold", ratio=2)
    table.add_column("Note", overflow="fold", ratio=1)
    for c in changes:
        style = CHANGE_STYLE[c.change]
        if c.change == "changed" and c.severity == "minor":
            style = "dark_orange"
        old_cell = _fig(c.old, "red") if c.old else Text("—", style="dim")
        new_cell = _fig(c.new, "green") if c.new else Text("—", style="dim")
        shown = c.new if c.new is not None else c.old
        assert shown is not None
        sent = _snippet(n if c.new is not None else o, shown, style)
        note = c.detail
        if c.difference and c.difference not in note:
            note = f"{c.difference}: {note}" if note else c.difference
        arrow = "→" if c.change in ("changed", "unchanged") else ""
        table.add_row(
            Text(CHANGE_MARK[c.change], style=f"bold {style}"), old_cell, arrow, new_cell, sent, Text(note, style=style)
        )
    console.print(table)
    counts = {k: sum(c.change == k for c in real) for k in ("added", "removed", "changed")}
    console.print(f"{counts['changed']} changed, {counts['added']} added, {counts['removed']} removed")


def _fig(f: Fact, style: str) -> Any:
    from rich.text import Text

    t = Text(f.text, style=f"bold {style}")
    t.append(f"\n{human_value(f)}", style="dim")
    t.append(f"\n{f.line}:{f.column}", style="dim")
    return t


# --- timeline ------------------------------------------------------------------------------------------


@main.command(name="timeline")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_format_option
@click.option(
    "--ref-date",
    callback=parse_date,
    metavar="YYYY-MM-DD",
    help="Publication date for 今年/去年/昨日. Default: each document's dateline.",
)
@click.option(
    "--min-grain",
    type=click.Choice(list(timeline.GRAIN_ORDER)),
    default="year",
    show_default=True,
    help="Leave out dates coarser than this (month: skip bare years such as 今年).",
)
@click.option("--width", type=click.IntRange(8, 200), default=32, show_default=True, help="Width of the time axis.")
@encoding_option
@lang_option
def timeline_cmd(
    paths: tuple[str, ...],
    fmt: str | None,
    ref_date: date | None,
    min_grain: str,
    width: int,
    encoding: str | None,
    lang: str,
) -> None:
    """All dated facts of the PATHs in chronological order, with what happened and where.

    Dates are placed by the interval they resolve to and drawn on a text time axis; dates whose year is
    unknown (XXXX: no reference date) are listed apart.

    \b
    Examples:
      factx timeline article.txt
      factx timeline --ref-date 2020-07-15 --min-grain month a.txt b.txt
      factx timeline --format json article.txt
    """
    _check_stdin(paths)
    all_entries: list[timeline.Entry] = []
    failed = False
    for path in paths:
        try:
            d = read_path(path, encoding)
        except SourceError as e:
            click.echo(f"factx: {path}: {e}", err=True)
            failed = True
            continue
        a = analyze(d.text, ref_date=ref_date, types=("date",), lang=lang, subjects=False)
        order = all_entries[-1].order + 1 if all_entries else 0
        all_entries.extend(timeline.entries(d.source, d.text, a.facts, start_order=order))
    tl = timeline.build(all_entries, min_grain)
    fmt = _fmt(fmt)
    code = EXIT_FLAGGED if failed else EXIT_OK
    if fmt == "table":
        _finish(lambda: timeline.write_table(_console(), tl, width), code)
    if fmt == "json":
        _finish(lambda: sys.stdout.write(json.dumps(tl.to_dict(), ensure_ascii=False, indent=2) + "\n"), code)
    _finish(lambda: _emit("jsonl", [e.to_dict() for e in tl.dated + tl.unknown_year]), code)


# --- show ----------------------------------------------------------------------------------------------


@main.command(name="show")
@click.argument("path", metavar="PATH")
@click.option(
    "--html",
    "html_file",
    metavar="FILE",
    help="Write the view as a self-contained HTML page to FILE (- for stdout) instead.",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Color in the terminal view; auto follows the terminal and NO_COLOR.",
)
@_common
def show_cmd(
    path: str,
    html_file: str | None,
    color: str,
    types: tuple[str, ...] | None,
    ref_date: date | None,
    encoding: str | None,
    lang: str,
) -> None:
    """The article in the terminal with every figure highlighted by type, values as numbered notes.

    \b
    Examples:
      factx show article.txt | less -R
      factx show --ref-date 2020-07-15 --html review.html article.txt
    """
    doc = _load(path, encoding, ref_date, types, lang)
    if html_file:
        meta = f"{len(doc.facts)} figures · {doc.ref_note()}"
        page = show.render_html(doc.text, doc.facts, doc.source, meta)
        if html_file == "-":
            _finish(lambda: sys.stdout.write(page), EXIT_OK)
        else:
            try:
                with open(html_file, "w", encoding="utf-8") as fh:
                    fh.write(page)
            except OSError as e:
                raise InputError(f"{html_file}: {e.strerror or e}") from None
            click.echo(f"factx: wrote {html_file} ({len(doc.facts)} figures)", err=True)
        sys.exit(EXIT_OK)
    console = _console(color)
    plain = not console.is_terminal or console.no_color or console.color_system is None
    _finish(lambda: show.write_terminal(console, doc.text, doc.facts, plain=plain), EXIT_OK)
