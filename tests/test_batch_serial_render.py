"""A run in one process renders each document where it analyses it (`batch.run(render_serially=True)`), and
lets the rendering refuse an unwritable value (`model.check_unrendered`) instead of checking every value
first: the same output and the same refusals, message included, as `check_facts` followed by rendering."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factx import batch
from factx.batch import Settings, render_fragment, run
from factx.inputs import FileItem
from factx.model import (
    MAX_VALUE_DIGITS,
    DateValue,
    DocResult,
    DurationValue,
    Fact,
    PartialDate,
    ValueTooLarge,
    check_facts,
    check_unrendered,
)

FORMATS = ("jsonl", "json", "csv", "tsv")

decimals = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.builds(lambda d, e: Decimal(d).scaleb(e), st.integers(0, 10**30), st.integers(-4100, 4100)),
    st.builds(lambda n: Decimal("9" * n), st.integers(MAX_VALUE_DIGITS - 2, MAX_VALUE_DIGITS + 2)),
)
durations = st.builds(
    lambda amounts: DurationValue(tuple((a, u) for a, u in zip(amounts, ("Y", "D", "TM"), strict=False))),
    st.lists(decimals.filter(lambda d: d.is_finite() and d >= 0), min_size=1, max_size=3),
)
values = st.one_of(decimals, durations, st.just(DateValue(PartialDate(2024, 3, 1))))


def _fact(value: object, high: object) -> Fact:
    kind = "duration" if isinstance(value, DurationValue) else "date" if isinstance(value, DateValue) else "count"
    return Fact(type=kind, text="3", start=0, end=1, value=value, max=high)  # type: ignore[arg-type]


def _written(check: object, fmt: str, facts: list[Fact]) -> str:
    """The document's output after `check`, or the refusal's message."""
    try:
        check(facts)  # type: ignore[operator]
        return render_fragment(fmt, DocResult("a.txt", facts))  # type: ignore[arg-type]
    except ValueTooLarge as e:
        return f"refused: {e}"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(values, st.one_of(st.none(), values)), max_size=5), st.sampled_from(FORMATS))
def test_rendering_refuses_what_check_facts_refuses(pairs: list[tuple[object, object]], fmt: str) -> None:
    facts = [_fact(value, high) for value, high in pairs]
    assert _written(check_unrendered, fmt, facts) == _written(check_facts, fmt, facts)


def test_a_long_duration_after_a_long_figure_is_refused_for_the_figure() -> None:
    long_figure = Decimal("9" * (MAX_VALUE_DIGITS + 1))
    long_duration = DurationValue(((Decimal("1E+4001"), "D"),))
    for facts in ([_fact(long_figure, None), _fact(long_duration, None)], [_fact(long_duration, long_figure)]):
        for fmt in FORMATS:
            assert _written(check_unrendered, fmt, facts) == _written(check_facts, fmt, facts)
            assert _written(check_unrendered, fmt, facts).startswith("refused: ")


@pytest.fixture
def articles(tmp_path: Path) -> list[FileItem]:
    texts = [
        "市政府3月5日宣布投入1.2亿元，为约3000名学生新建两所学校，工期18个月。\n",
        "The council approved $12 million on March 5, 2023 for 3,000 pupils; 95% backed it.\n",
        "共投资1" + "0" * 4304 + "元。\n",  # a figure no format writes: refused, this document only
        "今天天气很好。\n",  # no figures
    ]
    items = []
    for i, text in enumerate(texts):
        p = tmp_path / f"{i}.txt"
        p.write_text(text, encoding="utf-8")
        items.append(FileItem(str(p), str(p), "text"))
    return items


@pytest.mark.parametrize("fmt", FORMATS)
def test_serial_rendering_writes_what_the_caller_would(articles: list[FileItem], fmt: str) -> None:
    kept = list(run(articles, Settings(render=fmt), 1))  # type: ignore[arg-type]
    rendered = list(run(articles, Settings(render=fmt), 1, render_serially=True))  # type: ignore[arg-type]
    assert all(o.rendered is None for o in kept)
    assert [o.status for o in rendered] == [o.status for o in kept] == ["ok", "ok", "failed", "ok"]
    assert [o.result.error for o in rendered] == [o.result.error for o in kept]
    assert [o.n_facts for o in rendered] == [o.n_facts for o in kept]
    for a, b in zip(rendered, kept, strict=True):
        if b.status == "ok":
            assert a.rendered == render_fragment(fmt, b.result)  # type: ignore[arg-type]
            assert a.result.facts == []


def test_a_document_with_many_facts_keeps_them(articles: list[FileItem], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "SERIAL_RENDER_MAX_FACTS", 2)
    kept = list(run(articles, Settings(render="jsonl"), 1))
    out = list(run(articles, Settings(render="jsonl"), 1, render_serially=True))
    many = [i for i, o in enumerate(kept) if o.n_facts > 2]
    assert many  # the first two articles have more than two figures
    for i in many:
        assert out[i].rendered is None and out[i].result.facts == kept[i].result.facts
