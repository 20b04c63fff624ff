"""`fact_lines` over a document's facts (issue 13): the JSON text of a sentence is made once for the facts that
share it, and every line is still what `json.dumps` writes for that fact, whatever the sentences repeat,
differ or are of another type."""

from __future__ import annotations

import copy
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from factx.model import Fact
from factx.pipeline import analyze
from factx.render.fact_json import fact_lines


class _Text(str):
    pass


def _expected(source: str, facts: list[Fact]) -> list[str]:
    return [json.dumps({"source": source, **f.to_dict()}, ensure_ascii=False) for f in facts]


BASE = analyze("去年公司投资约4568万元，新建16个项目。今年增长4.3%，第3名。\n另有1200名员工。").facts

SENTENCES = st.sampled_from(["甲句。", '乙句，含"引号"和\n换行。', "", _Text("甲句。"), None, 5, "\ud800孤"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(BASE) - 1), SENTENCES), max_size=12))
def test_lines_with_shared_and_odd_sentences_are_json_dumps(picks: list[tuple[int, object]]) -> None:
    facts = []
    for i, sentence in picks:
        f = copy.copy(BASE[i])
        f.sentence = sentence  # type: ignore[assignment]
        facts.append(f)
    assert fact_lines("a.txt", facts) == _expected("a.txt", facts)


def test_a_documents_facts_share_their_sentences() -> None:
    assert len(BASE) >= 4
    assert len({f.sentence for f in BASE}) < len(BASE)  # the case the cache is for
    assert fact_lines("文.txt", BASE) == _expected("文.txt", BASE)


def test_a_date_object_met_again_is_written_from_its_kept_text() -> None:
    """Dates recur as one object (the engine caches its DateValues): the JSON text kept for an object is its
    own, also when the table of kept texts fills up and starts anew, and when equal dates are other objects."""
    from factx.model import DateValue, PartialDate
    from factx.render import fact_json

    date_fact = next(f for f in BASE if f.type == "date")
    shared = DateValue(PartialDate(2023, 3, 5), None, "day")
    values = [
        shared,
        DateValue(PartialDate(2023, 3, 5), None, "day"),
        shared,
        DateValue(PartialDate(2023, 3), None, "month"),
    ]
    values += [
        DateValue(PartialDate(1000 + i % 9000, 1 + i % 12), None, "month") for i in range(fact_json._DATES_KEPT + 50)
    ]
    values += [shared, DateValue(PartialDate(None, 7, 1), PartialDate(None, 7, 9), "day")]
    facts = []
    for v in values:
        f = copy.copy(date_fact)
        f.value = v
        facts.append(f)
    assert fact_lines("a.txt", facts) == _expected("a.txt", facts)
    assert fact_lines("a.txt", facts[:4]) == _expected("a.txt", facts[:4])  # the same objects, written again


def _expected_utf8(source: str, facts: list[Fact]) -> bytes | None:
    """What `fact_lines_utf8` must give: the lines json.dumps writes, each ended, as UTF-8; None when they hold
    text UTF-8 cannot encode."""
    try:
        return "".join(line + "\n" for line in _expected(source, facts)).encode()
    except UnicodeEncodeError:
        return None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, len(BASE) - 1), SENTENCES), max_size=12),
    st.sampled_from(["a.txt", "文.txt", "a\udcff.txt", ""]),
    st.sampled_from([None, "部门", "孤\udc80", 7]),
)
def test_utf8_lines_are_the_json_dumps_lines_encoded(
    picks: list[tuple[int, object]], source: str, subject: object
) -> None:
    """The jsonl fragment made as bytes is the text lines encoded, fact for fact: with odd sentences, a file
    name read with surrogate escapes, a subject of another type; None exactly when some of it cannot be UTF-8."""
    from factx.render.fact_json import fact_lines_utf8

    facts = []
    for i, sentence in picks:
        f = copy.copy(BASE[i])
        f.sentence = sentence  # type: ignore[assignment]
        f.subject = subject  # type: ignore[assignment]
        facts.append(f)
    assert fact_lines_utf8(source, facts) == _expected_utf8(source, facts)
    assert fact_lines(source, facts) == _expected(source, facts)


def test_a_fragment_with_a_lone_surrogate_is_left_as_text() -> None:
    from factx.batch import render_fragment
    from factx.model import DocResult

    clean = render_fragment("jsonl", DocResult("a.txt", BASE))
    assert isinstance(clean, bytes) and clean.decode().splitlines() == _expected("a.txt", BASE)
    odd = copy.copy(BASE[0])
    odd.text = "\ud800"
    kept = render_fragment("jsonl", DocResult("a.txt", [BASE[1], odd]))
    assert isinstance(kept, str) and kept.splitlines() == _expected("a.txt", [BASE[1], odd])
