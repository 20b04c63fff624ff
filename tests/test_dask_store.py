"""`factx extract --cluster … --db FILE` on a real LocalCluster (two single-threaded worker processes): the store
a cluster run writes is row for row the store of `--jobs 1 --db` (ids, content hashes, facts, the full-text
index), on a folder, a zip, a tar.gz and a JSONL dump cut into many byte ranges; a rerun skips what is
stored, on the workers; a worker killed mid-run and a client killed with SIGKILL leave no duplicate and
resume to the same store. The per-document time limit on the workers is tested here too: one slow document
costs only itself."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import tarfile
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")

from click.testing import CliRunner
from distributed import Client

from factx.batch import Settings
from factx.cli import Environment, main
from factx.cluster.client import Run
from factx.cluster.stored import StoredIndex
from factx.inputs import SourceOptions, Walker
from factx.store import open_store
from factx.store.writer import StoreWriter, options_key

FACTX = [sys.executable, "-c", "from factx.cli import run; run()"]
TOWNS = ["东山", "西河", "南湖", "北岭", "青石", "白沙"]


def article(k: int) -> str:
    """Sentences written for these tests, varied by k."""
    town = TOWNS[k % len(TOWNS)]
    return (
        f"{2010 + k % 12}年{k % 12 + 1}月{k % 28 + 1}日，{town}县宣布投资{k % 97 + 3}万元修建{k % 9 + 2}所学校。"
        f"当地医院全年完成手术{100 + k}台次，比上年增长{k % 30 + 1}.5%。"
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("store-inputs")
    news = root / "news"
    (news / "sub").mkdir(parents=True)
    for k in range(8):
        (news / f"{k:02d}.txt").write_text(article(k), encoding="utf-8")
    (news / "sub" / "en.txt").write_text("The council spent $4.2 million on 12 new buses in March 2019.")
    (news / "sub" / "blob.bin").write_bytes(bytes(range(256)) * 4)  # skipped: binary
    (news / "sub" / "dup.txt").write_text(article(3), encoding="utf-8")  # the same bytes as 03.txt
    with zipfile.ZipFile(root / "pack.zip", "w") as z:
        for k in range(6):
            z.writestr(f"z/{k}.txt", article(100 + k))
        z.writestr("z/lines.jsonl", "\n".join(json.dumps({"text": article(200 + k)}, ensure_ascii=False)
                                               for k in range(3)))  # fmt: skip
    with tarfile.open(root / "pack.tar.gz", "w:gz") as t:
        t.add(news / "01.txt", arcname="t/one.txt")
        t.add(news / "02.txt", arcname="t/two.txt")
    lines = []
    for k in range(50):
        if k == 7:
            lines.append("{not json")
        elif k == 20:
            lines.append(json.dumps({"id": "same", "text": article(1)}, ensure_ascii=False))
        else:
            doc = {"id": f"d{k}" if k % 9 else None, "text": article(300 + k)}
            lines.append(json.dumps(doc, ensure_ascii=False))
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _paths(root: Path) -> list[str]:
    return [str(root / n) for n in ("news", "pack.zip", "pack.tar.gz", "dump.jsonl", "missing.txt")]


def snapshot(db: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[int]]:
    """Every row of a store, ids included, in id order; only `analysed_at` (a clock reading) is left out."""
    with sqlite3.connect(db) as c:
        names = [r[1] for r in c.execute("PRAGMA table_info(documents)")]
        keep = ", ".join(f'"{n}"' for n in names if n != "analysed_at")
        docs = list(c.execute(f"SELECT {keep} FROM documents ORDER BY id"))
        facts = list(c.execute("SELECT * FROM facts ORDER BY id"))
        fts = [r[0] for r in c.execute("SELECT rowid FROM sentences_fts ORDER BY rowid")]
    return docs, facts, fts


def _cli(args: list[str]) -> tuple[int, str, str]:
    env = Environment.fake()
    res = CliRunner().invoke(main, args, obj=env, catch_exceptions=False)
    return res.exit_code, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


def _scheduler(client: Client) -> str:
    return str(client.scheduler.address)


COMMON = ["extract", "-r", "--max-size", "4k"]


def test_cluster_store_is_the_local_store_row_for_row(client: Client, inputs: Path, tmp_path: Path) -> None:
    local, remote = tmp_path / "local.db", tmp_path / "cluster.db"
    code1, out1, err1 = _cli([*COMMON, "--jobs", "1", "--db", str(local), *_paths(inputs)])
    code2, out2, err2 = _cli([*COMMON, "--cluster", _scheduler(client), "--partition-size", "300", "--db",
                              str(remote), *_paths(inputs)])  # fmt: skip
    assert (code2, out2) == (code1, out1) == (1, "")
    docs, facts, fts = snapshot(remote)
    assert len(docs) > 60 and len(facts) > 200 and len(fts) > 100
    assert (docs, facts, fts) == snapshot(local)
    assert any(d[1].endswith("dump.jsonl!same") for d in docs) and any("pack.zip!z/lines.jsonl!" in d[1] for d in docs)
    written = [s for s in err2.splitlines() if "documents written" in s]
    assert written == [s.replace(str(local), str(remote)) for s in err1.splitlines() if "documents written" in s]


def test_rerun_skips_on_the_workers_what_the_store_holds(client: Client, inputs: Path, tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for k in range(12):
        (root / f"{k:02d}.txt").write_text(article(k), encoding="utf-8")
    db, local = tmp_path / "c.db", tmp_path / "local.db"
    args = [*COMMON, "--cluster", _scheduler(client), "--partition-size", "200", "--db", str(db)]
    local_args = [*COMMON, "--jobs", "1", "--db", str(local)]
    code, _, err = _cli([*args, str(root), str(inputs / "dump.jsonl")])
    assert code == 1 and "62 documents written" in err
    _cli([*local_args, str(root), str(inputs / "dump.jsonl")])
    (root / "05.txt").write_text(article(55), encoding="utf-8")  # changed: analysed and replaced
    (root / "zz.txt").write_text(article(77), encoding="utf-8")  # new
    code, _, err = _cli([*args, str(root), str(inputs / "dump.jsonl")])
    # the invalid line is never "stored unchanged" (failed documents are tried again, as in a local run)
    assert "3 documents written" in err and "60 already stored unchanged" in err
    code, _, local_err = _cli([*local_args, str(root), str(inputs / "dump.jsonl")])
    assert "3 documents written" in local_err and "60 already stored unchanged" in local_err
    assert snapshot(db) == snapshot(local)


def test_stored_index_gives_each_partition_its_own_sources() -> None:
    from factx.cluster.plan import FilesPart, JsonlPart, WholePart
    from factx.inputs import FileItem

    index = StoredIndex([("a.txt", "h1"), ("dump.jsonl!7", "h2"), ("dump.jsonl!x", "h3"), ("dump.jsonl2!1", "h4"),
                         ("pack.zip!a.txt", "h5")])  # fmt: skip
    files = FilesPart(0, (FileItem("a.txt", "/a.txt", "text"), FileItem("b.txt", "/b.txt", "text")))
    assert index.for_part(files) == {"a.txt": "h1"}
    jsonl = JsonlPart(1, "dump.jsonl", "/dump.jsonl", 0, 10, 1, False)
    assert index.for_part(jsonl) == {"dump.jsonl!7": "h2", "dump.jsonl!x": "h3"}
    assert index.for_part(WholePart(2, "pack.zip", "/pack.zip", "zip", 9)) == {"pack.zip!a.txt": "h5"}
    assert StoredIndex([]).for_part(files) == {}


def _heavy(root: Path, n: int = 30) -> list[str]:
    paths = []
    for i in range(n):
        p = root / f"{i:02d}.txt"
        p.write_text("\n".join(article(i * 10 + k) for k in range(120)), encoding="utf-8")
        paths.append(str(p))
    return paths


def _kill_a_busy_worker(client: Client, record: dict[str, int]) -> None:
    pids: dict[str, Any] = client.run(os.getpid)
    for _ in range(2000):
        busy = [addr for addr, keys in client.processing().items() if keys]
        if busy:
            time.sleep(0.3)  # inside its partition, past the start
            os.kill(pids[busy[0]], signal.SIGKILL)
            record.update(pid=int(pids[busy[0]]))
            return
        time.sleep(0.005)


def _wait_for_workers(client: Client, killed: int) -> None:
    for _ in range(600):
        pids = client.run(os.getpid) if len(client.nthreads()) == 2 else {}
        if len(pids) == 2 and killed not in pids.values():
            return
        time.sleep(0.05)
    raise AssertionError("the killed worker was not replaced")


def test_worker_killed_mid_run_leaves_no_duplicate_in_the_store(client: Client, tmp_path: Path) -> None:
    paths = _heavy(tmp_path)
    options = SourceOptions(recursive=True, id_field="id")
    key = options_key("auto", None, None, None, None, ())  # as the CLI makes it with no --text-field
    local = tmp_path / "local.db"
    _cli(["extract", "--jobs", "1", "--db", str(local), *paths])
    db = open_store(str(tmp_path / "cluster.db"), create=True)
    writer = StoreWriter(db, key)
    settings = Settings(sources=options, render="json")
    run = Run(client, settings, partition_size=1, stored=StoredIndex(writer.stored))
    record: dict[str, int] = {}
    killer = threading.Thread(target=_kill_a_busy_worker, args=(client, record))
    killer.start()
    for o, content_hash in run.hashed_outcomes(paths, Walker(options)):
        writer.add(json.loads(o.rendered or "", parse_float=__import__("decimal").Decimal), o.status, o.chars,
                   content_hash)  # fmt: skip
    killer.join()
    writer.close()
    db.conn.close()
    assert "pid" in record
    assert snapshot(tmp_path / "cluster.db") == snapshot(local)
    _wait_for_workers(client, record["pid"])


def _rows(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=0.1) as c:
            return int(c.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs process groups")
def test_client_killed_with_sigkill_resumes_to_the_same_store(client: Client, tmp_path: Path) -> None:
    n = 1500
    dump = tmp_path / "dump.jsonl"
    with dump.open("w", encoding="utf-8") as f:
        for k in range(n):
            f.write(json.dumps({"id": f"d{k}", "text": article(k)}, ensure_ascii=False) + "\n")
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    cmd = [*FACTX, "extract", "--cluster", _scheduler(client), "--partition-size", "8k", "--db", str(killed),
           str(dump)]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    while proc.poll() is None and _rows(killed) == 0 and time.monotonic() < deadline:
        time.sleep(0.02)  # killed right after the first batch lands: more are under way
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < _rows(killed) < n
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "already stored unchanged" in done.stderr
    subprocess.run([*FACTX, "extract", "--jobs", "1", "--db", str(clean), str(dump)], capture_output=True,
                   check=True)  # fmt: skip
    assert snapshot(killed) == snapshot(clean)


def test_cli_refuses_db_with_parquet_or_resume(client: Client, inputs: Path, tmp_path: Path) -> None:
    addr = _scheduler(client)
    db = str(tmp_path / "x.db")
    code, _, err = _cli(["extract", "--cluster", addr, "--db", db, "--parquet", str(tmp_path / "p"), str(inputs)])
    assert code == 2 and "not both" in err
    code, _, err = _cli(["extract", "--cluster", addr, "--db", db, "--resume", str(inputs)])
    assert code == 2 and "resumes by itself" in err
    assert not os.path.exists(db)


def test_a_slow_document_costs_only_itself_on_a_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A document that runs past --timeout on a worker is one error line; the rest of its partition (and the
    partitions after it, on the same worker) are analysed. The slowness is the test hook of
    `factx.cluster.child` (read by the workers' children, so the cluster is started after it is set)."""
    monkeypatch.setenv("FACTX_TEST_SLOW_SOURCE", "slow-doc")
    root = tmp_path / "in"
    root.mkdir()
    for k in range(6):
        name = "03-slow-doc.txt" if k == 3 else f"{k:02d}.txt"
        (root / name).write_text(article(k), encoding="utf-8")
    args = ["extract", "-r", "--format", "jsonl", str(root)]
    code1, out1, _ = _cli([*args, "--jobs", "1"])
    started = time.monotonic()
    code2, out2, err2 = _cli([*args, "--cluster", "local:1", "--timeout", "4", "--partition-size", "1G"])
    took = time.monotonic() - started
    assert code1 == 0 and code2 == 1
    assert "03-slow-doc.txt (timed out after 4 s)" in err2
    slow = str(root / "03-slow-doc.txt")
    expected = [line for line in out1.splitlines() if json.loads(line)["source"] != slow]
    got = out2.splitlines()
    assert got == expected  # every fact of the other documents, in order; none of the slow one
    assert err2.count("timed out") == 1
    assert len(expected) > 10
    assert took < 300  # the hook sleeps an hour: the child was killed, not waited for


def test_extract_bag_with_a_time_limit_gives_the_slow_document_its_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library's `timeout`: the same child-process limit, on dask's local threaded scheduler."""
    import dask

    import factx.dask

    monkeypatch.setenv("FACTX_TEST_SLOW_SOURCE", "slow-doc")
    for k in range(3):
        (tmp_path / f"{k}{'-slow-doc' if k == 1 else ''}.txt").write_text(article(k), encoding="utf-8")
    with dask.config.set(scheduler="threads"):
        records = factx.dask.extract_bag([str(tmp_path)], timeout=3).compute()
    assert [(Path(r["source"]).name, r["error"], len(r["facts"]) > 3) for r in records] == [
        ("0.txt", None, True), ("1-slow-doc.txt", "timed out after 3 s", False), ("2.txt", None, True)
    ]  # fmt: skip
