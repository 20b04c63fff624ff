"""The early worker of a warm pool (issue 13): while the parent readies the segmenter, one worker forked before
that takes the first documents, stops partway when the warm workers start, and its unfinished documents go
to them; nothing is lost or reordered, a crash in it costs one document, and it never loads rjieba."""

from __future__ import annotations

import json
import subprocess
import sys

# The parent's segmenter warm-up is made slow (a sleep in `accelerate`, which only the parent calls) and each
# document slow to analyse, so that the early worker is surely stopped with documents of its chunk left.
SCRIPT = """
import json, os, sys, time
from factx import batch
from factx.batch import Settings, run
from factx.inputs import BytesItem
from factx.lexicon import LEXICON

real_analyze, real_accelerate = batch.analyze, LEXICON.accelerate
log = sys.argv[1]

def analyze(text, **kw):
    if "CRASH" in text:
        os._exit(3)
    time.sleep(0.01)
    with open(log, "a") as f:
        f.write(f"{os.getpid()} {int(LEXICON.accelerated)}\\n")
    return real_analyze(text, **kw)

def accelerate():
    time.sleep(0.6)
    return real_accelerate()

batch.analyze = analyze
LEXICON.accelerate = accelerate
crash = int(sys.argv[2])
texts = [f"今年第{i}批项目投资{i + 3}万元，新建{i % 7 + 2}所学校。" for i in range(200)]
items = [BytesItem(f"d{i}", ("CRASH" if i == crash else t).encode()) for i, t in enumerate(texts)]
outs = list(run(items, Settings(), 2))
import multiprocessing
print(json.dumps({
    "sources": [o.result.source for o in outs],
    "statuses": [o.status for o in outs],
    "errors": [o.result.error for o in outs],
    "facts": [[f.to_dict() for f in o.result.facts] for o in outs],
    "left": len(multiprocessing.active_children()),
    "parent": os.getpid(),
}))
"""


SERIAL = """
import json
from factx import analyze
texts = [f"今年第{i}批项目投资{i + 3}万元，新建{i % 7 + 2}所学校。" for i in range(200)]
print(json.dumps([[f.to_dict() for f in analyze(t).facts] for t in texts]))
"""


def _run(tmp_path, crash: int = -1) -> tuple[dict, list[tuple[int, int]]]:  # type: ignore[no-untyped-def]
    log = tmp_path / "pids.txt"
    p = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(log), str(crash)], capture_output=True, text=True, timeout=300
    )
    assert p.returncode == 0, p.stderr
    lines = [tuple(map(int, line.split())) for line in log.read_text().splitlines()]
    return json.loads(p.stdout), lines  # type: ignore[return-value]


def test_early_worker_takes_the_first_documents_and_hands_the_rest_on(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out, analysed = _run(tmp_path)
    assert out["sources"] == [f"d{i}" for i in range(200)]
    assert set(out["statuses"]) == {"ok"}
    analysed = [(pid, acc) for pid, acc in analysed if pid != out["parent"]]  # its warm-up sentence
    by_process: dict[int, list[int]] = {}
    for pid, accelerated in analysed:
        by_process.setdefault(pid, []).append(accelerated)
    # The early worker (its first document is the run's first) cut in Python throughout; the warm workers
    # started with the parent's rjieba (when it is installed: accelerate() says so in the parent).
    first_pid = analysed[0][0]
    assert set(by_process[first_pid]) == {0}
    assert 0 < len(by_process[first_pid]) < 160, "stopped partway through its chunk"
    assert len(by_process) == 3  # the early worker and the two warm ones
    # Each document analysed once: none lost, none done twice (the early worker stopped between documents).
    assert len(analysed) == 200
    assert out["left"] == 0
    serial = subprocess.run([sys.executable, "-c", SERIAL], capture_output=True, text=True, timeout=300)
    assert out["facts"] == json.loads(serial.stdout)


def test_a_crash_in_the_early_worker_costs_one_document(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out, _ = _run(tmp_path, crash=5)
    assert out["sources"] == [f"d{i}" for i in range(200)]
    assert out["statuses"] == ["ok"] * 5 + ["failed"] + ["ok"] * 194
    assert "worker process crashed (exit status 3)" in out["errors"][5]
