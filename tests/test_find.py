"""`factx find` and `factx stats --db` over real stores written by `factx extract --db`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factx.cli import Environment, ExitStatus, main
from factx.store.query import Figure, FigureError, read_figure

ARTICLES = {
    "2019/a.txt": "某县投资4725万元建设学校项目。2019年7月2日开工，全县共招收新生46名。",
    "2019/b.txt": "该项目总投资0.4725亿元，另有4725元用于设备。市医院完成手术1200台次。",
    "2020/c.txt": "环保部门对该企业罚款1.5亿元。淄博市另一家企业被罚款2000万元。",
    "2020/d.txt": "捐款47,250,000元给当地医院，另有4725万美元来自海外。",
    "2020/e.txt": "The hospital in Zibo treated 300 patients and raised $47.25 million in 2019.",
}
REF_DATES = {"2019": "2019-06-01", "2020": "2020-03-15"}


def invoke(args: list[str], env: Environment | None = None) -> tuple[int, str, str]:
    env = env or Environment.fake()
    result = CliRunner().invoke(main, args, obj=env, catch_exceptions=False)
    return result.exit_code, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("find")
    db = root / "archive.db"
    for year, ref in REF_DATES.items():
        (root / year).mkdir()
        names = [n for n in ARTICLES if n.startswith(year)]
        for name in names:
            (root / name).write_text(ARTICLES[name], encoding="utf-8")
        code, _, err = invoke(["extract", "--db", str(db), "--ref-date", ref, *(str(root / n) for n in names)])
        assert code == 0, err
    return db


def find(db: Path, *args: str) -> list[dict]:
    code, out, err = invoke(["find", "--db", str(db), *args])
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def texts(found: list[dict]) -> list[str]:
    return [f["text"] for f in found]


def test_value_finds_the_same_figure_however_written(store: Path) -> None:
    found = find(store, "--value", "4725万元")
    assert sorted(texts(found)) == sorted(["4725万元", "0.4725亿元", "47,250,000元"])
    assert all(f["value"] == 47250000 and f["currency"] == "CNY" for f in found)
    # Not 4725元 (another value), not 4725万美元 (another currency): that one is $47.25 million.
    assert sorted(texts(find(store, "--value", "4725万美元"))) == ["$47.25 million", "4725万美元"]
    assert sorted(texts(find(store, "--value", "$47.25 million"))) == ["$47.25 million", "4725万美元"]
    assert texts(find(store, "--value", "4725元")) == ["4725元"]
    assert texts(find(store, "--value", "4725元", "--currency", "USD")) == []


def test_records_are_the_contract_facts_with_source_and_ref_date(store: Path) -> None:
    (found,) = find(store, "--value", "1.5亿元")
    source = found["source"]
    _, out, _ = invoke(["extract", "--format", "jsonl", "--ref-date", "2020-03-15", source])
    extracted = next(json.loads(line) for line in out.splitlines() if json.loads(line)["text"] == "1.5亿元")
    assert found == {"ref_date": "2020-03-15", **extracted}
    assert Path(source).read_text(encoding="utf-8")[found["start"] : found["end"]] == found["text"]


def test_ranges_currency_role_type(store: Path) -> None:
    assert sorted(texts(find(store, "--min", "1亿元"))) == ["1.5亿元"]
    assert sorted(texts(find(store, "--min", "1000万元", "--max", "5000万元"))) == sorted(
        ["4725万元", "0.4725亿元", "47,250,000元", "2000万元"]
    )
    assert sorted(texts(find(store, "--role", "investment"))) == ["0.4725亿元", "4725万元"]
    usd = find(store, "--type", "money", "--currency", "USD", "--min", "40000000")
    assert sorted(texts(usd)) == ["$47.25 million", "4725万美元"]
    assert find(store, "--type", "money", "--currency", "USD", "--min", "50000000") == []
    counts = find(store, "--type", "count", "--min", "100")
    assert sorted(texts(counts)) == ["1200台次", "300 patients"]


def test_subject_text_source_and_dates(store: Path) -> None:
    assert all("医院" in (f["subject"] or "") for f in find(store, "--subject", "医院"))
    by_text = find(store, "--text", "淄博")
    assert texts(by_text) == ["2000万元"]  # a two-character Chinese word inside a sentence
    assert sorted(texts(find(store, "--text", "医院"))) == sorted(["1200台次", "47,250,000元", "4725万美元"])
    assert "300 patients" in texts(find(store, "--text", "zibo"))  # English words, any case
    assert all("/2019/" in f["source"] for f in find(store, "--source", "*/2019/*"))
    assert find(store, "--source", "*/2019/*") and not find(store, "--source", "*/2018/*")
    # A date figure by the days it covers; any other figure by its article's date.
    july = find(store, "--type", "date", "--from", "2019-07-01", "--to", "2019-07-31")
    assert sorted(texts(july)) == ["2019", "2019年7月2日"]  # the year 2019 covers July too
    assert texts(find(store, "--type", "date", "--from", "2019-07-03", "--to", "2019-07-31")) == ["2019"]
    in_2020 = find(store, "--role", "donation", "--from", "2020-01-01", "--to", "2020-12-31")
    assert texts(in_2020) == ["47,250,000元"]
    assert find(store, "--role", "donation", "--from", "2019-01-01", "--to", "2019-12-31") == []
    in_2019 = find(store, "--type", "money", "--from", "2019-01-01", "--to", "2019-12-31")
    assert sorted(texts(in_2019)) == ["0.4725亿元", "4725万元", "4725元"]


def test_table_on_a_terminal_jsonl_when_piped_csv_on_request(store: Path) -> None:
    code, out, _ = invoke(["find", "--db", str(store), "--value", "4725万元"], Environment.fake(stdout_isatty=True))
    assert code == 0 and "¥47,250,000" in out and "0.4725亿元" in out and "Sentence" in out
    code, out, _ = invoke(["find", "--db", str(store), "--value", "4725万元", "--format", "csv"])
    table = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(table) == 3 and {r["value"] for r in table} == {"47250000"}
    code, out, _ = invoke(["find", "--db", str(store), "--value", "4725万元", "-f", "json", "--limit", "2"])
    assert code == 0 and len(json.loads(out)) == 2
    code, out, err = invoke(["find", "--db", str(store), "--value", "999亿元"], Environment.fake(stdout_isatty=True))
    assert code == 0 and "no figures found" in err


def test_bad_figures_and_stores_are_one_line_errors(store: Path, tmp_path: Path) -> None:
    code, _, err = invoke(["find", "--db", str(store), "--value", "many"])
    assert code == ExitStatus.USAGE and err.startswith("factx: no figure in 'many'") and err.count("\n") == 1
    missing = tmp_path / "none.db"
    code, _, err = invoke(["find", "--db", str(missing)])
    assert code == ExitStatus.USAGE and err == f"factx: cannot read {missing} (no such file)\n"
    assert not missing.exists()  # find never creates a store


def test_read_figure() -> None:
    assert read_figure("4725万元") == Figure("money", "47250000", "CNY")
    assert read_figure("4725元", currency="HKD") == Figure("money", "4725", "HKD")
    assert read_figure("1,234.5") == Figure(None, "1234.5")
    assert read_figure("2019年7月2日").type == "date"
    with pytest.raises(FigureError):
        read_figure("abc")


def test_stats_from_the_store_equals_stats_over_the_files(tmp_path: Path) -> None:
    names = []
    for k, text in enumerate(ARTICLES.values()):
        p = tmp_path / f"{k}.txt"
        p.write_text(text, encoding="utf-8")
        names.append(str(p))
    db = tmp_path / "s.db"
    invoke(["extract", "--db", str(db), *names])
    code, direct, _ = invoke(["stats", "--format", "json", *names])
    code2, stored, err = invoke(["stats", "--db", str(db), "--format", "json"])
    assert code == code2 == 0, err
    assert json.loads(stored) == json.loads(direct) and json.loads(stored)["facts"] > 10
    _, direct, _ = invoke(["stats", "--format", "json", "--type", "money", *names])
    _, stored, _ = invoke(["stats", "--db", str(db), "--format", "json", "--type", "money"])
    assert json.loads(stored) == json.loads(direct) and json.loads(stored)["by_type"].keys() == {"money"}
    code, _, err = invoke(["stats", "--db", str(db), names[0]])
    assert code == ExitStatus.USAGE and "not both" in err


def test_check_against_the_store(store: Path, tmp_path: Path) -> None:
    code, out, _ = invoke(["check", "--against", str(store), "--claim", "该县项目总投资4725万元，另拨款8800万元。"])
    records = [json.loads(line) for line in out.splitlines()]
    assert code == ExitStatus.FLAGGED  # 8800万元 is in no document of the store
    by_text = {r["claim"]["text"]: r for r in records}
    assert by_text["8800万元"]["verdict"] == "not_found" and by_text["8800万元"]["documents"] == []
    stated = by_text["4725万元"]
    assert stated["verdict"] == "found"
    assert sorted(d["text"] for d in stated["documents"]) == sorted(["4725万元", "0.4725亿元", "47,250,000元"])
    draft = tmp_path / "draft.txt"
    draft.write_text("项目总投资0.4725亿元。", encoding="utf-8")
    code, out, _ = invoke(["check", "--against", str(store), str(draft)], Environment.fake(stdout_isatty=True))
    assert code == 0 and "0.4725亿元" in out and "3: " in out
    code, _, err = invoke(["check", "--against", str(tmp_path / "none.db"), str(draft)])
    assert code == ExitStatus.USAGE and "cannot read" in err and "no such file" in err
