"""The extract command over a mixed archive: every good document's facts present, every bad one reported,
the summary and the exit status; plus usage errors, stdin, --files-from, Ctrl-C and `| head`."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from factx.cli import Environment, ExitStatus, main

# (relative path, bytes): documents that must be read, with a figure each must yield (text, value).
GOOD = {
    "news/2019/a.txt": ("今年投资4568万元建设16个重点项目。".encode(), ("4568万元", 45680000)),
    "news/2019/deep/b.txt": ("去年共有49名先心病儿童接受手术。".encode("gbk"), ("49名", 49)),
    "news/c.txt": ("全市GDP增长4.3%。".encode("utf-16"), ("4.3%", 4.3)),
    "news/d.html": ("<p>捐款<b>200万元</b></p><script>x=9999</script>".encode(), ("200万元", 2000000)),
}
ZIP_MEMBERS = {"z/1.txt": ("用时3个月完成。", ("3个月", "P3M")), "2.txt": ("第九批名单公布。", ("第九批", 9))}
TAR_MEMBERS = {"t1.txt": ("增长三成。", ("三成", 30)), "sub/t2.txt": ("共有5名学生。", ("5名", 5))}
JSONL = [
    json.dumps({"id": "n1", "text": "投资1000万元。"}, ensure_ascii=False),
    '{"id": "n2", "text": broken',
    json.dumps({"id": "n3", "content": "补助120所学校。"}, ensure_ascii=False),
]


def build(root: Path) -> dict[str, tuple[str, object]]:
    """The fixture set; returns source (relative to root) → a figure that must be found there."""
    expect: dict[str, tuple[str, object]] = {}
    for rel, (data, fig) in GOOD.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
        expect[rel] = fig
    (root / "news/empty.txt").write_bytes(b"")
    (root / "news/photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    (root / "news/.cache/x.txt").parent.mkdir(parents=True)
    (root / "news/.cache/x.txt").write_text("投资5万元。")
    with zipfile.ZipFile(root / "news/pack.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for name, (text, fig) in ZIP_MEMBERS.items():
            z.writestr(name, text)
            expect[f"news/pack.zip!{name}"] = fig
    with tarfile.open(root / "news/pack.tar.gz", "w:gz") as t:
        for name, (text, fig) in TAR_MEMBERS.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
            expect[f"news/pack.tar.gz!{name}"] = fig
    (root / "news/dump.jsonl").write_text("\n".join(JSONL) + "\n", encoding="utf-8")
    expect["news/dump.jsonl!n1"] = ("1000万元", 10000000)
    expect["news/dump.jsonl!n3"] = ("120所", 120)
    return expect


BAD = {"news/photo.jpg": "skipped: binary file, not text", "news/dump.jsonl!2": "invalid JSON"}
# What stderr says for each: one line, `factx: <what> (<why>)`.
BAD_LINE = {
    "news/photo.jpg": "factx: skipped {root}/news/photo.jpg (binary file, not text)",
    "news/dump.jsonl!2": "factx: cannot read {root}/news/dump.jsonl!2 (invalid JSON",
}


def _run(args: list[str], input: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_mixed_archive_json(tmp_path: Path, jobs: str) -> None:
    expect = build(tmp_path)
    res = _run(["extract", "-r", "--jobs", jobs, "--id-field", "id", "--format", "json", str(tmp_path / "news")])
    assert res.exit_code == 1, res.stderr
    docs = {d["source"].replace(f"{tmp_path}/", ""): d for d in json.loads(res.stdout)}
    for src, (text, value) in expect.items():
        assert docs[src]["error"] is None, src
        assert any(f["text"] == text and f["value"] == value for f in docs[src]["facts"]), (src, docs[src])
    for src, error in BAD.items():
        assert docs[src]["facts"] == [] and docs[src]["error"].startswith(error)
        assert BAD_LINE[src].format(root=tmp_path) in res.stderr
    assert docs["news/empty.txt"] == {**docs["news/empty.txt"], "facts": [], "error": None}
    assert docs["news/2019/deep/b.txt"]["encoding"] == "gb18030"
    assert docs["news/c.txt"]["encoding"] == "utf-16"
    assert not any(".cache" in s for s in docs)
    assert len(docs) == len(expect) + len(BAD) + 1  # + the empty file; nothing else, nothing lost
    summary = res.stderr.strip().splitlines()[-1]
    assert f"{len(docs)} documents: {len(docs) - 2} read, 1 skipped, 1 failed" in summary
    assert "1 hidden" in summary


def test_jsonl_output_order_and_exit_zero(tmp_path: Path) -> None:
    build(tmp_path)
    res = _run(["-r", "--jobs", "2", "--exclude", "*.jpg", "--exclude", "*.jsonl", str(tmp_path / "news")])
    assert res.exit_code == 0, res.stderr
    sources = [json.loads(line)["source"].replace(f"{tmp_path}/", "") for line in res.stdout.splitlines()]
    assert list(dict.fromkeys(sources)) == [
        "news/2019/a.txt", "news/2019/deep/b.txt", "news/c.txt", "news/d.html",
        "news/pack.tar.gz!t1.txt", "news/pack.tar.gz!sub/t2.txt", "news/pack.zip!z/1.txt", "news/pack.zip!2.txt",
    ]  # fmt: skip


def test_single_file_is_quiet(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("今年投资4568万元建设16个重点项目。")
    res = _run(["extract", "--format", "csv", str(f)])
    assert res.exit_code == 0 and res.stderr == ""
    assert res.stdout.splitlines()[0].startswith("source,type,text")
    assert f"{f},money,4568万元" in res.stdout


def test_stdin_and_files_from(tmp_path: Path) -> None:
    res = _run(["-", "--format", "jsonl"], input="投资5万元。".encode("gbk"))
    assert res.exit_code == 0
    assert json.loads(res.stdout)["source"] == "-"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("捐款200万元。")
    b.write_text("共有49名儿童。")
    listing = tmp_path / "list.txt"
    listing.write_text(f"{a}\n\n{tmp_path / 'missing.txt'}\n")
    res = _run(["extract", "--files-from", str(listing), str(b)])
    assert res.exit_code == 1
    assert [json.loads(x)["source"] for x in res.stdout.splitlines()] == [str(b), str(a)]
    assert f"factx: cannot read {tmp_path / 'missing.txt'} (no such file" in res.stderr
    res = _run(["extract", "--files-from", "-"], input=f"{a}\n")
    assert res.exit_code == 0 and str(a) in res.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["extract", "--jobs", "0", "x"],
        ["extract", "--encoding", "klingon", "x"],
        ["extract", "--max-size", "lots", "x"],
        ["extract", "--files-from", "/nonexistent/list", "x"],
        ["extract", "--files-from", "-", "-"],
        ["extract", "--type", "gold", "x"],
    ],
)
def test_usage_errors(args: list[str]) -> None:
    env = Environment.fake(stdin_isatty=True)  # a terminal on stdin: no piped document to fall back on
    res = CliRunner().invoke(main, args, obj=env)
    assert res.exit_code == ExitStatus.USAGE
    err = env.stderr.getvalue()
    assert err.startswith("factx: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "Error:" not in err


def test_limits_from_the_command_line(tmp_path: Path) -> None:
    build(tmp_path)
    res = _run(["-r", "--max-size", "20", "--format", "json", str(tmp_path / "news/2019")])
    assert res.exit_code == 1
    assert all("too large" in d["error"] for d in json.loads(res.stdout))


def test_help_documents_decoding_limits_and_exit_codes() -> None:
    text = CliRunner().invoke(main, ["extract", "--help"]).output
    for words in ("Decoding order", "GB18030", "Big5", "--max-size", "--max-ratio", "--timeout", "Exit status", "130"):
        assert words in text
    assert "--jobs" in text and "--files-from" in text


# Python leaves SIGINT ignored when it starts with it ignored, as every program started in the background of a
# script does (`cmd &`): the child sets the handler a terminal's Python starts with, so that the Ctrl-C tests see
# what a user at a terminal sees however the test run itself was started.
_AS_AT_A_TERMINAL = "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "


def _factx(*args: str, **kw: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", _AS_AT_A_TERMINAL + "from factx.cli import run; run()", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw,  # type: ignore[call-overload]
    )  # fmt: skip


def _many(root: Path, n: int) -> Path:
    d = root / "many"
    d.mkdir()
    for i in range(n):
        # Long documents: enough work that the run is still going when the test interrupts it.
        (d / f"{i:05d}.txt").write_text(f"第{i}篇：今年投资{i + 1}万元建设16个重点项目。" * 150)
    return d


def test_ctrl_c_exits_130_without_traceback(tmp_path: Path) -> None:
    d = _many(tmp_path, 200)
    p = _factx("extract", "-r", "--jobs", "2", "--format", "jsonl", str(d), start_new_session=True)
    assert p.stdout is not None
    p.stdout.readline()  # workers are running
    os.killpg(p.pid, signal.SIGINT)  # like a terminal: the whole process group gets it
    _out, err = p.communicate(timeout=10)
    assert p.returncode == 130, err
    assert b"Traceback" not in err and b"interrupted" in err


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    d = _many(tmp_path, 200)
    p = _factx("extract", "-r", "--jobs", "2", "--format", "jsonl", str(d))
    assert p.stdout is not None and p.stderr is not None
    p.stdout.readline()
    p.stdout.close()  # what `| head -1` does
    err = p.stderr.read()
    assert p.wait(timeout=10) == 0
    assert b"Traceback" not in err and b"Broken pipe" not in err and err == b""
