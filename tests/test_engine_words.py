"""`patterns.Words` screens a position by the last (first) characters of its words before the longest-word
lookup: it must answer as `longest_suffix` / `longest_prefix` do, at every position and at the edges."""

from __future__ import annotations

import random

from factx.patterns import Words, longest_prefix, longest_suffix
from factx.zh import tables as zh


def test_words_answer_as_the_plain_lookups() -> None:
    tables = [zh.LINKING_WORDS, zh.CHANGE_WORDS, zh.OUTCOME_WORDS, tuple(zh.CURRENCY_PREFIX), ("约", "约为", "大约")]
    texts = ["项目共有58个，比上年增加了12个", "其中重伤4人死亡2人", "人民币5000元，约为3万美元", "", "约"]
    rng = random.Random(7)
    alphabet = "".join(sorted({c for t in tables for w in t for c in w})) + "，。0123"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    for table in tables:
        words = Words(table)
        plain = dict.fromkeys(table)
        longest = max(map(len, table))
        for text in texts:
            for pos in range(len(text) + 1):
                assert words.ending_at(text, pos) == longest_suffix(text, pos, plain, longest), (text, pos)
                assert words.starting_at(text, pos) == longest_prefix(text, pos, plain, longest), (text, pos)


def test_words_membership() -> None:
    words = Words(zh.LINKING_WORDS)
    assert zh.LINKING_WORDS[0] in words
    assert "不是一个词" not in words
