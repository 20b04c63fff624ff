"""Cluster throughput, overhead and memory: factx on a Dask LocalCluster with 2 workers vs 1, and against
the local `--jobs 2` pool, on the ~8,000 articles of ../shared/corpus/bulk.txt as one JSONL dump.

    .venv/bin/python bench/cluster.py [--limit N] [--partition-size 1M] [--repeat 1] [--rows a,b]
    .venv/bin/python bench/cluster.py --idle 10     # an idle cluster's own CPU, per Dask configuration

Articles (separated by a blank line) become the lines of a JSONL dump in a temporary directory, so the
cluster splits it into byte ranges as it would an archive's dump. Rows:

- `cluster 1w` / `cluster 2w`: the LocalCluster `factx extract --cluster local:N` starts (`connect`, with
  `factx.cluster.config.QUIET`), N single-threaded worker processes; the run is
  `factx.cluster.client.Run` with jsonl rendering, output written to /dev/null, no per-document time limit.
  Start-up is timed apart: the cluster's start and each worker's warm-up (the whole lexicon and rjieba).
- `dflt 1w` / `dflt 2w`: the same on a LocalCluster with Dask's default settings but the profiler off, and
  spawned workers that each build their own lexicon (the cluster `connect` started before
  `factx.cluster.config`), for a before/after in the same pass.
- `cluster 2w lim`: with the CLI's default `--timeout 60`: each worker analyses in a child process
  (`factx.cluster.child`), started and warmed apart too.
- `cluster 2w db`: `--db` as the CLI runs it (time limit on): the workers hash each document and send its
  JSON back, the client writes a fresh SQLite store through the one `StoreWriter`.
- `pool 2`: `factx.batch.run` with 2 local workers, as `--jobs 2 --format jsonl` runs it, in a fresh
  process whose start-up (imports, the parent's warm-up) is timed apart: the fair partner of `cluster 2w`.
- `jobs 2`, `jobs 2 db`: `factx extract --jobs 2 [--db FILE] DUMP` as a subprocess, start-up included.
- `cli local:2`: `factx extract --cluster local:N …` as a subprocess, everything included (cluster start).

CPU, in seconds during the run: `task` is the Dask task threads of the workers (for `pool 2`, its worker
processes), `other` the workers' other threads (Dask's event loop and monitors), `child` the time-limit
children, `client` this process (on a LocalCluster it hosts the scheduler and the nannies besides the client
and the output; for `pool 2`, the pool's parent). `ms/doc` adds them up per document. On a loaded machine
wall time measures the neighbours as much as factx; CPU seconds say where the work goes. Memory: the peak
resident set of each worker process, its private part (pages shared with no other process: a worker
forked warm shares the lexicon with its siblings), and the private pages of the worker with its children
(the time-limit child and its forkserver), sampled every 0.25 s.
Targets (issue 12): cluster 2w ≥ 1.7× cluster 1w; cluster 2w no more than 20 % slower than `--jobs 2`.
On a shared, loaded machine the numbers move with the load: check the load average printed first.
Skips (exit 0) when ../shared/corpus/bulk.txt is absent.
"""

from __future__ import annotations

import argparse
import json
import logging
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


def _private_kb(pid: int) -> int:
    """The pages only this process holds (not shared with the processes it was forked from or with)."""
    total = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith(("Private_Clean:", "Private_Dirty:")):
                    total += int(line.split()[1])
    except OSError:
        return 0
    return total


def _tree_kb(pid: int) -> int:
    """The private pages of a process and all its descendants (a worker, its forkserver and time-limit child,
    which share the lexicon's pages among them)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _private_kb(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            continue
    return total


def _threads_cpu() -> dict[str, float]:
    """CPU seconds of each thread of this process so far, by thread name (run on a worker)."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[str, float] = {}
    for t in threading.enumerate():
        try:
            with open(f"/proc/self/task/{t.native_id}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[t.name] = (int(fields[11]) + int(fields[12])) / tick
    return out


def _task_share(before: dict[str, float], after: dict[str, float]) -> tuple[float, float]:
    """(CPU seconds of the Dask task thread, of every other thread) between two `_threads_cpu` readings."""
    task = other = 0.0
    for name, secs in after.items():
        d = secs - before.get(name, 0.0)
        if "Dask-Default-Threads" in name:
            task += d
        else:
            other += d
    return task, other


def _warm(dump: Path, settings: Any) -> int:
    """Run on each worker before the clock: what a long run loads once per worker (the whole lexicon and
    rjieba; with a time limit, the child process and its lexicons) is loaded, as `jobs` rows load it in
    their start-up, which is timed apart too."""
    from factx.cluster.child import _warm_once
    from factx.cluster.plan import plan
    from factx.cluster.work import outcomes_of

    _warm_once()
    parts = plan([str(dump)], settings.sources, lambda b: [1] * len(b), 1 << 30)
    return sum(1 for part in parts for _ in outcomes_of(part, settings))


def cluster_run(dump: Path, warm: Path, workers: int, partition_size: int, limit: bool = False,
                db: Path | None = None, dask_defaults: bool = False) -> dict[str, Any]:  # fmt: skip
    from decimal import Decimal

    from factx.batch import Settings
    from factx.cluster.client import Run, connect
    from factx.cluster.stored import StoredIndex
    from factx.inputs import SourceOptions, Walker
    from factx.store import open_store
    from factx.store.writer import StoreWriter, options_key

    t0 = time.perf_counter()
    if dask_defaults:  # the cluster `connect` started before its Dask settings (`factx.cluster.config`)
        import dask
        from distributed import Client, LocalCluster

        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                                   silence_logs=logging.ERROR)  # fmt: skip
            client = Client(cluster)
    else:
        client, cluster = connect(f"local:{workers}")
    try:
        opts = SourceOptions(id_field="id")
        timeout = 60.0 if limit or db else None
        settings = Settings(sources=opts, render="json" if db else "jsonl", timeout=timeout)
        client.run(_warm, warm, settings)
        startup = time.perf_counter() - t0
        pids: dict[str, int] = client.run(os.getpid)
        threads0 = client.run(_threads_cpu)
        kids0 = client.run(_children_cpu)
        peaks = dict.fromkeys(pids.values(), 0)
        private = dict.fromkeys(pids.values(), 0)
        trees = dict.fromkeys(pids.values(), 0)
        stop = threading.Event()
        sampler_cpu = [0.0]

        def sample() -> None:
            # Reading smaps_rollup walks every mapping of a process in the kernel, on this thread's clock: a
            # few ms a read, so the sampler's own CPU is left out of `client` (and it samples 4 times a second,
            # not to take much of a core from the workers it measures).
            while not stop.is_set():
                for pid in peaks:
                    peaks[pid] = max(peaks[pid], _rss_kb(pid))
                    private[pid] = max(private[pid], _private_kb(pid))
                    trees[pid] = max(trees[pid], _tree_kb(pid))
                sampler_cpu[0] = time.thread_time()
                stop.wait(0.25)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        writer = StoreWriter(open_store(str(db), create=True), options_key("auto", None, None, None)) if db else None
        stored = StoredIndex(writer.stored) if writer else None
        run = Run(client, settings, partition_size=partition_size, stored=stored)
        docs = facts = 0
        c1 = time.process_time()
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
        stop.set()
        sampler.join()
        client_cpu = time.process_time() - c1 - sampler_cpu[0]
        threads1 = client.run(_threads_cpu)
        kids1 = client.run(_children_cpu)
        task = other = kids = 0.0
        for w, before in threads0.items():
            t, o = _task_share(before, threads1[w])
            task, other, kids = task + t, other + o, kids + _cpu_delta(kids0[w], kids1[w])
        return {"secs": secs, "task": task, "other": other, "children": kids, "client": client_cpu,
                "startup": startup, "docs": docs, "facts": facts, "parts": run.planned,
                "rss_mb": [round(v / 1024) for v in peaks.values()],
                "private_mb": [round(v / 1024) for v in private.values()],
                "tree_mb": [round(v / 1024) for v in trees.values()]}  # fmt: skip
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _children_cpu() -> dict[int, float]:
    """CPU seconds so far of each live child process of this one (a worker's time-limit child), by pid."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[int, float] = {}
    todo = [os.getpid()]
    while todo:
        p = todo.pop()
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
            if p != os.getpid():
                with open(f"/proc/{p}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                out[p] = (int(fields[11]) + int(fields[12])) / tick
        except OSError:
            continue
    return out


def _cpu_delta(before: dict[int, float], after: dict[int, float]) -> float:
    return sum(secs - before.get(pid, 0.0) for pid, secs in after.items())


def pool_run(dump: Path, jobs: int) -> dict[str, Any]:
    """`factx.batch.run` with `jobs` local workers, as `factx extract --jobs N --format jsonl` runs it, in a
    fresh process: its start-up (imports, the parent's warm-up) timed apart from the run, as for the
    cluster rows, and the parent's CPU apart from the workers'."""
    code = (
        "import json, os, resource, sys, time\n"
        "t0 = time.perf_counter()\n"
        "from factx import batch\n"
        "from factx.inputs import SourceOptions, Walker\n"
        "batch.warm_up()\n"
        "opts = SourceOptions(id_field='id')\n"
        "settings = batch.Settings(sources=opts, render='jsonl')\n"
        "t1 = time.perf_counter(); c1 = time.process_time(); docs = 0\n"
        "with open(os.devnull, 'w', encoding='utf-8') as out:\n"
        "    for o in batch.run(Walker(opts).items([sys.argv[1]]), settings, int(sys.argv[2])):\n"
        "        docs += 1; out.write(o.rendered or '')\n"
        "secs = time.perf_counter() - t1; parent = time.process_time() - c1\n"
        "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps({'secs': secs, 'startup': t1 - t0, 'client': parent, 'task': ru.ru_utime + ru.ru_stime,"
        " 'docs': docs}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(dump), str(jobs)], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    r: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    r.update(other=0.0, children=0.0, parts=0, facts=0, rss_mb=[], private_mb=[], tree_mb=[])
    return r


def cli_run(args: list[str], fmt: bool = True) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the process and the children it reaped: its workers)."""
    factx = Path(sys.executable).parent / "factx"
    t0 = time.perf_counter()
    with open(os.devnull, "w") as out:
        p = subprocess.Popen([str(factx), "extract", "-q", *(["--format", "jsonl"] if fmt else []), *args], stdout=out)
        _pid, _status, usage = os.wait4(p.pid, 0)
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime


def idle(seconds: float) -> None:
    """CPU of an idle two-worker LocalCluster per wall second: the client process (which hosts the scheduler
    and the nannies) and each worker, under Dask's defaults (profiler on and off) and under `connect`'s."""
    import dask
    from distributed import Client, LocalCluster

    from factx.cluster.config import QUIET

    variants = {"dask defaults": {"distributed.worker.profile.enabled": True},
                "defaults, no profiler": {"distributed.worker.profile.enabled": False},
                "factx (config.QUIET)": QUIET}  # fmt: skip
    for name, cfg in variants.items():
        with dask.config.set(cfg):
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                   silence_logs=logging.ERROR)  # fmt: skip
            client = Client(cluster)
        try:
            time.sleep(2)  # start-up settles
            w0, p0, t0 = client.run(time.process_time), time.process_time(), time.perf_counter()
            time.sleep(seconds)
            w1, p1, dt = client.run(time.process_time), time.process_time(), time.perf_counter() - t0
            workers = ", ".join(f"{100 * (w1[k] - w0[k]) / dt:.1f}%" for k in w0)
            print(f"{name:<24} client process {100 * (p1 - p0) / dt:4.1f}% of a core; workers {workers}")
        finally:
            client.close()
            cluster.close()


ROWS = ("cluster 1w", "cluster 2w", "dflt 1w", "dflt 2w", "cluster 2w lim", "cluster 2w db", "pool 2", "jobs 2",
        "jobs 2 db", "cli local:2")  # fmt: skip


def _row(name: str, dump: Path, warm: Path, tmp: Path, k: int, size: int) -> dict[str, Any]:
    if name == "pool 2":
        return pool_run(dump, 2)
    if name.startswith(("cluster", "dflt")):
        workers = int(name.split()[1][0])
        db = tmp / f"cluster{k}.db" if name.endswith("db") else None
        return cluster_run(dump, warm, workers, size, name.endswith("lim"), db, name.startswith("dflt"))
    if name == "jobs 2":
        t, c = cli_run(["--jobs", "2", str(dump)])
    elif name == "jobs 2 db":
        t, c = cli_run(["--jobs", "2", "--db", str(tmp / f"jobs{k}.db"), str(dump)], fmt=False)
    else:
        t, c = cli_run(["--cluster", "local:2", "--partition-size", str(size), str(dump)])
    return {"secs": t, "cli_cpu": c}


def _note(name: str, r: dict[str, Any]) -> str:
    if "cli_cpu" in r:
        return "subprocess, start-up included" + (" (cluster start)" if "cluster" in name else "")
    if name == "pool 2":
        return f"start-up {r['startup']:.1f} s (apart): imports, warm-up, fork"
    return (f"start-up {r['startup']:.1f} s (apart); {r['parts']} partitions; {r['docs']} docs, {r['facts']} "
            f"facts; peak per worker: RSS {r['rss_mb']} MB, private {r['private_mb']} MB, private with children "
            f"{r['tree_mb']} MB")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--partition-size", default="1M", help="bytes per partition (1M: ~27 partitions for 8k)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--rows", help=f"comma-separated rows to run (default all: {', '.join(ROWS)})")
    ap.add_argument("--idle", type=float, metavar="SECONDS", help="only measure an idle cluster's own CPU")
    a = ap.parse_args()
    if a.idle:
        idle(a.idle)
        return
    if not BULK.exists():
        print("skipped: ../shared/corpus/bulk.txt not found")
        return
    names = [r.strip() for r in a.rows.split(",")] if a.rows else list(ROWS)
    unknown = set(names) - set(ROWS)
    if unknown:
        ap.error(f"unknown rows: {', '.join(sorted(unknown))}")
    size = int(float(a.partition_size.rstrip("MmKk")) * (1 << 20 if a.partition_size[-1] in "Mm" else 1 << 10))
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        dump, n, chars = make_dump(Path(tmp), a.limit)
        warm = Path(tmp) / "warm.jsonl"
        line = {"id": "w", "text": "今年投资4568万元建设16个重点项目。"}  # written for the warm-up
        warm.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{n} articles, {chars:,} chars, dump {dump.stat().st_size / 1e6:.1f} MB, partitions of {size:,} B")
        runs: dict[str, list[dict[str, Any]]] = {}
        loads: dict[str, float] = {}
        for k in range(a.repeat):
            for name in names:
                r = _row(name, dump, warm, Path(tmp), k, size)
                runs.setdefault(name, []).append(r)
                loads[name] = os.getloadavg()[0]
                # As it comes: a long pass on a loaded machine may be cut short.
                print(f"pass {k + 1}: {name}: {r['secs']:.1f} s, load {loads[name]:.1f}", flush=True)
        print(f"\n{'run':<15}{'wall s':>7}{'chars/s':>10}{'task':>7}{'other':>7}{'child':>7}{'client':>7}"
              f"{'ms/doc':>7}{'load':>6}  notes")  # fmt: skip
        med: dict[str, float] = {}
        for name, rs in runs.items():
            r = sorted(rs, key=lambda x: x["secs"])[len(rs) // 2]
            t = med[name] = r["secs"]
            if "cli_cpu" in r:
                cpu = f"{'':>7}{'':>7}{'':>7}{'':>7}{r['cli_cpu'] / n * 1000:>7.2f}"
            else:
                total = r["task"] + r["other"] + r["children"] + r["client"]
                cpu = (f"{r['task']:>7.1f}{r['other']:>7.1f}{r['children']:>7.1f}{r['client']:>7.1f}"
                       f"{total / n * 1000:>7.2f}")  # fmt: skip
            print(f"{name:<15}{t:>7.1f}{chars / t:>10,.0f}{cpu}{loads[name]:>6.1f}  {_note(name, r)}")

        def ratio(a_: str, b_: str, label: str, target: str = "") -> None:
            if a_ in med and b_ in med:
                print(f"{label}: {(med[a_] / med[b_] - 1) * 100:+.0f}% {target}".rstrip())

        if "cluster 1w" in med and "cluster 2w" in med:
            print(f"\nspeed-up cluster 2w / 1w: {med['cluster 1w'] / med['cluster 2w']:.2f}x (target >= 1.7x)")
        if "dflt 1w" in med and "dflt 2w" in med:
            print(f"speed-up with Dask's defaults (before config.QUIET): {med['dflt 1w'] / med['dflt 2w']:.2f}x")
        ratio("cluster 2w", "pool 2", "cluster 2w vs pool 2 (both start-ups apart)", "(target <= 20%)")
        ratio("cluster 2w", "jobs 2", "cluster 2w vs jobs 2 (its start-up included, as before)")
        ratio("dflt 2w", "pool 2", "Dask's defaults: dflt 2w vs pool 2")
        ratio("cli local:2", "jobs 2", "cli local:2 vs jobs 2 (both end to end)")
        ratio("cluster 2w lim", "cluster 2w", "per-document time limit (child process) vs none")
        ratio("cluster 2w db", "jobs 2 db", "--db: cluster 2w db vs jobs 2 db")
        print(f"passes: {a.repeat}, rows alternated within each pass; medians shown")
        print(
            "task: CPU s of the workers' task threads (pool 2: of its worker processes); other: the workers' "
            "other threads (Dask); child: the time-limit children; client: the client process (scheduler, "
            "nannies, client, output) or the pool's parent; ms/doc: all of it per document (jobs rows: the "
            "whole process tree, start-up included); load: 1-minute load average after the row"
        )


if __name__ == "__main__":
    main()
