"""`factx check`, `diff`, `timeline` and `show`: commands that compare or lay out the figures of a few
articles. They read each input whole (`inputs.read_path`), run `analyze`, hand the facts to `review`,
`review.timeline` or `review.show`, and render what comes back (`render.review`, `render.timeline`,
`render.show`).

Exit status (`app.ExitStatus`): check and diff give 0 when every figure is supported (nothing changed) and
1 when any is not (anything changed), so they can gate a publishing script; an input they cannot read is
2, since nothing was compared and that must not pass as "all good" (show, with its one input, does the
same). timeline follows extract: 1 when one of its documents could not be read (the others are shown).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NoReturn

import click

from ..inputs import SourceError, read_path
from ..model import Fact, ValueTooLarge, check_facts
from ..pipeline import analyze
from ..review import check as checking
from ..review import timeline
from .app import ExitStatus, InputError, decode_warning, main, write_failed
from .env import Environment
from .options import analysis_options, quiet_pipe

REVIEW_FORMATS = ("table", "json", "jsonl")


@dataclass
class Doc:
    """One analyzed input: its label, text, facts and the reference date that resolved them."""

    source: str
    text: str
    facts: list[Fact]
    ref_date: date | None = None
    ref_date_source: str | None = None
    inherited_from: str | None = None
    lang: str = ""
    local_currency: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def ref_note(self) -> str:
        if self.ref_date is None:
            return "no ref date"
        how = f"from {self.inherited_from}" if self.inherited_from else (self.ref_date_source or "option")
        return f"ref date {self.ref_date} ({how})"


@dataclass(frozen=True)
class Analysis:
    """The shared analysis options of one command invocation."""

    types: tuple[str, ...] | None
    ref_date: date | None
    lang: str
    currency: str | None
    encoding: str | None
    warn: Callable[[str], None] | None = None

    def load(self, path: str) -> Doc:
        try:
            d = read_path(path, self.encoding)
        except SourceError as e:
            raise InputError(path, str(e)) from None
        if d.decode_errors and self.warn is not None:
            self.warn(decode_warning(d.source, d.decode_errors, d.encoding))
        return self.analyze(d.source, d.text, page_date=(d.ref_date, d.ref_date_source))

    def analyze(
        self,
        source: str,
        text: str,
        ref: date | None = None,
        local_currency: str | None = None,
        page_date: tuple[date | None, str | None] = (None, None),
    ) -> Doc:
        given = ref or self.ref_date
        ref = given or page_date[0]
        a = analyze(text, ref_date=ref, types=self.types, lang=self.lang, currency=self.currency, facets=True,
                    default_currency=local_currency)  # fmt: skip
        how = a.ref_date_source if ref is None else "option" if given else page_date[1]
        try:
            check_facts(a.facts)  # a figure no format writes exactly is refused, not a traceback later
        except ValueTooLarge as e:
            raise InputError(source, str(e)) from None
        return Doc(source, text, a.facts, a.ref_date, how, lang=a.lang, local_currency=a.local_currency)

    def inherit(self, doc: Doc, other: Doc | None) -> Doc:
        """A rewrite is read like its source where it does not say otherwise: with its date when it has no
        dateline of its own (so that 今年 means the same), and with its currency for a bare 元 (a Hong Kong story's
        rewrite names no place, yet its 元 are still Hong Kong dollars)."""
        if other is None:
            return doc
        ref = other.ref_date if doc.ref_date is None else None
        currency = other.local_currency if other.lang == doc.lang and self.currency is None else None
        if ref is None and currency in (None, doc.local_currency):
            return doc
        d = self.analyze(doc.source, doc.text, ref, currency)
        if ref is not None:
            d.inherited_from = other.source
        return d


def _check_stdin(paths: Sequence[str]) -> None:
    if sum(p == "-" for p in paths) > 1:
        raise click.UsageError("stdin (-) can be read only once")


def _origin(docs: Sequence[Doc]) -> dict[int, Doc]:
    return {id(f): d for d in docs for f in d.facts}


def _emit(env: Environment, fmt: str, records: Sequence[dict[str, Any]]) -> None:
    out = env.stdout
    if fmt == "json":
        out.write(json.dumps(list(records), ensure_ascii=False, indent=2) + "\n")
    else:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    out.flush()


def _finish(env: Environment, render: Callable[[], object], code: ExitStatus) -> NoReturn:
    """Render, then exit with `code`; a reader that stops early (`| head`) changes neither."""
    try:
        render()
        env.stdout.flush()
    except BrokenPipeError:
        quiet_pipe()
    except OSError as e:  # a full disk or an I/O error on stdout: one line, not a traceback
        status, message = write_failed(e)
        env.say(message)
        sys.exit(status)
    sys.exit(code)


def _table_or(env: Environment, fmt: str | None) -> str:
    return fmt or ("table" if env.stdout_isatty else "jsonl")


# --- check ---------------------------------------------------------------------------------------------


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
@analysis_options(REVIEW_FORMATS, piped="jsonl")
@click.option(
    "--ignore-approx", is_flag=True, help="Count approximation-only differences (10余万元 vs 10万元) as supported."
)
@click.option("--against", metavar="DB", help="Look each figure of the DRAFT(s) up in a store (extract --db).")
@click.pass_obj
def check(
    env: Environment,
    paths: tuple[str, ...],
    claims: tuple[str, ...],
    fmt: str | None,
    types: tuple[str, ...] | None,
    ref_date: date | None,
    lang: str,
    currency: str | None,
    encoding: str | None,
    ignore_approx: bool,
    against: str | None,
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
      factx check --against archive.db draft.txt
    """
    _check_stdin(paths)
    if against:  # every PATH is a draft; the store stands in for the sources
        from .against import check_against

        check_against(env, paths, claims, against, fmt, Analysis(types, ref_date, lang, currency, encoding))
    if not paths:
        raise click.UsageError("give at least one SOURCE and a DRAFT (or --claim)")
    if not claims and len(paths) < 2:
        raise click.UsageError("give a DRAFT after the SOURCE (a file or -), or use --claim")
    run = Analysis(types, ref_date, lang, currency, encoding, env.say)
    src_paths, draft_path = (list(paths), None) if claims else (list(paths[:-1]), paths[-1])
    sources = [run.load(p) for p in src_paths]
    # A draft is read like its source: the first source with a dateline lends its date, the first its currency.
    first_dated = next((d for d in sources if d.ref_date is not None), sources[0] if sources else None)
    if draft_path is not None:
        drafts = [run.inherit(run.load(draft_path), first_dated)]
    else:
        drafts = [run.inherit(run.analyze(f"claim {k}", c), first_dated) for k, c in enumerate(claims, 1)]
        for d in drafts:
            d.extra["claim"] = True
        for d in drafts:
            if not d.facts:
                env.say(f"factx: {d.source} has no figure to check ({d.text!r})")
    src_facts = [f for d in sources for f in d.facts]
    draft_facts = [f for d in drafts for f in d.facts]
    # (one source's text lets check read names from its sentences without figures; the offsets of several
    # sources' facts are each into their own text)
    document = sources[0].text if len(sources) == 1 else None
    verdicts = checking.check(src_facts, draft_facts, ignore_approx=ignore_approx, document=document)
    origin = _origin(sources + drafts)
    fmt = _table_or(env, fmt)
    code = ExitStatus.SUCCESS if all(v.verdict == "supported" for v in verdicts) else ExitStatus.FLAGGED
    if fmt == "table":
        from ..render.review import check_table  # rich: only for the table

        _finish(env, lambda: check_table(env.console(), verdicts, origin, sources, drafts), code)  # type: ignore[arg-type]
    _finish(env, lambda: _emit(env, fmt, [_verdict_record(v, origin) for v in verdicts]), code)


def _verdict_record(v: checking.Verdict, origin: dict[int, Doc]) -> dict[str, Any]:
    ev = origin.get(id(v.evidence)) if v.evidence is not None else None
    return v.to_dict(origin[id(v.claim)].source, ev.source if ev else None)


# --- diff ----------------------------------------------------------------------------------------------


@main.command()
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@analysis_options(REVIEW_FORMATS, piped="jsonl")
@click.option("-a", "--all", "show_all", is_flag=True, help="Also list the figures that did not change.")
@click.pass_obj
def diff(
    env: Environment,
    old: str,
    new: str,
    fmt: str | None,
    types: tuple[str, ...] | None,
    ref_date: date | None,
    lang: str,
    currency: str | None,
    encoding: str | None,
    show_all: bool,
) -> None:
    """Figures added, removed and changed between two versions of an article.

    Figures are aligned by type, subject and the words around them; a changed one is shown old → new
    with both locations. Without --ref-date each version uses its dateline (one without borrows the
    other's).

    Exit status: 0 no figure changed, 1 something was added, removed or changed, 2 usage error or
    unreadable input.

    \b
    Examples:
      factx diff v1.txt v2.txt
      factx diff --format jsonl --type money,count v1.txt v2.txt
    """
    _check_stdin([old, new])
    run = Analysis(types, ref_date, lang, currency, encoding, env.say)
    o, n = run.load(old), run.load(new)
    o, n = run.inherit(o, n), run.inherit(n, o)
    from ..review import diff as diffing

    changes = diffing.diff(o.facts, n.facts, include_unchanged=show_all)
    fmt = _table_or(env, fmt)
    code = ExitStatus.FLAGGED if any(c.change != "unchanged" for c in changes) else ExitStatus.SUCCESS
    if fmt == "table":
        from ..render.review import diff_table  # rich: only for the table

        _finish(env, lambda: diff_table(env.console(), changes, o, n), code)
    records = [c.to_dict(o.source if c.old else None, n.source if c.new else None) for c in changes]
    _finish(env, lambda: _emit(env, fmt, records), code)


# --- timeline ------------------------------------------------------------------------------------------


@main.command(name="timeline")
@click.argument("paths", nargs=-1, metavar="PATH...")
@analysis_options(REVIEW_FORMATS, piped="jsonl")
@click.option(
    "--min-grain",
    type=click.Choice(list(timeline.GRAIN_ORDER)),
    default="year",
    show_default=True,
    help="Leave out dates coarser than this (month: skip bare years such as 今年).",
)
@click.option("--width", type=click.IntRange(8, 200), default=32, show_default=True, help="Width of the time axis.")
@click.pass_obj
def timeline_cmd(
    env: Environment,
    paths: tuple[str, ...],
    fmt: str | None,
    types: tuple[str, ...] | None,
    ref_date: date | None,
    lang: str,
    currency: str | None,
    encoding: str | None,
    min_grain: str,
    width: int,
) -> None:
    """All dated facts of the PATHs in chronological order, with what happened and where.

    Dates are placed by the interval they resolve to and drawn on a text time axis; dates whose year is
    unknown (XXXX: no reference date) are listed apart. Only dates are placed: --type, if given, must
    include date. With no PATH, stdin is read when it is not a terminal.

    \b
    Examples:
      factx timeline article.txt
      factx timeline --ref-date 2020-07-15 --min-grain month a.txt b.txt
      factx timeline --format json article.txt
    """
    from ..render.timeline import write_table

    if types is not None and "date" not in types:
        raise click.UsageError("timeline places dates only; --type must include date")
    if not paths:
        if env.stdin_isatty:
            raise click.UsageError("no input: give PATH..., or - for stdin")
        paths = ("-",)
    _check_stdin(paths)
    all_entries: list[timeline.Entry] = []
    failed = False
    for path in paths:
        try:
            d = read_path(path, encoding)
        except SourceError as e:
            env.say(f"factx: cannot read {path} ({e})")
            failed = True
            continue
        if d.decode_errors:
            env.say(decode_warning(d.source, d.decode_errors, d.encoding))
        a = analyze(d.text, ref_date=ref_date or d.ref_date, types=("date",), lang=lang, currency=currency,
                    subjects=False)  # fmt: skip
        order = all_entries[-1].order + 1 if all_entries else 0
        all_entries.extend(timeline.entries(d.source, d.text, a.facts, start_order=order))
    tl = timeline.build(all_entries, min_grain)
    fmt = _table_or(env, fmt)
    code = ExitStatus.FLAGGED if failed else ExitStatus.SUCCESS
    if fmt == "table":
        _finish(env, lambda: write_table(env.console(), tl, width), code)
    if fmt == "json":
        _finish(env, lambda: env.stdout.write(json.dumps(tl.to_dict(), ensure_ascii=False, indent=2) + "\n"), code)
    _finish(env, lambda: _emit(env, "jsonl", [e.to_dict() for e in tl.dated + tl.unknown_year]), code)


# --- show ----------------------------------------------------------------------------------------------


@main.command(name="show")
@click.argument("path", metavar="PATH", required=False)
@click.option(
    "--html",
    "html_file",
    metavar="FILE",
    help="Write the view as a self-contained HTML page to FILE (- for stdout) instead.",
)
@analysis_options(("text", "html"), piped="text")
@click.pass_obj
def show_cmd(
    env: Environment,
    path: str | None,
    html_file: str | None,
    fmt: str | None,
    types: tuple[str, ...] | None,
    ref_date: date | None,
    lang: str,
    currency: str | None,
    encoding: str | None,
) -> None:
    """The article in the terminal with every figure highlighted by type, values as numbered notes.

    --format html (or --html -) prints the self-contained HTML page instead. With no PATH, stdin is read
    when it is not a terminal.

    \b
    Examples:
      factx show article.txt | less -R
      factx show --ref-date 2020-07-15 --html review.html article.txt
    """
    from ..render.show import write_terminal
    from ..review import show

    if path is None:
        if env.stdin_isatty:
            raise click.UsageError("no input: give PATH, or - for stdin")
        path = "-"
    doc = Analysis(types, ref_date, lang, currency, encoding, env.say).load(path)
    if fmt == "html" and not html_file:
        html_file = "-"
    if html_file:
        meta = f"{len(doc.facts)} figures · {doc.ref_note()}"
        page = show.render_html(doc.text, doc.facts, doc.source, meta)
        if html_file == "-":
            _finish(env, lambda: env.stdout.write(page), ExitStatus.SUCCESS)
        try:
            with open(html_file, "w", encoding="utf-8") as fh:
                fh.write(page)
        except OSError as e:
            failure = click.ClickException(f"cannot write {html_file} ({e.strerror or e})")
            failure.exit_code = ExitStatus.USAGE  # nothing was shown, as when the input cannot be read
            raise failure from None
        env.say(f"factx: wrote {html_file} ({len(doc.facts)} figures)")
        sys.exit(ExitStatus.SUCCESS)
    _finish(
        env, lambda: write_terminal(env.console(), doc.text, doc.facts, plain=not env.use_color), ExitStatus.SUCCESS
    )
