#!/usr/bin/env python3
"""Characters per second of factx.extract against plain jieba segmentation, in one process.

usage: throughput.py [--repeat N] [--limit N]

Reads ../shared/corpus/bulk.txt (articles separated by blank lines). A warm-up pass over the first 200
articles (factx and jieba, not timed) keeps one-time loading out of the figures; then each pass runs
--repeat times, alternating, and the medians are reported. Target: factx at least 3x jieba's rate.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

import jieba

import factx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bulk.txt"
WARMUP = 200
TARGET = 3.0


def load(limit: int | None) -> list[str]:
    text = CORPUS.read_text(encoding="utf-8")
    articles = [a for a in (p.strip() for p in re.split(r"\n\s*\n", text)) if a]
    return articles[:limit]


def factx_pass(articles: list[str]) -> int:
    """Every type, subjects on; returns the number of facts."""
    return sum(len(factx.extract(a)) for a in articles)


def jieba_pass(articles: list[str]) -> int:
    """Default jieba.cut, generator consumed; returns 0 (no facts)."""
    for a in articles:
        deque(jieba.cut(a), maxlen=0)
    return 0


def timed(run: Callable[[list[str]], int], articles: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    found = run(articles)
    return time.perf_counter() - t0, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes of each (default 3)")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="use only the first N articles")
    opts = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: ../shared not found ({CORPUS})")
        return 0
    articles = load(opts.limit)
    chars = sum(map(len, articles))
    print(f"corpus: {len(articles)} articles, {chars:,} chars; {opts.repeat} timed passes each")

    t0 = time.perf_counter()
    jieba.setLogLevel(60)  # silence the "Building prefix dict" chatter
    jieba.initialize()
    factx_pass(articles[:WARMUP])
    jieba_pass(articles[:WARMUP])
    print(
        f"warm-up (not timed): jieba.initialize() + both passes on the first {WARMUP} articles, "
        f"{time.perf_counter() - t0:.2f} s"
    )

    times: dict[str, list[float]] = {"factx": [], "jieba": []}
    facts = 0
    for _ in range(opts.repeat):
        for name, run in (("factx", factx_pass), ("jieba", jieba_pass)):
            elapsed, found = timed(run, articles)
            times[name].append(elapsed)
            if name == "factx":
                facts = found

    rates = {name: chars / statistics.median(ts) for name, ts in times.items()}
    for name, ts in times.items():
        runs = " ".join(f"{t:.2f}" for t in ts)
        print(f"{name:6s} median {rates[name]:>11,.0f} chars/s   passes (s): {runs}")
    print(f"facts found by factx: {facts:,} ({facts / len(articles):.1f} per article)")
    ratio = rates["factx"] / rates["jieba"]
    verdict = "meets" if ratio >= TARGET else "below"
    print(f"ratio factx/jieba: {ratio:.2f}x ({verdict} the {TARGET:g}x target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
