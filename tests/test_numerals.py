import re
from decimal import Decimal

import pytest

from factx.zh.numerals import consecutive_pair, parse_number

CASES = [
    ("4725", "4725"), ("1,100", "1100"), ("1.2", "1.2"), ("2万8783", "28783"), ("3万4000", "34000"),
    ("1.05万亿", "1050000000000"), ("三千五百万", "35000000"), ("两", "2"), ("廿五", "25"),
    ("二〇〇八", "2008"), ("一点三", "1.3"), ("三万五", "35000"), ("一万五千亿", "1500000000000"),
    ("1亿2000万", "120000000"), ("十五", "15"), ("二十", "20"), ("一百零五", "105"), ("一千五", "1500"),
    ("两百五", "250"), ("一千零五十", "1050"), ("九十", "90"), ("28万7829", "287829"), ("5百万", "5000000"),
    ("0.40", "0.40"), ("二百四十亿", "24000000000"),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", CASES)
def test_parse_number(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "七八", "2019.7.2", "十十", "点"])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_consecutive_pairs() -> None:
    assert consecutive_pair("两三") == (2, 3)
    assert consecutive_pair("九十") is None  # ninety
    assert consecutive_pair("九十", months=True) == (9, 10)  # 九十月份
    assert consecutive_pair("十一") is None
    assert consecutive_pair("35") is None


# Taiwan and Hong Kong forms: 兆 as 10^12 before a 亿 part, a period as the decimal point of a Chinese
# numeral (the normalizer folds the full-width ．), the white circle ○ folded to 〇, colloquial 六万八.
TRADITIONAL_FORMS = [
    ("1兆1650亿", "1165000000000"), ("2兆", "2000000000000"), ("十三.五万", "135000"), ("八十.七三", "80.73"),
    ("一点五万", "15000"), ("六万八", "68000"), ("三万二", "32000"), ("一六〇二亿", "160200000000"),
    ("廿", "20"), ("5兆8,000亿", "5800000000000"),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", TRADITIONAL_FORMS)
def test_traditional_forms(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["三万.五", "十.", "一.二三四万亿"])
def test_malformed_decimal(text: str) -> None:
    assert parse_number(text) is None


def test_zhao_reads_as_trillion_only_before_money_or_yi() -> None:
    from factx.zh.numerals import NUM

    assert re.fullmatch(NUM, "1兆1650亿")
    assert re.match(NUM, "5兆瓦").group() == "5"  # 兆瓦 is a megawatt: 兆 stays out of the number


def test_white_circle_zero_in_text() -> None:
    from factx.normalize import normalize

    assert parse_number(normalize("一六○二亿")) == Decimal("160200000000")
