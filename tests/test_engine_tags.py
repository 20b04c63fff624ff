"""The process-wide tag memo in `zh.segment` answers what `Lexicon.tag` answers, known words or not."""

from __future__ import annotations

from factx.lexicon import LEXICON
from factx.zh import segment


def test_tag_is_lexicon_tag_first_time_and_after():
    words = ["项目", "投资", "的", "死亡", "重点", "建设", "县", "不是词语的串", "A", ""]
    for _ in range(2):  # the second round is answered from the memo
        assert [segment.tag(w) for w in words] == [LEXICON.tag(w) for w in words]
    assert segment.tag("项目") == "n"
    assert segment.tag("不是词语的串") is None


def test_tag_memo_stops_growing_at_its_bound(monkeypatch):
    monkeypatch.setattr(segment, "_TAGS", {})
    monkeypatch.setattr(segment, "_MAX_TAGS", 2)
    for w in ("项目", "投资", "建设", "企业"):
        assert segment.tag(w) == LEXICON.tag(w)
    assert len(segment._TAGS) == 2
