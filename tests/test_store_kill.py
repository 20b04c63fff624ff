"""A real `factx extract --db` process killed with SIGKILL (its whole process group, workers included) in the
middle of a run: the store holds whole documents only, and running the command again ends with exactly the
rows of a clean run. Slow-ish: three runs over 1,200 short articles written here."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

FACTX = [sys.executable, "-c", "from factx.cli import run; run()"]
TOWNS = ["东山", "西河", "南湖", "北岭", "青石", "白沙"]


def article(k: int) -> str:
    town = TOWNS[k % len(TOWNS)]
    return (
        f"{2010 + k % 12}年{k % 12 + 1}月{k % 28 + 1}日，{town}县宣布投资{k % 97 + 3}万元修建{k % 9 + 2}所学校。"
        f"当地医院全年完成手术{100 + k}台次，比上年增长{k % 30 + 1}.5%。"
        f"工程预计历时{k % 11 + 2}个月，共有{k % 50 + 10}名工人参与。"
    )


def snapshot(db: Path) -> tuple[list[tuple], list[tuple], int]:
    with sqlite3.connect(db) as c:
        docs = sorted(tuple(r)[1:-1] for r in c.execute("SELECT * FROM documents"))
        facts = sorted(
            (r[0], *r[3:])
            for r in c.execute("SELECT d.source, f.* FROM facts f JOIN documents d ON d.id = f.document_id")
        )
        fts = c.execute("SELECT count(*) FROM sentences_fts").fetchone()[0]
    return docs, facts, fts


def torn(db: Path) -> int:
    """Documents whose fact count differs from their fact rows: what a half-written document would leave."""
    with sqlite3.connect(db) as c:
        return c.execute(
            "SELECT count(*) FROM documents d WHERE n_facts != (SELECT count(*) FROM facts WHERE document_id = d.id)"
        ).fetchone()[0]


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=0.1) as c:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created yet


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs process groups")
def test_kill_9_then_resume_equals_a_clean_run(tmp_path: Path) -> None:
    n = 1200
    dump = tmp_path / "dump.jsonl"
    with dump.open("w", encoding="utf-8") as f:
        for k in range(n):
            f.write(json.dumps({"id": f"d{k}", "text": article(k)}, ensure_ascii=False) + "\n")
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    cmd = [*FACTX, "extract", "--db", str(killed), "--jobs", "2", str(dump)]
    kills = 0
    for _ in range(2):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        before = stored(killed)
        deadline = time.monotonic() + 120
        while proc.poll() is None and stored(killed) == before and time.monotonic() < deadline:
            time.sleep(0.02)  # killed right after a batch lands: the next one is under way
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
        assert torn(killed) == 0
    assert kills >= 1 and 0 < stored(killed) < n, "the run ended before it could be killed"
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "already stored unchanged" in done.stderr
    subprocess.run([*FACTX, "extract", "--db", str(clean), "--jobs", "2", str(dump)], capture_output=True, check=True)
    resumed = snapshot(killed)
    assert len(resumed[0]) == n and resumed == snapshot(clean)
