"""Unit tests of the one date resolver (`factx.dates`): the rules every language shares."""

from __future__ import annotations

from datetime import date

import pytest

import factx
from factx import dates
from factx.dates import DateContext, DateParts

# 2021-03-10 is a Wednesday.
REF = date(2021, 3, 10)


def _iso(parts: DateParts, ref: date | None = REF, ctx: DateContext | None = None) -> str | None:
    out = dates.resolve(parts, ref, ctx or DateContext())
    return None if out is None else out[0].iso()


@pytest.mark.parametrize(
    ("weekday", "direction", "expected"),
    [
        (0, None, "2021-03-08"),  # Monday: two days back
        (2, None, "2021-03-10"),  # Wednesday: the reference day itself
        (5, None, "2021-03-13"),  # Saturday: three days ahead
        (6, None, "2021-03-07"),  # Sunday: three days back is nearer than four ahead
        (4, -1, "2021-03-05"),  # last Friday
        (2, -1, "2021-03-03"),  # last Wednesday: a week back, not today
        (1, 1, "2021-03-16"),  # next Tuesday
        (2, 1, "2021-03-17"),  # next Wednesday
    ],
)
def test_weekday_against_reference_date(weekday: int, direction: int | None, expected: str) -> None:
    assert _iso(DateParts(0, 1, weekday=weekday, weekday_dir=direction)) == expected


def test_weekday_without_reference_date_is_left_out() -> None:
    assert _iso(DateParts(0, 1, weekday=1), ref=None) is None


def test_weekday_with_time() -> None:
    assert _iso(DateParts(0, 1, weekday=6, hour=12, minute=0)) == "2021-03-07T12:00"


def test_weekday_sets_the_day_for_a_later_time() -> None:
    ctx = DateContext()
    _iso(DateParts(0, 1, weekday=0), ctx=ctx)
    assert _iso(DateParts(5, 9, hour=18, minute=45), ctx=ctx) == "2021-03-08T18:45"


def test_reference_week_weekday() -> None:
    assert _iso(DateParts(0, 1, week_rel=-1, weekday=3)) == "2021-03-04"  # 上周四


def _sentence(ctx: DateContext, n: int, paragraph: int = 0) -> DateContext:
    return ctx.next_sentence((n * 10, n * 10 + 9), paragraph)


def test_anaphoric_day_counts_from_the_last_date_of_the_paragraph() -> None:
    ctx = _sentence(DateContext(), 0)
    _iso(DateParts(0, 1, year=2019, month=10, day=8), ctx=ctx)
    ctx = _sentence(ctx, 1)
    assert _iso(DateParts(10, 12, day_rel=1, anaphoric=True, hour=3, minute=0), ctx=ctx) == "2019-10-09T03:00"


def test_anaphora_does_not_cross_a_paragraph() -> None:
    ctx = _sentence(DateContext(), 0)
    _iso(DateParts(0, 1, year=2019, month=10, day=8), ctx=ctx)
    ctx = _sentence(ctx, 1, paragraph=50)
    assert _iso(DateParts(10, 12, day_rel=0, anaphoric=True), ctx=ctx) is None


def test_anaphoric_year_falls_back_on_the_reference_date_only_when_allowed() -> None:
    assert _iso(DateParts(0, 2, year_rel=-1, anaphoric=True, fallback_ref=True)) == "2020"  # 上年
    assert _iso(DateParts(0, 2, year_rel=0, anaphoric=True)) is None  # 同年 with nothing before it


def test_month_in_a_new_sentence_takes_the_reference_year_not_the_previous_one() -> None:
    ctx = _sentence(DateContext(), 0)
    _iso(DateParts(0, 1, year=2019, month=7, day=2), ctx=ctx)
    ctx = _sentence(ctx, 1)
    assert _iso(DateParts(10, 15, month=3, day=1), ctx=ctx) == "2021-03-01"
    ctx = _sentence(ctx, 2)
    assert _iso(DateParts(20, 23, day=5), ctx=ctx) == "2021-03-05"  # a bare day: the month last written


def test_sunday_first_week() -> None:
    sunday = date(2025, 11, 30)
    assert _iso(DateParts(0, 1, week_rel=-1, weekday=3), ref=sunday) == "2025-11-20"  # Monday-first: 上周四
    assert _iso(DateParts(0, 1, week_rel=-1, weekday=3, sunday_week=True), ref=sunday) == "2025-11-27"
    assert _iso(DateParts(0, 1, week_rel=0, sunday_week=True), ref=sunday) == "2025-11-30/2025-12-06"


def test_anaphora_reaches_three_sentences_back_at_most() -> None:
    text = "A。B。C。D。E。"
    ctx = DateContext().next_sentence((0, 2), 0, text)
    _iso(DateParts(0, 1, year=2019), ctx=ctx)
    near = ctx.next_sentence((4, 6), 0, text)  # two sentences on: still anchored
    assert _iso(DateParts(4, 5, year_rel=1, anaphoric=True), ctx=near) == "2020"
    far = ctx.next_sentence((8, 10), 0, text)  # four sentences on: too far
    assert _iso(DateParts(8, 9, year_rel=1, anaphoric=True), ctx=far) is None


def test_next_day_without_a_year_is_left_out_where_a_leap_day_could_fall() -> None:
    # 次日 after 2月28日 is 29 February or 1 March: only the year decides, and none is known.
    facts = factx.extract("2月28日晚他们出发，次日凌晨抵达营地。")
    assert [f.text for f in facts if f.type == "date"] == ["2月28日晚"]
    # Any other day has one next day, year or no year.
    facts = factx.extract("3月31日晚他们出发，次日凌晨抵达营地。")
    assert [(f.text, f.to_dict()["value"]) for f in facts if f.type == "date"] == [
        ("3月31日晚", "XXXX-03-31"),
        ("次日凌晨", "XXXX-04-01"),
    ]


def test_same_month_after_its_month_with_no_year_adds_no_date() -> None:
    """8月当月 with no year anywhere says no more than 8月: one date, not two; 次月 still counts on."""
    facts = [f for f in factx.extract("8月当月产量为9万辆，次月交付。", lang="zh") if f.type == "date"]
    assert [(f.text, f.value_text()) for f in facts] == [("8月", "XXXX-08"), ("次月", "XXXX-09")]
