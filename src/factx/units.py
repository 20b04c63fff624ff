"""The unit table: every quantity unit word factx emits, with its dimension and exact factor.

A unit word is what a quantity fact carries in `Fact.unit`: the Chinese word as the normalizer leaves it
(Traditional text is folded to Simplified before recognition, so 公頃 arrives as 公顷) and the English
canonical name the English recognizer maps its spellings to (kilometres → km). Each word maps to a
`Unit`: a dimension name and the exact `Fraction` that converts one of it into the dimension's base unit
(metre, square metre, kilogram, litre, joule, watt, metre per second …). Two values are the same amount
when their units share a dimension and value × factor agrees: 5 km = 5,000 m = 5公里 = 5千米, 1公顷 = 15亩.

Only linear, unambiguous conversions share a dimension. Units that cannot be converted exactly or without
knowing more stay alone in a dimension of their own, so that no two different amounts are ever called
equal: °C and °F (an offset, and a temperature *difference* converts without it), 马力 (metric or
imperial horsepower), 度 (degrees, or kilowatt-hours of electricity), the data sizes (1000 or 1024), and
unitless readings such as 倍, 层, 级.

Plain data and small helpers with no imports from the engine, so that extraction can use it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit's dimension and the exact factor from the unit to the dimension's base unit."""

    dimension: str
    factor: Fraction


# Exact definitions of the imperial and US units (international yard and pound of 1959, US gallon).
_MILE = Fraction("1609.344")
_FOOT = Fraction("0.3048")
_INCH = Fraction("0.0254")
_YARD = Fraction("0.9144")
_POUND = Fraction("0.45359237")
_OUNCE = _POUND / 16
_GALLON = Fraction("3.785411784")  # litres
_BARREL = 42 * _GALLON  # the oil barrel
_BUSHEL = Fraction("35.23907016688")  # litres: the US (Winchester) bushel of grain
_NAUTICAL_MILE = Fraction(1852)
_HOUR = Fraction(3600)
_KWH = 1000 * _HOUR  # joules

_LENGTH, _AREA, _MASS, _VOLUME = "length", "area", "mass", "volume"
_ENERGY, _POWER, _SPEED, _AGE = "energy", "power", "speed", "age"
_PRESSURE = "pressure"


# Word → (dimension, factor to the base unit). Base units: metre, square metre, kilogram, litre, joule,
# watt, metre per second, year of age, pascal; the others are bases themselves.
_TABLE: dict[str, tuple[str, Fraction | int]] = {
    # length (metre)
    "米": (_LENGTH, 1), "m": (_LENGTH, 1), "公里": (_LENGTH, 1000), "千米": (_LENGTH, 1000),
    "km": (_LENGTH, 1000), "厘米": (_LENGTH, Fraction(1, 100)), "cm": (_LENGTH, Fraction(1, 100)),
    "毫米": (_LENGTH, Fraction(1, 1000)), "mm": (_LENGTH, Fraction(1, 1000)),
    "微米": (_LENGTH, Fraction(1, 10**6)), "纳米": (_LENGTH, Fraction(1, 10**9)),
    "海里": (_LENGTH, _NAUTICAL_MILE), "英里": (_LENGTH, _MILE), "mile": (_LENGTH, _MILE),
    "nmi": (_LENGTH, _NAUTICAL_MILE),
    "英尺": (_LENGTH, _FOOT), "呎": (_LENGTH, _FOOT), "ft": (_LENGTH, _FOOT), "英寸": (_LENGTH, _INCH),
    "in": (_LENGTH, _INCH),
    "yd": (_LENGTH, _YARD),
    # Taiwan's metric words, as the normalizer writes them (公尺 metre, 公分 centimetre, 公厘 millimetre)
    "公尺": (_LENGTH, 1), "公分": (_LENGTH, Fraction(1, 100)), "公厘": (_LENGTH, Fraction(1, 1000)),
    "英呎": (_LENGTH, _FOOT), "英吋": (_LENGTH, _INCH), "英哩": (_LENGTH, _MILE), "海浬": (_LENGTH, _NAUTICAL_MILE),
    "平方公尺": (_AREA, 1), "立方公尺": (_VOLUME, 1000), "公吨": (_MASS, 1000), "公克": (_MASS, Fraction(1, 1000)),
    "公升": (_VOLUME, 1),
    # area (square metre)
    "平方米": (_AREA, 1), "平米": (_AREA, 1), "㎡": (_AREA, 1), "m2": (_AREA, 1), "m²": (_AREA, 1),
    "平方公里": (_AREA, 10**6), "平方千米": (_AREA, 10**6), "km2": (_AREA, 10**6), "km²": (_AREA, 10**6),
    "公顷": (_AREA, 10**4), "ha": (_AREA, 10**4), "亩": (_AREA, Fraction(10**4, 15)),
    "平方英里": (_AREA, _MILE**2), "mi2": (_AREA, _MILE**2),
    "平方英尺": (_AREA, _FOOT**2), "平方呎": (_AREA, _FOOT**2),
    # 坪 (Taiwan's floor area unit, the Japanese tsubo): 400/121 square metres by definition
    "坪": (_AREA, Fraction(400, 121)), "ft2": (_AREA, _FOOT**2), "acre": (_AREA, 4840 * _YARD**2),
    # mass (kilogram); the English recognizer reads "tons" as the metric tonne
    "吨": (_MASS, 1000), "t": (_MASS, 1000), "公斤": (_MASS, 1), "千克": (_MASS, 1), "kg": (_MASS, 1),
    "克": (_MASS, Fraction(1, 1000)), "g": (_MASS, Fraction(1, 1000)), "毫克": (_MASS, Fraction(1, 10**6)),
    "mg": (_MASS, Fraction(1, 10**6)),
    "斤": (_MASS, Fraction(1, 2)), "磅": (_MASS, _POUND), "lb": (_MASS, _POUND),
    "盎司": (_MASS, _OUNCE), "oz": (_MASS, _OUNCE), "克拉": (_MASS, Fraction(1, 5000)),
    # volume (litre); 立方 alone is the cubic metre of building and water statistics
    "升": (_VOLUME, 1), "l": (_VOLUME, 1), "毫升": (_VOLUME, Fraction(1, 1000)),
    "ml": (_VOLUME, Fraction(1, 1000)),
    "立方米": (_VOLUME, 1000), "立方": (_VOLUME, 1000), "m3": (_VOLUME, 1000),
    "ft3": (_VOLUME, 1000 * _FOOT**3), "加仑": (_VOLUME, _GALLON), "gal": (_VOLUME, _GALLON),
    "桶": (_VOLUME, _BARREL), "barrel": (_VOLUME, _BARREL), "bushel": (_VOLUME, _BUSHEL),
    # pressure (pascal): a typhoon's centre, 中心气压955百帕
    "百帕": (_PRESSURE, 100), "hPa": (_PRESSURE, 100),
    "barrel/day": ("volume per day", _BARREL),
    "boe/day": ("oil equivalent per day", 1),  # barrels of oil equivalent: an energy measure, not a volume
    # concentration (kilogram per litre): blood alcohol, 酒精含量82.6mg/100ml
    "mg/100ml": ("concentration", Fraction(1, 10**5)), "mg/l": ("concentration", Fraction(1, 10**6)),
    "mg/L": ("concentration", Fraction(1, 10**6)), "mg/kg": ("mass fraction", Fraction(1, 10**6)),
    # energy (joule); 卡路里 and 千卡 by their literal definitions (thermochemical calorie)
    "焦耳": (_ENERGY, 1), "千瓦时": (_ENERGY, _KWH), "度电": (_ENERGY, _KWH), "kWh": (_ENERGY, _KWH),
    "兆瓦时": (_ENERGY, 1000 * _KWH), "MWh": (_ENERGY, 1000 * _KWH), "GWh": (_ENERGY, 10**6 * _KWH),
    "TWh": (_ENERGY, 10**9 * _KWH), "卡路里": (_ENERGY, Fraction("4.184")), "千卡": (_ENERGY, Fraction(4184)),
    # power (watt)
    "瓦": (_POWER, 1), "千瓦": (_POWER, 1000), "瓩": (_POWER, 1000), "kW": (_POWER, 1000), "兆瓦": (_POWER, 10**6),
    "MW": (_POWER, 10**6), "GW": (_POWER, 10**9),
    # speed (metre per second)
    "米/秒": (_SPEED, 1), "m/s": (_SPEED, 1), "公里/小时": (_SPEED, 1000 / _HOUR), "千米/小时": (_SPEED, 1000 / _HOUR),
    "公里每小时": (_SPEED, 1000 / _HOUR), "km/h": (_SPEED, 1000 / _HOUR), "mph": (_SPEED, _MILE / _HOUR),
    "knot": (_SPEED, _NAUTICAL_MILE / _HOUR),
    # age (years)
    "岁": (_AGE, 1), "周岁": (_AGE, 1), "years old": (_AGE, 1),
    # temperatures: two scales with an offset between them, so two dimensions (see the module docstring)
    "摄氏度": ("temperature °C", 1), "℃": ("temperature °C", 1), "°C": ("temperature °C", 1),
    "华氏度": ("temperature °F", 1), "°F": ("temperature °F", 1),
    # index points, one word in each language
    "点": ("points", 1), "points": ("points", 1),
    # each its own measure: ambiguous or not convertible
    "°": ("degrees", 1), "度": ("度", 1), "马力": ("马力", 1), "伏": ("volt", 1), "分贝": ("decibel", 1),
    "倍": ("times", 1), "times": ("times", 1), "层": ("floors", 1), "级": ("级", 1), "像素": ("pixels", 1),
    "magnitude": ("级", 1),  # an earthquake's: 6.4级 = magnitude 6.4
    "KB": ("KB", 1), "MB": ("MB", 1), "GB": ("GB", 1), "TB": ("TB", 1),
}  # fmt: skip

# Traditional spellings as written. The normalizer folds Traditional characters before recognition (公頃 and
# 公噸 reach `Fact.unit` as 公顷 and 公吨); these let a caller look a unit up as the text writes it.
_TRADITIONAL: dict[str, str] = {
    "公釐": "毫米", "公噸": "吨", "公頃": "公顷", "畝": "亩", "噸": "吨", "加侖": "加仑", "平方公尺": "平方米",
    "立方公尺": "立方米", "歲": "岁", "週歲": "周岁", "攝氏度": "摄氏度", "華氏度": "华氏度", "千瓦時": "千瓦时",
    "兆瓦時": "兆瓦时", "公里/小時": "公里/小时", "千米/小時": "千米/小时", "公里每小時": "公里每小时",
}  # fmt: skip

UNITS: dict[str, Unit] = {word: Unit(dim, Fraction(factor)) for word, (dim, factor) in _TABLE.items()}
UNITS.update({word: UNITS[simplified] for word, simplified in _TRADITIONAL.items()})


def lookup(word: str | None) -> Unit | None:
    """The unit a word names, or None for a word not in the table (or no word). A length per an hour or a
    second written with a slash (公尺/秒, 海里/小时, 英里/小时) is a speed, worked out from its two parts."""
    if not word:
        return None
    unit = UNITS.get(word)
    if unit is None and "/" in word:
        unit = _speed(word)
    return unit


# The times a length may be per in a speed written with a slash, in seconds.
_PER: dict[str, Fraction] = {"秒": Fraction(1), "小时": _HOUR, "小時": _HOUR}


def _speed(word: str) -> Unit | None:
    length, _, per = word.partition("/")
    unit = UNITS.get(length)
    seconds = _PER.get(per)
    if unit is None or seconds is None or unit.dimension != "length":
        return None
    return Unit(_SPEED, unit.factor / seconds)


def dimension(word: str | None) -> str:
    """The dimension of a unit word; a word not in the table is a dimension of its own."""
    unit = lookup(word)
    return unit.dimension if unit is not None else f"unit:{word}"


def same_dimension(a: str | None, b: str | None) -> bool:
    """Whether amounts in the two units can be compared at all (5 km and 5000 米: yes; km and kg: no)."""
    return dimension(a) == dimension(b)


def to_base(value: Decimal | Fraction | int, word: str | None) -> Fraction | None:
    """An amount in its dimension's base unit, exactly; None for a unit word not in the table."""
    unit = lookup(word)
    return None if unit is None else Fraction(value) * unit.factor


__all__ = ["UNITS", "Unit", "dimension", "lookup", "same_dimension", "to_base"]
