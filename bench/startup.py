#!/usr/bin/env python3
"""Wall time of a fresh `factx` process: one small article end to end, and `--version` as the floor.

usage: startup.py [--runs N]

Each run is a new process (subprocess, output to /dev/null), timed with time.perf_counter; one untimed run
of each comes first so byte-compilation is not counted. Target: extract median under 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from accuracy import factx_script  # same directory: run as `python bench/startup.py`

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "zibo_aid_interview.txt"
TARGET = 0.5


def wall_times(args: list[str], runs: int) -> list[float]:
    subprocess.run(args, stdout=subprocess.DEVNULL, check=True)  # untimed: .pyc, page cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed processes of each (default 5)")
    opts = parser.parse_args()
    factx = factx_script()
    cases = {
        "extract": [factx, "extract", "--format", "jsonl", str(ARTICLE)],
        "version": [factx, "--version"],
    }
    medians = {}
    for name, args in cases.items():
        ts = wall_times(args, opts.runs)
        medians[name] = statistics.median(ts)
        print(f"{name:8s} median {medians[name]:.3f} s  min {min(ts):.3f}  max {max(ts):.3f}  ({opts.runs} runs)")
    extra = medians["extract"] - medians["version"]
    print(f"extract over the interpreter+import floor: +{extra:.3f} s ({medians['extract'] / medians['version']:.2f}x)")
    verdict = "meets" if medians["extract"] < TARGET else "misses"
    print(f"extract median {medians['extract']:.3f} s {verdict} the {TARGET} s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
