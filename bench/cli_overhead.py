#!/usr/bin/env python3
"""The command line's own cost: `factx extract --format jsonl --jobs 1` against the library loop it wraps.

    .venv/bin/python bench/cli_overhead.py [--docs 300] [--repeat 3] [--baseline SRC]

Takes the first --docs articles of ../shared/corpus/bulk.txt (articles separated by a blank line) and
writes them twice into a temporary directory: as a JSONL dump ({"id", "text"} per line, every other line
with its Chinese \\u-escaped, as dumps often are) and as one file per article. Then it times, each in a
fresh process:

- library: `for text in texts: factx.analyze(text)`, the texts read from the same dump beforehand;
- cli jsonl: `factx extract --format jsonl --jobs 1 --id-field id DUMP > /dev/null`;
- cli files: `factx extract --format jsonl --jobs 1 --files-from LIST > /dev/null`.

Each time is the CPU time (user + system, from wait4) of the process, which a loaded machine changes far
less than wall time; both sides pay the same interpreter start-up and lexicon loading. Overhead is
cli / library - 1. Runs alternate (library, jsonl, files, library, …) and medians are reported.
--baseline SRC times the same commands with PYTHONPATH=SRC (another checkout's `src`) in the same loop.
Target (issue 13): overhead ≤ 10 %.
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
    ap.add_argument("--repeat", type=int, default=3, help="runs of each (median reported)")
    ap.add_argument("--baseline", type=Path, help="another checkout's src directory, timed alongside")
    args = ap.parse_args()
    if not BULK.exists():
        print(f"skipped: {BULK} not found (the shared corpus sits next to the repository)")
        return 0
    trees = {"this": dict(os.environ)}
    if args.baseline:
        trees["baseline"] = {**os.environ, "PYTHONPATH": str(args.baseline.resolve())}
    with tempfile.TemporaryDirectory(prefix="factx-overhead-") as tmp:
        dump, listing = write_inputs(args.docs, Path(tmp))
        cases = {
            "library": [sys.executable, "-c", LIBRARY_LOOP, str(dump)],
            "cli jsonl": [str(FACTX), "extract", "--format", "jsonl", "--jobs", "1", "--id-field", "id", str(dump)],
            "cli files": [str(FACTX), "extract", "--format", "jsonl", "--jobs", "1", "--files-from", str(listing)],
        }
        for env in trees.values():
            cpu_seconds(cases["cli jsonl"], env)  # untimed: .pyc files, the lexicon cache, the page cache
        times: dict[tuple[str, str], list[float]] = {(t, c): [] for t in trees for c in cases}
        for _ in range(args.repeat):
            for tree, env in trees.items():
                for case, cmd in cases.items():
                    times[(tree, case)].append(cpu_seconds(cmd, env))
    print(f"{args.docs} articles, {args.repeat} runs each, alternating; load average {os.getloadavg()[0]:.2f}")
    for tree in trees:
        lib = statistics.median(times[(tree, "library")])
        print(f"{tree:9s} library    cpu median {lib:7.2f} s")
        for case in ("cli jsonl", "cli files"):
            cli = statistics.median(times[(tree, case)])
            over = cli / lib - 1
            verdict = "meets" if over <= TARGET else "misses"
            print(f"{tree:9s} {case:10s} cpu median {cli:7.2f} s  overhead {over:+.1%} ({verdict} the ≤ 10% target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
