"""The language-neutral document index: line/column, sentence spans, bounded excerpts (contract v2)."""

from __future__ import annotations

import random
import re

import factx
from factx.document import _SENTENCE_END, EXCERPT_WINDOW, TextIndex


def test_short_sentence_is_whole_with_its_offsets() -> None:
    text = "第一句。项目总投资4725万元，已全部开工。"
    f = next(f for f in factx.extract(text) if f.type == "money")
    assert f.sentence == "项目总投资4725万元，已全部开工。"
    assert text[f.sentence_start : f.sentence_end] == f.sentence
    assert f.to_dict()["sentence_start"] == 4


def test_long_sentence_gives_a_bounded_excerpt_around_the_figure() -> None:
    text = "没有句号的页面" * 500 + "共投资4725万元" + "其余文字" * 500
    f = next(f for f in factx.extract(text) if f.type == "money")
    assert len(f.sentence) == EXCERPT_WINDOW
    assert f.text in f.sentence and f.sentence in text
    assert (f.sentence_start, f.sentence_end) == (0, len(text))


def test_output_is_linear_without_sentence_ends() -> None:
    text = "1年1月1日" * 5000
    facts = factx.extract(text)
    assert facts
    assert sum(len(f.sentence) for f in facts) <= EXCERPT_WINDOW * len(facts)


def test_excerpt_near_the_edges_stays_inside_the_sentence_and_holds_the_figure() -> None:
    text = "".join(chr(0x4E00 + i) for i in range(1000))  # every character distinct: find() is exact
    index = TextIndex(text)
    for start in (0, 10, 500, 995):
        excerpt, s, e = index.excerpt(start, start + 5, limit=100, window=100)
        assert len(excerpt) == 100 and (s, e) == (0, 1000)
        lo = text.index(excerpt)
        assert lo <= start and start + 5 <= lo + 100


def test_long_sentence_excerpt_stops_short_of_the_neighbouring_numbers() -> None:
    # No sentence end anywhere: one over-long "sentence" of unit-less clauses written for this test.
    unit = "全区去年新建学校12所招聘教师340名投入资金8500万元"
    text = unit * 40
    facts = [f for f in factx.extract(text) if f.type == "money"]
    assert facts
    for f in facts:
        assert f.text in f.sentence and text[f.sentence_start : f.sentence_end] == text
        outside = f.sentence.replace(f.text, "", 1)
        assert not any(c.isdigit() for c in outside), f.sentence
    middle = facts[len(facts) // 2]
    assert middle.sentence == "名投入资金8500万元全区去年新建学校"


def test_dense_figures_give_short_excerpts() -> None:
    text = "2019年3月5日" * 3000
    facts = factx.extract(text)
    assert len(facts) >= 3000
    # Every excerpt is its figure and at most the few characters between it and the next number.
    assert all(len(f.sentence) <= len(f.text) + 2 for f in facts), {f.sentence for f in facts}
    assert sum(len(f.sentence) for f in facts) <= 2 * len(text)


def test_a_lone_figure_in_a_long_sentence_keeps_its_whole_window() -> None:
    text = "没有句号的页面" * 100 + "共投资4725万元" + "其余文字" * 100 + "第2" + "其余文字" * 100
    f = next(f for f in factx.extract(text) if f.type == "money")
    assert len(f.sentence) == EXCERPT_WINDOW and f.sentence in text


def test_full_width_digits_bound_the_excerpt_too() -> None:
    text = "页面" * 300 + "增长５％" + "之后新增投资4725万元" + "页面" * 300
    index = TextIndex(text)
    start = text.index("4725")
    excerpt, s, e = index.excerpt(start, start + len("4725万元"))
    assert excerpt.startswith("％之后新增投资4725万元") and (s, e) == (0, len(text))


# The sentence-end pattern as first written: the faster one must find exactly the same ends.
_PLAIN_SENTENCE_END = re.compile(
    r"(?=[。！？!?…\n.])(?:[。！？!?…]+[”’」』\"')）]*|\n+|(?<=[A-Za-z\)\"'”%])\.(?=\s)(?![ \t]+[a-z]))"
)


def test_sentence_ends_match_the_plain_pattern() -> None:
    rng = random.Random(7)
    alphabet = "。！？!?….\n ”’」』\"')）aZ%3好,"
    samples = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    samples += ["He said. Then", "x%. y", "“好。”他说", "…… 好", "\n\n\nx", "a.\n", "e.g. this", "3.5 m"]
    for s in samples:
        plain = [(m.start(), m.end()) for m in _PLAIN_SENTENCE_END.finditer(s)]
        assert [(m.start(), m.end()) for m in _SENTENCE_END.finditer(s)] == plain, s


def test_a_full_stop_before_a_lower_case_word_ends_no_sentence() -> None:
    """No sentence starts in lower case: "Harbor Mills Inc. reported …" and "U.S. officials" are one sentence."""
    text = "Harbor Mills Inc. reported profit of $412 million. U.S. officials agreed. The company said so."
    index = TextIndex(text)
    first = index.sentence_span(text.index("$412"))
    assert text[first[0] : first[1]] == "Harbor Mills Inc. reported profit of $412 million."
    second = index.sentence_span(text.index("officials"))
    assert text[second[0] : second[1]] == "U.S. officials agreed."


def test_an_abbreviation_before_a_number_ends_no_sentence() -> None:
    text = "Net income for the quarter ended Sept. 30 rose to $412 million. It ranked No. 3 in the list."
    index = TextIndex(text)
    first = index.sentence_span(text.index("$412"))
    assert text[first[0] : first[1]] == "Net income for the quarter ended Sept. 30 rose to $412 million."
    second = index.sentence_span(text.index("list"))
    assert text[second[0] : second[1]] == "It ranked No. 3 in the list."
