#!/usr/bin/env python3
"""The command line's own cost: `factx extract --format jsonl --jobs 1` against the library loop it wraps.

    .venv/bin/python bench/cli_overhead.py [--docs 300] [--repeat 5] [--baseline SRC] [--processes | --instructions]

Takes the first --docs articles of ../shared/corpus/bulk.txt (articles separated by a blank line) and
writes them twice into a temporary directory: as a JSONL dump ({"id", "text"} per line, every other line
with its Chinese \\u-escaped, as dumps often are) and as one file per article. Then it times three passes
over them:

- library: `for text in texts: factx.analyze(text)`, the texts read from the dump beforehand;
- cli jsonl: `factx extract --format jsonl --jobs 1 --id-field id DUMP > /dev/null`;
- cli files: `factx extract --format jsonl --jobs 1 --files-from LIST > /dev/null`.

By default all three run in one process (one per tree, started together), the command through click as the
console script runs it (the plain path of `cli.fast` is skipped: its saving is start-up), two untimed rounds
of every case first (see IN_PROCESS: the first pays one-time loading), then --repeat rounds of (library,
cli jsonl, cli files), the trees' rounds alternating, each pass timed in CPU time (time.process_time): the
steady per-document cost, in a comparison that load from other programs hits alike. The fixed start-up of
a process is bench/startup.py's subject.
--processes times each pass as a fresh process instead (CPU time of the process from wait4), start-up
included on both sides; on a loaded machine that comparison is much noisier.
Overhead is cli / library - 1 of the medians; "paired rounds" is the median of that ratio taken round by
round (each cli pass against the library pass of its own round). --baseline SRC runs the same with PYTHONPATH=SRC
(another checkout's `src`). Target (issue 13): overhead ≤ 10 %.
--instructions counts instructions instead (valgrind's cachegrind, which must be installed): one process per
tree and case warms up as above (two untimed rounds of every case), then runs 0 or 2 passes of that case;
the difference of the two counts, halved, is one pass. A proxy for CPU time that load from other programs does
not move at all (it leaves out the kernel's share and cache misses, which the CPU-time comparison includes);
slow, so --docs 100 is plenty.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BULK = REPO.parent / "shared" / "corpus" / "bulk.txt"
FACTX = REPO / ".venv" / "bin" / "factx"
TARGET = 0.10

LIBRARY_LOOP = """
import json, sys
from factx import analyze
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
facts = sum(len(analyze(t).facts) for t in texts)
print(facts, file=sys.stderr)
"""


IN_PROCESS = """
import json, os, sys, time
from factx import analyze
from factx.cli import Environment, main
dump, listing, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [json.loads(line)["text"] for line in open(dump, encoding="utf-8")]
devnull = open(os.devnull, "w")
real_err = sys.stderr

def library():
    for t in texts:
        analyze(t)

def cli(args):
    # The command writes to this process's own standard output, as the console script does (so it takes the
    # same path: `render.sink` writes to the byte layer of sys.__stdout__), with file descriptor 1 pointed at
    # /dev/null for the pass; the parent reads the timings from the real descriptor afterwards.
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(devnull.fileno(), 1)
    sys.stderr = devnull
    try:
        main.main(args=args, prog_name="factx", obj=Environment.from_system())
    except SystemExit as e:
        assert e.code in (0, 1, None), e.code
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
        sys.stderr = real_err

cases = {
    "library": library,
    "cli jsonl": lambda: cli(["extract", "--format", "jsonl", "--jobs", "1", "--id-field", "id", dump]),
    "cli files": lambda: cli(["extract", "--format", "jsonl", "--jobs", "1", "--files-from", listing]),
}
# Untimed: two rounds of every case. The first round's passes pay one-time costs (the switch to the rjieba
# accelerator partway, the lexicon buckets its words load); instruction counts show a pass right after a single
# round still costing about twice a steady one (933M against 463M instructions for 100 articles).
for _ in range(2):
    for run in cases.values():
        run()
if len(sys.argv) > 4:  # --instructions: this many passes of one case, counted from outside
    for _ in range(int(sys.argv[5])):
        cases[sys.argv[4]]()
    sys.exit(0)
print("ready", flush=True)
# One round per line the parent sends, so that the rounds of two trees can alternate.
for _ in sys.stdin:
    times = {}
    for name, run in cases.items():
        t0 = time.process_time()
        run()
        times[name] = time.process_time() - t0
    print(json.dumps(times), flush=True)
"""


def in_process(
    dump: Path, listing: Path, repeat: int, trees: dict[str, dict[str, str]]
) -> dict[tuple[str, str], list[float]]:
    """One warmed-up process per tree; `repeat` rounds, each tree's round right after the other's, so that
    load from other programs on the machine hits every tree alike."""
    procs = {
        tree: subprocess.Popen(
            [sys.executable, "-c", IN_PROCESS, str(dump), str(listing), str(repeat)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
        )
        for tree, env in trees.items()
    }  # fmt: skip
    times: dict[tuple[str, str], list[float]] = {}
    try:
        for proc in procs.values():
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        for _ in range(repeat):
            for tree, proc in procs.items():
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write("round\n")
                proc.stdin.flush()
                for case, t in json.loads(proc.stdout.readline()).items():
                    times.setdefault((tree, case), []).append(t)
    finally:
        for proc in procs.values():
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait()
    return times


def instructions(dump: Path, listing: Path, trees: dict[str, dict[str, str]]) -> None:
    """One pass's instruction count of each case, per tree (see --instructions), and the overheads."""
    for tree, env in trees.items():
        counts: dict[str, float] = {}
        for case in ("library", "cli jsonl", "cli files"):
            runs = []
            for passes in (0, 2):
                p = subprocess.run(
                    ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                     sys.executable, "-c", IN_PROCESS, str(dump), str(listing), "0", case, str(passes)],
                    capture_output=True, text=True, env={**env, "PYTHONHASHSEED": "0"},
                )  # fmt: skip
                m = re.search(r"I\s+refs:\s+([\d,]+)", p.stderr)
                if m is None:
                    raise SystemExit(f"valgrind gave no count:\n{p.stderr[-2000:]}")
                runs.append(int(m.group(1).replace(",", "")))
            counts[case] = (runs[1] - runs[0]) / 2
        lib = counts["library"]
        print(f"{tree:9s} library    {lib / 1e6:9.1f} M instructions a pass")
        for case in ("cli jsonl", "cli files"):
            n = counts[case]
            print(f"{tree:9s} {case:10s} {n / 1e6:9.1f} M instructions a pass  overhead {n / lib - 1:+.2%}")


def cpu_seconds(cmd: list[str], env: dict[str, str]) -> float:
    with open(os.devnull, "wb") as devnull:
        p = subprocess.Popen(cmd, stdout=devnull, stderr=subprocess.DEVNULL, env=env)
        _pid, status, usage = os.wait4(p.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({code})")
    return usage.ru_utime + usage.ru_stime


def write_inputs(n: int, root: Path) -> tuple[Path, Path]:
    text = BULK.read_text(encoding="utf-8")
    articles = [a for a in re.split(r"\n\s*\n", text) if a.strip()][:n]
    dump = root / "dump.jsonl"
    with open(dump, "w", encoding="utf-8") as f:
        for i, a in enumerate(articles):
            f.write(json.dumps({"id": f"a{i}", "text": a}, ensure_ascii=i % 2 == 0) + "\n")
    listing = root / "files.txt"
    paths = []
    for i, a in enumerate(articles):
        p = root / f"{i:05d}.txt"
        p.write_text(a, encoding="utf-8")
        paths.append(f"{p}\n")
    listing.write_text("".join(paths), encoding="utf-8")
    return dump, listing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=300, help="articles to run (default 300)")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes of each (median reported)")
    ap.add_argument("--processes", action="store_true", help="a fresh process per pass, start-up included")
    ap.add_argument("--instructions", action="store_true", help="count instructions with valgrind instead")
    ap.add_argument("--baseline", type=Path, help="another checkout's src directory, timed alongside")
    args = ap.parse_args()
    if not BULK.exists():
        print(f"skipped: {BULK} not found (the shared corpus sits next to the repository)")
        return 0
    # Byte-compiled modules as a user's runs have them (--processes would otherwise compile factx each pass).
    plain = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    trees = {"this": plain}
    if args.baseline:
        trees["baseline"] = {**plain, "PYTHONPATH": str(args.baseline.resolve())}
    with tempfile.TemporaryDirectory(prefix="factx-overhead-") as tmp:
        dump, listing = write_inputs(args.docs, Path(tmp))
        cases = {
            "library": [sys.executable, "-c", LIBRARY_LOOP, str(dump)],
            "cli jsonl": [str(FACTX), "extract", "--format", "jsonl", "--jobs", "1", "--id-field", "id", str(dump)],
            "cli files": [str(FACTX), "extract", "--format", "jsonl", "--jobs", "1", "--files-from", str(listing)],
        }
        times: dict[tuple[str, str], list[float]] = {(t, c): [] for t in trees for c in cases}
        if args.instructions:
            print(f"{args.docs} articles, instructions of one pass (valgrind), one process per tree and case")
            instructions(dump, listing, trees)
            return 0
        if args.processes:
            for env in trees.values():
                cpu_seconds(cases["cli jsonl"], env)  # untimed: .pyc files, the lexicon cache, the page cache
            for _ in range(args.repeat):
                for tree, env in trees.items():
                    for case, cmd in cases.items():
                        times[(tree, case)].append(cpu_seconds(cmd, env))
        else:
            times.update(in_process(dump, listing, args.repeat, trees))
    how = "a process per pass" if args.processes else "passes in one process per tree"
    print(f"{args.docs} articles, {args.repeat} passes each, alternating, {how}; "
          f"load average {os.getloadavg()[0]:.2f}")  # fmt: skip
    for tree in trees:
        libs = times[(tree, "library")]
        lib = statistics.median(libs)
        print(f"{tree:9s} library    cpu median {lib:7.2f} s")
        for case in ("cli jsonl", "cli files"):
            cli = statistics.median(times[(tree, case)])
            over = cli / lib - 1
            # The same pass's library time next to each cli pass: load from other programs that comes and goes
            # hits a pair alike, so the median of the pairs' ratios is the steadier second reading.
            paired = statistics.median(c / b - 1 for c, b in zip(times[(tree, case)], libs, strict=True))
            verdict = "meets" if over <= TARGET else "misses"
            print(f"{tree:9s} {case:10s} cpu median {cli:7.2f} s  overhead {over:+.1%} ({verdict} the ≤ 10% target)"
                  f"; paired rounds {paired:+.1%}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
