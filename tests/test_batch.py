"""batch: in-order results, serial and parallel alike; crashes, hangs and engine errors cost one document."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from factx import batch
from factx.batch import CHUNK, EARLY_DOCS, WINDOW_PER_JOB, Settings, run
from factx.inputs import BytesItem, Failed, Item
from factx.pipeline import analyze as real_analyze

TEXTS = [
    "今年投资4568万元建设16个重点项目。",
    "去年共有49名先心病儿童接受手术。",
    "全市GDP增长4.3%。",
    "用时3个月完成。",
]


def _items(n: int, special: dict[int, str] | None = None) -> list[Item]:
    special = special or {}
    return [BytesItem(f"doc{i}", (special.get(i) or TEXTS[i % len(TEXTS)]).encode()) for i in range(n)]


def _fake_analyze(text: str, **kw: object) -> object:
    """The real engine, except for marker documents that crash, hang or raise."""
    if "CRASH" in text:
        os._exit(3)
    if "HANG" in text:
        time.sleep(30)
    if "BUG" in text:
        raise ValueError("engine bug\nsecond line")
    return real_analyze(text, **kw)  # type: ignore[arg-type]


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    # Workers are forked after this, so they run the patched function too.
    monkeypatch.setattr(batch, "analyze", _fake_analyze)


@pytest.mark.parametrize("jobs", [1, 2])
def test_order_and_values(jobs: int) -> None:
    items = _items(40)
    items.insert(5, Failed("gone.txt", "no such file"))
    outs = list(run(items, Settings(), jobs))
    assert [o.result.source for o in outs] == [i.source for i in items]
    assert outs[5].status == "failed" and outs[5].result.error == "no such file"
    money = [f for f in outs[0].result.facts if f.type == "money"]
    assert [(f.text, int(f.value)) for f in money] == [("4568万元", 45680000)]  # type: ignore[arg-type]
    assert all(o.status == "ok" for i, o in enumerate(outs) if i != 5)
    assert outs[0].result.text == ""  # not shipped back unless asked
    assert next(run(_items(1), Settings(keep_text=True), jobs)).result.text == TEXTS[0]


def test_parallel_matches_serial() -> None:
    items = _items(30)
    one = [(o.result.source, [f.to_dict() for f in o.result.facts]) for o in run(items, Settings(), 1)]
    two = [(o.result.source, [f.to_dict() for f in o.result.facts]) for o in run(items, Settings(), 2)]
    assert one == two


@pytest.mark.usefixtures("fake_engine")
def test_worker_crash_costs_one_document() -> None:
    items = _items(20, {3: "CRASH 投资5万元", 11: "CRASH"})
    outs = list(run(items, Settings(), 2))
    assert [o.result.source for o in outs] == [f"doc{i}" for i in range(20)]
    failed = {o.result.source: o.result.error for o in outs if o.status != "ok"}
    assert set(failed) == {"doc3", "doc11"}
    assert all("worker process crashed (exit status 3)" in e for e in failed.values())  # type: ignore[operator]
    assert all(o.result.facts for o in outs if o.status == "ok")


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("jobs", [1, 2])
def test_timeout_costs_one_document(jobs: int) -> None:
    items = _items(6, {2: "HANG"})
    started = time.monotonic()
    outs = list(run(items, Settings(timeout=0.5), jobs))
    assert time.monotonic() - started < 10
    assert [o.status for o in outs] == ["ok", "ok", "failed", "ok", "ok", "ok"]
    assert outs[2].result.error == "timed out after 0.5 s"


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("jobs", [1, 2])
def test_engine_error_is_reported(jobs: int) -> None:
    outs = list(run(_items(4, {1: "BUG"}), Settings(), jobs))
    assert outs[1].status == "failed"
    assert outs[1].result.error == "internal error: ValueError: engine bug second line"
    assert [o.status for o in outs].count("ok") == 3


def test_window_is_bounded() -> None:
    """The input is read only as far ahead as the window (while the workers warm up, as far as the early
    worker's chunk): memory does not grow with the input."""
    pulled = 0

    def endless() -> Iterator[Item]:
        nonlocal pulled
        while True:
            pulled += 1
            yield BytesItem(f"d{pulled}", TEXTS[0].encode())

    outs = run(endless(), Settings(), 2)
    for _ in range(3):
        next(outs)
    assert pulled <= max(2 * WINDOW_PER_JOB, EARLY_DOCS) + CHUNK + 2
    outs.close()


def test_close_stops_workers() -> None:
    import multiprocessing

    outs = run(_items(200), Settings(), 2)
    next(outs)
    assert multiprocessing.active_children()
    outs.close()
    assert not [p for p in multiprocessing.active_children() if p.name == "factx-worker"]


def test_window_is_bounded_in_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Large members: the parent holds about WINDOW_BYTES of documents, not window × member size."""
    monkeypatch.setattr(batch, "WINDOW_BYTES", 1024 * 1024)
    member = (TEXTS[0] * 20_000).encode()  # ≈ 0.5 MB each
    pulled = 0

    def endless() -> Iterator[Item]:
        nonlocal pulled
        while True:
            pulled += 1
            yield BytesItem(f"d{pulled}", member)

    outs = run(endless(), Settings(render="jsonl"), 2)
    for _ in range(3):
        next(outs)
    # 1 MiB of 0.5 MB documents is 2-3 of them ahead of what was handed out, not 2 × WINDOW_PER_JOB.
    assert pulled <= 3 + 3
    outs.close()
