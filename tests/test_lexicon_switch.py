"""When a process switches its cuts to rjieba by itself (issue 13): after `_SWITCH_AFTER` characters cut in
Python, once, never with FACTX_RJIEBA=0, and never for a one-article run; the words stay jieba's."""

from __future__ import annotations

import subprocess
import sys

import pytest

from factx import lexicon as lexicon_module
from factx.lexicon import Lexicon

SENTENCE = "市里今年新建了两座污水处理厂，日处理能力合计十二万吨。"


def _cut_past_the_threshold(lex: Lexicon) -> list[list[str]]:
    """Cut SENTENCE until one more character than the threshold has been cut; every cut's words."""
    cuts = []
    for _ in range(lexicon_module._SWITCH_AFTER // len(SENTENCE) + 2):
        cuts.append(lex.cut(SENTENCE))
    return cuts


def test_switches_to_rjieba_after_the_threshold_with_the_same_words() -> None:
    pytest.importorskip("rjieba")
    lex = Lexicon()
    first = lex.cut(SENTENCE)
    assert not lex.accelerated
    cuts = _cut_past_the_threshold(lex)
    assert lex.accelerated
    assert all(c == first for c in cuts)
    assert lex.tag(first[0]) is not None  # tags still come from the table


def test_never_switches_with_factx_rjieba_0(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_RJIEBA", "0")
    lex = Lexicon()
    first = lex.cut(SENTENCE)
    cuts = _cut_past_the_threshold(lex)
    assert not lex.accelerated
    assert all(c == first for c in cuts)


def test_the_switch_is_tried_once() -> None:
    """After `preload()` (or a tried switch) taking the accelerator away keeps the Python cut: tests compare
    both ways that way, and a failed import is not retried on every cut."""
    pytest.importorskip("rjieba")
    lex = Lexicon()
    lex.accelerate()
    lex._fast_cut = None
    _cut_past_the_threshold(lex)
    assert not lex.accelerated


def test_a_loop_over_extract_ends_on_rjieba_without_asking() -> None:
    pytest.importorskip("rjieba")
    code = (
        "import sys, factx\n"
        "from factx.lexicon import LEXICON\n"
        f"text = {SENTENCE!r}\n"
        "before = 'rjieba' in sys.modules\n"
        "for _ in range(3000):\n"
        "    factx.extract(text)\n"
        "    if LEXICON.accelerated:\n"
        "        break\n"
        "print(before, LEXICON.accelerated, 'rjieba' in sys.modules)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert p.stdout.split() == ["False", "True", "True"], p.stderr
