"""CSV/TSV formula injection: a text cell a spreadsheet would run as a formula is neutralized with a leading
single quote, a negative value stays a number, and `--excel` adds a UTF-8 byte-order mark and CRLF."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from factx.cli import main
from factx.cli.env import Environment
from factx.render.facts import neutralize

DOC = '=HYPERLINK("http://x.test","点击")说，投资5万元。\n-5%的人@他 +3人。\n'


def invoke(args: list[str]) -> tuple[int, str, str]:
    env = Environment.fake()
    result = CliRunner().invoke(main, args, obj=env, catch_exceptions=False)
    return result.exit_code, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    p = tmp_path / "@list.txt"
    p.write_text(DOC, encoding="utf-8")
    return p


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "＝1"])
def test_formula_starts_are_neutralized(cell: str) -> None:
    assert neutralize(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["4568万元", "今年", "'quoted", "", "1-2"])
def test_other_cells_are_left_alone(cell: str) -> None:
    assert neutralize(cell) == cell


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_no_cell_starts_a_formula_and_values_stay_numbers(
    doc: Path, fmt: str, delimiter: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(doc.parent)
    code, out, _ = invoke(["extract", "--format", fmt, doc.name])
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out), delimiter=delimiter))
    assert rows
    for row in rows:
        for key, cell in row.items():
            if key in ("value", "max"):
                continue
            assert not cell.startswith(("=", "+", "-", "@")), (key, cell)
    percent = next(r for r in rows if r["type"] == "percent")
    assert percent["value"] == "-5"  # the number, unquoted
    assert percent["text"] == "'-5%"
    assert all(r["source"].startswith("'@") for r in rows)


def test_excel_has_a_bom_and_crlf(doc: Path) -> None:
    code, out, _ = invoke(["extract", "--excel", str(doc)])
    assert code == 0
    assert out.startswith("\ufeffsource,type,")
    lines = out.split("\r\n")
    assert lines[-1] == ""
    assert "\n" not in "".join(lines)
    assert len(lines) - 2 == len(list(csv.reader(io.StringIO(out[1:])))) - 1
    code, out, _ = invoke(["extract", "--excel", "--format", "tsv", str(doc)])
    assert out.startswith("\ufeffsource\ttype\t")
    code, _, err = invoke(["extract", "--excel", "--format", "json", str(doc)])
    assert code == 2
    assert "--excel" in err
