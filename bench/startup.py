#!/usr/bin/env python3
"""Wall time of a fresh `factx` process: one article end to end, `--version` as the floor, and `check`.

usage: startup.py [--runs N] [--baseline SRC ...] [--article FILE] [--no-bytecode]

Each run is a new process (subprocess, output to /dev/null), timed with time.perf_counter; one untimed run
of each comes first so byte-compilation is not counted (PYTHONDONTWRITEBYTECODE is dropped from the
children's environment for that, unless --no-bytecode) and the cache files (lexicon, compiled patterns)
exist. The article is ../shared/eval/texts/seed.txt when
the shared data sits next to the repository, else examples/zibo_aid_interview.txt.

--baseline SRC runs every command a second time with PYTHONPATH=SRC (another checkout's `src`, e.g. one
made with `git archive <commit> src | tar -x -C DIR`), alternating the two in one loop, so load from other
programs on a shared machine hits both alike (--baseline may be given more than once; each tree is named
after the directory holding its `src`); compare the ratio, not the absolute times. CPU time (user +
system of the process) is printed too: on a loaded machine it moves far less than wall time.
Target (issue 13): extract median ≤ 0.25 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from accuracy import factx_script  # same directory: run as `python bench/startup.py`

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "eval" / "texts" / "seed.txt"
EXAMPLE = ROOT / "examples" / "zibo_aid_interview.txt"
DRAFT = ROOT / "examples" / "city_economy.txt"
TARGET = 0.25


def one_run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, from wait4) of one process."""
    t0 = time.perf_counter()
    p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # check exits 1 when a figure is not supported: that is a finished run
        raise SystemExit(f"{' '.join(args)} failed ({code})")
    return elapsed, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed processes of each (default 5)")
    parser.add_argument("--baseline", type=Path, action="append", default=[],
                        help="another checkout's src directory, timed alongside (repeatable)")  # fmt: skip
    parser.add_argument("--article", type=Path, help="the article to extract (default: seed.txt or an example)")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE from the environment: every run compiles factx's "
                        "sources anew (by default it is dropped, as an installed package has its .pyc)")  # fmt: skip
    opts = parser.parse_args()
    article = opts.article or (SEED if SEED.exists() else EXAMPLE)
    factx = factx_script()
    cases = {
        "extract": [factx, "extract", "--format", "jsonl", str(article)],
        "version": [factx, "--version"],
        "check": [factx, "check", "--format", "json", str(article), str(DRAFT)],
    }
    base_env = dict(os.environ)
    if not opts.no_bytecode:
        # With it set, the untimed first run cannot leave .pyc files behind and every timed run would compile
        # all of factx's modules again (tens of ms), which no installed copy does.
        base_env.pop("PYTHONDONTWRITEBYTECODE", None)
    trees = {"this": base_env}
    for src in opts.baseline:
        trees[src.resolve().parent.name] = {**base_env, "PYTHONPATH": str(src.resolve())}
    first = next((tree for tree in trees if tree != "this"), None)
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for name, args in cases.items():
        for tree, env in trees.items():
            one_run(args, env)  # untimed: .pyc, page cache, the lexicon cache file
            times[(name, tree)] = []
    for _ in range(opts.runs):
        for name, args in cases.items():
            for tree, env in trees.items():
                times[(name, tree)].append(one_run(args, env))
    bytecode = "compiled each run" if "PYTHONDONTWRITEBYTECODE" in base_env else "cached .pyc"
    print(
        f"article: {article.name}; load average {os.getloadavg()[0]:.2f}; {opts.runs} runs each, alternating; "
        f"factx's modules: {bytecode}"
    )
    medians = {key: statistics.median(w for w, _ in ts) for key, ts in times.items()}
    cpu = {key: statistics.median(c for _, c in ts) for key, ts in times.items()}
    for (name, tree), ts in times.items():
        walls = [w for w, _ in ts]
        line = (
            f"{name:8s} {tree:10s} wall median {medians[(name, tree)]:.3f} s  min {min(walls):.3f}  "
            f"max {max(walls):.3f}  cpu median {cpu[(name, tree)]:.3f} s"
        )
        if first is not None and tree != first:
            line += (
                f"  (wall {medians[(name, tree)] / medians[(name, first)]:.2f}x, "
                f"cpu {cpu[(name, tree)] / cpu[(name, first)]:.2f}x {first}'s)"
            )
        print(line)
    extract = medians[("extract", "this")]
    verdict = "meets" if extract <= TARGET else "misses"
    print(f"extract median {extract:.3f} s {verdict} the {TARGET} s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
