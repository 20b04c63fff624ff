"""The optional rjieba accelerator (factx[fast]): the same facts with and without it, used once the lexicon
is preloaded (worker pools) or the process has cut enough (tests/test_lexicon_switch.py), never by a
one-article run, and off with FACTX_RJIEBA=0."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factx.lexicon import LEXICON, Lexicon
from factx.pipeline import analyze

pytest.importorskip("rjieba")

EVAL_TEXTS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "texts"

SENTENCES = [
    "2022年上半年，该市共接待游客1200万人次，旅游收入达到86.5亿元，同比增长32%。",
    "醫院表示，過去三年共為逾百名偏鄉兒童完成手術，募得善款新台幣2,300萬元。",
    "工程预计投资约3.6亿元，分两期建设，一期工期为18个月，将新增停车位800个。",
    "警方在两天内拘留了15名嫌疑人，查获现金50余万元及手机30部。",
]


@pytest.fixture
def accelerated() -> Iterator[None]:
    LEXICON.preload()
    assert LEXICON.accelerated
    yield


def _facts_both_ways(text: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    fast = LEXICON._fast_cut
    LEXICON._fast_cut = None
    try:
        plain = [f.to_dict() for f in analyze(text).facts]
    finally:
        LEXICON._fast_cut = fast
    return plain, [f.to_dict() for f in analyze(text).facts]


@pytest.mark.usefixtures("accelerated")
@pytest.mark.parametrize("text", SENTENCES)
def test_same_facts_with_and_without_rjieba(text: str) -> None:
    plain, fast = _facts_both_ways(text)
    assert plain == fast
    assert plain


@pytest.mark.usefixtures("accelerated")
def test_same_facts_on_the_evaluation_texts() -> None:
    if not EVAL_TEXTS.is_dir():
        pytest.skip("../shared/eval not present")
    texts = sorted(p for p in EVAL_TEXTS.glob("*.txt") if "-en-" not in p.name)
    assert texts
    for path in texts:
        plain, fast = _facts_both_ways(path.read_text(encoding="utf-8"))
        assert plain == fast, path.name


@pytest.mark.usefixtures("accelerated")
def test_hmm_cut_stays_with_jieba() -> None:
    """rjieba's HMM for unknown words was not checked against jieba's, so it is never used."""
    plain = Lexicon()
    for s in SENTENCES:
        assert LEXICON.cut(s, hmm=True) == plain.cut(s, hmm=True)


def test_switched_off_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_RJIEBA", "0")
    lexicon = Lexicon()
    lexicon.preload()
    assert not lexicon.accelerated


def test_one_article_run_never_loads_rjieba(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SENTENCES[0], encoding="utf-8")
    code = (
        "import sys; sys.argv = ['factx', 'extract', '--format', 'jsonl', sys.argv[1]]\n"
        "from factx.cli import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write('\\nRJIEBA %s\\n' % ('rjieba' in sys.modules))"
    )
    p = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, timeout=120)
    assert '"text": "1200万人次"' in p.stdout
    assert p.stderr.rstrip().endswith("RJIEBA False")
