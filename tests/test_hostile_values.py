"""Huge figures: values are exact at every size in text, refused per document past the JSON limit, and a
failure while writing one document costs only that document."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from factx.cli import main
from factx.cli.env import Environment
from factx.model import MAX_VALUE_DIGITS, ValueTooLarge, format_decimal, json_number
from factx.render.values import grouped

# A 4,305-digit amount written out in digits (a run of 亿 is no number at all: see test_hostile_engine.py).
HUGE = "共投资1" + "0" * 4304 + "元。\n"
PLAIN = "今年投资4568万元建设16个重点项目。\n"


@pytest.mark.parametrize(
    ("value", "text", "group"),
    [
        ("47250000", "47250000", "47,250,000"),
        ("5.00", "5", "5"),
        ("-1234567.50", "-1234567.5", "-1,234,567.5"),
        ("1E+3", "1000", "1,000"),
        ("-0.0", "0", "0"),
        ("12345678901234567890123456789012345", "12345678901234567890123456789012345",
         "12,345,678,901,234,567,890,123,456,789,012,345"),
    ],
)  # fmt: skip
def test_decimal_text_is_exact(value: str, text: str, group: str) -> None:
    assert format_decimal(Decimal(value)) == text
    assert grouped(Decimal(value)) == group


def test_beyond_the_int_string_limit_text_is_exact_and_json_refuses() -> None:
    d = Decimal("1E+4304")
    assert format_decimal(d) == "1" + "0" * 4304
    assert grouped(d).replace(",", "") == "1" + "0" * 4304
    with pytest.raises(ValueTooLarge, match="4305 digits"):
        json_number(d)
    assert json_number(Decimal(10) ** (MAX_VALUE_DIGITS - 1)) == 10 ** (MAX_VALUE_DIGITS - 1)


def invoke(args: list[str]) -> tuple[int, str, str]:
    env = Environment.fake()
    result = CliRunner().invoke(main, args, obj=env, catch_exceptions=False)
    return result.exit_code, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


@pytest.fixture
def docs(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in (("a.txt", PLAIN), ("huge.txt", HUGE), ("b.txt", PLAIN)):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_huge_figure_costs_its_document_only(docs: list[Path], jobs: str) -> None:
    code, out, err = invoke(["extract", "--format", "json", "--jobs", jobs, *map(str, docs)])
    assert code == 1
    results = json.loads(out)  # still valid JSON
    assert [bool(r["facts"]) for r in results] == [True, False, True]
    assert "4305 digits" in results[1]["error"]
    assert "Traceback" not in err
    code, out, _ = invoke(["extract", "--format", "jsonl", "--jobs", jobs, *map(str, docs)])
    assert all(json.loads(line) for line in out.splitlines())


@pytest.mark.parametrize("command", ["stats", "show", "check", "diff", "timeline", "extract"])
def test_no_command_prints_a_traceback(docs: list[Path], command: str) -> None:
    huge = str(docs[1])
    args = [command, huge, huge] if command in ("check", "diff") else [command, huge]
    code, _, err = invoke(args)
    assert "Traceback" not in err
    if command in ("show", "check", "diff"):
        assert code == 2
        assert "digits" in err
    assert len(err.strip().splitlines()) <= 2
