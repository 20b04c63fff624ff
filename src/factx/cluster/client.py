"""The client side of a cluster run: connecting, submitting partitions and streaming the outcomes back.

`connect("local[:N]")` starts a LocalCluster of N single-threaded worker processes (default: one per core);
any `scheme://host:port` connects to a running scheduler. `Run.outcomes(paths)` plans the partitions
lazily (`plan`), keeps at most `window` of them submitted at once (so neither the cluster nor the client
holds the results of a whole archive), and yields one `batch.Outcome` per document in input order, as
`batch.run` does: a single consumer (the stdout writer, or a store's one writer) can take them as they
come. Each partition's result is read once and released, so a task that Dask reruns after a worker died
contributes its documents exactly once.

With `out_dir`, each task writes its partition's Parquet file itself (`parquet`) and sends back only the
outcomes without their facts; `resume` skips partitions whose file is already complete; files of earlier
runs that this one does not plan are removed and a manifest is written last (`parquet.begin`/`finish`).
With `stored` (a `--db` run), each task is told which of its documents the store holds (`stored`) and
sends back each other document's content hash with its outcome (`hashed_outcomes`).
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..batch import Outcome, Settings, _from_wire, default_jobs
from ..inputs import Walker
from . import parquet
from .config import LOCAL, warm_forkserver
from .plan import DEFAULT_PARTITION_SIZE, Part, plan
from .stored import StoredIndex
from .work import count_lines, run_part, store_part

WINDOW_PER_THREAD = 4  # partitions submitted per worker thread: keeps every worker busy, memory bounded


def connect(spec: str) -> tuple[Any, Any]:
    """(client, cluster): `local`, `local:N`, or a scheduler address. ValueError for a malformed spec;
    OSError (or TimeoutError) when the scheduler cannot be reached. The caller closes both."""
    from distributed import Client

    m = re.fullmatch(r"local(?::(\d+))?", spec.strip())
    if m:
        import logging

        from distributed import LocalCluster

        n = int(m[1]) if m[1] else default_jobs()
        if n < 1:
            raise ValueError("local needs at least one worker (local:N with N ≥ 1)")
        import dask

        # Dask's periodic probes (profiler, latency ticks, monitors, stealing) take the GIL from the engine
        # and, on a LocalCluster, a share of a core in this process; the workers are forked warm: see `config`.
        with dask.config.set(LOCAL):
            warm_forkserver()
            cluster = LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, silence_logs=logging.ERROR,
                dashboard_address=":0",  # any free port: several clusters may share a machine
                # A forked worker inherits the environment of the forkserver's start (the first local:N of
                # this process); it gets today's, as a spawned worker would.
                env=dict(os.environ),
            )  # fmt: skip
            return Client(cluster), cluster
    if not re.fullmatch(r"[a-z][a-z0-9+.-]*://\S+", spec.strip()):
        raise ValueError(f"{spec!r} is neither local[:N] nor a scheduler address such as tcp://host:8786")
    return Client(spec.strip()), None  # gives up after distributed.comm.timeouts.connect (dask config)


def dashboard_link(client: Any) -> str | None:
    """The Dask dashboard's address, when the scheduler serves one."""
    try:
        if "dashboard" not in client.scheduler_info().get("services", {}):
            return None
        return str(client.dashboard_link)
    except Exception:  # a scheduler that does not say: no link rather than no run
        return None


class Run:
    """One run on a cluster. `planned`, `done` and `resumed` count partitions (submitted, finished on the
    cluster in any order, skipped as already complete) for a progress display; `done` is updated from the
    futures' callbacks."""

    def __init__(
        self,
        client: Any,
        settings: Settings,
        partition_size: int = DEFAULT_PARTITION_SIZE,
        out_dir: str | None = None,
        resume: bool = False,
        window: int | None = None,
        stored: StoredIndex | None = None,
    ) -> None:
        self.client = client
        self.settings = settings
        self.partition_size = partition_size
        self.out_dir = os.path.abspath(out_dir) if out_dir else None
        self.resume = resume
        threads = sum(client.nthreads().values()) or 1
        self.window = window or max(4, WINDOW_PER_THREAD * threads)
        self.stored = stored
        self.planned = self.done = self.resumed = 0
        self.unchanged = 0  # documents the store already held, skipped by the workers (`stored`)
        self._token = uuid.uuid4().hex[:12]

    def _count_lines(self, bounds: list[tuple[str, int, int]]) -> list[int]:
        paths, starts, ends = zip(*bounds, strict=True)
        futures = self.client.map(count_lines, paths, starts, ends, key=[f"factx-lines-{self._token}-{i}-{s}"
                                  for i, s in enumerate(starts)])  # fmt: skip
        try:
            return list(self.client.gather(futures))
        except Exception as e:  # the dump vanished or a worker cannot read it: the run cannot number its lines
            raise RuntimeError(f"cannot count the lines of {paths[0]}: {type(e).__name__}: {e}") from e

    def _submit(self, part: Part) -> Any:
        key = f"factx-part-{self._token}-{part.index}"
        if self.out_dir is not None:
            fut = self.client.submit(parquet.write_part, part, self.settings, self.out_dir, key=key, pure=False)
        elif self.stored is not None:
            fut = self.client.submit(store_part, part, self.settings, self.stored.for_part(part), key=key,
                                     pure=False)  # fmt: skip
        else:
            fut = self.client.submit(run_part, part, self.settings, key=key, pure=False)
        finished = threading.Event()
        fut.add_done_callback(lambda _f: self._finished(finished))
        return fut, finished

    def _finished(self, finished: threading.Event) -> None:
        self.done += 1
        finished.set()

    def outcomes(
        self,
        paths: Iterable[str],
        walker: Walker | None = None,
        on_notice: Callable[[str], None] | None = None,
        on_wait: Callable[[], None] | None = None,
    ) -> Iterator[Outcome]:
        """One Outcome per document, in input order. `on_wait` is called about five times a second while
        the next partition in order is not finished (to refresh a progress display)."""
        for o, _hash in self.hashed_outcomes(paths, walker, on_notice, on_wait):
            yield o

    def hashed_outcomes(
        self,
        paths: Iterable[str],
        walker: Walker | None = None,
        on_notice: Callable[[str], None] | None = None,
        on_wait: Callable[[], None] | None = None,
    ) -> Iterator[tuple[Outcome, str | None]]:
        """`outcomes` with each document's content hash, for a run with `stored` (None otherwise); the
        documents the store already holds are left out and counted in `unchanged`."""
        options = walker.opts if walker is not None else self.settings.sources
        if self.out_dir is not None:
            os.makedirs(self.out_dir, exist_ok=True)
            parquet.begin(self.out_dir, self.resume)
        files: list[str] = []  # this run's Parquet files, in order
        parts = plan(paths, options, self._count_lines, self.partition_size, on_notice, walker)
        pending: deque[tuple[Part, tuple[Any, threading.Event]]] = deque()
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < self.window:
                    part = next(parts, None)
                    if part is None:
                        exhausted = True
                        continue
                    files.append(parquet.file_name(part.index))
                    if self.resume and self.out_dir and parquet.is_complete(self.out_dir, part, self.settings):
                        self.resumed += 1
                    else:
                        pending.append((part, self._submit(part)))
                        self.planned += 1
                if not pending:
                    self._sweep()
                    if self.out_dir is not None:
                        parquet.finish(self.out_dir, files, self.settings)
                    return
                part, (fut, finished) = pending[0]
                result = self._result(part, fut, finished, on_wait)
                pending.popleft()
                fut.release()
                if self.stored is not None:
                    skipped, hashed = result
                    self.unchanged += skipped
                    for wire, content_hash in hashed:
                        yield _from_wire(wire), content_hash
                else:
                    for wire in result:
                        yield _from_wire(wire), None
        finally:
            for _, (fut, _finished) in pending:
                fut.cancel()

    def _sweep(self) -> None:
        """Remove the temporary files of writes cut short by a dying worker (their task ran again)."""
        if self.out_dir is None:
            return
        for name in os.listdir(self.out_dir):
            if name.startswith(".part-") and name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(self.out_dir, name))

    @staticmethod
    def _result(part: Part, fut: Any, finished: threading.Event, on_wait: Callable[[], None] | None) -> Any:
        # Wait on our own event, set by the future's callback, and only then ask for the result: polling
        # `Future.result(timeout=…)` races inside distributed under load (an UnboundLocalError, or a hang).
        while not finished.wait(0.2):
            if on_wait is not None:
                on_wait()
        try:
            return fut.result()
        except Exception as e:  # the task itself failed (its workers kept dying, the output disk is full …)
            raise RuntimeError(f"partition {part.index} ({part.key}) failed: {type(e).__name__}: {e}") from e
