"""Importing this module warms the process for a long run: the whole lexicon (and rjieba, when installed) is
loaded, each language's recognizers have run once, and the garbage collector's view of all that is frozen
(`batch.warm_up`, what a local `--jobs` parent does before it forks its workers).

It exists to be imported by a process that many partitions run in, or that such processes are forked from:

- `local:N` (`client.connect`) starts its workers from a `forkserver` that imports this module first
  (`config.warm_forkserver`): each worker process starts with everything built, shares those pages with
  its siblings (copy-on-write) instead of building and holding its own copy, and a worker the nanny
  restarts after a crash starts warm too.
- A cluster started by hand does the same per worker with `dask worker --preload factx.cluster.prewarm …`
  (no sharing then, but no partition waits for the lexicon).

A worker that has not imported it warms itself before its first partition (`child.analysed`), so no result
depends on it; a failure here is left for the first document to report.
"""

from __future__ import annotations

import contextlib

from ..batch import warm_up

with contextlib.suppress(Exception):  # the forkserver only survives ImportError from a preloaded module
    warm_up()
