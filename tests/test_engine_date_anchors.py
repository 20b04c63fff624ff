"""A number followed by - / . alone is no anchor of a Chinese date chain: no part of a chain reads those
separators after a number, so such anchors only cost a parse that found nothing. The dates written so are read
whole (2019-07-02 by the numeric form), and ranges written with a dash before 月/日/号 still anchor."""

from __future__ import annotations

import pytest

import factx
from factx.document import Doc
from factx.normalize import normalize
from factx.zh import date as zh_date


def _chains(text: str) -> list[tuple[int, int]]:
    doc = Doc(text=text, norm=normalize(text))
    return [(e.start, e.end) for e in zh_date._chains(doc)]


@pytest.mark.parametrize("text", ["增长3.5个百分点", "面积12.8公顷", "编号12-34段", "比例1/3左右"])
def test_number_before_separator_is_no_anchor(text: str) -> None:
    number = next(i for i, c in enumerate(text) if c.isdigit())
    assert zh_date._ANCHOR.match(text, number) is None


@pytest.mark.parametrize(
    ("text", "span"),
    [("会议于7-8月举行", "7-8月"), ("展期为12日-15日", "12日-15日"), ("上午9:30开始", "上午9:30")],
)
def test_dash_ranges_and_clock_times_still_anchor(text: str, span: str) -> None:
    start = text.index(span)
    assert (start, start + len(span)) in _chains(text)


def test_numeric_dates_are_still_read_whole() -> None:
    facts = factx.extract("公告于2019-07-02发布，2019.7.3生效。", ref_date="2019-07-10")
    dates = {f.text: f.value.iso() for f in facts if f.type == "date"}
    assert dates.get("2019-07-02") == "2019-07-02"
