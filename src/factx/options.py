"""Click option parsers shared by every command (`extract`, `stats`, `check`, `diff`, `timeline`, `show`)."""

from __future__ import annotations

from datetime import date

import click

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
