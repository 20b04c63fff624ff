"""The starter (issue 13): a cold worker that analyses the first documents while the parent warms up, then
hands back what it has not begun. Same output as a serial run, every document exactly once, and the
fault guarantees of the other workers: a crash or a hang costs one document, Ctrl-C stops everything.

Each case runs in a fresh interpreter: the warm-up (and so the starter) happens once per process."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, multiprocessing, os, sys, time
from factx import batch
from factx.batch import Settings, run
from factx.inputs import BytesItem

mode, n = sys.argv[1], int(sys.argv[2])
log = sys.argv[3]
real = batch.analyze

def traced(text, **kw):
    if "CRASH" in text:
        os._exit(3)
    if "HANG" in text:
        time.sleep(60)
    if text.startswith("DOC"):
        with open(log, "a") as f:  # one short line per document, appended: the lines never interleave
            f.write(multiprocessing.current_process().name + "\\n")
    return real(text, **kw)

batch.analyze = traced  # the starter and the workers are forked after this, so they run it too
texts = ["DOC 今年投资4568万元建设16个重点项目。", "DOC 去年共有49名儿童接受手术，增长4.3%。"]
first = {"crash": "DOC CRASH", "hang": "DOC HANG"}.get(mode)
body = texts * (n // 2)
if first:
    body[0] = first
if mode == "large":
    body = [t + "。" * 100_000 for t in body]  # about 300 kB each: only a few fit the starter's message
items = [BytesItem(f"d{i}", t.encode()) for i, t in enumerate(body)]
settings = Settings(render="jsonl", timeout=2.0 if mode == "hang" else 60.0)
if mode == "interrupt":
    from factx.lexicon import LEXICON

    def interrupted():
        raise KeyboardInterrupt

    LEXICON.preload = interrupted
    try:
        list(run(items, settings, 2))
    except KeyboardInterrupt:
        time.sleep(0.2)
        print(json.dumps({"interrupted": True, "alive": [p.name for p in multiprocessing.active_children()]}))
    sys.exit(0)
outs = list(run(items, settings, 2))
serial = list(run(items[1:] if first else items, settings, 1)) if mode == "plain" else []
names = open(log).read().split()
print(json.dumps({
    "sources": [o.result.source for o in outs],
    "statuses": [o.status for o in outs],
    "errors": [o.result.error for o in outs],
    "same_as_serial": [o.rendered for o in outs] == [o.rendered for o in serial] if serial else None,
    "starter": names.count("factx-starter"),
    "workers": names.count("factx-worker"),
    "warmed": batch._warmed,
}))
"""


def _probe(mode: str, n: int, tmp_path: object) -> dict[str, object]:
    log = f"{tmp_path}/names.txt"
    open(log, "w").close()
    p = subprocess.run([sys.executable, "-c", PROBE, mode, str(n), log], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)  # type: ignore[no-any-return]


def test_starter_analyses_the_first_documents_and_output_matches_serial(tmp_path: object) -> None:
    r = _probe("plain", 200, tmp_path)
    assert r["warmed"] is True
    assert r["sources"] == [f"d{i}" for i in range(200)]  # every document once, in order
    assert set(r["statuses"]) == {"ok"}  # type: ignore[arg-type]
    assert r["same_as_serial"] is True
    # The starter always finishes at least the document it began with; the others did the rest, and no
    # document was analysed twice (nothing the starter had answered was handed out again).
    assert r["starter"] >= 1  # type: ignore[operator]
    assert r["starter"] + r["workers"] == 200  # type: ignore[operator]


def test_crash_in_the_starter_costs_one_document(tmp_path: object) -> None:
    r = _probe("crash", 100, tmp_path)  # document 0 is the starter's first: it crashes there
    statuses = r["statuses"]
    assert statuses == ["failed"] + ["ok"] * 99
    assert "worker process crashed (exit status 3)" in r["errors"][0]  # type: ignore[index]
    assert r["sources"] == [f"d{i}" for i in range(100)]
    assert r["starter"] + r["workers"] == 99  # type: ignore[operator]


def test_hang_in_the_starter_is_timed_out_and_its_documents_go_on(tmp_path: object) -> None:
    r = _probe("hang", 100, tmp_path)
    assert r["statuses"] == ["failed"] + ["ok"] * 99
    assert r["errors"][0] == "timed out after 2 s"  # type: ignore[index]
    assert r["starter"] == 0 and r["workers"] == 99


def test_large_documents_are_not_all_handed_to_the_starter(tmp_path: object) -> None:
    r = _probe("large", 70, tmp_path)
    assert set(r["statuses"]) == {"ok"}  # type: ignore[arg-type]
    # About 300 kB each, at most STARTER_MAX_BYTES (1 MiB) of them in its message.
    assert 1 <= r["starter"] <= 4  # type: ignore[operator]
    assert r["starter"] + r["workers"] == 70  # type: ignore[operator]


def test_ctrl_c_during_the_warm_up_stops_the_starter(tmp_path: object) -> None:
    r = _probe("interrupt", 100, tmp_path)
    assert r == {"interrupted": True, "alive": []}
