"""`factx find`: figures across a store written by `factx extract --db`, by type, value or range, currency,
role, subject, dates, words of the sentence and source. A table on a terminal, JSONL when piped."""

from __future__ import annotations

import sys
from typing import Any

import click

from ..languages import LANGS
from ..model import FACT_TYPES
from .app import ExitStatus, fail, main
from .env import Environment
from .options import _set_color, parse_currency, parse_date, parse_types
from .status import quiet_pipe

# The store and its renderer load when `find` runs, so that other commands do not pay for sqlite-utils.
FIND_FORMATS = ("table", "jsonl", "json", "csv", "tsv")


@main.command(name="find")
@click.option("--db", "db_path", required=True, metavar="FILE", help="The store (written by 'factx extract --db').")
@click.option(
    "-t",
    "--type",
    "types",
    callback=parse_types,
    metavar="TYPES",
    help=f"Only these types, comma-separated: {', '.join(FACT_TYPES)}.",
)
@click.option(
    "--value",
    metavar="FIGURE",
    help="A figure as a reporter writes it (4725万元, 3.5%, 49名, $2 million): the same normalized "
    "value, type and currency.",
)
@click.option("--min", "minimum", metavar="FIGURE", help="Values from this figure up (1亿元, 100).")
@click.option("--max", "maximum", metavar="FIGURE", help="Values up to this figure.")
@click.option(
    "--currency",
    callback=parse_currency,
    metavar="CODE",
    help="Money in this currency (ISO code); also the currency of a bare 元 in --value/--min/--max.",
)
@click.option("--role", metavar="ROLE", help="Money of this role: fine, investment, donation, revenue …")
@click.option("--category", metavar="NAME", help="Counts of this category: people, procedures, projects …")
@click.option("--subject", metavar="WORDS", help="Figures whose subject contains these words (医院).")
@click.option(
    "--from",
    "date_from",
    callback=parse_date,
    metavar="YYYY-MM-DD",
    help="Dates covering a day from here on; other figures: articles dated from here on.",
)
@click.option(
    "--to",
    "date_to",
    callback=parse_date,
    metavar="YYYY-MM-DD",
    help="Dates covering a day up to here; other figures: articles dated up to here.",
)
@click.option("--text", metavar="WORDS", help="Figures whose sentence contains these words (full-text index).")
@click.option("--source", metavar="GLOB", help="Only documents whose source matches (news/2019/*).")
@click.option("--lang", type=click.Choice(LANGS), help="Only documents in this language; also how --value is read.")
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="At most N figures.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(list(FIND_FORMATS)),
    help="Output format. Default: table on a terminal, jsonl when piped.",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    callback=_set_color,
    expose_value=False,
    is_eager=True,
    help="Colour; auto follows the terminal, NO_COLOR and FORCE_COLOR.",
)
@click.pass_obj
def find_command(env: Environment, db_path: str, fmt: str | None, **params: Any) -> None:
    """Find figures across a store: who else reported this figure, every fine over an amount in a year,
    the counts about a subject, the figures of sentences that name a place.

    \b
    Examples:
      factx find --db archive.db --value 4725万元
      factx find --db archive.db --role fine --min 1亿元 \\
                 --from 2019-01-01 --to 2019-12-31
      factx find --db archive.db --type count --subject 医院
      factx find --db archive.db --text 淄博 --format jsonl | jq .value

    \b
    --value, --min and --max are read by factx's extractor and compared by
    normalized value: 4725万元 also finds 47,250,000元 and 0.4725亿元. Their
    type and currency narrow the search unless --type or --currency is given.
    Results are ordered by the article's date, then source and position.
    """
    import sqlite3

    from ..render.find import write_find_table, write_records
    from ..store import StoreError, open_store
    from ..store.query import FigureError, FindQuery, find, read_figure

    lang = params["lang"]
    try:
        figures = {
            name: read_figure(params[name], lang or "auto", params["currency"]) if params[name] else None
            for name in ("value", "minimum", "maximum")
        }
    except FigureError as e:
        raise click.UsageError(str(e)) from None
    query = FindQuery(
        types=params["types"], value=figures["value"], minimum=figures["minimum"], maximum=figures["maximum"],
        currency=params["currency"], role=params["role"], category=params["category"], subject=params["subject"],
        date_from=params["date_from"], date_to=params["date_to"], text=params["text"], source=params["source"],
        lang=lang, limit=params["limit"],
    )  # fmt: skip
    try:
        db = open_store(db_path)
    except StoreError as e:
        fail(f"cannot read {db_path} ({e})", ExitStatus.USAGE, env.stderr)
    fmt = fmt or ("table" if env.stdout_isatty else "jsonl")
    try:
        rows = find(db, query)
        if fmt == "table":
            n = write_find_table(env.console(), rows)
            if n == 0:
                click.echo("factx: no figures found", file=env.stderr)
        else:
            write_records(env.stdout, fmt, rows)
        env.stdout.flush()
    except FigureError as e:
        raise click.UsageError(str(e)) from None
    except BrokenPipeError:
        quiet_pipe()
    except sqlite3.Error as e:
        fail(f"cannot read {db_path} ({e})", ExitStatus.USAGE, env.stderr)
    finally:
        db.conn.close()
    sys.exit(ExitStatus.SUCCESS)
