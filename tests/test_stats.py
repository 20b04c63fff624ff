"""stats: exact money totals per currency and role, types, categories, subjects, dates, top documents."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner
from rich.console import Console

from factx.cli import main
from factx.model import DocResult
from factx.pipeline import analyze
from factx.render.stats import bar, write_stats_table
from factx.stats import Stats

REF = date(2020, 7, 15)
DOCS = {
    "a.txt": "2019年11月投资4568万元建设16个重点项目。",
    "b.txt": "2019年11月5日，企业捐款200万元，共有49名儿童受益，用时3个月。",
    "c.txt": "2020年3月投资100万元。",
}


def _result(source: str, text: str) -> DocResult:
    a = analyze(text, ref_date=REF)
    return DocResult(source=source, facts=a.facts, lang=a.lang)


def _stats() -> Stats:
    s = Stats(top=2)
    for src, text in DOCS.items():
        s.add(_result(src, text))
    s.add(DocResult(source="bad.txt", facts=[], error="binary file, not text"))
    return s


def test_aggregates() -> None:
    s = _stats()
    d = s.to_dict()
    assert (d["documents"], d["unreadable"]) == (4, 1)
    assert d["facts"] == sum(d["by_type"].values())
    money = {(m["currency"], m["role"]): (m["total"], m["facts"]) for m in d["money"]}
    assert money[("CNY", "investment")] == (46680000, 2)
    assert money[("CNY", "donation")] == (2000000, 1)
    assert s.money[("CNY", "investment")][0] == Decimal("46680000")  # exact, not float
    assert d["count_categories"]["people"] == 1
    assert d["dates"]["years"] == {"2019": 2, "2020": 1}
    assert d["dates"]["months"] == {"2019-11": 2, "2020-03": 1}
    assert [t["source"] for t in d["top_documents"]] == ["b.txt", "a.txt"]
    assert len(d["subjects"]) == 2


def test_table_renders_every_section() -> None:
    buf = io.StringIO()
    write_stats_table(Console(file=buf, width=100, color_system=None), _stats())
    text = buf.getvalue()
    for title in ("Facts by type", "Money totals", "Dates per year", "Dates per month", "most figures"):
        assert title in text
    assert "46,680,000" in text


def test_bar() -> None:
    assert bar(10, 10, 4) == "████"
    assert bar(1, 16, 4) == "▎"
    assert bar(0, 10) == ""


def test_stats_command_json(tmp_path: Path) -> None:
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "dump.jsonl").write_text('{"text": "捐款50万元。"}\n{oops\n')
    res = CliRunner().invoke(main, ["stats", "-r", "--ref-date", "2020-07-15", "--jobs", "2", str(tmp_path)])
    assert res.exit_code == 1  # the malformed line is reported and counted
    d = json.loads(res.stdout)
    assert (d["documents"], d["unreadable"]) == (5, 1)
    money = {(m["currency"], m["role"]): m["total"] for m in d["money"]}
    assert money[("CNY", "donation")] == 2500000
    assert "dump.jsonl!2 (invalid JSON" in res.stderr


def test_money_totals_add_a_total_and_its_parts_once_and_a_restated_figure_once() -> None:
    s = Stats()
    s.add(_result("d.txt", "今年该县安排项目13个，总投资4725万元，其中市财政补助资金3200万元。项目总投资4725万元。"))
    s.add(_result("e.txt", "某企业捐款100万元。"))
    s.add(_result("f.txt", "另一企业捐款100万元。"))  # the same figure in another article is another donation
    d = s.to_dict()
    totals = {(m["currency"], m["role"]): (m["total"], m["facts"]) for m in d["money"]}
    assert totals == {("CNY", "investment"): (47250000, 1), ("CNY", "donation"): (2000000, 2)}
    assert d["money_not_added"] == {"restated": 1, "parts_of_totals": 1}
    assert "once per article" in d["money_rule"]


def test_english_parts_of_a_total() -> None:
    s = Stats()
    a = analyze("The city will spend $5 million, of which $2 million goes to schools.", lang="en")
    s.add(DocResult(source="g.txt", facts=a.facts, lang=a.lang))
    assert [(m["total"], m["facts"]) for m in s.to_dict()["money"]] == [(5000000, 1)]
