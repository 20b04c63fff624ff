"""The per-document time limit on a cluster worker: a partition's documents are analysed in a child process
of the worker, the local batch's own one-process pool (`batch._Pool`), which kills and replaces the child
when a document runs past `Settings.timeout` (or kills it) and charges exactly that document, then goes on
with the rest of the partition.

Why a child process: the local serial run stops a document with SIGALRM, but a Dask task runs in a worker
thread, and signals are only delivered to the main thread; an exception raised into a thread
(`PyThreadState_SetAsyncExc`) is not seen while the engine sits in one long regex or C call, and a thread
cannot be killed. A process can, at once, and its memory goes with it.

How: children are forked from a `forkserver` (started once per worker process, single-threaded), never
from the Dask worker itself, whose event loop and comm threads make `fork` unsafe. Each child loads the
lexicons before its first document (`_child_main`), so the clock of a document never includes them. A pool
is kept per worker process and per settings between tasks (`_take`/`_give`): a partition does not pay a
process start. Dask starts its workers as daemonic processes, which `multiprocessing` forbids to have
children; the children are daemonic themselves and end with the worker (or, if it is killed, at their next
read from the closed pipe), so the flag is lifted for that check (`_allow_children`).

Test-only: when the environment variable `FACTX_TEST_SLOW_SOURCE` is set in the process that starts a
child, the child sleeps for an hour on every document whose source contains its value, standing in for a
pathological document (no real input is reliably slow enough on every machine). Nothing else reads it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

from .. import batch
from ..batch import Outcome, Settings, failure, process
from ..inputs import Item

SLOW_ENV = "FACTX_TEST_SLOW_SOURCE"
MAX_IDLE_POOLS = 4  # kept per worker process; one per task thread is the usual need
WARM_UP = ("今年3月，县里投资4568万元新建了16所学校。", "The council spent $4.2 million in March 2019.")

_lock = threading.Lock()
_idle: list[tuple[Settings, _ChildPool]] = []


def _context() -> Any:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["factx.cluster.prewarm"])  # imported and warmed once, in the server (`prewarm`)
    return ctx


def _allow_children() -> None:
    proc = multiprocessing.current_process()
    if proc._config.get("daemon"):  # type: ignore[attr-defined]
        proc._config["daemon"] = False  # type: ignore[attr-defined]


def _child_main(conn: Any, settings: Settings, progress: Any, marker: str | None) -> None:
    if marker:
        batch.process = _slow(marker)  # type: ignore[assignment]  # this child only: the test hook above
    from ..lexicon import LEXICON
    from ..pipeline import analyze

    LEXICON.preload()  # a child analyses whole partitions: the full table (and rjieba, when installed) pays off
    for text in WARM_UP:
        try:
            analyze(text)
        except Exception:  # a warm-up only: the first real document reports any real fault
            continue
    gc.freeze()
    batch._worker_main(conn, settings, progress)


def _slow(marker: str) -> Any:
    def slow_process(item: Item, settings: Settings) -> Outcome:
        if marker in item.source:
            time.sleep(3600)
        return process(item, settings)

    return slow_process


class _ChildPool(batch._Pool):
    """`batch._Pool` with one child, forked from the forkserver and started by `_child_main`."""

    def _spawn(self) -> batch._Worker:
        ctx = _context()
        self._mp = ctx
        _allow_children()
        parent_end, child_end = ctx.Pipe(duplex=True)
        progress = ctx.RawArray("d", 2)
        batch._PARENT_ENDS.append(parent_end)
        # The test hook is read here, not in the child: a child inherits the environment of its forkserver's
        # start, which a long-lived process may have started before the variable was set.
        marker = os.environ.get(SLOW_ENV)
        p = ctx.Process(target=_child_main, args=(child_end, self.settings, progress, marker), daemon=True,
                        name="factx-document")  # fmt: skip
        p.start()
        child_end.close()
        return batch._Worker(p, parent_end, progress)


def _take(settings: Settings) -> _ChildPool:
    with _lock:
        for i, (s, pool) in enumerate(_idle):
            if s == settings:
                del _idle[i]
                return pool
    return _ChildPool(settings, 1)


def _give(settings: Settings, pool: _ChildPool) -> None:
    with _lock:
        _idle.append((settings, pool))
        extra = _idle[:-MAX_IDLE_POOLS]
        del _idle[:-MAX_IDLE_POOLS]
    for _, old in extra:
        old.close()


_frozen = False


def _warm_once() -> None:
    """Once per worker process: `batch.warm_up` (the whole lexicon, rjieba when installed; a no-op when the
    worker was forked warm, see `prewarm`), then a freeze of the collector's view of what exists now, Dask's
    own objects included, so full collections during a partition stop walking them."""
    global _frozen
    if not _frozen:
        batch.warm_up()
        gc.freeze()
        _frozen = True


def analysed(items: Iterator[Item], settings: Settings) -> Iterator[Outcome]:
    """One Outcome per item, in order. With a time limit, in a child process (see the module doc); without
    one, in this thread."""
    if not settings.timeout:
        _warm_once()
        for item in items:
            try:
                yield process(item, settings)
            except Exception as e:  # process has its own barriers; this one keeps the partition going anyway
                yield failure(item.source, f"internal error: {type(e).__name__}: {e}")
        return
    pool = _take(settings)
    finished = False
    try:
        yield from pool.run(items)
        finished = True
    finally:
        if finished:
            _give(settings, pool)
        else:  # abandoned mid-partition: its child may still hold documents of it, so it is not reused
            pool.close()
