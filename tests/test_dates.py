"""Unit tests of the one date resolver (`factx.dates`): the rules every language shares."""

from __future__ import annotations

from datetime import date

import pytest

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
