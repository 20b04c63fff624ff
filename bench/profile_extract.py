#!/usr/bin/env python3
"""Where factx.extract spends its time: cProfile over the first N characters of the bulk corpus.

usage: profile_extract.py [--chars N] [--top K] [--sort tottime|cumtime] [--file PATH] [--rjieba]

Reads ../shared/corpus/bulk.txt (articles separated by blank lines) and keeps whole articles until N characters
(default 1,000,000), or profiles one file given with --file (a hostile page, say). A warm-up pass over all the
documents, not profiled, keeps one-time loading (jieba's dictionary, compiled patterns) out of the figures; then
one profiled pass over all of them prints the top functions by own time and by cumulative time.

--rjieba preloads the lexicon as batch workers do, so the windows are cut by the rjieba accelerator when it is
installed: jieba's Python then drops out of the tables and the engine's own costs stand out.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
import time
from pathlib import Path

import factx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bulk.txt"


def first_chars(path: Path, chars: int) -> list[str]:
    """Whole articles from the start of `path` until their lengths reach `chars`."""
    text = path.read_text(encoding="utf-8")
    out: list[str] = []
    total = 0
    for article in (p.strip() for p in re.split(r"\n\s*\n", text)):
        if not article:
            continue
        if total >= chars:
            break
        out.append(article)
        total += len(article)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=1_000_000, help="characters of the corpus (default 1M)")
    parser.add_argument("--top", type=int, default=30, help="rows of each table (default 30)")
    parser.add_argument("--sort", default="both", choices=["tottime", "cumtime", "both"])
    parser.add_argument("--file", type=Path, default=None, help="profile this one document instead")
    parser.add_argument("--rjieba", action="store_true", help="preload the lexicon (rjieba cuts when installed)")
    opts = parser.parse_args()
    if opts.file is not None:
        articles = [opts.file.read_text(encoding="utf-8", errors="replace")]
    elif CORPUS.is_file():
        articles = first_chars(CORPUS, opts.chars)
    else:
        print(f"skipped: ../shared not found ({CORPUS})")
        return 0
    chars = sum(map(len, articles))
    if opts.rjieba:
        from factx.lexicon import LEXICON

        LEXICON.preload()
        print("segmenter: rjieba (preloaded)" if LEXICON.accelerated else "segmenter: jieba (rjieba not installed)")
    for a in articles:
        factx.extract(a)
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    facts = sum(len(factx.extract(a)) for a in articles)
    profiler.disable()
    elapsed = time.perf_counter() - t0
    print(f"{len(articles)} documents, {chars:,} chars, {facts:,} facts, {elapsed:.2f} s under the profiler")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs()
    for key in ("tottime", "cumtime") if opts.sort == "both" else (opts.sort,):
        stats.sort_stats(key).print_stats(opts.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
