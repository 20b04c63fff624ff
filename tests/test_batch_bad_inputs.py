"""Bad inputs in the middle of a run cost only themselves, and say so in the same words, in the same order,
with the same exit status, whether the run is serial or parallel, and whether the walker looked at each
named file itself or left that to the worker that reads it (`Walker.defer_named`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factx.cli import main
from factx.cli.env import Environment
from factx.inputs import Walker

N_GOOD = 200


def _sentence(i: int) -> str:
    if i % 3 == 2:
        return f"Project {i} cost ${i + 1} million and employed {i + 2} workers over {i % 12 + 1} months.\n"
    return f"第{i}期工程投资{i + 1}万元，共有{i + 2}名工人参加，工期{i % 12 + 1}个月。\n"


@pytest.fixture(scope="module")
def listing(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """200 good files with the bad ones in the middle; the list file and the paths in order."""
    root = tmp_path_factory.mktemp("bad-inputs")
    paths = []
    for i in range(N_GOOD):
        p = root / f"{i:03d}.txt"
        p.write_text(_sentence(i), encoding="utf-8")
        paths.append(str(p))
    bad = {
        "missing.txt": None,
        "a-directory": "dir",
        "binary.txt": b"\x00\x01\x02binary\x00" * 50,
        "gbk.txt": "第7期工程投资8万元。\n".encode("gb18030"),
        "undecodable.txt": bytes(range(128, 256)) * 8,
        "empty.txt": b"",
        "unreadable.txt": "第9期工程投资10万元。\n".encode(),
    }
    middle = []
    for name, content in bad.items():
        p = root / name
        if content == "dir":
            p.mkdir()
        elif isinstance(content, bytes):
            p.write_bytes(content)
        middle.append(str(p))
    (root / "unreadable.txt").chmod(0)  # root reads it anyway: then it is an ordinary document everywhere
    paths[N_GOOD // 2 : N_GOOD // 2] = middle
    lst = root / "list.txt"
    lst.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
    return lst, paths


def _stable(stderr: str) -> str:
    """stderr without the summary's timing, which differs from run to run."""
    return re.sub(r"; [\d.]+ s( \(.*\))?$", "", stderr, flags=re.M)


def _console(args: list[str]) -> tuple[int, bytes, str]:
    """`factx ARGS` as the console script runs it (the plain extract path, without click)."""
    p = subprocess.run(
        [sys.executable, "-c", "from factx.cli import run; run()", *args], capture_output=True, timeout=600
    )
    return p.returncode, p.stdout, _stable(p.stderr.decode())


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_console_script_serial_and_parallel_agree(listing: tuple[Path, list[str]], fmt: str) -> None:
    lst, paths = listing
    runs = {jobs: _console(["extract", "--format", fmt, "--jobs", jobs, "--files-from", str(lst)]) for jobs in "12"}
    assert runs["1"] == runs["2"]
    code, out, err = runs["1"]
    assert code == 1  # documents not read: flagged, the others written
    root = os.path.dirname(paths[0])
    lines = [line for line in err.splitlines() if not line.startswith("factx: 207 documents")]
    assert lines == [
        f"factx: cannot read {root}/missing.txt (no such file or directory)",
        f"factx: cannot read {root}/a-directory (is a directory (use -r to read the files in it))",
        f"factx: skipped {root}/binary.txt (binary file, not text)",
        f"factx: cannot read {root}/undecodable.txt "
        "(undecodable bytes: not UTF-8, UTF-16, GB18030 or Big5 (use --encoding))",
    ]
    assert "factx: 207 documents: 203 read, 1 skipped, 3 failed;" in err
    assert out.count(b"\n") > N_GOOD  # every good file has figures
    # The paths on the command line instead of a list: the same.
    assert _console(["extract", "--format", fmt, "--jobs", "2", *paths]) == runs["1"]


def _click(args: list[str]) -> tuple[int, str, str]:
    env = Environment.fake()
    result = CliRunner().invoke(main, args, obj=env, catch_exceptions=False)
    return result.exit_code, env.stdout.getvalue(), _stable(env.stderr.getvalue())  # type: ignore[attr-defined]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_walker_that_looks_first_says_the_same(
    listing: tuple[Path, list[str]], jobs: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lst, _ = listing
    args = ["extract", "--format", "csv", "--jobs", jobs, "--files-from", str(lst)]
    deferred = _click(args)
    # Every named file looked at by the walker before anything is read, as before `defer_named` existed.
    monkeypatch.setattr(Walker, "defer_named", property(lambda self: False, lambda self, value: None))
    looked_at = _click(args)
    assert deferred == looked_at
    assert deferred[0] == 1 and "no such file or directory" in deferred[2]
