"""Ctrl-C while factx is still starting (issue 10): exit 130 with the one line of a later Ctrl-C, never a
traceback. The interrupt is delivered for real (SIGINT to the process) at a chosen import, so the test does
not depend on timing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# Sends SIGINT to this process when `target` is first imported, then runs the console script's entry point.
# (SIGINT gets the handler a terminal's Python starts with: a test run started in the background of a script
# (`cmd &`) would otherwise hand the probe an ignored SIGINT.)
PROBE = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
target = sys.argv[1]

class Interrupt:
    def find_spec(self, name, path=None, target_=None):
        if name == target:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, Interrupt())
sys.argv = ["factx", *sys.argv[2:]]
from factx.cli import run
run()
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text("公司宣布投资4568万元。\n", encoding="utf-8")
    return path


# `--lang auto` (the default) sends the command line through click; without it the plain path (cli.fast) runs.
VIA_CLICK = ["--lang", "auto"]


@pytest.mark.parametrize(
    ("module", "extra"),
    [
        ("click", VIA_CLICK),  # before the command group exists
        ("factx.cli.env", []),  # while the Environment is being made
        ("factx.cli.fast", []),  # while the plain path loads
        ("factx.cli.extract", VIA_CLICK),  # while click loads the command
        ("factx.pipeline", []),  # while the engine loads
        ("factx.pipeline", VIA_CLICK),
        ("factx.lexicon", []),  # while the lexicon loads, inside the first document
        ("factx.lexicon", VIA_CLICK),
    ],
)
def test_ctrl_c_during_start_up_exits_130_quietly(module: str, extra: list[str], article: Path) -> None:
    p = subprocess.run(
        [sys.executable, "-c", PROBE, module, "extract", "--format", "jsonl", *extra, str(article)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert p.returncode == 130, p.stderr
    assert "Traceback" not in p.stderr
    assert p.stderr.strip().splitlines()[-1] == "factx: interrupted"
    assert p.stdout == ""


def test_probe_without_interrupt_runs_normally(article: Path) -> None:
    """The probe itself changes nothing when its module is never imported."""
    p = subprocess.run(
        [sys.executable, "-c", PROBE, "no.such.module", "extract", "--format", "jsonl", str(article)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert p.returncode == 0, p.stderr
    assert '"text": "4568万元"' in p.stdout
