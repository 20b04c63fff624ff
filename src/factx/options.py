"""Click options and helpers shared by every command (`extract`, `stats`, `check`, `diff`, `timeline`,
`show`)."""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

import click

from .languages import LANGS
from .model import FACT_TYPES


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


def encoding_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--encoding", callback=parse_encoding, metavar="NAME",
        help="Force one input encoding (utf-8, gb18030, big5, utf-16 …) instead of detecting.",
    )(f)  # fmt: skip


def lang_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--lang", type=click.Choice(["auto", *LANGS]), default="auto", show_default=True,
        help="Document language; auto decides per document.",
    )(f)  # fmt: skip


def quiet_pipe() -> None:
    """After `| head` closes the pipe, send what is left to /dev/null so the exit does not complain."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
