"""factx on a real Dask cluster: a LocalCluster of two single-threaded worker processes for the whole module.

The cluster's output must be the local run's output, byte for byte: on a folder, archives and JSONL dumps
cut into many byte ranges (ranges that fall inside a line, inside an overlong line, a UTF-8 BOM, a UTF-16
dump read whole), with every per-document error in its place; Parquet output holds every document exactly
once; a worker killed mid-run (SIGKILL to its process) loses and duplicates nothing.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import signal
import tarfile
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import dask
from click.testing import CliRunner
from distributed import Client

from factx.batch import Outcome, Settings, render_fragment, run
from factx.cli import Environment, main
from factx.cluster.client import Run
from factx.cluster.plan import FilesPart, JsonlPart, WholePart, ZipPart, plan
from factx.cluster.work import count_lines, items_of
from factx.inputs import Limits, SourceOptions, Walker

# Sentences written for these tests.
ZH = [
    "今年3月，县里投资4568万元新建了16所学校。",
    "去年11月下旬，共有49名儿童在市医院接受手术，费用减免约35万元。",
    "全年营收增长12.5%，达到3.2亿元，员工增加到1200多人。",
    "工程历时18个月，铺设管道27公里，受益群众超过3万户。",
]
EN = "The council spent $4.2 million on 12 new buses in March 2019, a rise of 8% over the year before. "


def _article(i: int, repeat: int = 1) -> str:
    return "\n".join(ZH[(i + k) % 4] for k in range(4)) * repeat


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("inputs")
    folder = root / "news"
    (folder / "b" / "deep").mkdir(parents=True)
    for i in range(6):
        (folder / f"{i:02d}.txt").write_text(_article(i), encoding="utf-8")
    (folder / "b" / "en.txt").write_text(EN * 3, encoding="utf-8")
    (folder / "b" / "gbk.txt").write_bytes(_article(2).encode("gb18030"))
    (folder / "b" / "page.html").write_text(f"<html><body><p>{ZH[0]}</p><script>x=1</script></body></html>")
    (folder / "b" / "deep" / "blob.bin").write_bytes(bytes(range(256)) * 8)  # skipped: binary
    (folder / ".hidden.txt").write_text(ZH[1])  # not read by rule
    with zipfile.ZipFile(root / "pack.zip", "w") as z:
        z.writestr("one.txt", _article(1))
        z.writestr("dir/two.txt", _article(3))
        z.writestr("lines.jsonl", "\n".join(json.dumps({"text": s}, ensure_ascii=False) for s in ZH))
    with tarfile.open(root / "pack.tar.gz", "w:gz") as t:
        t.add(folder / "00.txt", arcname="x/first.txt")
        t.add(folder / "b" / "en.txt", arcname="x/second.txt")
    lines = []
    for i in range(60):
        if i % 13 == 0:
            lines.append("")
        if i % 17 == 5:
            lines.append("{not json")
        elif i == 30:
            lines.append(json.dumps({"id": "long", "text": ZH[0] * 200}, ensure_ascii=False))  # over --max-size
        elif i == 41:
            lines.append(json.dumps({"id": "notext", "body": ZH[0]}, ensure_ascii=False))
        else:
            doc = {"id": f"n{i}" if i % 7 else None, "text": ZH[i % 4] + f"第{i + 1}批共{i + 3}人。"}
            lines.append(json.dumps(doc, ensure_ascii=False))
    (root / "dump.jsonl").write_bytes(codecs.BOM_UTF8 + ("\n".join(lines) + "\n").encode("utf-8"))
    wide = "\n".join(json.dumps({"text": s}, ensure_ascii=False) for s in ZH) + "\n"
    (root / "wide.jsonl").write_bytes(codecs.BOM_UTF16_LE + wide.encode("utf-16-le"))
    return root


def _paths(root: Path) -> list[str]:
    return [str(root / n) for n in ("news", "pack.zip", "pack.tar.gz", "dump.jsonl", "wide.jsonl", "missing.txt")]


OPTIONS = SourceOptions(recursive=True, id_field="id", limits=Limits(max_size=4096))
SIZE = 700  # bytes per partition: many JSONL ranges, some inside a line, one inside the overlong line


def _local_count(bounds: list[tuple[str, int, int]]) -> list[int]:
    return [count_lines(*b) for b in bounds]


def test_plan_reproduces_the_walkers_items(inputs: Path) -> None:
    parts = list(plan(_paths(inputs), OPTIONS, _local_count, SIZE))
    kinds = {type(p) for p in parts}
    assert kinds == {FilesPart, WholePart, JsonlPart}  # pack.zip: its members fill one range, kept whole
    ranges = [p for p in parts if isinstance(p, JsonlPart)]
    assert len(ranges) > 5 and all(p.path.endswith("dump.jsonl") for p in ranges)
    assert [p.index for p in parts] == list(range(len(parts)))
    # the same work items, in the same order, as the walker of a local run (archives opened on the "worker")
    planned = [item for p in parts for item in items_of(p, OPTIONS)]
    assert planned == list(Walker(OPTIONS).items(_paths(inputs)))
    total = sum(count_lines(p.path, p.start, p.end) for p in ranges)
    assert total == (inputs / "dump.jsonl").read_bytes().count(b"\n")


def _cli(args: list[str]) -> tuple[int, str, str]:
    env = Environment.fake()
    res = CliRunner().invoke(main, args, obj=env, catch_exceptions=False)
    return res.exit_code, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


def _scheduler(client: Client) -> str:
    return str(client.scheduler.address)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_cli_cluster_output_is_the_local_output(client: Client, inputs: Path, fmt: str) -> None:
    common = ["extract", "-r", "--id-field", "id", "--max-size", "4k", "--format", fmt, *_paths(inputs)]
    code1, out1, err1 = _cli([*common, "--jobs", "1"])
    code2, out2, err2 = _cli([*common, "--cluster", _scheduler(client), "--partition-size", str(SIZE)])
    assert out1.count("\n") > 100
    assert (code2, out2) == (code1, out1) == (1, out1)
    lines1, lines2 = err1.splitlines(), err2.splitlines()
    assert lines2[0].startswith("factx: Dask dashboard http")  # the scheduler serves one
    lines2 = lines2[1:]
    assert lines2[:-1] == lines1[:-1]  # every "cannot read"/"skipped" line, in order; then the summary
    assert any("dump.jsonl!" in s and "too long" in s for s in lines1)
    assert any("dump.jsonl!notext" in s for s in lines1) and any("missing.txt" in s for s in lines1)
    assert lines2[-1].split(";")[:2] == lines1[-1].split(";")[:2]  # same documents and facts counted


def test_cli_refuses_what_a_cluster_cannot_do(inputs: Path, client: Client) -> None:
    addr = _scheduler(client)
    # (--parquet alone is the store's export; the partition options mean nothing without a cluster)
    code, _, err = _cli(["extract", "--resume", "--partition-size", "1M", str(inputs / "news")])
    assert code == 2 and "need --cluster" in err
    code, _, err = _cli(["extract", "--cluster", addr, "-"])
    assert code == 2 and "stdin" in err
    code, _, err = _cli(["extract", "--cluster", "local:x", str(inputs / "dump.jsonl")])
    assert code == 2 and "--cluster" in err and "Traceback" not in err
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code, _, err = _cli(["extract", "--cluster", "tcp://127.0.0.1:9", str(inputs / "dump.jsonl")])
    assert code == 2 and "cannot reach the cluster" in err and "Traceback" not in err


def test_progress_bar_counts_the_clusters_partitions(client: Client, inputs: Path) -> None:
    n = len(list(plan(_paths(inputs), OPTIONS, _local_count, SIZE)))
    env = Environment.fake(stderr_isatty=True)
    args = ["extract", "-r", "--id-field", "id", "--max-size", "4k", *_paths(inputs)]
    CliRunner().invoke(main, [*args, "--cluster", _scheduler(client), "--partition-size", str(SIZE)], obj=env)
    err = env.stderr.getvalue()  # type: ignore[attr-defined]
    assert f"{n}/{n} partitions" in err and "factx: Dask dashboard" in err
    quiet = Environment.fake(stderr_isatty=True)
    CliRunner().invoke(main, [*args, "-q", "--cluster", _scheduler(client), "--partition-size", str(SIZE)], obj=quiet)
    assert "partitions" not in quiet.stderr.getvalue()  # type: ignore[attr-defined]


def _serial_docs(paths: list[str]) -> list[tuple[str, str | None, list[str]]]:
    settings = Settings(sources=OPTIONS, timeout=None)
    return [
        (o.result.source, o.result.error, [json.dumps(f.to_dict(), ensure_ascii=False) for f in o.result.facts])
        for o in run(Walker(OPTIONS).items(paths), settings, jobs=1)
    ]


def _parquet_docs(out: Path) -> list[tuple[str, str | None, list[str]]]:
    import pyarrow.parquet as pq

    docs: list[tuple[str, str | None, list[str]]] = []
    for f in sorted(out.glob("part-*.parquet")):
        rows = pq.read_table(f).to_pylist()
        for doc in sorted({r["doc"] for r in rows}):
            mine = [r for r in rows if r["doc"] == doc]
            facts = [r["fact"] for r in mine if r["type"] is not None]
            docs.append((mine[0]["source"], mine[0]["error"], facts))
    return docs


def test_parquet_holds_every_document_once_and_resume_skips_complete_files(client: Client, inputs: Path) -> None:
    out = inputs / "parquet"
    args = ["extract", "-r", "--id-field", "id", "--max-size", "4k", *_paths(inputs)]
    code, stdout, err = _cli([*args, "--cluster", _scheduler(client), "--partition-size", str(SIZE), "--parquet",
                              str(out)])  # fmt: skip
    assert code == 1 and stdout == ""
    assert _parquet_docs(out) == _serial_docs(_paths(inputs))
    files = sorted(out.glob("part-*.parquet"))
    assert len(files) > 10 and not list(out.glob(".*.tmp"))
    mtimes = {f: f.stat().st_mtime_ns for f in files}
    files[3].unlink()
    files[5].write_bytes(files[5].read_bytes()[:100])  # a torn file is not complete
    time.sleep(0.01)
    code, _, err = _cli([*args, "--cluster", _scheduler(client), "--partition-size", str(SIZE), "--parquet",
                         str(out), "--resume"])  # fmt: skip
    assert f"{len(files) - 2} partitions already complete" in err
    redone = [f for f in files if f.stat().st_mtime_ns != mtimes[f]]
    assert redone == [files[3], files[5]]
    assert _parquet_docs(out) == _serial_docs(_paths(inputs))


@pytest.fixture(scope="module")
def heavy(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Enough work that a kill lands while partitions are still in flight."""
    root = tmp_path_factory.mktemp("heavy")
    paths = []
    for i in range(40):
        p = root / f"{i:02d}.txt"
        p.write_text(_article(i, repeat=150), encoding="utf-8")
        paths.append(str(p))
    return paths


def _kill_a_busy_worker(client: Client, got: list[Any], record: dict[str, int]) -> None:
    """SIGKILL the process of the first worker seen holding a task; note its pid and how far the run was."""
    pids: dict[str, Any] = client.run(os.getpid)
    for _ in range(1000):
        busy = [addr for addr, keys in client.processing().items() if keys]
        if busy:
            os.kill(pids[busy[0]], signal.SIGKILL)
            record.update(pid=int(pids[busy[0]]), seen=len(got))
            return
        time.sleep(0.005)


def _wait_for_workers(client: Client, killed: int) -> None:
    for _ in range(600):
        pids = client.run(os.getpid) if len(client.nthreads()) == 2 else {}
        if len(pids) == 2 and killed not in pids.values():
            return
        time.sleep(0.05)
    raise AssertionError("the killed worker was not replaced")


@pytest.mark.parametrize("to_parquet", [False, True])
def test_worker_killed_mid_run_loses_and_duplicates_nothing(
    client: Client, heavy: list[str], tmp_path: Path, to_parquet: bool
) -> None:
    settings = Settings(sources=OPTIONS, timeout=None, render=None if to_parquet else "jsonl")
    expected = [(o.result.source, _fragment(o, settings)) for o in run(Walker(OPTIONS).items(heavy), settings, jobs=1)]
    cluster_run = Run(client, settings, partition_size=1, out_dir=str(tmp_path) if to_parquet else None)
    got: list[tuple[str, str | bytes | None]] = []
    record: dict[str, int] = {}
    killer = threading.Thread(target=_kill_a_busy_worker, args=(client, got, record))
    killer.start()
    for o in cluster_run.outcomes(heavy, Walker(OPTIONS)):
        got.append((o.result.source, o.rendered))
    killer.join()
    killed = record.get("pid")
    assert record["seen"] < len(heavy)  # the kill came in the middle of the run
    assert killed is not None
    if to_parquet:
        assert [s for s, _ in got] == [s for s, _ in expected]
        assert _parquet_docs(tmp_path) == _serial_docs(heavy)
        assert len(list(tmp_path.glob("part-*.parquet"))) == len(heavy) and not list(tmp_path.glob(".*.tmp"))
    else:
        assert got == expected
    _wait_for_workers(client, killed)


def test_extract_bag_records_in_input_order(client: Client, inputs: Path) -> None:
    import factx.dask

    bag = factx.dask.extract_bag(_paths(inputs), id_field="id", limits=Limits(max_size=4096), partition_size=SIZE)
    records = bag.compute()
    serial = _serial_docs(_paths(inputs))
    assert [
        (r["source"], r["error"], [json.dumps(f, ensure_ascii=False) for f in r["facts"]]) for r in records
    ] == serial
    assert {r["status"] for r in records} == {"ok", "failed", "skipped"}


def _fragment(o: Outcome, settings: Settings) -> str | bytes | None:
    """What a worker would have rendered for an outcome of the serial run (which leaves its caller to write the
    facts), or None for a document with no fragment."""
    if o.rendered is not None or settings.render is None or o.status != "ok":
        return o.rendered
    return render_fragment(settings.render, o.result)


def test_fsspec_urls_are_read_by_the_workers(client: Client, inputs: Path) -> None:
    local = [str(inputs / "dump.jsonl"), str(inputs / "news" / "00.txt"), str(inputs / "pack.zip")]
    urls = [f"file://{p}" for p in local] + [f"file://{inputs}/nothing.txt"]
    settings = Settings(sources=OPTIONS, render="jsonl", timeout=None)
    expected = [(o.result.source, _fragment(o, settings), o.result.error)
                for o in run(Walker(OPTIONS).items(local), settings, 1)]  # fmt: skip
    got = [(o.result.source, o.rendered, o.result.error)
           for o in Run(client, settings, partition_size=SIZE).outcomes(urls)]  # fmt: skip
    assert got[-1] == (urls[-1], None, "no such file")
    assert [(f"file://{s}", _as_url(s, r), e) for s, r, e in expected] == got[:-1]


def _as_url(source: str, fragment: str | bytes | None) -> str | bytes | None:
    """A fragment rendered for a local path, as the cluster renders it for that path's file:// URL (jsonl
    fragments are UTF-8 bytes)."""
    if isinstance(fragment, bytes):
        return fragment.replace(f'"source": "{source}'.encode(), f'"source": "file://{source}'.encode())
    return fragment and fragment.replace(f'"source": "{source}', f'"source": "file://{source}')


def _tricky_zip(path: Path) -> None:
    """Every kind of member the zip reader treats apart, spread so that ranges start and end among them."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a/", b"")  # a directory
        for k in range(8):
            z.writestr(f"a/{k}.txt", _article(k))
        z.writestr("a/.hidden.txt", ZH[0])
        z.writestr("../escape.txt", ZH[1])
        z.writestr("a/locked.txt", ZH[2])  # marked encrypted below: reported, not read
        link = zipfile.ZipInfo("a/link.txt")
        link.external_attr = 0o120777 << 16
        z.writestr(link, "a/0.txt")
        z.writestr("a/big.txt", ZH[3] * 400)  # over --max-size
        z.writestr("a/lines.jsonl", "\n".join(json.dumps({"id": f"j{k}", "text": ZH[k]}, ensure_ascii=False)
                                               for k in range(4)))  # fmt: skip
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as zi:
            zi.writestr("in.txt", _article(2))
        z.writestr("a/nested.zip", inner.getvalue())
        for k in range(300):  # 1.2 MB that deflates to a few dozen bytes a member: an expansion limit to trip
            z.writestr(f"b/{k:03d}.txt", b"0" * 4000 + str(k).encode())
    # zipfile cannot write an encrypted member: set the flag in the central directory, which the reader reads
    data = bytearray(path.read_bytes())
    entry = data.find(b"PK\x01\x02")
    while entry >= 0:
        name_len = int.from_bytes(data[entry + 28 : entry + 30], "little")
        if data[entry + 46 : entry + 46 + name_len] == b"a/locked.txt":
            data[entry + 8] |= 0x1
        entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("size", [1, 300, 2000, 9000])
@pytest.mark.parametrize("max_ratio", [100.0, 20.0])
def test_zip_member_ranges_give_the_walkers_items(tmp_path: Path, size: int, max_ratio: float) -> None:
    path = tmp_path / "tricky.zip"
    _tricky_zip(path)
    options = SourceOptions(recursive=True, id_field="id", limits=Limits(max_size=4096, max_ratio=max_ratio))
    parts = list(plan([str(path)], options, _local_count, size))
    assert all(isinstance(p, ZipPart) for p in parts) and len(parts) > 1
    assert [(p.first, p.last) for p in parts] == list(
        zip([0] + [p.last for p in parts[:-1]], [p.last for p in parts], strict=True)
    )
    items = [item for p in parts for item in items_of(p, options)]
    assert items == list(Walker(options).items([str(path)]))
    errors = " ".join(getattr(i, "error", "") for i in items)
    assert "encrypted" in errors and "outside the archive" in errors and "too large" in errors
    assert ("zip bomb" in errors) == (max_ratio == 20.0)


def test_one_big_zip_is_spread_over_the_workers(client: Client, tmp_path: Path) -> None:
    from distributed import get_task_stream

    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w") as z:
        for k in range(40):
            z.writestr(f"news/{k:02d}.txt", _article(k, repeat=40))
    args = ["extract", "--format", "jsonl", str(path)]
    code1, out1, _ = _cli([*args, "--jobs", "1"])
    with get_task_stream(client) as stream:
        code2, out2, _ = _cli([*args, "--cluster", _scheduler(client), "--partition-size", "40k"])
    assert (code2, out2) == (code1, out1) == (0, out1)
    assert f"{path}!news/39.txt" in out2
    parts = [t for t in stream.data if str(t["key"]).startswith("factx-part-")]
    assert len(parts) > 4 and len({t["worker"] for t in parts}) == 2


def test_parquet_rewritten_with_other_partitions_keeps_no_stale_file(client: Client, inputs: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = inputs / "restale"
    out.mkdir()
    pq.write_table(pa.table({"mine": [1, 2]}), out / "part-999999.parquet")  # the user's own, not factx's
    (out / "notes.txt").write_text("mine too")
    args = ["extract", "-r", "--id-field", "id", "--max-size", "4k", "--cluster", _scheduler(client), "--parquet",
            str(out)]  # fmt: skip
    _cli([*args, "--partition-size", str(SIZE), *_paths(inputs)])
    many = json.loads((out / "_factx_manifest.json").read_text())["files"]
    assert len(many) > 10
    for resume in ([], ["--resume"]):  # fewer, larger partitions over fewer inputs; then the same, resumed
        _cli([*args, "--partition-size", "1M", *resume, str(inputs / "news"), str(inputs / "dump.jsonl")])
        files = json.loads((out / "_factx_manifest.json").read_text())["files"]
        assert len(files) == 2 < len(many)
        ours = sorted(f.name for f in out.glob("part-*.parquet") if f.name != "part-999999.parquet")
        assert ours == files
        docs = []
        for name in files:
            rows = pq.read_table(out / name).to_pylist()
            docs += [(r["source"], r["error"]) for r in rows if r["type"] is None or r["fact"]]
        expected = _serial_docs([str(inputs / "news"), str(inputs / "dump.jsonl")])
        assert sorted(set(docs)) == sorted({(s, e) for s, e, _ in expected})
    assert pq.read_table(out / "part-999999.parquet").to_pylist() == [{"mine": 1}, {"mine": 2}]
    assert (out / "notes.txt").read_text() == "mine too"


def test_a_parquet_run_cut_short_leaves_no_manifest(client: Client, inputs: Path) -> None:
    from factx.cluster import parquet

    out = inputs / "cut"
    settings = Settings(sources=OPTIONS, timeout=None)
    run1 = Run(client, settings, partition_size=SIZE, out_dir=str(out))
    for _ in run1.outcomes(_paths(inputs)):
        pass
    assert (out / parquet.MANIFEST).exists()
    run2 = Run(client, settings, partition_size=SIZE * 4, out_dir=str(out))
    stream = run2.outcomes(_paths(inputs))
    next(stream)
    stream.close()  # the client stops after one document
    assert not (out / parquet.MANIFEST).exists()
    # no file of the first run is left to be mixed with the second's: each one left is one of run2's partitions
    import pyarrow.parquet as pq

    second = {parquet.fingerprint(p, settings).encode() for p in plan(_paths(inputs), OPTIONS, _local_count, SIZE * 4)}
    left = [pq.read_metadata(f).metadata[parquet.KEY] for f in out.glob("part-*.parquet")]
    assert all(key in second for key in left)


def test_local_cluster_runs_with_factx_dask_settings(inputs: Path) -> None:
    """`local:N` starts its cluster with `config.QUIET` (no profiler, slow probes, no work stealing) on the
    scheduler and in the worker processes, forks its workers warm (`prewarm`: lexicon loaded before any task),
    and the run's output is still the local run's."""
    from factx.cluster.client import connect
    from factx.cluster.config import QUIET

    client, cluster = connect("local:1")
    try:
        assert list(client.run(lambda: __import__("factx.batch", fromlist=["_"])._warmed).values()) == [True]
        assert list(client.run(lambda: {k: dask.config.get(k) for k in QUIET}).values()) == [QUIET]
        assert client.run(lambda dask_worker: "profile" in dask_worker.periodic_callbacks) == {
            w: False for w in client.scheduler_info()["workers"]
        }
        assert "stealing" not in client.run_on_scheduler(lambda dask_scheduler: list(dask_scheduler.extensions))
        settings = Settings(sources=OPTIONS, render="jsonl", timeout=None)
        got = [o.rendered for o in Run(client, settings, partition_size=SIZE).outcomes(_paths(inputs))]
        want = [_fragment(o, settings) for o in run(Walker(OPTIONS).items(_paths(inputs)), settings, jobs=1)]
        assert got == want and len(got) > 10
    finally:
        client.close()
        cluster.close()
