#!/usr/bin/env python3
"""Characters per second of factx.extract against plain jieba segmentation, in one process.

usage: throughput.py [--repeat N] [--chars N] [--limit N] [--rjieba] [--baseline SRC]

Reads ../shared/corpus/bulk.txt (articles separated by blank lines) and keeps whole articles until --chars
characters (default 1,000,000; 0 for the whole corpus), or the first --limit articles. One warm-up pass of
each over all of them (not timed) keeps one-time loading (jieba's dictionary, compiled patterns) out of the
figures; then factx.extract (every type, subjects on) and jieba.lcut run --repeat times each, alternating,
and the medians are compared. Target (issue 13): factx at least 6x jieba.lcut's rate.

factx cuts its short windows as a library call does: in Python over jieba's table, until the process has cut
enough to pay for importing the rjieba accelerator, when it is installed (the warm-up pass does; FACTX_RJIEBA=0
keeps it off). With --rjieba the lexicon is preloaded first, as the batch workers preload it. The lines
"segmenter:" say which one the timed passes ran on. jieba.lcut, the yardstick, is plain jieba either way.

--baseline SRC (another checkout's `src`, e.g. `git archive HEAD src | tar -x -C /tmp/base`) compares two trees
in one loop: two worker processes, this tree's and one with PYTHONPATH=SRC, each warmed up once, take the
articles slice by slice (60 at a time), each slice run in turn by this tree's factx, the baseline's factx and
jieba, so a load that drifts during the run weighs on the three alike. It reports each tree's ratio to jieba
and the speed-up of this tree over the baseline, on the CPU time of the passes (the sums of the slices), pass
by pass.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import jieba

import factx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bulk.txt"
TARGET = 6.0


def load(chars: int, limit: int | None) -> list[str]:
    """Whole articles from the start of the corpus: the first `limit`, or until `chars` characters (0: all)."""
    text = CORPUS.read_text(encoding="utf-8")
    articles = [a for a in (p.strip() for p in re.split(r"\n\s*\n", text)) if a]
    if limit is not None:
        return articles[:limit]
    if not chars:
        return articles
    out: list[str] = []
    total = 0
    for a in articles:
        if total >= chars:
            break
        out.append(a)
        total += len(a)
    return out


def factx_pass(articles: list[str]) -> int:
    """Every type, subjects on; returns the number of facts."""
    return sum(len(factx.extract(a)) for a in articles)


def jieba_pass(articles: list[str]) -> int:
    """Default jieba.lcut (precise mode, HMM on); returns 0 (no facts)."""
    for a in articles:
        jieba.lcut(a)
    return 0


def timed(run: Callable[[list[str]], int], articles: list[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process, facts found)."""
    t0, c0 = time.perf_counter(), time.process_time()
    found = run(articles)
    return time.perf_counter() - t0, time.process_time() - c0, found


def _segmenter() -> str:
    """Which segmenter factx's cuts run on now (after the warm-up, the one the timed passes use)."""
    from factx.lexicon import LEXICON

    return "rjieba" if LEXICON.accelerated else "jieba's table, cut in Python"


def serve(articles: list[str]) -> None:
    """Worker of a --baseline run: after a warm-up, one timed pass per line read ("factx" or "jieba")."""
    jieba.setLogLevel(60)
    jieba.initialize()
    factx_pass(articles)
    jieba_pass(articles)
    print(json.dumps({"ready": factx.__file__, "segmenter": _segmenter()}), flush=True)
    for line in sys.stdin:
        what, i, j = line.split()
        run = factx_pass if what == "factx" else jieba_pass
        wall, cpu, found = timed(run, articles[int(i) : int(j)])
        print(json.dumps({"wall": wall, "cpu": cpu, "facts": found}), flush=True)


_SLICE = 60  # articles timed at a time in a --baseline run


def compare(opts: argparse.Namespace, chars: int) -> int:
    """This tree against the `src` at opts.baseline, passes alternating between two warmed-up workers."""
    args = [sys.executable, __file__, "--serve", "--chars", str(opts.chars)]
    if opts.limit is not None:
        args += ["--limit", str(opts.limit)]
    if opts.rjieba:
        args.append("--rjieba")
    trees = {"this": str(ROOT / "src"), "baseline": str(Path(opts.baseline).resolve())}
    workers: dict[str, subprocess.Popen[str]] = {}
    for name, src in trees.items():
        env = dict(os.environ, PYTHONPATH=src)
        workers[name] = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    for name, w in workers.items():
        assert w.stdout is not None
        ready = json.loads(w.stdout.readline())
        print(f"{name:8s} factx from {ready['ready']}; segmenter: {ready.get('segmenter', '?')}")

    def ask(name: str, what: str, i: int, j: int) -> dict[str, float]:
        w = workers["this" if name == "jieba" else name]
        assert w.stdin is not None and w.stdout is not None
        w.stdin.write(f"{'jieba' if name == 'jieba' else 'factx'} {i} {j}\n")
        w.stdin.flush()
        return json.loads(w.stdout.readline())  # type: ignore[no-any-return]

    # A pass is a run over the articles in slices, each slice timed for the three in turn (the order rotating),
    # so that the three see the same load at a fraction of a second apart, not a pass apart.
    n = len(load(opts.chars, opts.limit))
    names = ["this", "baseline", "jieba"]
    cpus: dict[str, list[float]] = {name: [] for name in names}
    facts: dict[str, int] = {"this": 0, "baseline": 0}
    for r in range(opts.repeat):
        total = dict.fromkeys(names, 0.0)
        for k, i in enumerate(range(0, n, _SLICE)):
            shift = (k + r) % 3
            for name in names[shift:] + names[:shift]:
                got = ask(name, "", i, min(n, i + _SLICE))
                total[name] += got["cpu"]
                if name != "jieba" and r == 0:
                    facts[name] += int(got["facts"])
        for name in names:
            cpus[name].append(total[name])
    for w in workers.values():
        assert w.stdin is not None
        w.stdin.close()
        w.wait()
    for name, ts in cpus.items():
        shown = " ".join(f"{t:.2f}" for t in ts)
        print(f"{name:8s} CPU (s) per pass: {shown}   median {statistics.median(ts):.2f}   "
              f"{chars / statistics.median(ts):>11,.0f} chars/s")  # fmt: skip
    print(f"facts found: this {facts['this']:,}, baseline {facts['baseline']:,}")
    for name in ("this", "baseline"):
        pairs = [j / f for f, j in zip(cpus[name], cpus["jieba"], strict=True)]
        shown = " ".join(f"{r:.2f}" for r in pairs)
        print(f"ratio {name}/jieba on CPU time, pass by pass: {shown} (median {statistics.median(pairs):.2f}x)")
    speed = [b / t for t, b in zip(cpus["this"], cpus["baseline"], strict=True)]
    shown = " ".join(f"{r:.2f}" for r in speed)
    print(f"speed-up this/baseline on CPU time, pass by pass: {shown} (median {statistics.median(speed):.2f}x)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes of each (default 3)")
    parser.add_argument(
        "--chars", type=int, default=1_000_000, metavar="N", help="first N chars of whole articles (0: all)"
    )
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="the first N articles instead")
    parser.add_argument("--rjieba", action="store_true", help="preload the lexicon (rjieba cuts when installed)")
    parser.add_argument("--baseline", metavar="SRC", help="another checkout's src, timed in the same loop")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # a --baseline worker
    opts = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: ../shared not found ({CORPUS})")
        return 0
    articles = load(opts.chars, opts.limit)
    chars = sum(map(len, articles))
    if opts.rjieba:
        from factx.lexicon import LEXICON

        LEXICON.preload()
    if opts.serve:
        serve(articles)
        return 0
    print(f"corpus: {len(articles)} articles, {chars:,} chars; {opts.repeat} timed passes each")
    if opts.baseline:
        return compare(opts, chars)

    t0 = time.perf_counter()
    jieba.setLogLevel(60)  # silence the "Building prefix dict" chatter
    jieba.initialize()
    factx_pass(articles)
    jieba_pass(articles)
    print(f"warm-up (not timed): jieba.initialize() + one pass of each, {time.perf_counter() - t0:.2f} s")
    print(f"segmenter: {_segmenter()}{' (preloaded)' if opts.rjieba else ''}")

    walls: dict[str, list[float]] = {"factx": [], "jieba": []}
    cpus: dict[str, list[float]] = {"factx": [], "jieba": []}
    facts = 0
    for _ in range(opts.repeat):
        for name, run in (("factx", factx_pass), ("jieba", jieba_pass)):
            wall, cpu, found = timed(run, articles)
            walls[name].append(wall)
            cpus[name].append(cpu)
            if name == "factx":
                facts = found

    rates = {name: chars / statistics.median(ts) for name, ts in walls.items()}
    for name, ts in walls.items():
        runs = " ".join(f"{t:.2f}" for t in ts)
        cpu_runs = " ".join(f"{t:.2f}" for t in cpus[name])
        print(f"{name:6s} median {rates[name]:>11,.0f} chars/s   passes (s): {runs}   CPU (s): {cpu_runs}")
    print(f"facts found by factx: {facts:,} ({facts / len(articles):.1f} per article)")
    ratio = rates["factx"] / rates["jieba"]
    verdict = "meets" if ratio >= TARGET else "below"
    print(f"ratio factx/jieba: {ratio:.2f}x ({verdict} the {TARGET:g}x target)")
    # On a machine shared with other work, wall time counts the waits too; CPU time of the process does not.
    cpu_ratio = statistics.median(cpus["jieba"]) / statistics.median(cpus["factx"])
    print(f"ratio on CPU time (medians): {cpu_ratio:.2f}x")
    # The load of a shared machine drifts within a run; a pass of each back to back sees about the same load,
    # so the ratio of each such pair varies less than the ratio of the two medians.
    pairs = [j / f for f, j in zip(cpus["factx"], cpus["jieba"], strict=True)]
    shown = " ".join(f"{r:.2f}" for r in pairs)
    print(f"ratio on CPU time, pass by pass: {shown} (median {statistics.median(pairs):.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
