"""Cluster throughput, overhead and memory: factx on a Dask LocalCluster with 2 workers vs 1, and against
the local `--jobs 2` pool, on the ~8,000 articles of ../shared/corpus/bulk.txt as one JSONL dump.

    .venv/bin/python bench/cluster.py [--limit N] [--partition-size 1M] [--repeat 1]

Articles (separated by a blank line) become the lines of a JSONL dump in a temporary directory, so the
cluster splits it into byte ranges as it would an archive's dump. Rows:

- `cluster 1w` / `cluster 2w`: a LocalCluster of N single-threaded worker processes, started and warmed
  (each worker has analysed one small document, so the lexicon is loaded) before the clock starts; the run
  is `factx.cluster.client.Run` with jsonl rendering, output written to /dev/null, no per-document time
  limit (documents analysed in the task's thread). Start-up is shown apart.
- `cluster 2w lim`: the same with the CLI's default `--timeout 60`: each worker analyses in a child
  process (`factx.cluster.child`), whose start (a forkserver, the lexicons) falls inside the clock.
- `cluster 2w db`: `--db` as the CLI runs it (time limit on): the workers hash each document and send its
  JSON back, the client writes a fresh SQLite store through the one `StoreWriter`.
- `jobs 2 db`: `factx extract --jobs 2 --db FILE DUMP` (a fresh store) as a subprocess.
- `jobs 2`: `factx extract --jobs 2 --format jsonl DUMP > /dev/null` as a subprocess (its start-up and
  lexicon loading included: about a second).
- `cli local:2`: `factx extract --cluster local:2 …` as a subprocess, everything included (cluster start).

CPU: the workers' CPU seconds during the run (the pool's, for jobs 2): on a loaded machine wall time
measures the neighbours as much as factx; equal CPU seconds for 1 and 2 workers mean no work is added by
the split (the child's CPU is not in a worker's `process_time`: `cpu s` is left out for the rows with
the limit). Memory: the peak resident set of each worker process, and of the worker with its children (the
forkserver and the analysing child), sampled from /proc every 0.1 s during the run.
Targets (issue 12): cluster 2w ≥ 1.7× cluster 1w; cluster 2w no more than 20 % slower than jobs 2.
On a shared, loaded machine the numbers move with the load: check the load average printed first.
Skips (exit 0) when ../shared/corpus/bulk.txt is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BULK = REPO.parent / "shared" / "corpus" / "bulk.txt"
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def make_dump(out: Path, limit: int | None) -> tuple[Path, int, int]:
    articles = [a for a in re.split(r"\n\s*\n", BULK.read_text(encoding="utf-8")) if a.strip()][:limit]
    dump = out / "bulk.jsonl"
    with dump.open("w", encoding="utf-8") as f:
        for i, a in enumerate(articles):
            f.write(json.dumps({"id": f"a{i:05d}", "text": a}, ensure_ascii=False) + "\n")
    return dump, len(articles), sum(len(a) for a in articles)


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE_KB
    except OSError:
        return 0


def _tree_kb(pid: int) -> int:
    """The resident set of a process and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _rss_kb(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            continue
    return total


def cluster_run(dump: Path, workers: int, partition_size: int, limit: bool = False, db: Path | None = None
                ) -> dict[str, Any]:  # fmt: skip
    from decimal import Decimal

    from distributed import Client, LocalCluster

    from factx.batch import Settings
    from factx.cluster.client import Run
    from factx.cluster.stored import StoredIndex
    from factx.inputs import SourceOptions, Walker
    from factx.store import open_store
    from factx.store.writer import StoreWriter, options_key

    t0 = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
    client = Client(cluster)
    try:
        import factx

        client.run(lambda: len(factx.extract("今年投资4568万元建设16个重点项目。")))  # warm: lexicon loaded
        startup = time.perf_counter() - t0
        pids: dict[str, int] = client.run(os.getpid)
        cpu0 = sum(client.run(time.process_time).values())
        peaks = dict.fromkeys(pids.values(), 0)
        trees = dict.fromkeys(pids.values(), 0)
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                for pid in peaks:
                    peaks[pid] = max(peaks[pid], _rss_kb(pid))
                    trees[pid] = max(trees[pid], _tree_kb(pid))
                stop.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        opts = SourceOptions(id_field="id")
        timeout = 60.0 if limit or db else None
        settings = Settings(sources=opts, render="json" if db else "jsonl", timeout=timeout)
        writer = StoreWriter(open_store(str(db), create=True), options_key("auto", None, None, None)) if db else None
        stored = StoredIndex(writer.stored) if writer else None
        run = Run(client, settings, partition_size=partition_size, stored=stored)
        docs = facts = 0
        t1 = time.perf_counter()
        with open(os.devnull, "w", encoding="utf-8") as out:
            for o, content_hash in run.hashed_outcomes([str(dump)], Walker(opts)):
                docs += 1
                facts += o.n_facts
                if writer is not None:
                    doc = json.loads(o.rendered or "{}", parse_float=Decimal)
                    writer.add(doc, o.status, o.chars, content_hash)
                else:
                    out.write(o.rendered or "")
        if writer is not None:
            writer.close()
            writer.db.conn.close()
        secs = time.perf_counter() - t1
        cpu = sum(client.run(time.process_time).values()) - cpu0
        stop.set()
        sampler.join()
        return {"secs": secs, "cpu": cpu, "startup": startup, "docs": docs, "facts": facts, "parts": run.planned,
                "rss_mb": [round(v / 1024) for v in peaks.values()],
                "tree_mb": [round(v / 1024) for v in trees.values()], "limit": timeout is not None}  # fmt: skip
    finally:
        client.close()
        cluster.close()


def cli_run(args: list[str], fmt: bool = True) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the process and the children it reaped: its workers)."""
    factx = Path(sys.executable).parent / "factx"
    t0 = time.perf_counter()
    with open(os.devnull, "w") as out:
        p = subprocess.Popen([str(factx), "extract", "-q", *(["--format", "jsonl"] if fmt else []), *args], stdout=out)
        _pid, _status, usage = os.wait4(p.pid, 0)
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--partition-size", default="1M", help="bytes per partition (1M: ~27 partitions for 8k)")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    if not BULK.exists():
        print("skipped: ../shared/corpus/bulk.txt not found")
        return
    size = int(float(a.partition_size.rstrip("MmKk")) * (1 << 20 if a.partition_size[-1] in "Mm" else 1 << 10))
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        dump, n, chars = make_dump(Path(tmp), a.limit)
        print(f"{n} articles, {chars:,} chars, dump {dump.stat().st_size / 1e6:.1f} MB, partitions of {size:,} B")
        rows: dict[str, list[float]] = {}
        cpus: dict[str, float] = {}
        loads: dict[str, float] = {}
        info: dict[str, dict[str, Any]] = {}
        for k in range(a.repeat):
            for name, w, limit, db in (("cluster 1w", 1, False, None), ("cluster 2w", 2, False, None),
                                       ("cluster 2w lim", 2, True, None),
                                       ("cluster 2w db", 2, True, Path(tmp) / f"cluster{k}.db")):  # fmt: skip
                r = cluster_run(dump, w, size, limit, db)
                rows.setdefault(name, []).append(r["secs"])
                if not r["limit"]:
                    cpus[name] = r["cpu"]
                loads[name] = os.getloadavg()[0]
                info[name] = r
            t, c = cli_run(["--jobs", "2", str(dump)])
            rows.setdefault("jobs 2", []).append(t)
            cpus["jobs 2"], loads["jobs 2"] = c, os.getloadavg()[0]
            t, c = cli_run(["--jobs", "2", "--db", str(Path(tmp) / f"jobs{k}.db"), str(dump)], fmt=False)
            rows.setdefault("jobs 2 db", []).append(t)
            cpus["jobs 2 db"], loads["jobs 2 db"] = c, os.getloadavg()[0]
            t, c = cli_run(["--cluster", "local:2", "--partition-size", str(size), str(dump)])
            rows.setdefault("cli local:2", []).append(t)
            loads["cli local:2"] = os.getloadavg()[0]
        print(f"\n{'run':<13}{'wall s':>8}{'chars/s':>12}{'docs/s':>9}{'cpu s':>8}{'load':>6}  notes")
        for name, times in rows.items():
            t = sorted(times)[len(times) // 2]
            cpu = f"{cpus[name]:.1f}" if name in cpus else "-"
            note = ""
            if name in info:
                r = info[name]
                note = (f"start-up {r['startup']:.1f} s (apart); {r['parts']} partitions; {r['docs']} docs, "
                        f"{r['facts']} facts; peak RSS per worker {r['rss_mb']} MB, with children "
                        f"{r['tree_mb']} MB")  # fmt: skip
            elif name.startswith("jobs 2"):
                note = "subprocess, start-up included"
            else:
                note = "subprocess, cluster start-up included"
            print(f"{name:<13}{t:>8.1f}{chars / t:>12,.0f}{n / t:>9,.0f}{cpu:>8}{loads[name]:>6.1f}  {note}")
        med = {k: sorted(v)[len(v) // 2] for k, v in rows.items()}
        print(f"\nspeed-up cluster 2w / 1w: {med['cluster 1w'] / med['cluster 2w']:.2f}x (target >= 1.7x)")
        print(f"overhead cluster 2w vs jobs 2: {(med['cluster 2w'] / med['jobs 2'] - 1) * 100:+.0f}% (target <= 20%)")

        def pct(a_: str, b_: str) -> str:
            return f"{(med[a_] / med[b_] - 1) * 100:+.0f}%"

        print(f"per-document time limit (child process) vs none: {pct('cluster 2w lim', 'cluster 2w')}")
        print(f"--db: cluster 2w db vs jobs 2 db: {pct('cluster 2w db', 'jobs 2 db')}; "
              f"vs cluster 2w lim to stdout: {pct('cluster 2w db', 'cluster 2w lim')}")  # fmt: skip
        print(f"passes: {a.repeat}, rows alternated within each pass; medians shown")
        print(
            f"per-core rate (cluster 1w): {chars / med['cluster 1w']:,.0f} chars/s wall, "
            f"{chars / cpus['cluster 1w']:,.0f} chars per CPU second"
        )
        print(
            "cpu s: CPU time of the workers (cluster) or of factx and its workers (jobs 2) during the run; "
            "load: 1-minute load average after the row"
        )


if __name__ == "__main__":
    main()
