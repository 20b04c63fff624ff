"""The extract command's formats and options, as scripts and people see them (contract v1)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factx import __version__
from factx.cli import main

ARTICLE = (
    "本报讯 今年5月19日至24日，市慈善总会组织专家到8个乡镇义诊，筛查出先心病儿童49名。\n"
    "去年11月下旬，首批8名儿童接受手术，累计完成手术86台次，总投资4725万元，手术成功率100%。\n"
)
CONTRACT_FIELDS = {"type", "text", "start", "end", "line", "column", "value", "approx", "max", "sentence", "subject"}


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_jsonl_is_the_default_when_piped_and_follows_the_contract(article: Path) -> None:
    code, out, _ = run("extract", "--ref-date", "2020-07-15", str(article))
    assert code == 0
    facts = [json.loads(line) for line in out.splitlines()]
    by_text = {f["text"]: f for f in facts}
    for f in facts:
        assert f.keys() >= CONTRACT_FIELDS
        assert f["source"] == str(article)
        assert ARTICLE[f["start"] : f["end"]] == f["text"]
    assert by_text["4725万元"]["value"] == 47250000 and by_text["4725万元"]["currency"] == "CNY"
    assert by_text["4725万元"]["role"] == "investment"
    assert by_text["今年5月19日至24日"]["value"] == "2020-05-19/2020-05-24"
    assert by_text["去年11月下旬"]["value"] == "2019-11-21/2019-11-30"
    assert by_text["49名"]["subject"] == "先心病儿童" and by_text["49名"]["category"] == "people"
    assert by_text["86台次"]["category"] == "procedures"
    assert by_text["100%"]["value"] == 100 and by_text["100%"]["kind"] == "percent"
    assert (by_text["去年11月下旬"]["line"], by_text["去年11月下旬"]["column"]) == (2, 1)


def test_shorthand_equals_extract(article: Path) -> None:
    assert run(str(article))[1] == run("extract", str(article))[1]


def test_json_groups_facts_per_document_with_the_reference_date(article: Path) -> None:
    code, out, _ = run("extract", "--format", "json", str(article))
    assert code == 0
    docs = json.loads(out)
    assert len(docs) == 1
    doc = docs[0]
    assert {"source", "encoding", "lang", "ref_date", "ref_date_source", "facts", "error"} <= doc.keys()
    assert doc["lang"] == "zh" and doc["encoding"] == "utf-8" and doc["error"] is None
    # No --ref-date and no dateline: relative years stay unknown, and the output says so.
    assert doc["ref_date"] is None and doc["ref_date_source"] is None
    values = {f["text"]: f["value"] for f in doc["facts"]}
    assert values["今年5月19日至24日"] == "XXXX-05-19/XXXX-05-24"


def test_dateline_gives_the_reference_date(tmp_path: Path) -> None:
    p = tmp_path / "wire.txt"
    p.write_text("新华社北京2021年3月8日电 去年全市新增就业岗位3万个。", encoding="utf-8")
    doc = json.loads(run("extract", "--format", "json", str(p))[1])[0]
    assert doc["ref_date"] == "2021-03-08"
    assert doc["ref_date_source"].startswith("dateline")
    assert {f["text"]: f["value"] for f in doc["facts"]}["去年"] == "2020"


@pytest.mark.parametrize("fmt,delimiter", [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_have_a_header_and_one_row_per_fact(article: Path, fmt: str, delimiter: str) -> None:
    code, out, _ = run("extract", "--format", fmt, "--ref-date", "2020-07-15", str(article))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out), delimiter=delimiter))
    jsonl = run("extract", "--ref-date", "2020-07-15", str(article))[1].splitlines()
    assert len(rows) == len(jsonl)
    money = next(r for r in rows if r["type"] == "money")
    assert money["value"] == "47250000" and money["currency"] == "CNY" and money["text"] == "4725万元"


def test_type_filter(article: Path) -> None:
    out = run("extract", "--type", "money,percent", str(article))[1]
    assert {json.loads(line)["type"] for line in out.splitlines()} == {"money", "percent"}


def test_table_groups_values_for_people(article: Path) -> None:
    code, out, _ = run("extract", "--format", "table", "--ref-date", "2020-07-15", str(article))
    assert code == 0
    for title in ("Money (1)", "Dates", "Headcounts", "Surgeries & procedures", "Percentages"):
        assert title in out
    assert "¥47,250,000" in out
    assert "2019-11-21 → 2019-11-30" in out
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_stdin_dash(article: Path) -> None:
    code, out, _ = run("extract", "-", stdin=ARTICLE)
    assert code == 0
    assert all(json.loads(line)["source"] == "-" for line in out.splitlines())


def test_currency_option_sets_a_bare_yuan(tmp_path: Path) -> None:
    p = tmp_path / "hk.txt"
    p.write_text("工程造价3000万元。", encoding="utf-8")
    assert json.loads(run("extract", str(p))[1])["currency"] == "CNY"
    assert json.loads(run("extract", "--currency", "HKD", str(p))[1])["currency"] == "HKD"


def test_version_and_help_for_every_command() -> None:
    assert __version__ in run("--version")[1]
    for command in main.commands:
        code, out, _ = run(command, "--help")
        assert code == 0 and "Usage:" in out, command
        assert main.commands[command].help, f"{command} has no help text"


def test_bad_input_is_one_line_and_exit_1(tmp_path: Path, article: Path) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run("extract", str(article), str(missing))
    assert code == 1
    assert out  # the readable document was still processed
    lines = [line for line in err.splitlines() if str(missing) in line]
    assert len(lines) == 1 and "Traceback" not in err


def test_readme_test_command_is_what_ci_runs() -> None:
    root = Path(__file__).resolve().parents[1]
    ci = (root / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci in (root / "README.md").read_text(encoding="utf-8")
