"""The lexicon's buckets by first two characters (issue 13): loaded one pair at a time, they give jieba the same
table entries as its own dictionary, so cuts, tags and frequencies are jieba's."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from factx.lexicon import Lexicon

SENTENCES = [
    "市政府今年投入专项资金，支持中小企业数字化转型。",
    "這家醫院去年為偏鄉兒童完成先天性心臟病手術。",
    "研究团队在实验室里连续工作了三个星期才得到结果。",
    "中华人民共和国国家统计局发布数据，全国居民人均可支配收入增长。",
    "小明昨天在库布齐沙漠种下了三棵梭梭树，abc 123 混排。",
]


def _jieba_dictionary() -> tuple[Path, dict[str, tuple[int, str | None]]]:
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    entries: dict[str, tuple[int, str | None]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                entries[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else None)
    return path, entries


def test_words_sampled_from_jiebas_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path))
    _path, entries = _jieba_dictionary()
    words = [*random.Random(13).sample(sorted(entries), 3000), "一", "中", "中国", "中华人民共和国"]
    Lexicon().cut("写缓存")  # builds the cache file; the lexicon below reads it, bucket by bucket
    lexicon = Lexicon()
    for w in words:
        assert (lexicon.freq(w), lexicon.tag(w)) == entries[w], w
    assert lexicon.freq("不是一个词吗") == 0 and lexicon.tag("不是一个词吗") is None
    assert lexicon.freq("") == 0 and lexicon.tag("") is None
    table = lexicon._buckets
    assert table is not None and not table.words_complete
    assert len(table.freq) < len(entries) // 10  # the buckets of these words only, not whole characters


def test_cuts_match_jieba_with_its_own_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jieba

    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path))
    plain = jieba.Tokenizer()
    plain.initialize()
    lexicon = Lexicon()
    for s in SENTENCES:
        assert lexicon.cut(s) == list(plain.cut(s, HMM=False))
        assert lexicon.cut(s, hmm=True) == list(plain.cut(s, HMM=True))
