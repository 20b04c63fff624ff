"""`dates.valid_day` by table answers what the calendar answers, edge years and months included."""

from __future__ import annotations

from factx.dates import valid_day
from factx.model import PartialDate


def _by_calendar(year: int | None, month: int | None, day: int | None) -> bool | type[Exception]:
    if day is None:
        return True
    try:
        return 1 <= day <= PartialDate(year, month).last_day()
    except Exception as e:  # the reference's own error is the expected answer
        return type(e)


def _by_table(year: int | None, month: int | None, day: int | None) -> bool | type[Exception]:
    try:
        return valid_day(year, month, day)
    except Exception as e:
        return type(e)


def test_valid_day_agrees_with_the_calendar():
    years = [None, -5, 0, 1, 4, 100, 1900, 1996, 2000, 2019, 2020, 2024, 2100, 9999, 10000]
    months = [None, -1, 0, *range(1, 13), 13]
    days = [None, -1, 0, 1, 27, 28, 29, 30, 31, 32]
    for y in years:
        for m in months:
            for d in days:
                assert _by_table(y, m, d) == _by_calendar(y, m, d), (y, m, d)


def test_leap_days():
    assert valid_day(2020, 2, 29) and not valid_day(2019, 2, 29) and not valid_day(1900, 2, 29)
    assert valid_day(None, 2, 29) and not valid_day(None, 2, 30) and not valid_day(2019, 4, 31)
