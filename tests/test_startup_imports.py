"""Start-up: each command imports only what it needs (issue 13), and the lazily registered commands are
exactly the commands factx has."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factx.cli import main
from factx.cli.app import COMMAND_MODULES

# Runs the console script's entry point in a fresh interpreter and reports, on stderr, every module loaded.
PROBE = """
import json, sys
sys.argv = ["factx", *json.loads(sys.argv[1])]
from factx.cli import run
try:
    run()
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""


def loaded_modules(args: list[str], tmp_path: Path) -> set[str]:
    p = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    line = p.stderr.rsplit("\nMODULES ", 1)[1]
    return set(json.loads(line))


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text("2021年5月3日，公司宣布投资4568万元，新建16个项目，增长4.3%。\n", encoding="utf-8")
    return path


def test_commands_registered_lazily_are_every_command() -> None:
    assert set(COMMAND_MODULES) == set(main.commands)
    for name, module in COMMAND_MODULES.items():
        callback = main.commands[name].callback
        assert callback is not None
        assert callback.__module__ == f"factx.cli.{module}", name


def test_version_loads_no_engine(tmp_path: Path) -> None:
    modules = loaded_modules(["--version"], tmp_path)
    assert "factx.cli.app" in modules
    assert not {"factx.pipeline", "factx.batch", "jieba", "rich"} & modules


@pytest.mark.parametrize("extra", [[], ["--lang", "auto"]])  # the plain path without click (cli.fast), and click's
def test_extract_loads_no_review_command(article: Path, tmp_path: Path, extra: list[str]) -> None:
    modules = loaded_modules(["extract", "--format", "jsonl", *extra, str(article)], tmp_path)
    assert {"factx.cli.batchrun", "factx.batch", "factx.pipeline", "jieba"} <= modules
    assert ("factx.cli.extract" in modules) == bool(extra)
    unwanted = {"factx.cli.review", "factx.cli.find", "factx.review.check", "factx.render.review", "pkg_resources"}
    assert not unwanted & modules


def test_check_loads_no_batch_and_no_rich_for_json(article: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("公司投资4568万元。\n", encoding="utf-8")
    modules = loaded_modules(["check", "--format", "json", str(article), str(draft)], tmp_path)
    assert {"factx.cli.review", "factx.review.check"} <= modules
    assert not {"factx.cli.extract", "factx.batch", "factx.review.diff", "rich", "pkg_resources"} & modules


def test_help_lists_every_command(tmp_path: Path) -> None:
    p = subprocess.run(
        [sys.executable, "-c", "import sys; sys.argv=['factx','--help']; from factx.cli import run; run()"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert p.returncode == 0
    commands = p.stdout.split("Commands:", 1)[1].split()
    assert set(COMMAND_MODULES) <= set(commands)


def test_near_miss_command_still_suggested(tmp_path: Path) -> None:
    p = subprocess.run(
        [sys.executable, "-c", "import sys; sys.argv=['factx','chek']; from factx.cli import run; run()"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert p.returncode == 2
    assert "did you mean 'check'?" in p.stderr


def test_package_names_load_on_first_use() -> None:
    code = (
        "import sys, factx; before = 'factx.pipeline' in sys.modules; factx.analyze; "
        "print(before, 'factx.pipeline' in sys.modules)"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.stdout.split() == ["False", "True"]
