"""The unit table (`factx.units`) and what it gives `check`: equal amounts across units and languages.

Each row is checked twice: through the table API on the unit words facts carry, and end to end, with a
source sentence and a draft sentence run through `analyze` and `check` (and `diff`).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from factx import analyze, units
from factx.en import tables as en
from factx.review.check import check
from factx.review.diff import diff
from factx.zh import tables as zh

# (amount, unit word, amount, unit word): the same amount stated two ways.
EQUAL = [
    ("5", "km", "5000", "m"),
    ("5", "km", "5", "公里"),
    ("5", "公里", "5", "千米"),
    ("5", "千米", "5000", "米"),
    ("1", "mile", "1.609344", "km"),
    ("12", "in", "1", "ft"),
    ("3", "ft", "1", "yd"),
    ("1", "公顷", "15", "亩"),
    ("1", "公顷", "10000", "m2"),
    ("1", "ha", "1", "公顷"),
    ("1", "km2", "100", "ha"),
    ("1", "acre", "4046.8564224", "m2"),
    ("1", "mi2", "640", "acre"),
    ("1", "吨", "1000", "kg"),
    ("1", "t", "1", "吨"),
    ("1", "斤", "0.5", "kg"),
    ("1", "lb", "0.45359237", "kg"),
    ("16", "oz", "1", "lb"),
    ("1", "磅", "1", "lb"),
    ("1", "升", "1", "l"),
    ("1", "gal", "3.785411784", "l"),
    ("1", "加仑", "1", "gal"),
    ("1", "barrel", "42", "gal"),
    ("1", "m3", "1000", "升"),
    ("1", "立方米", "1", "m3"),
    ("1", "kWh", "1", "千瓦时"),
    ("1", "度电", "1", "kWh"),
    ("1", "GWh", "1000000", "kWh"),
    ("1", "MW", "1000", "千瓦"),
    ("1", "GW", "1000", "MW"),
    ("36", "km/h", "10", "米/秒"),
    ("100", "km/h", "100", "公里/小时"),
    ("1", "knot", "1.852", "km/h"),
    ("1", "海里/小时", "1", "knot"),  # a length per an hour or a second, written with a slash, is a speed
    ("10", "公尺/秒", "36", "公里/小时"),
    ("30", "years old", "30", "岁"),
    ("5", "摄氏度", "5", "°C"),
    ("5", "℃", "5", "°C"),
    ("5", "华氏度", "5", "°F"),
    ("3000", "点", "3000", "points"),
]

# Different amounts, or amounts that cannot be compared at all.
UNEQUAL = [
    ("5", "km", "5", "m"),
    ("5", "km", "5", "kg"),
    ("1", "公顷", "10", "亩"),
    ("5", "公斤", "5", "斤"),
    ("1", "mile", "1", "km"),
    ("5", "gal", "5", "l"),
    ("5", "吨", "5", "kg"),
    ("5", "°C", "5", "°F"),
    ("5", "摄氏度", "5", "华氏度"),
    ("41", "°F", "5", "°C"),  # the same temperature, but a scale with an offset is never converted
    ("1", "kWh", "1", "kW"),
    ("1", "GB", "1000", "MB"),  # 1000 or 1024: ambiguous, so not converted
    ("1", "马力", "735.49875", "瓦"),  # metric or imperial horsepower: ambiguous
    ("100", "度", "100", "kWh"),  # 度 is also a degree
    ("350", "公里/小时", "350", "公里"),  # a speed is no distance
]


def _same(a: str, ua: str, b: str, ub: str) -> bool:
    x, y = units.to_base(Decimal(a), ua), units.to_base(Decimal(b), ub)
    assert x is not None and y is not None, (ua, ub)
    return units.same_dimension(ua, ub) and x == y


@pytest.mark.parametrize(("a", "ua", "b", "ub"), EQUAL)
def test_table_equal(a: str, ua: str, b: str, ub: str) -> None:
    assert _same(a, ua, b, ub)
    assert _same(b, ub, a, ua)


@pytest.mark.parametrize(("a", "ua", "b", "ub"), UNEQUAL)
def test_table_unequal(a: str, ua: str, b: str, ub: str) -> None:
    assert not _same(a, ua, b, ub)


def test_every_unit_the_recognizers_emit_is_in_the_table() -> None:
    words = {*zh.QUANTITY_UNITS, *en.QUANTITY_UNITS.values()}
    assert sorted(w for w in words if units.lookup(w) is None) == []


def test_factors_are_exact_and_unknown_words_stand_alone() -> None:
    assert units.lookup("亩") == units.Unit("area", Fraction(10000, 15))
    assert units.to_base(Decimal("0.1"), "km") == Fraction(100)
    assert units.lookup("furlong") is None and units.lookup(None) is None
    assert units.to_base(Decimal(1), "furlong") is None
    assert units.dimension("furlong") != units.dimension("km")
    assert not units.same_dimension("°C", "°F") and not units.same_dimension("°C", "°")


def test_traditional_spellings_share_the_simplified_unit() -> None:
    assert units.lookup("公頃") == units.lookup("公顷")
    assert units.lookup("公尺") == units.lookup("米") == units.lookup("m")
    assert units.lookup("噸") == units.lookup("t")


# --- end to end: a source sentence, a draft sentence, the verdict on the draft's figure ------------------

SUPPORTED = [
    ("The new road is 5 km long.", "The new road is 5,000 metres long."),
    ("新修的公路全长5公里。", "新修的公路全长5千米。"),
    ("新修的公路全长5千米。", "新修的公路全长5000米。"),
    ("新修的公路全长5公里。", "The new road is 5 km long."),
    ("新的輕軌全長5公里。", "The new light rail line is 5,000 metres long."),
    ("The new road is 1 mile long.", "The new road is 1.609344 km long."),
    ("果园占地1公顷。", "果园占地15亩。"),
    ("果園佔地1公頃。", "The orchard covers 10,000 square metres."),
    ("The orchard covers 2 hectares.", "The orchard covers 20,000 square metres."),
    ("The orchard covers 10 acres.", "The orchard covers 40,468.564224 square metres."),
    ("仓库存放了3吨大米。", "仓库存放了3000公斤大米。"),
    ("倉庫存放了3噸大米。", "The warehouse holds 3 tonnes of rice."),
    ("The warehouse holds 3 tonnes of rice.", "The warehouse holds 3,000 kg of rice."),
    ("集市上买了10斤苹果。", "集市上买了5公斤苹果。"),
    ("The parcel weighs 2 lb.", "The parcel weighs 0.90718474 kg."),
    ("水箱能装5升水。", "水箱能装5000毫升水。"),
    ("水池蓄水3立方米。", "水池蓄水3000升。"),
    ("The tank holds 2 gallons of water.", "The tank holds 7.570823568 litres of water."),
    ("电站装机2000千瓦。", "The plant generates 2 MW."),
    ("汽车时速达到100公里/小时。", "The car reached 100 km/h."),
    ("一名30岁男子受伤。", "A 30-year-old man was hurt."),
    ("中午气温5℃。", "中午气温5摄氏度。"),
    ("工程历时3年。", "工程历时36个月。"),
    ("The works took 2 weeks.", "The works took 14 days."),
]

# Same language and sentence: the figure is about the same thing with another amount, so a mismatch.
MISMATCHED = [
    ("The road is 5 km long.", "The road is 5 metres long."),
    ("果园占地1公顷。", "果园占地10亩。"),
    ("集市上买了5公斤苹果。", "集市上买了5斤苹果。"),
    ("The new road is 1 mile long.", "The new road is 1 km long."),
    ("The tank holds 5 gallons of water.", "The tank holds 5 litres of water."),
    ("It was 5 degrees Celsius at noon.", "It was 5 degrees Fahrenheit at noon."),
    ("中午气温5摄氏度。", "中午气温5华氏度。"),
    ("It was 5C at noon.", "It was 41 degrees Fahrenheit at noon."),
    ("工程历时3年。", "工程历时30个月。"),
]

# Across languages the sentences share too little to call a mismatch; the figure must not be supported.
NOT_SUPPORTED = [
    ("仓库存放了5吨大米。", "The warehouse holds 5 kg of rice."),
    ("水箱能装5加仑水。", "The tank holds 5 litres of water."),
    ("中午气温5摄氏度。", "It was 5 degrees Fahrenheit at noon."),
]


def _verdict(source: str, draft: str) -> str:
    s, d = analyze(source), analyze(draft)
    assert len(s.facts) == 1 and len(d.facts) == 1, (s.facts, d.facts)
    (v,) = check(s.facts, d.facts)
    return v.verdict


@pytest.mark.parametrize(("source", "draft"), SUPPORTED)
def test_check_supports_the_same_amount_in_other_units(source: str, draft: str) -> None:
    assert _verdict(source, draft) == "supported"
    assert _verdict(draft, source) == "supported"


@pytest.mark.parametrize(("source", "draft"), MISMATCHED)
def test_check_flags_another_amount(source: str, draft: str) -> None:
    assert _verdict(source, draft) == "mismatch"


@pytest.mark.parametrize(("source", "draft"), NOT_SUPPORTED)
def test_check_does_not_support_another_amount_across_languages(source: str, draft: str) -> None:
    assert _verdict(source, draft) != "supported"


# How a mismatch between units of one dimension is named: a rounded conversion (the units' ratio is not a
# power of ten) is a minor unit difference; otherwise the amounts are compared in the base unit.
NAMED = [
    # (37 mph rounds 60 km/h and is supported; 38 mph is close, but not that amount rounded)
    ("The car reached 60 km/h.", "The car reached 38 mph.", "unit", "minor"),
    ("果园占地100亩。", "果园占地6.8公顷。", "unit", "minor"),  # (6.7公顷 rounds 100亩: supported)
    ("The car reached 60 km/h.", "The car reached 30 mph.", "value", "major"),
    ("新修的公路全长5000米。", "新修的公路全长5.1公里。", "digit", "major"),
    ("The road is 5 km long.", "The road is 5 metres long.", "magnitude", "major"),
    ("It was 5C at noon.", "It was 41 degrees Fahrenheit at noon.", "unit", "minor"),
]


@pytest.mark.parametrize(("source", "draft", "difference", "severity"), NAMED)
def test_mismatch_between_units_is_named(source: str, draft: str, difference: str, severity: str) -> None:
    (v,) = check(analyze(source).facts, analyze(draft).facts)
    assert (v.verdict, v.difference, v.severity) == ("mismatch", difference, severity)


@pytest.mark.parametrize(("old", "new"), SUPPORTED[:6])
def test_diff_sees_no_change_in_the_same_amount_in_other_units(old: str, new: str) -> None:
    changes = diff(analyze(old).facts, analyze(new).facts, include_unchanged=True)
    assert [c.change for c in changes] == ["unchanged"]
