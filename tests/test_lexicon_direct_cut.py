"""The lexicon's own no-HMM cut (issue 13) gives jieba's words: on random strings built from jieba's dictionary
words, Chinese characters outside it, ASCII runs, punctuation and spaces, and on every window that factx cuts
in the first 2,000 bulk articles (with rjieba's words compared there too, when it is installed)."""

from __future__ import annotations

import re
from math import inf
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factx.lexicon import JIEBA_BLOCK, JIEBA_SKIP, Lexicon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk.txt"


@pytest.fixture(scope="module")
def jieba_tokenizer() -> Any:
    """jieba with its whole dictionary loaded the way jieba loads it, the reference."""
    import jieba

    jieba.setLogLevel(60)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def test_block_and_skip_patterns_are_jiebas() -> None:
    """The cut splits text with its own copies of jieba's two patterns (so that cutting never imports jieba):
    they must stay the very patterns of the jieba installed."""
    import jieba

    for ours, theirs in ((JIEBA_BLOCK, jieba.re_han_default), (JIEBA_SKIP, jieba.re_skip_default)):
        assert ours == (theirs.pattern, theirs.flags)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    """A lexicon that stays on the Python cut (no switch to rjieba), buckets loaded as windows need them."""
    lex = Lexicon()
    lex._cut_left = inf
    return lex


@pytest.fixture(scope="module")
def dictionary_words() -> list[str]:
    import jieba

    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        words = [line.split(" ", 1)[0] for line in f]
    return sorted(set(words))


def test_sentences_of_my_own(lexicon: Lexicon, jieba_tokenizer: Any) -> None:
    sentences = [
        "",
        "我们今天在市中心新开了一家咖啡店。",
        "研究人员用了3年时间，完成了ABC项目的第2阶段测试！",
        "a b  c\r\nd\t中文 English mixed 混排 123abc 4.5% +#&._-",
        "工程师说：这台CPU的主频是3GHz，内存16GB。",
        "〇一二三 ㄅㄆ ＡＢＣ １２３ 😀 中华人民共和国",
        "长江大桥上的南京市长江大桥",
        "x",
        "9",
        "  ",
    ]
    for s in sentences:
        assert lexicon.cut(s) == list(jieba_tokenizer.cut(s, HMM=False)), s


# Pieces that make a string: dictionary words are drawn from the whole dictionary (by index, so hypothesis can
# shrink them), the rest are single characters of the kinds jieba treats differently.
_OTHER_PIECES = st.sampled_from(
    ["a", "Z", "7", "0", " ", "  ", "\r\n", "\n", "\t", "，", "。", "-", ".", "%", "+", "#", "&", "_", "〇", "ｱ", "é"]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_strings_of_dictionary_words(
    data: st.DataObject, lexicon: Lexicon, jieba_tokenizer: Any, dictionary_words: list[str]
) -> None:
    word = st.integers(0, len(dictionary_words) - 1).map(dictionary_words.__getitem__)
    cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
    pieces = data.draw(st.lists(st.one_of(word, word, cjk, _OTHER_PIECES), max_size=25))
    text = "".join(pieces)
    assert lexicon.cut(text) == list(jieba_tokenizer.cut(text, HMM=False))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x9FFF), max_size=30))
def test_random_text(text: str, lexicon: Lexicon, jieba_tokenizer: Any) -> None:
    assert lexicon.cut(text) == list(jieba_tokenizer.cut(text, HMM=False))


def test_every_window_of_the_first_bulk_articles(jieba_tokenizer: Any) -> None:
    """The windows factx really cuts: each through the Python cut, jieba and (when installed) rjieba."""
    if not CORPUS.is_file():
        pytest.skip("../shared/corpus not present")
    import factx
    from factx.lexicon import LEXICON

    text = CORPUS.read_text(encoding="utf-8")
    articles = [a for a in (p.strip() for p in re.split(r"\n\s*\n", text)) if a][:2000]
    windows: list[str] = []
    original = LEXICON.cut

    def record(window: str, hmm: bool = False) -> list[str]:
        windows.append(window)
        return original(window, hmm)

    LEXICON.cut = record  # type: ignore[method-assign]
    try:
        for a in articles:
            factx.extract(a)
    finally:
        del LEXICON.cut
    assert len(windows) > 5000
    python_cut = Lexicon()
    python_cut._cut_left = inf
    try:
        import rjieba
    except ImportError:
        rjieba = None
    for w in dict.fromkeys(windows):
        expected = list(jieba_tokenizer.cut(w, HMM=False))
        assert python_cut.cut(w) == expected, w
        if rjieba is not None:
            assert rjieba.cut(w, False) == expected, w


@pytest.mark.parametrize("table", ["whole", "words only"])
def test_preloaded_tables(table: str, jieba_tokenizer: Any, dictionary_words: list[str]) -> None:
    """With the whole table loaded (no bucket checks left) or only every word (the prefixes still come from the
    buckets, as after an accelerated preload), the cut is the same."""
    import random

    lex = Lexicon()
    lex._cut_left = inf
    lex._ready()
    assert lex._buckets is not None
    if table == "whole":
        lex._buckets.load_all()
    else:
        lex._buckets.load_words()
        assert not lex._buckets.complete
    rng = random.Random(13)
    for _ in range(300):
        text = "".join(rng.choice(dictionary_words) for _ in range(rng.randint(1, 8)))
        assert lex.cut(text) == list(jieba_tokenizer.cut(text, HMM=False)), text
