"""The plain extract path without click (issue 13, `cli.fast`): it takes only command lines it reads exactly as
click does, gives `BatchRun` the parameters click would give it, and the console script's output, messages and
exit status are those of the click path; a one-article run imports no click."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from factx.cli import fast
from factx.cli.app import COMMAND_MODULES
from factx.cli.env import Environment

ARTICLE = "2021年5月3日，公司宣布投资4568万元，新建16个项目，增长4.3%。\n"
OTHER = "去年共有49名儿童接受手术，费用约120万元。\n"


class _Captured(Exception):
    pass


def click_params(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[str | None, dict[str, Any]]:
    """What `factx ARGS` through click hands to BatchRun: (render format, parameters)."""
    from factx.cli import extract as extract_module
    from factx.cli import main

    seen: dict[str, Any] = {}

    class Capture:
        def __init__(self, env: Environment, params: dict[str, Any], keep_text: bool = False, render: Any = None):
            seen.update(params=dict(params), render=render)
            raise _Captured

    monkeypatch.setattr(extract_module, "BatchRun", Capture)
    with pytest.raises(_Captured):
        main.main(args=args, prog_name="factx", obj=Environment.fake(), standalone_mode=False)
    return seen["render"], seen["params"]


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "list.txt").write_text("a.txt\nb.txt\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


TAKEN = [
    ["extract", "--format", "jsonl", "a.txt"],
    ["extract", "a.txt", "b.txt"],
    ["a.txt"],
    ["a.txt", "--format", "csv", "b.txt"],
    ["extract", "--format=json", "-q", "a.txt"],
    ["-f", "tsv", "--jobs", "2", "a.txt", "missing.txt"],
    ["extract", "-j", "3", "--quiet", "--format", "jsonl", "a.txt"],
    ["extract", "missing.txt"],
    ["extract", "extract"],
    ["extract", "--files-from", "list.txt"],
    ["--files-from=list.txt", "-f", "jsonl", "a.txt"],
    ["extract", "-r", "."],
    ["--recursive", "--jobs", "2", "a.txt"],
]


@pytest.mark.parametrize("args", TAKEN)
def test_parameters_are_those_click_gives(args: list[str], files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = fast.parse(args, stdout_isatty=False)
    assert parsed is not None
    assert (parsed[0], parsed[1]) == click_params(args, monkeypatch)


LEFT_TO_CLICK = [
    [],
    ["extract"],
    ["-"],
    ["extract", "-"],
    ["--help"],
    ["extract", "--help"],
    ["--version"],
    ["extract", "--lang", "zh", "a.txt"],
    ["extract", "--type", "money", "a.txt"],
    ["extract", "-rq", "a.txt"],
    ["extract", "--files-from", "-"],
    ["extract", "--files-from", "missing-list.txt"],
    ["extract", "--files-from", "."],
    ["extract", "--recursive=yes", "a.txt"],
    ["extract", "--format", "table", "a.txt"],
    ["extract", "--format", "xml", "a.txt"],
    ["extract", "-f=jsonl", "a.txt"],  # click reads the value "=jsonl"
    ["extract", "--quiet=yes", "a.txt"],
    ["extract", "-qj2", "a.txt"],
    ["extract", "-j2", "a.txt"],
    ["extract", "--jobs", "0", "a.txt"],
    ["extract", "--jobs", "+2", "a.txt"],
    ["extract", "--format", "csv", "--format", "json", "a.txt"],
    ["extract", "--format"],
    ["extract", "--", "a.txt"],
    ["nosuchfile.txt"],
    ["chek"],
    ["check", "a.txt", "b.txt"],
    ["stats", "a.txt"],
]


@pytest.mark.parametrize("args", LEFT_TO_CLICK)
def test_anything_else_is_left_to_click(args: list[str], files: Path) -> None:
    assert fast.parse(args, stdout_isatty=False) is None


def test_shell_completion_is_left_to_click(files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_FACTX_COMPLETE", "bash_complete")
    assert fast.parse(["extract", "a.txt"], stdout_isatty=False) is None


def test_a_terminal_without_format_gets_the_table_from_click(files: Path) -> None:
    assert fast.parse(["a.txt"], stdout_isatty=True) is None
    assert fast.parse(["--format", "jsonl", "a.txt"], stdout_isatty=True) is not None


def test_a_file_named_like_a_command_is_the_command(files: Path) -> None:
    (files / "stats").write_text(ARTICLE, encoding="utf-8")
    assert fast.parse(["stats"], stdout_isatty=False) is None
    assert fast.parse(["extract", "stats"], stdout_isatty=False) is not None


def test_commands_are_the_groups() -> None:
    assert set(COMMAND_MODULES) == fast.COMMANDS


# The console script's entry point, or the click group itself (what `run` did before the plain path).
SCRIPT = "import sys; sys.argv = ['factx', *sys.argv[1:]]; from factx.cli import run; run()"
VIA_CLICK = (
    "import sys; from factx.cli.app import main; from factx.cli.env import Environment; "
    "main(args=sys.argv[1:], prog_name='factx', obj=Environment.from_system())"
)


def _run(code: str, args: list[str], cwd: Path, stdout: Any = subprocess.PIPE) -> tuple[int, bytes, str]:
    p = subprocess.run([sys.executable, "-c", code, *args], stdout=stdout, stderr=subprocess.PIPE, cwd=cwd, timeout=300)
    # The summary's timing varies from run to run; everything else must not.
    stderr = re.sub(r"; [0-9.]+ s \([^)]*\)", "; T", p.stderr.decode())
    return p.returncode, p.stdout or b"", stderr


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--format", "jsonl", "a.txt"],
        ["a.txt", "b.txt"],
        ["--format", "json", "a.txt", "missing.txt", "b.txt"],
        ["--format", "csv", "-q", "missing.txt"],
        ["-f", "tsv", "--jobs", "2", "a.txt", "b.txt"],
        ["extract", "--format", "json", "."],  # a directory without -r
        ["extract", "-r", "--format", "jsonl", "."],
        ["--files-from", "list.txt", "--jobs", "2"],
    ],
)
def test_output_messages_and_status_are_the_click_paths(args: list[str], files: Path) -> None:
    fast_run = _run(SCRIPT, args, files)
    assert fast_run == _run(VIA_CLICK, args, files)
    assert fast_run[1] or fast_run[0] != 0


def test_full_disk_is_the_same_error(files: Path) -> None:
    with open("/dev/full", "wb") as full:
        status, _out, err = _run(SCRIPT, ["--format", "jsonl", "a.txt"], files, stdout=full)
    with open("/dev/full", "wb") as full:
        assert (status, err) == _run(VIA_CLICK, ["--format", "jsonl", "a.txt"], files, stdout=full)[::2]
    assert status == 74 and "cannot write the output" in err


PROBE = """
import json, sys
sys.argv = ["factx", *json.loads(sys.argv[1])]
from factx.cli import run
try:
    run()
except SystemExit as e:
    code = e.code
sys.stderr.write("\\nMODULES " + json.dumps([code, sorted(sys.modules)]) + "\\n")
"""


def test_one_article_run_imports_no_click(files: Path) -> None:
    p = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(["--format", "jsonl", "a.txt"])],
        capture_output=True, text=True, cwd=files, timeout=120,
    )  # fmt: skip
    code, modules = json.loads(p.stderr.rsplit("\nMODULES ", 1)[1])
    assert code == 0 and '"text": "4568万元"' in p.stdout
    assert "factx.cli.fast" in modules and "factx.pipeline" in modules
    assert not {"click", "factx.cli.app", "factx.cli.extract", "rich"} & set(modules)
