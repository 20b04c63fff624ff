#!/usr/bin/env python3
"""The archive as a database: the cost of `extract --db` against plain JSONL output, the store's size per
fact, `find` latency, and a run killed with SIGKILL then resumed, compared row for row with a clean run.

usage: store.py [--limit N] [--repeat N] [--jobs N] [--kills N]

Reads ../shared/corpus/bulk.txt (articles separated by blank lines; exits 0 with "skipped" when absent) and
writes it as a JSONL dump (`{"id", "text"}` per line) in a temporary directory. Then:
1. `factx extract --format jsonl DUMP > out.jsonl` and `factx extract --db fresh.db DUMP`, alternating,
   --repeat times each (fresh store every time); medians side by side. Target: overhead ≤ 15 %.
2. Store size (after a WAL checkpoint) per fact.
3. `find` for a value query (`--value` of the most frequent money figure): median time of the query inside
   one process over 20 runs, and the wall time of a whole `factx find` process. Target: query < 100 ms.
4. A run killed (SIGKILL to its process group) --kills times at different points, each time resumed; the
   store is checked for whole documents after each kill, then compared with the clean store of step 1:
   documents (without id and time) and facts (with their source, without ids), row for row.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bulk.txt"
FACTX = str(Path(sys.executable).with_name("factx"))
TARGET_OVERHEAD = 0.15
TARGET_FIND_MS = 100.0


def articles(limit: int | None) -> list[str]:
    text = CORPUS.read_text(encoding="utf-8")
    found = [a for a in (p.strip() for p in re.split(r"\n\s*\n", text)) if a]
    return found[:limit]


def timed(args: list[str], stdout: str | None = None) -> float:
    return measured(args, stdout)[0]


def measured(args: list[str], stdout: str | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system of the process and its workers) of one command. On a
    shared machine the CPU time is the steadier of the two."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(stdout or os.devnull, "w") as out:
        subprocess.run(args, stdout=out, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def checkpoint(db: str) -> None:
    with sqlite3.connect(db) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def whole_documents(db: str) -> tuple[int, int]:
    """(documents, documents whose n_facts differs from their facts rows): a torn write shows as the second."""
    with sqlite3.connect(db) as c:
        docs = c.execute("SELECT count(*) FROM documents").fetchone()[0]
        torn = c.execute(
            "SELECT count(*) FROM documents d "
            "WHERE n_facts != (SELECT count(*) FROM facts f WHERE f.document_id = d.id)"
        ).fetchone()[0]
    return docs, torn


def rows(db: str) -> tuple[list[tuple], list[tuple]]:
    with sqlite3.connect(db) as c:
        dcols = [r[1] for r in c.execute("PRAGMA table_info(documents)") if r[1] not in ("id", "analysed_at")]
        fcols = [r[1] for r in c.execute("PRAGMA table_info(facts)") if r[1] not in ("id", "document_id")]
        docs = sorted(c.execute(f"SELECT {', '.join(map(repr, dcols))} FROM documents").fetchall(), key=repr)
        facts = sorted(
            c.execute(
                "SELECT d.source, "
                + ", ".join(f"f.{c!r}" for c in fcols)
                + " FROM facts f JOIN documents d ON d.id = f.document_id"
            ).fetchall(),
            key=repr,
        )
        fts = c.execute("SELECT count(*) FROM sentences_fts").fetchone()[0]
    return docs, [*facts, ("fts entries", fts)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for every run (default 2)")
    parser.add_argument("--kills", type=int, default=2, help="times the resumed run is killed (default 2)")
    opts = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found")
        return 0
    docs = articles(opts.limit)
    tmp = Path(tempfile.mkdtemp(prefix="factx-store-bench-"))
    dump = tmp / "dump.jsonl"
    with dump.open("w", encoding="utf-8") as f:
        for k, text in enumerate(docs):
            f.write(json.dumps({"id": f"a{k:05d}", "text": text}, ensure_ascii=False) + "\n")
    chars = sum(len(a) for a in docs)
    jobs = ["--jobs", str(opts.jobs)]
    print(f"corpus: {len(docs)} articles, {chars:,} chars; --jobs {opts.jobs}; {opts.repeat} runs each")

    # 1. Time: plain JSONL against the store, alternating.
    plain, store, plain_cpu, store_cpu = [], [], [], []
    clean = str(tmp / "clean.db")
    for k in range(opts.repeat):
        wall, cpu = measured([FACTX, "extract", "--format", "jsonl", *jobs, str(dump)], str(tmp / "out.jsonl"))
        plain.append(wall)
        plain_cpu.append(cpu)
        for suffix in ("", "-wal", "-shm"):
            Path(clean + suffix).unlink(missing_ok=True)
        wall, cpu = measured([FACTX, "extract", "--db", clean, *jobs, str(dump)])
        store.append(wall)
        store_cpu.append(cpu)
        print(f"  run {k + 1}: jsonl {plain[-1]:.2f} s (cpu {plain_cpu[-1]:.2f} s)   "
              f"--db {store[-1]:.2f} s (cpu {store_cpu[-1]:.2f} s)")  # fmt: skip
    p, s = statistics.median(plain), statistics.median(store)
    overhead = s / p - 1
    cpu_overhead = statistics.median(store_cpu) / statistics.median(plain_cpu) - 1
    print(f"time (median): jsonl {p:.2f} s, --db {s:.2f} s: overhead {overhead:+.1%} "
          f"(target ≤ {TARGET_OVERHEAD:.0%}: {'met' if overhead <= TARGET_OVERHEAD else 'NOT met'}); "
          f"CPU time overhead {cpu_overhead:+.1%}")  # fmt: skip

    # 2. Size.
    checkpoint(clean)
    with sqlite3.connect(clean) as c:
        n_facts = c.execute("SELECT count(*) FROM facts").fetchone()[0]
        n_docs = c.execute("SELECT count(*) FROM documents").fetchone()[0]
        money = c.execute(
            "SELECT value, currency, count(*) AS n FROM facts WHERE type = 'money' GROUP BY value, currency "
            "ORDER BY n DESC LIMIT 1"
        ).fetchone()
    size = os.path.getsize(clean)
    jsonl_size = os.path.getsize(tmp / "out.jsonl")
    per, jper = size / max(n_facts, 1), jsonl_size / max(n_facts, 1)
    print(f"store: {n_docs} documents, {n_facts:,} facts, {size / 1e6:.1f} MB = {per:.0f} bytes per fact "
          f"(the JSONL output: {jsonl_size / 1e6:.1f} MB = {jper:.0f} bytes per fact)")  # fmt: skip

    # 3. find latency.
    from factx.store import open_store
    from factx.store.query import FindQuery, find, read_figure

    if money:
        figure = f"{money[0]}元" if money[1] == "CNY" else money[0]
        db = open_store(clean)
        query = FindQuery(value=read_figure(figure, currency=money[1]))
        times, found = [], 0
        for _ in range(20):
            t0 = time.perf_counter()
            found = len(list(find(db, query)))
            times.append((time.perf_counter() - t0) * 1000)
        db.conn.close()
        ms = statistics.median(times)
        wall = timed([FACTX, "find", "--db", clean, "--value", figure, "--currency", money[1]])
        print(f"find --value {figure} ({money[1]}): {found} figures; query median {ms:.1f} ms "
              f"(target < {TARGET_FIND_MS:.0f} ms: {'met' if ms < TARGET_FIND_MS else 'NOT met'}); "
              f"whole process {wall * 1000:.0f} ms")  # fmt: skip
        for label, q in (
            ("--text 医院", FindQuery(text="医院")),
            ("--type money --min 1亿元 --from 2010-01-01 --to 2019-12-31",
             FindQuery(types=("money",), minimum=read_figure("1亿元"), date_from=_day("2010-01-01"),
                       date_to=_day("2019-12-31"))),
        ):  # fmt: skip
            db = open_store(clean)
            t0 = time.perf_counter()
            n = len(list(find(db, q)))
            print(f"find {label}: {n} figures in {(time.perf_counter() - t0) * 1000:.1f} ms")
            db.conn.close()

    # 4. Killed, resumed, compared.
    killed = str(tmp / "killed.db")
    cmd = [FACTX, "extract", "--db", killed, *jobs, str(dump)]
    for k in range(opts.kills):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(s * (k + 1) / (opts.kills + 2))  # a different point of the run each time
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        stored, torn = whole_documents(killed)
        print(f"kill -9 #{k + 1} after {s * (k + 1) / (opts.kills + 2):.1f} s: {stored} documents stored, "
              f"{torn} with a fact count that differs from their rows")  # fmt: skip
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    resumed_secs = time.perf_counter() - t0
    a_docs, a_facts = rows(clean)
    b_docs, b_facts = rows(killed)
    same = a_docs == b_docs and a_facts == b_facts
    print(f"resumed in {resumed_secs:.2f} s: documents {len(b_docs)} vs clean {len(a_docs)}, facts {len(b_facts) - 1} "
          f"vs {len(a_facts) - 1}: {'identical row for row' if same else 'DIFFERENT'}")  # fmt: skip
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    again = rows(killed)
    print(
        f"rerun of a complete store: {time.perf_counter() - t0:.2f} s, "
        f"{'no change' if again == (b_docs, b_facts) else 'CHANGED'}"
    )
    print(f"(files in {tmp})")
    return 0 if same else 1


def _day(text: str) -> date:
    return date.fromisoformat(text)


if __name__ == "__main__":
    sys.exit(main())
