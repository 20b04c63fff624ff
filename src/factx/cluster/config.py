"""The Dask settings a factx run wants on the cluster it starts itself (`local[:N]`), and why.

A factx task is one long pure-Python loop per single-threaded worker: minutes of engine work on a few dozen
partitions. Dask's defaults are tuned for many short tasks and live dashboards: every server's event loop
wakes every 20 ms to measure its own latency, every worker samples its memory every 100 ms and its system
statistics every 500 ms, the workers' statistical profiler walks the task thread's stack 100 times a second,
and the scheduler looks for work to steal every 100 ms. Each wake-up needs the GIL from the engine, and on a
LocalCluster all the scheduler's and nannies' wake-ups land in the client process, which shares the machine's
cores with the workers. Measured on an idle two-worker LocalCluster (`bench/cluster.py --idle`): the client
process used 5.5–8 % of a core and each worker 2.5–3 % (4.3–4.7 % with the profiler) doing nothing, against about
1 % and 0.5 % with these settings.

None of them changes what is computed or the guarantees of a run: memory is still watched (every second
instead of ten times a second; the engine's own limits keep a document's memory bounded long before that
matters), the scheduler still queues tasks and reschedules those of a lost worker, and the dashboard still
shows tasks and progress (not the profile, and system plots refreshed less often). A cluster started by
hand takes the same settings from its own environment (see README, "Running on a cluster").
"""

from __future__ import annotations

from typing import Any

QUIET: dict[str, Any] = {
    # The statistical profiler: takes the GIL 100 times a second to walk the engine's deep stacks.
    "distributed.worker.profile.enabled": False,
    # Event-loop latency probes of every server (scheduler, nannies, workers, client): 50 wake-ups a second.
    "distributed.admin.tick.interval": "1s",
    # Memory checks of each worker and its nanny (spill, pause, terminate): a task runs for seconds anyway.
    "distributed.worker.memory.monitor-interval": "1s",
    # CPU/memory/disk/network samples for the dashboard's system plots.
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.admin.system-monitor.gil.enabled": False,
    # Tasks are queued on the scheduler and handed out as workers free up: nothing is left to steal, and the
    # balancing pass would run ten times a second for nothing.
    "distributed.scheduler.work-stealing": False,
}

# `local:N` only: the workers are forked from a forkserver that imported `prewarm`, instead of each being a
# fresh interpreter that imports Dask and factx and builds the lexicon for itself (`warm_forkserver`).
LOCAL: dict[str, Any] = {**QUIET, "distributed.worker.multiprocessing-method": "forkserver"}
PREWARM = "factx.cluster.prewarm"


def warm_forkserver() -> None:
    """Have the forkserver this process starts its `local:N` workers from import `distributed` and `prewarm`
    (see there) before it forks a worker. Call under `LOCAL`, before the cluster starts. Distributed's own
    list adds every optional package it finds (numpy, pyarrow …), which a factx task does not use (Parquet
    output imports pyarrow where it writes). Without effect when this process's forkserver already runs:
    its workers then warm themselves, as any worker does."""
    from distributed.utils import get_mp_context

    ctx = get_mp_context()  # sets distributed's list first (once per process), so it cannot replace ours
    ctx.set_forkserver_preload(["distributed", PREWARM])
