"""factx diff: figures added, removed and changed between two versions of one article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from factx import analyze
from factx.cli import main
from factx.review.diff import diff

FIX = Path(__file__).parent / "fixtures" / "review"
V1, V2 = str(FIX / "source.txt"), str(FIX / "source_v2.txt")


def run_json(*args: str) -> tuple[int, list[dict[str, Any]]]:
    result = CliRunner().invoke(main, ["diff", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip() else []


def test_versions_changed_added_removed() -> None:
    code, records = run_json(V1, V2)
    assert code == 1
    got = [(r["change"], (r["old"] or {}).get("text"), (r["new"] or {}).get("text")) for r in records]
    assert got == [
        ("changed", "12.5%", "15.2%"),
        ("added", None, "300个"),
        ("changed", "56名", "65名"),  # the changed headcount
        ("removed", "32名", None),  # the dropped figure, listed where it was
    ]
    changed = records[2]
    assert changed["difference"] == "transposition"
    # both locations, with each side's source
    assert (changed["old"]["source"], changed["old"]["line"], changed["old"]["column"]) == (V1, 3, 53)
    assert (changed["new"]["source"], changed["new"]["line"], changed["new"]["column"]) == (V2, 3, 53)
    assert records[1]["old"] is None and records[3]["new"] is None


def test_reworded_sentence_keeps_its_figures() -> None:
    """v2 rewrites the 助学 sentence (出资80万元设立基金); its figures are not reported."""
    _, records = run_json(V1, V2)
    texts = {(r["old"] or r["new"])["text"] for r in records}
    assert "80万元" not in texts and "120名" not in texts


def test_identical_versions_exit_zero() -> None:
    code, records = run_json(V1, V1)
    assert (code, records) == (0, [])
    code, records = run_json("--all", V1, V1)
    assert code == 0 and records and {r["change"] for r in records} == {"unchanged"}


def test_table_and_jsonl() -> None:
    result = CliRunner().invoke(main, ["diff", "-f", "table", V1, V2], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert "~ changed" in result.stdout and "+ added" in result.stdout and "− removed" in result.stdout
    assert "2 changed, 1 added, 1 removed" in result.stdout
    result = CliRunner().invoke(main, ["diff", "-f", "jsonl", "--type", "count", V1, V2])
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["change"] for r in lines] == ["added", "changed", "removed"]


def test_usage_errors() -> None:
    assert CliRunner().invoke(main, ["diff", V1]).exit_code == 2
    assert CliRunner().invoke(main, ["diff", V1, str(FIX / "missing.txt")]).exit_code == 2


def test_library_magnitude_and_year_changes() -> None:
    old = analyze("2019年项目总投资4725万元，资助70名学生。").facts
    new = analyze("2020年项目总投资4725亿元，资助70名学生。").facts
    changes = diff(old, new)
    assert [(c.change, c.difference) for c in changes] == [("changed", "year"), ("changed", "magnitude")]
    assert diff(old, old) == []
    assert [c.change for c in diff([], new)] == ["added"] * len(new)
    assert [c.change for c in diff(old, [])] == ["removed"] * len(old)


def test_unrelated_figure_is_removed_and_added_not_changed() -> None:
    old = analyze("项目总投资4725万元。").facts
    new = analyze("项目总投资4725万元。另外，医院抢救危重病人31人次。").facts
    old2 = analyze("项目总投资4725万元。学校组织培训38次。").facts
    changes = diff(old2, new)
    assert [c.change for c in changes] == ["added", "removed"] or [c.change for c in changes] == ["removed", "added"]
    assert [c.change for c in diff(old, new)] == ["added"]


def test_notes_read_old_to_new_and_keep_decimals() -> None:
    old = analyze("今年该市生产总值为351.395亿元，同比增长5.2%。项目总投资4725万元。").facts
    new = analyze("今年该市生产总值为351.935亿元，同比增长5.3%。项目总投资4752万元。").facts
    details = {c.new.text: c.detail for c in diff(old, new) if c.change == "changed" and c.new is not None}
    assert details == {
        "351.935亿元": "digits transposed: 351.395亿元 → 351.935亿元",
        "5.3%": "one digit differs: 5.2% → 5.3%",
        "4752万元": "digits transposed: 4725万元 → 4752万元",
    }


def test_a_year_change_reads_old_to_new() -> None:
    old = analyze("2019年7月2日，两地签订协议。").facts
    new = analyze("2018年7月2日，两地签订协议。").facts
    [c] = [c for c in diff(old, new) if c.change == "changed"]
    assert (c.difference, c.detail) == ("year", "2019 → 2018")
