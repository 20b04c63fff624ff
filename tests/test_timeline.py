"""factx timeline: dated facts in chronological order, unknown years apart."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from click.testing import CliRunner

from factx import analyze
from factx.cli import Environment, ExitStatus, main
from factx.review.timeline import axis, build, entries, interval

FIX = Path(__file__).parent / "fixtures" / "review"
SOURCE = str(FIX / "source.txt")

TEXT = "2020年11月下旬，首批学员赴省城培训。2018年3月9日，考察组抵达。5月3日，第二批学员出发。2020年项目全面开工。"


def test_order_intervals_and_unknown_years() -> None:
    a = analyze(TEXT)
    tl = build(entries("t.txt", TEXT, a.facts))
    assert [e.fact.text for e in tl.dated] == ["2018年3月9日", "2020年", "2020年11月下旬"]
    assert [e.fact.text for e in tl.unknown_year] == ["5月3日"]
    late = tl.dated[2]
    assert (late.lo, late.hi) == (datetime(2020, 11, 21), datetime(2020, 11, 30, 23, 59))
    assert "首批学员" in late.event


def test_min_grain_drops_bare_years() -> None:
    a = analyze(TEXT)
    tl = build(entries("t.txt", TEXT, a.facts), min_grain="day")
    assert [e.fact.text for e in tl.dated] == ["2018年3月9日", "2020年11月下旬"]


def test_axis_marks_points_and_intervals() -> None:
    a = analyze(TEXT)
    tl = build(entries("t.txt", TEXT, a.facts))
    bars, scale = axis(tl.dated, width=20)
    assert all(len(b) == 20 for b in bars)
    assert bars[0].startswith("●")  # the earliest point
    assert "━" in bars[1]  # 2020 spans most of the axis
    assert scale.startswith("2018") and scale.endswith("2020")
    assert axis([], 20) == ([], "")


def test_interval_of_partial_dates() -> None:
    [f] = analyze("2020年第三季度").facts
    assert interval(f.value) == (datetime(2020, 7, 1), datetime(2020, 9, 30, 23, 59))  # type: ignore[arg-type]
    [f] = analyze("11月下旬").facts
    assert interval(f.value) is None  # type: ignore[arg-type]


def test_cli_json_with_ref_date() -> None:
    result = CliRunner().invoke(main, ["timeline", "--format", "json", SOURCE])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    froms = [e["from"] for e in data["timeline"]]
    assert froms == sorted(froms)
    assert data["unknown_year"] == []
    rng = next(e for e in data["timeline"] if e["fact"]["text"] == "今年6月8日至12日")
    assert (rng["from"], rng["to"], rng["when"]) == ("2021-06-08", "2021-06-12", "2021-06-08/2021-06-12")
    assert rng["source"] == SOURCE and "第二批学员" in rng["event"]
    # an explicit reference date moves 今年
    result = CliRunner().invoke(main, ["timeline", "-f", "json", "--ref-date", "2020-07-15", SOURCE])
    data = json.loads(result.stdout)
    assert any(e["when"] == "2020-06-08/2020-06-12" for e in data["timeline"])


def test_cli_table_several_files_and_unreadable() -> None:
    result = CliRunner().invoke(main, ["timeline", "-f", "table", SOURCE, str(FIX / "draft_errors.txt")],
                                env={"COLUMNS": "200"})  # fmt: skip
    assert result.exit_code == 0
    assert "Timeline" in result.stdout and "●" in result.stdout
    assert "Unknown year" in result.stdout  # draft_errors has no dateline: 6月8日 keeps XXXX
    result = CliRunner().invoke(main, ["timeline", "-f", "json", SOURCE, str(FIX / "missing.txt")])
    assert result.exit_code == 1 and json.loads(result.stdout)["timeline"]
    no_input = CliRunner().invoke(main, ["timeline"], obj=Environment.fake(stdin_isatty=True))
    assert no_input.exit_code == ExitStatus.USAGE


def test_ref_date_resolves_relative_dates() -> None:
    a = analyze("去年12月上旬，考察组一行6人赴外地学习。", ref_date=date(2020, 7, 15))
    tl = build(entries("x", a.text, a.facts))
    assert [e.fact.value.iso() for e in tl.dated] == ["2019-12-01/2019-12-10"]  # type: ignore[union-attr]
