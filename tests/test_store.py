"""`factx extract --db`: real SQLite files written through the CLI, read back with sqlite3; resume, rebuild,
JSONL ids, --jobs, Parquet, and unusable stores. The kill -9 test is in test_store_kill.py."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from factx.cli import Environment, ExitStatus, main
from factx.store import SCHEMA_VERSION
from factx.store.rows import day_range, fts_query, fts_text

ARTICLES = {
    "a.txt": "2019年7月2日，某县投资4725万元建设学校项目。全县共招收新生46名，增长12.5%。",
    "b.txt": "该市医院去年完成手术1200台次，获得捐款0.4725亿元。工期为3个月。",
    "c.txt": "The company was fined $3.5 million on March 4, 2021, and 120 workers lost their jobs.",
}


def invoke(args: list[str], env: Environment | None = None) -> tuple[int, str, str]:
    env = env or Environment.fake()
    result = CliRunner().invoke(main, args, obj=env, catch_exceptions=False)
    return result.exit_code, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def rows(db: Path, sql: str, *params: object) -> list[sqlite3.Row]:
    with sqlite3.connect(db) as c:
        c.row_factory = sqlite3.Row
        return c.execute(sql, params).fetchall()


def snapshot(db: Path) -> tuple[list[tuple], list[tuple], int]:
    """Every row without ids and times, in a stable order, and the number of full-text entries."""
    docs = [tuple(r)[1:-1] for r in rows(db, "SELECT * FROM documents ORDER BY source")]
    facts = [
        tuple(r)
        for r in rows(db, "SELECT d.source, f.* FROM facts f JOIN documents d ON d.id = f.document_id ORDER BY f.id")
    ]
    facts = sorted((r[0], *r[3:]) for r in facts)
    fts = rows(db, "SELECT count(*) FROM sentences_fts")[0][0]
    return docs, facts, fts


def paths(corpus: Path) -> list[str]:
    return [str(corpus / n) for n in ARTICLES]


# --- what is stored ---------------------------------------------------------------------------------------


def test_store_holds_every_contract_field_of_extract(corpus: Path) -> None:
    db = corpus / "s.db"
    code, out, err = invoke(["extract", "--db", str(db), *paths(corpus)])
    assert code == 0 and out == "", err
    _, jsonl, _ = invoke(["extract", "--format", "jsonl", *paths(corpus)])
    expected = [json.loads(line) for line in jsonl.splitlines()]
    from factx.store.rows import fact_dict

    stored = [
        {"source": r["source"], **fact_dict(dict(r))}
        for r in rows(db, "SELECT d.source, f.* FROM facts f JOIN documents d ON d.id = f.document_id ORDER BY f.id")
    ]
    assert stored == expected and len(stored) >= 10
    for r in rows(db, "SELECT f.text, f.start, f.end, d.source FROM facts f JOIN documents d ON d.id = f.document_id"):
        assert Path(r["source"]).read_text(encoding="utf-8")[r["start"] : r["end"]] == r["text"]


def test_documents_rows_and_numeric_and_date_columns(corpus: Path) -> None:
    db = corpus / "s.db"
    missing = str(corpus / "gone.txt")
    code, _, err = invoke(["extract", "--db", str(db), *paths(corpus), missing])
    assert code == ExitStatus.FLAGGED and f"cannot read {missing}" in err
    docs = {r["source"]: r for r in rows(db, "SELECT * FROM documents")}
    assert docs[missing]["status"] == "failed" and "no such file" in docs[missing]["error"]
    assert docs[missing]["content_hash"] is None
    a = docs[str(corpus / "a.txt")]
    assert a["status"] == "ok" and a["lang"] == "zh" and a["encoding"] == "utf-8" and a["error"] is None
    assert a["chars"] == len(ARTICLES["a.txt"]) and len(a["content_hash"]) == 64
    assert a["n_facts"] == rows(db, "SELECT count(*) FROM facts WHERE document_id = ?", a["id"])[0][0]
    money = rows(db, "SELECT value, value_num, currency FROM facts WHERE type = 'money' ORDER BY id")
    assert [(m["value"], m["value_num"], m["currency"]) for m in money] == [
        ("47250000", 47250000.0, "CNY"), ("47250000", 47250000.0, "CNY"), ("3500000", 3500000.0, "USD"),
    ]  # fmt: skip
    date = rows(db, "SELECT value, date_start, date_end, day_first, day_last FROM facts WHERE text = '2019年7月2日'")
    assert tuple(date[0]) == ("2019-07-02", "2019-07-02", None, "2019-07-02", "2019-07-02")
    percent = rows(db, "SELECT value, value_num, kind FROM facts WHERE type = 'percent'")
    assert tuple(percent[0]) == ("12.5", 12.5, "percent")


def test_schema_version_indexes_wal(corpus: Path) -> None:
    db = corpus / "s.db"
    invoke(["extract", "--db", str(db), *paths(corpus)])
    assert rows(db, "SELECT value FROM meta WHERE key = 'schema_version'")[0][0] == str(SCHEMA_VERSION)
    assert rows(db, "PRAGMA journal_mode")[0][0] == "wal"
    indexes = {r["name"] for r in rows(db, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    for name in ("idx_facts_type_value", "idx_facts_type_value_num", "idx_facts_day_first_day_last",
                 "idx_facts_subject", "idx_documents_source"):  # fmt: skip
        assert name in indexes, indexes
    assert rows(db, "SELECT count(*) FROM facts WHERE document_id NOT IN (SELECT id FROM documents)")[0][0] == 0


def test_helpers_day_range_and_fts_text() -> None:
    assert day_range("2019-11") == ("2019-11-01", "2019-11-30")
    assert day_range("2020-02") == ("2020-02-01", "2020-02-29")
    assert day_range("2019") == ("2019-01-01", "2019-12-31")
    assert day_range("2020-05-19/2020-05-24") == ("2020-05-19", "2020-05-24")
    assert day_range("2019-07-02T18:41") == ("2019-07-02", "2019-07-02")
    assert day_range("XXXX-02-10") == (None, None)
    assert fts_text("淄博GDP") == " 淄  博 GDP"
    assert fts_query('淄博 "x') == '"淄 博 ""x"'


# --- resume and idempotence ---------------------------------------------------------------------------------


def test_rerun_adds_nothing_and_says_so(corpus: Path) -> None:
    db = corpus / "s.db"
    invoke(["extract", "--db", str(db), *paths(corpus)])
    before = snapshot(db)
    times = [r[0] for r in rows(db, "SELECT analysed_at FROM documents ORDER BY id")]
    code, out, err = invoke(["extract", "--db", str(db), *paths(corpus)])
    assert code == 0 and out == ""
    assert "0 documents written" in err and "3 already stored unchanged" in err
    assert snapshot(db) == before
    assert [r[0] for r in rows(db, "SELECT analysed_at FROM documents ORDER BY id")] == times


def test_a_changed_document_replaces_its_rows(corpus: Path) -> None:
    db = corpus / "s.db"
    invoke(["extract", "--db", str(db), *paths(corpus)])
    ids = {r["source"]: r["id"] for r in rows(db, "SELECT source, id FROM documents")}
    (corpus / "b.txt").write_text("该市图书馆收到捐款300万元。", encoding="utf-8")
    code, _, err = invoke(["extract", "--db", str(db), *paths(corpus)])
    assert code == 0 and "1 document written" in err and "2 already stored" in err
    b = rows(db, "SELECT * FROM documents WHERE source = ?", str(corpus / "b.txt"))
    assert len(b) == 1 and b[0]["id"] == ids[str(corpus / "b.txt")]  # the same id
    texts = [r[0] for r in rows(db, "SELECT text FROM facts WHERE document_id = ?", b[0]["id"])]
    assert texts == ["300万元"]
    # The old sentence left the full-text index, the new one is in it.
    assert rows(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", fts_query("手术"))[0][0] == 0
    assert rows(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", fts_query("图书馆"))[0][0] == 1
    # The same store as a clean run over the new files.
    clean = corpus / "clean.db"
    invoke(["extract", "--db", str(clean), *paths(corpus)])
    assert snapshot(db)[1:] == snapshot(clean)[1:]


def test_other_options_are_not_skipped_and_rebuild_redoes_all(corpus: Path) -> None:
    db = corpus / "s.db"
    invoke(["extract", "--db", str(db), *paths(corpus)])
    code, _, err = invoke(["extract", "--db", str(db), "--type", "money", *paths(corpus)])
    assert "3 documents written" in err
    assert {r[0] for r in rows(db, "SELECT DISTINCT type FROM facts")} == {"money"}
    code, _, err = invoke(["extract", "--db", str(db), "--rebuild", "--type", "money", *paths(corpus)])
    assert code == 0 and "3 documents written" in err and "already stored" not in err
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 3


def test_jsonl_ids_name_documents_and_survive_a_recut(tmp_path: Path) -> None:
    texts = [f"某公司第{k}季度营收{k + 1}亿元。" for k in range(1, 5)]
    lines = [json.dumps({"id": f"n{k}", "text": t}, ensure_ascii=False) for k, t in enumerate(texts, 1)]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    code, _, _ = invoke(["extract", "--db", str(db), str(dump)])
    assert code == 0
    assert sorted(r[0] for r in rows(db, "SELECT source FROM documents")) == [f"{dump}!n{k}" for k in range(1, 5)]
    before = snapshot(db)
    dump.write_text("\n\n".join(reversed(lines)) + "\n", encoding="utf-8")  # re-cut: other line numbers
    code, _, err = invoke(["extract", "--db", str(db), str(dump)])
    assert code == 0 and "0 documents written" in err and "4 already stored" in err
    assert snapshot(db) == before


def test_jobs_give_the_same_store(corpus: Path) -> None:
    many = [str(corpus / n) for n in ARTICLES] * 3  # the same sources again: stored once each
    one, two = corpus / "one.db", corpus / "two.db"
    invoke(["extract", "--db", str(one), "--jobs", "1", *many])
    invoke(["extract", "--db", str(two), "--jobs", "2", *many])
    assert snapshot(one) == snapshot(two)
    assert rows(one, "SELECT count(*) FROM documents")[0][0] == 3


def test_format_with_db_prints_and_stores(corpus: Path) -> None:
    db = corpus / "s.db"
    code, out, _ = invoke(["extract", "--db", str(db), "--format", "jsonl", *paths(corpus)])
    _, plain, _ = invoke(["extract", "--format", "jsonl", *paths(corpus)])
    assert code == 0 and out == plain
    assert rows(db, "SELECT count(*) FROM facts")[0][0] == len(plain.splitlines())


# --- parquet --------------------------------------------------------------------------------------------------


def test_parquet_has_the_same_two_tables(corpus: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    db, out = corpus / "s.db", corpus / "pq"
    code, _, err = invoke(["extract", "--db", str(db), "--parquet", str(out), *paths(corpus)])
    assert code == 0, err
    facts = pq.read_table(out / "facts.parquet")
    docs = pq.read_table(out / "documents.parquet")
    assert docs.num_rows == 3 and facts.num_rows == rows(db, "SELECT count(*) FROM facts")[0][0]
    assert facts.column("text").to_pylist() == [r[0] for r in rows(db, "SELECT text FROM facts ORDER BY id")]
    assert facts.schema.field("value_num").type == "double"
    # Without --db: a temporary store, the same Parquet tables.
    alone = corpus / "alone"
    code, _, _ = invoke(["extract", "--parquet", str(alone), *paths(corpus)])
    assert code == 0 and pq.read_table(alone / "facts.parquet").num_rows == facts.num_rows


# --- stores that cannot be used -------------------------------------------------------------------------------


def test_unusable_stores_are_one_line_errors(corpus: Path) -> None:
    text = corpus / "a.txt"
    code, _, err = invoke(["extract", "--db", str(text), str(text)])
    assert code == ExitStatus.USAGE and err.startswith(f"factx: cannot use {text} (not a SQLite database")
    assert err.count("\n") == 1
    nowhere = corpus / "no" / "dir" / "s.db"
    code, _, err = invoke(["extract", "--db", str(nowhere), str(text)])
    assert code == ExitStatus.USAGE and err.startswith(f"factx: cannot use {nowhere} (")
    other = corpus / "other.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE t (x)")
    code, _, err = invoke(["extract", "--db", str(other), str(text)])
    assert code == ExitStatus.USAGE and "not a factx store" in err
    db = corpus / "s.db"
    invoke(["extract", "--db", str(db), str(text)])
    with sqlite3.connect(db) as c:
        c.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    code, _, err = invoke(["extract", "--db", str(db), str(text)])
    assert code == ExitStatus.USAGE and "schema version 99" in err and "Traceback" not in err


def test_another_text_field_is_not_taken_for_the_stored_document(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    line = {"id": "x", "text": "投资300万元。", "summary": "罚款80万元。"}
    dump.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    invoke(["extract", "--db", str(db), str(dump)])
    code, _, err = invoke(["extract", "--db", str(db), "--text-field", "summary", str(dump)])
    assert code == 0 and "1 document written" in err
    assert [r[0] for r in rows(db, "SELECT text FROM facts")] == ["80万元"]
