"""Batch throughput and memory: `factx extract --format jsonl` over one file per article, --jobs 1 vs 2.

    .venv/bin/python bench/batch.py [--sizes 1500] [--jobs 1,2] [--repeat 3] [--baseline SRC] [--without-rjieba]

Splits ../shared/corpus/bulk.txt (articles separated by a blank line) into one file per article in a
temporary directory, runs factx as a subprocess with its output to /dev/null for each size and job count,
and reports documents/s, chars/s, the speed-up over --jobs 1, the peak RSS of the largest single process
(from wait4), the peak total RSS of factx and its workers, that of the factx parent process alone, and the
peak private memory of a worker: Private_Clean + Private_Dirty of /proc/PID/smaps_rollup, the pages that
worker does not share with the parent or its siblings (all sampled from /proc every 0.05 s). Memory should
stay flat as the number of documents grows: compare a small and the full row.
Targets (issue 13): --jobs 2 ≥ 1.8× --jobs 1 on 1,500 files; a worker's private memory ≤ 30 MiB.

Each configuration runs --repeat times, interleaved (1, 2, 1, 2 …) so that load from other programs on the
machine hits both alike; rows show the median run, and the speed-up line also gives the best-of-N ratio.
--baseline SRC adds the same runs with PYTHONPATH=SRC (another checkout's `src`, e.g. from
`git archive <commit> src | tar -x -C DIR`), interleaved with this tree's, for a before/after in one run;
repeatable, each tree named after the directory holding its `src`.
With the rjieba accelerator installed (factx[fast]) only pools use it (--jobs 1 segments with jieba), which
flatters the speed-up; --without-rjieba adds this tree (and the baseline) with FACTX_RJIEBA=0 for the
like-for-like ratio.
PYTHONDONTWRITEBYTECODE is dropped from the runs' environment (as bench/startup.py does), so that no run
pays for compiling factx. Check the load average first: on a shared 2-core machine, anything else running
shows up directly. The "cpu" line is the load-independent view: CPU seconds of each run (parent and
workers), of the parent alone, and of the parent before its first worker appeared (the serial start:
imports, the warm-up), and the speed-up they make for on idle cores: --jobs 1's CPU over (serial start +
the rest spread evenly over the cores). An estimate, not a measurement: it leaves out waits (the order of
output, the last chunk).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
BULK = SHARED / "corpus" / "bulk.txt"
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
TICKS = os.sysconf("SC_CLK_TCK")


def split(bulk: Path, out: Path) -> list[tuple[Path, int]]:
    """One UTF-8 file per article; returns (path, characters) in order."""
    text = bulk.read_text(encoding="utf-8")
    files = []
    for i, article in enumerate(a for a in re.split(r"\n\s*\n", text) if a.strip()):
        p = out / f"{i // 1000:03d}" / f"{i:05d}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(article, encoding="utf-8")
        files.append((p, len(article)))
    return files


def _private_kb(pid: int) -> int:
    """Pages of `pid` that no other process maps (Private_Clean + Private_Dirty), 0 when unreadable."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return sum(int(line.split()[1]) for line in f if line.startswith(("Private_Clean:", "Private_Dirty:")))
    except (OSError, ValueError, IndexError):
        return 0


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) that `pid` itself has used so far, 0 when unreadable."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS
    except (OSError, ValueError, IndexError):
        return 0.0


def _tree_rss_kb(root: int, private: dict[int, int]) -> tuple[int, int]:
    """Resident memory of `root` and its children (the workers), and of `root` alone, from /proc; each
    child's peak private memory is kept in `private` (pid → kB)."""
    total = own = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if int(entry) == root or ppid == root:
                with open(f"/proc/{entry}/statm") as f:
                    rss = int(f.read().split()[1]) * PAGE_KB
                total += rss
                own = rss if int(entry) == root else own
                if int(entry) != root:
                    private[int(entry)] = max(private.get(int(entry), 0), _private_kb(int(entry)))
        except (OSError, ValueError, IndexError):
            continue
    return total, own


# A tree to run: another checkout's src (None: this one) and extra environment variables.
Tree = tuple[Path | None, dict[str, str]]


def run_factx(list_file: Path, jobs: int, tree: Tree = (None, {})) -> dict[str, float]:
    cmd = [str(REPO / ".venv/bin/factx"), "extract", "--format", "jsonl", "--jobs", str(jobs), "--files-from",
           str(list_file)]  # fmt: skip
    src, extra = tree
    env = {**os.environ, **extra, **({"PYTHONPATH": str(src)} if src else {})}
    # Byte-compiled modules are used and written as a user's runs have them (the warm run writes them):
    # otherwise every run compiles all of factx first, a serial start that no installed copy pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    peak_tree = peak_parent = 0
    parent_cpu = 0.0
    serial_cpu: float | None = None  # the parent's CPU time when its first worker is seen: the serial start
    private: dict[int, int] = {}
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        p = subprocess.Popen(cmd, stdout=devnull, stderr=subprocess.PIPE, env=env)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak_tree, peak_parent, parent_cpu, serial_cpu
            while not done.wait(0.05):
                tree, own = _tree_rss_kb(p.pid, private)
                peak_tree, peak_parent = max(peak_tree, tree), max(peak_parent, own)
                parent_cpu = max(parent_cpu, _cpu_seconds(p.pid))
                if serial_cpu is None and private:
                    serial_cpu = parent_cpu

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        assert p.stderr is not None
        err = p.stderr.read().decode("utf-8", "replace")  # the summary line; drained so factx never blocks
        _pid, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - started
        done.set()
        sampler.join()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 1):
        raise SystemExit(f"factx failed ({p.returncode}):\n{err}")
    m = re.search(r"; (\d+) facts;", err)
    return {
        "seconds": elapsed,
        "facts": float(m.group(1)) if m else float("nan"),
        "max_rss_mb": usage.ru_maxrss / 1024,  # the largest single process (parent or a worker)
        "tree_rss_mb": peak_tree / 1024,
        "parent_rss_mb": peak_parent / 1024,
        "worker_private_mb": max(private.values(), default=0) / 1024,
        # wait4 counts the process and the children it reaped (the workers); the parent's own share is the
        # last sample from /proc (up to 0.05 s short).
        "cpu": usage.ru_utime + usage.ru_stime,
        "parent_cpu": parent_cpu,
        # --jobs 1 has no worker: all of it is serial.
        "serial_cpu": serial_cpu if serial_cpu is not None else usage.ru_utime + usage.ru_stime,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1500", help="document counts to run, 'all' for every article")
    ap.add_argument("--jobs", default="1,2", help="job counts to compare; the first is the baseline")
    ap.add_argument("--repeat", type=int, default=3, help="runs per configuration (median reported)")
    ap.add_argument("--baseline", type=Path, action="append", default=[],
                    help="another checkout's src directory, run alongside this tree (repeatable)")  # fmt: skip
    ap.add_argument(
        "--without-rjieba",
        action="store_true",
        help="also run this tree with FACTX_RJIEBA=0 (workers segment with jieba, as --jobs 1 does)",
    )
    ap.add_argument("--keep", type=Path, help="split into this directory and keep it")
    args = ap.parse_args()
    if not BULK.exists():
        print(f"skipped: {BULK} not found (the shared corpus sits next to the repository)")
        return
    jobs_list = [int(j) for j in args.jobs.split(",")]
    trees: dict[str, Tree] = {"this": (None, {})}
    if args.without_rjieba:
        trees["no-rjieba"] = (None, {"FACTX_RJIEBA": "0"})
    for src in args.baseline:
        # Named after the directory holding the src (e.g. /tmp/before/src: "before").
        name = src.resolve().parent.name[:12]
        trees[name] = (src.resolve(), {})
        if args.without_rjieba:
            trees[f"{name[:8]}-no-rj"] = (src.resolve(), {"FACTX_RJIEBA": "0"})
    with tempfile.TemporaryDirectory(prefix="factx-bench-") as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        files = split(BULK, root)
        print(f"split {BULK.name} into {len(files)} files in {time.perf_counter() - t0:.1f} s; "
              f"cores available: {len(os.sched_getaffinity(0))}; load average {os.getloadavg()[0]:.2f}")  # fmt: skip
        for tree in trees.values():
            run_factx(_listing(root, files[:20], "warm"), 1, tree)  # the lexicon cache and the page cache, once
        header = f"{'tree':>14} {'docs':>6} {'jobs':>4} {'seconds':>8} {'docs/s':>8} {'chars/s':>10} " \
                 f"{'speed-up':>8} {'facts':>8} {'max RSS':>8} {'all RSS':>8} {'parent':>7} " \
                 f"{'worker private':>14}"  # fmt: skip
        print(header)
        print("-" * len(header))
        for size in args.sizes.split(","):
            subset = files if size == "all" else files[: int(size)]
            chars = sum(c for _, c in subset)
            listing = _listing(root, subset, size)
            runs: dict[tuple[str, int], list[dict[str, float]]] = {(t, j): [] for t in trees for j in jobs_list}
            for _ in range(args.repeat):
                for jobs in jobs_list:
                    for name, tree in trees.items():
                        runs[(name, jobs)].append(run_factx(listing, jobs, tree))
            for tree in trees:
                _report(tree, {j: rs for (t, j), rs in runs.items() if t == tree}, jobs_list, len(subset), chars)


def _report(tree: str, runs: dict[int, list[dict[str, float]]], jobs_list: list[int], docs: int, chars: int) -> None:
    """One tree's rows (median run of each job count) and its best-of-N speed-up line."""
    medians = {j: sorted(rs, key=lambda r: r["seconds"])[len(rs) // 2] for j, rs in runs.items()}
    base = medians[jobs_list[0]]["seconds"]
    for jobs in jobs_list:
        r = medians[jobs]
        secs = r["seconds"]
        private = f"{r['worker_private_mb']:>12.0f}MB" if jobs > 1 else f"{'-':>14}"
        print(f"{tree:>14} {docs:>6} {jobs:>4} {secs:>8.2f} {docs / secs:>8.0f} {chars / secs:>10,.0f} "
              f"{base / secs:>7.2f}x {r['facts']:>8.0f} {r['max_rss_mb']:>6.0f}MB {r['tree_rss_mb']:>6.0f}MB "
              f"{r['parent_rss_mb']:>5.0f}MB {private}", flush=True)  # fmt: skip
    best = {j: min(r["seconds"] for r in rs) for j, rs in runs.items()}
    times = "; ".join(f"--jobs {j}: " + " ".join(f"{r['seconds']:.2f}" for r in rs) for j, rs in runs.items())
    ratio = best[jobs_list[0]] / best[jobs_list[-1]]
    print(f"{tree:>14} best-of-{len(runs[jobs_list[0]])} speed-up {ratio:.2f}x ({times} s)")
    # What the work allows on idle cores, from CPU time, which load from other programs barely moves: the
    # workers share the total, and the parent (the serial part) must keep up with them.
    cpu = {j: statistics.median(r["cpu"] for r in rs) for j, rs in runs.items()}
    parent = {j: statistics.median(r["parent_cpu"] for r in rs) for j, rs in runs.items()}
    serial = {j: statistics.median(r["serial_cpu"] for r in rs) for j, rs in runs.items()}
    for jobs in jobs_list[1:]:
        first = jobs_list[0]
        # What runs before the first worker starts is serial; the rest (the workers and the parent's share
        # meanwhile) at best spreads evenly over the cores.
        idle = cpu[first] / max(serial[jobs] + (cpu[jobs] - serial[jobs]) / jobs, 1e-9)
        print(f"{tree:>14} cpu: --jobs {first} {cpu[first]:.2f} s; --jobs {jobs} {cpu[jobs]:.2f} s in all, "
              f"parent {parent[jobs]:.2f} s of which {serial[jobs]:.2f} s before the first worker; "
              f"on {jobs} idle cores about {idle:.2f}x")  # fmt: skip


def _listing(root: Path, files: list[tuple[Path, int]], name: str) -> Path:
    listing = root / f"list-{name}.txt"
    listing.write_text("".join(f"{p}\n" for p, _ in files), encoding="utf-8")
    return listing


if __name__ == "__main__":
    sys.exit(main())
