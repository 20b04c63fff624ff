#!/usr/bin/env python3
"""Score factx against the shared gold files, one evaluation set at a time.

usage: accuracy.py [SET ...] [--verbose]      SET: seed zh hant en d2-zh d2-hant d2-en (default: all)

Each set is a temporary directory of symlinks to gold files, handed to ../shared/eval/run_eval.py, whose
per-type table and overall line are printed as it prints them; a summary line per set follows.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# set name -> gold file name prefixes
SETS: dict[str, tuple[str, ...]] = {
    "seed": ("seed",),
    "zh": ("seed", "d-zh-"),
    "hant": ("d-hant-",),
    "en": ("d-en-",),
    "d2-zh": ("d2-zh-",),
    "d2-hant": ("d2-hant-",),
    "d2-en": ("d2-en-",),
}


def factx_script() -> str:
    """The installed `factx` script next to this interpreter, else the one on PATH."""
    script = Path(sys.executable).with_name("factx")
    found = str(script) if script.exists() else shutil.which("factx")
    if found is None:
        sys.exit("factx not found next to the interpreter or on PATH")
    return found


def run_set(name: str, prefixes: tuple[str, ...], cmd: str, verbose: bool) -> tuple[str, float]:
    """Run run_eval.py over one set; print its report; return its overall line and the wall time."""
    gold_dir = SHARED / "eval" / "gold"
    with tempfile.TemporaryDirectory(prefix=f"factx-{name}-") as tmp:
        for gold in sorted(gold_dir.glob("*.json")):
            if gold.name.startswith(prefixes):
                (Path(tmp) / gold.name).symlink_to(gold)
        args = [sys.executable, str(SHARED / "eval" / "run_eval.py"), tmp, str(SHARED / "eval" / "texts"), "--cmd", cmd]
        if verbose:
            args.append("--verbose")
        t0 = time.perf_counter()
        proc = subprocess.run(args, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - t0
    print(f"## {name} ({' + '.join(prefixes)})")
    print(proc.stdout, end="")
    if proc.returncode != 0:
        print(proc.stderr, end="", file=sys.stderr)
    lines = proc.stdout.strip().splitlines()
    overall = lines[-1] if lines else f"no result (exit {proc.returncode})"
    print()
    return overall, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"{', '.join(SETS)} (default: all)")
    parser.add_argument("--verbose", action="store_true", help="show misses, false positives and wrong values")
    opts = parser.parse_args()
    if unknown := [s for s in opts.sets if s not in SETS]:
        parser.error(f"unknown set {', '.join(unknown)}; choose from {', '.join(SETS)}")
    if not (SHARED / "eval" / "run_eval.py").is_file():
        print(f"skipped: ../shared not found ({SHARED})")
        return 0
    cmd = f"{shlex.quote(factx_script())} extract --format jsonl"
    results = [(name, *run_set(name, SETS[name], cmd, opts.verbose)) for name in opts.sets or SETS]
    print("## summary")
    for name, overall, elapsed in results:
        print(f"{name:5s} {overall}  [{elapsed:.1f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
