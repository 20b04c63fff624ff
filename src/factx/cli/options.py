"""The one option stack of every analysing command (sqlite-utils' `output_options` idea): input decoding,
language, currency, reference date, fact types, output format and colour, with their parsers. Each command
states only its format choices and what its format defaults to when piped; the options, their names and
their help are the same everywhere.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import click

from ..languages import LANGS
from ..model import FACT_TYPES
from .env import Environment
from .status import quiet_pipe  # noqa: F401  (re-exported: cli.review imports it from here)

# The options every analysing command has (asserted over every command by the tests).
SHARED_OPTIONS = ("--encoding", "--lang", "--currency", "--ref-date", "--type", "--format", "--color")


def parse_types(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    """--type money,date → ("money", "date"); an unknown type is a usage error (exit 2)."""
    if not value:
        return None
    types = tuple(t.strip() for t in value.split(",") if t.strip())
    bad = [t for t in types if t not in FACT_TYPES]
    if bad:
        raise click.BadParameter(f"unknown type {', '.join(bad)}; choose from {', '.join(FACT_TYPES)}")
    return types


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """--ref-date YYYY-MM-DD."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def parse_encoding(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """--encoding NAME, checked here so an unknown codec is a usage error, not a failure per document."""
    if not value:
        return None
    try:
        codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r} (try utf-8, gb18030, big5, utf-16)") from None
    return value


def parse_currency(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """--currency CODE: a three-letter ISO 4217 code."""
    if not value:
        return None
    if not re.fullmatch(r"[A-Za-z]{3}", value):
        raise click.BadParameter(f"{value!r} is not a three-letter currency code such as CNY, TWD or HKD")
    return value.upper()


def _set_color(ctx: click.Context, _param: click.Parameter, value: str) -> str:
    """--color goes straight into the environment, so every console made afterwards follows it."""
    env = ctx.find_object(Environment)
    if env is not None:
        env.color = value
    return value


def analysis_options(formats: Sequence[str], piped: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The shared stack: -f/--format (one of `formats`; default table on a terminal, `piped` otherwise),
    --color, -t/--type, --ref-date, --lang, --currency, --encoding."""
    default_help = "table on a terminal" if "table" in formats else formats[0]
    options = [
        click.option("-f", "--format", "fmt", type=click.Choice(list(formats)),
                     help=f"Output format. Default: {default_help}, {piped} when piped."),
        click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                     callback=_set_color, expose_value=False, is_eager=True,
                     help="Colour; auto follows the terminal, NO_COLOR and FORCE_COLOR."),
        click.option("-t", "--type", "types", callback=parse_types, metavar="TYPES",
                     help=f"Only these types, comma-separated: {', '.join(FACT_TYPES)}."),
        click.option("--ref-date", callback=parse_date, metavar="YYYY-MM-DD",
                     help="Publication date for 今年/去年/昨日, for every input. Default: each one's dateline."),
        click.option("--lang", type=click.Choice(["auto", *LANGS]), default="auto", show_default=True,
                     help="Document language; auto decides per document."),
        click.option("--currency", callback=parse_currency, metavar="CODE",
                     help="Currency of a bare 元/块 (ISO code: CNY, TWD, HKD …). Default: CNY for Simplified "
                          "text; TWD or HKD for Traditional text by the place it names; USD for English."),
        click.option("--encoding", callback=parse_encoding, metavar="NAME",
                     help="Force one input encoding (utf-8, gb18030, big5, utf-16 …) instead of detecting."),
    ]  # fmt: skip

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            f = option(f)
        return f

    return decorate
