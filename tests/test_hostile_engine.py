"""Hostile input the engine must survive (issue 10): deep numeral chains, runs of thousands groups (linear time),
currency words at a line's end, dates at the edges of the calendar, intervals written backwards, lone surrogates.

Time-bound tests run under an interval timer, so a quadratic pattern costs at most its limit here.
"""

from __future__ import annotations

import json
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factx
from factx.model import DateValue

T = TypeVar("T")


class TooSlow(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TooSlow after `seconds` (main thread, POSIX); without a timer the body just runs."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(_signum: int, _frame: object) -> None:
        raise TooSlow(f"over {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timed(seconds: float, fn: Callable[[], T]) -> T:
    with time_limit(seconds):
        return fn()


def test_deep_numeral_chain() -> None:
    facts = factx.extract("投资" + "5万" * 1000 + "元")
    assert all(f.text for f in facts)


def test_comma_separated_runs_are_linear() -> None:
    text = ",".join(str(100 + i % 900) for i in range(3000))  # 12 kB; linear work is well under 0.5 s
    timed(2.0, lambda: factx.extract(text))


def test_long_thousands_groups_are_linear() -> None:
    text = "1" + ",000" * 2500 + ",0000元"
    timed(2.0, lambda: factx.extract(text))


@pytest.mark.parametrize("currency", ["美元", "港元", "欧元", "英镑", "USD"])
def test_no_figure_crosses_a_line_break(currency: str) -> None:
    text = f"门票售价5{currency}\n30名游客参加。"
    facts = factx.extract(text)
    assert all("\n" not in f.text for f in facts)
    assert {f.text for f in facts} >= {f"5{currency}", "30名"}


def test_yesterday_at_the_first_day() -> None:
    facts = factx.extract("昨日，他来了。", ref_date=date(1, 1, 1))
    assert all(f.text for f in facts)


def test_next_year_at_the_last_year() -> None:
    for f in factx.extract("明年将完工。", ref_date=date(9999, 6, 1)):
        years = re.findall(r"\d+", str(f.to_dict()["value"]))
        assert all(1 <= int(y) <= 9999 for y in years[:1])


def test_intervals_are_ordered() -> None:
    for f in factx.extract("2008年-2004年，该市投资5万元。"):
        if isinstance(f.value, DateValue) and f.value.end is not None:
            assert f.value.start.iso() <= f.value.end.iso(), f.value.iso()


def test_lone_surrogates() -> None:
    facts = factx.extract("投资5万元\ud800。")
    json.dumps([f.to_dict() for f in facts])


# The same invariants as properties: these flip with the examples above.

# Two figures around a separator: a year range written backwards, a currency before a line break.
PAIRS = st.builds(
    lambda a, u, sep, b, v: f"门票{a}{u}{sep}{b}{v}参加。",
    st.integers(1, 2100), st.sampled_from(["年", "美元", "港元", "元"]), st.sampled_from(["\n", "-", "至", "，"]),
    st.integers(1, 2100), st.sampled_from(["年", "名", "人"]),
)  # fmt: skip


@settings(max_examples=100, deadline=timedelta(seconds=5), derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(PAIRS)
def test_ordered_intervals_and_single_line_figures(text: str) -> None:
    for f in factx.extract(text):
        assert "\n" not in f.text, f.text
        if isinstance(f.value, DateValue) and f.value.end is not None and f.value.start.year and f.value.end.year:
            assert f.value.start.year <= f.value.end.year, f.value.iso()


def test_a_numeral_chain_does_not_hold_memory_per_character() -> None:
    # "5万" repeated: the number pattern once kept a backtracking frame per 万 (≈ 400 bytes a character).
    import tracemalloc

    text = "5万" * 100_000
    tracemalloc.start()
    try:
        facts = factx.extract(text, lang="zh")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert facts == []
    assert peak < 100 * len(text), f"peak {peak:,} bytes for {len(text):,} characters"


def test_ref_date_as_iso_text() -> None:
    """The library takes the reference date as an ISO string too; a malformed one is a ValueError."""
    facts = factx.extract("去年营收下降。", ref_date="2024-11-15")
    assert [f.to_dict()["value"] for f in facts if f.type == "date"] == ["2023"]
    with pytest.raises(ValueError):
        factx.extract("去年营收下降。", ref_date="2024-13-40")
