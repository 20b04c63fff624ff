"""Edges of a run: a full disk gives one line and exit 74, Ctrl-C leaves a closed JSON array, file names
that are not UTF-8 never break JSON output."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factx.batch import Outcome
from factx.cli.extract import _write_fragments
from factx.model import DocResult

DOC = "今年投资4568万元建设16个重点项目。\n"


def factx(*args: str, stdout: int | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    code = "import sys; from factx.cli import run; sys.argv[0] = 'factx'; run()"
    argv = [sys.executable, "-c", code, *args]
    return subprocess.run(argv, stdout=stdout or subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, timeout=120)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args", [["--format", "json"], ["--format", "csv"], ["stats"], ["show"], ["timeline"]], ids=lambda a: a[0]
)
def test_full_disk_is_one_line_and_exit_74(tmp_path: Path, args: list[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(DOC, encoding="utf-8")
    with open("/dev/full", "wb") as full:
        p = factx(*args, str(doc), stdout=full.fileno())
    err = p.stderr.decode()
    assert p.returncode == 74, err
    assert err.strip().splitlines() == ["factx: cannot write the output (No space left on device)"]


def test_ctrl_c_leaves_a_closed_json_array() -> None:
    def outcomes() -> Iterator[Outcome]:
        yield Outcome(DocResult("a.txt", []), "ok", rendered=json.dumps({"source": "a.txt", "facts": []}))
        yield Outcome(DocResult("b.txt", []), "ok", rendered=json.dumps({"source": "b.txt", "facts": []}))
        raise KeyboardInterrupt

    out = io.StringIO()
    with pytest.raises(KeyboardInterrupt):
        _write_fragments(out, "json", outcomes())
    assert [d["source"] for d in json.loads(out.getvalue())] == ["a.txt", "b.txt"]

    def nothing() -> Iterator[Outcome]:
        raise KeyboardInterrupt
        yield

    out = io.StringIO()
    with pytest.raises(KeyboardInterrupt):
        _write_fragments(out, "json", nothing())
    assert json.loads(out.getvalue()) == []


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes as a name")
def test_undecodable_file_names_in_json(tmp_path: Path) -> None:
    name = os.fsdecode(b"\xff\xfe-name.txt")
    (tmp_path / name).write_text(DOC, encoding="utf-8")
    for fmt in ("json", "jsonl", "csv"):
        p = factx("--format", fmt, name, cwd=tmp_path)
        assert p.returncode == 0, p.stderr.decode()
        out = p.stdout.decode("utf-8")  # strict: no lone surrogates escaped into the stream
        if fmt == "json":
            assert json.loads(out)[0]["facts"]
