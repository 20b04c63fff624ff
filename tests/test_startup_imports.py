"""What a run imports: modules kept out of start-up stay out (a fresh interpreter per case, since pytest itself
imports them)."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import subprocess
import sys

import factx

ZH = "据统计，今年5月共有49名先心病儿童接受手术，投入资金4725万元。"
EN = "Officials said 14 people died on Saturday, and damage topped $3.2 million."


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.strip()


def test_extract_does_not_import_inspect() -> None:
    code = (
        "import sys, factx\n"
        f"facts = factx.extract({ZH!r}) + factx.extract({EN!r})\n"
        "print(len(facts), 'inspect' in sys.modules, 'ast' in sys.modules)"
    )
    count, inspect_loaded, ast_loaded = _run(code).split()
    assert int(count) >= 5
    assert (inspect_loaded, ast_loaded) == ("False", "False")


def test_inspect_still_works_after_factx() -> None:
    code = "import factx, dataclasses, inspect\nprint(inspect.signature(lambda a, b=2: a))"
    assert _run(code) == "(a, b=2)"


def test_a_dataclass_without_docstring_still_gets_one() -> None:
    code = (
        "import factx\nfrom dataclasses import dataclass\n"
        "@dataclass\nclass P:\n    x: int\n    y: str = 'a'\n"
        "print(P.__doc__)"
    )
    assert _run(code) == "P(x: int, y: str = 'a')"


def test_every_factx_dataclass_has_a_docstring() -> None:
    # Without one, dataclasses would call inspect.signature and load inspect on the start-up path.
    missing = []
    for info in pkgutil.walk_packages(factx.__path__, "factx."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra that is not installed
            continue
        for name, obj in vars(module).items():
            ours = isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == module.__name__
            if ours and (not obj.__doc__ or obj.__doc__.startswith(f"{name}(")):
                missing.append(f"{module.__name__}.{name}")
    assert missing == []


def test_command_line_extract_does_not_import_inspect(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ZH + "\n" + EN + "\n", encoding="utf-8")
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['factx', 'extract', '--format', 'jsonl', {str(article)!r}]\n"
        "try:\n    runpy.run_module('factx', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "print('inspect' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.count('"type"') >= 4
    assert done.stderr.strip().splitlines()[-1] == "False"
