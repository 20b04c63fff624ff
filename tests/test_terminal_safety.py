"""Escape sequences in documents and file names never reach a terminal: every table, `show`, `check`,
`diff`, `timeline`, `stats` and every stderr line shows control characters as visible stand-ins, while
JSON keeps the text exact."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factx.cli import main
from factx.cli.env import Environment
from factx.render.safe import terminal_text

# OSC 52 clipboard write, a screen clear, a hyperlink, a window title, a C1 CSI and a bidi override.
HOSTILE = (
    "今年投资\x1b]52;c;ZWNobyBoaQ==\x074568万元建设16个重点项目。\n"
    "\x1b[2J\x1b[H去年\x1b]8;;http://x.test/\x1b\\完成\x1b]8;;\x1b\\手术86台次，\x1b]0;title\x07增长4.3%。\n"
    "2020年7月14日，\x9b31m有\u202e120名\u202c儿童参加。\n"
)
# After rendering, the only escapes allowed are rich's own colour codes (SGR: ESC [ … m).
_NOT_SGR = re.compile(r"\x1b(?!\[[0-9;]*m)|[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def invoke(args: list[str], env: Environment) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args, obj=env, catch_exceptions=False)
    return result.exit_code, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    p = tmp_path / "a\x1b]0;pwned\x07.txt"
    p.write_text(HOSTILE, encoding="utf-8")
    return p


def test_helper_is_one_for_one_and_visible() -> None:
    s = "a\x1b[2Jb\x9bc\u202ed\ne\x7f"
    assert len(terminal_text(s)) == len(s)
    assert terminal_text(s) == "a␛[2Jb\ufffdc\ufffdd e␡"
    assert terminal_text(s, lines=True).count("\n") == 1
    assert terminal_text("普通文本 4568万元") == "普通文本 4568万元"


@pytest.mark.parametrize("color", [False, True])
@pytest.mark.parametrize(
    "command",
    [[], ["stats"], ["show"], ["timeline"], ["check", "{p}", "{p}"], ["diff", "{p}", "{p}"]],
    ids=["extract", "stats", "show", "timeline", "check", "diff"],
)
def test_no_escape_reaches_the_terminal(hostile: Path, command: list[str], color: bool) -> None:
    args = [a.format(p=hostile) for a in command] or ["extract"]
    if len(args) == 1:
        args.append(str(hostile))
    env = Environment.fake(stdout_isatty=True, stderr_isatty=True, color="always" if color else "never")
    code, out, err = invoke([args[0], "--ref-date", "2020-07-15", *args[1:]], env)
    assert code in (0, 1), err
    assert out.strip()
    assert not _NOT_SGR.search(out), repr(out[:400])
    assert not _NOT_SGR.search(err), repr(err)


def test_json_keeps_the_text_exact(hostile: Path) -> None:
    code, out, _ = invoke(["extract", "--format", "json", "--ref-date", "2020-07-15", str(hostile)], Environment.fake())
    assert code == 0
    doc = json.loads(out)[0]
    text = HOSTILE
    assert doc["facts"]
    for f in doc["facts"]:
        assert text[f["start"] : f["end"]] == f["text"]
    assert "\x1b" in doc["source"]  # the name as it is: JSON escapes it itself


def test_file_names_with_escapes_on_stderr(tmp_path: Path) -> None:
    missing = tmp_path / "gone\x1b]52;c;eA==\x07.txt"
    code, _, err = invoke([str(missing)], Environment.fake(stderr_isatty=True))
    assert code == 1
    assert "cannot read" in err
    assert not _NOT_SGR.search(err), repr(err)
    code, _, err = invoke(["show", str(missing)], Environment.fake(stderr_isatty=True))
    assert code == 2
    assert not _NOT_SGR.search(err), repr(err)
