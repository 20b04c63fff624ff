"""The one-character screens in front of the Chinese chain patterns must let through every character a match of
their pattern can start with; the first characters are read here from the parsed patterns themselves, so a
pattern that learns a new opening word fails this test until its screen does too."""

from __future__ import annotations

import re
from re import _constants as sre_constants
from re import _parser as sre_parser

import pytest

from factx.patterns import Lazy
from factx.zh import date as zh_date

_ANY_SPACE = "<whitespace>"


def _seq(items: list) -> tuple[set[str], bool]:
    """First characters of a sequence of parsed items, and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(op, av) -> tuple[set[str], bool]:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is c.LITERAL:
                chars.add(chr(a))
            elif o is c.RANGE:
                chars.update(map(chr, range(a[0], a[1] + 1)))
            elif o is c.CATEGORY and a is c.CATEGORY_SPACE:
                chars.add(_ANY_SPACE)
            else:
                raise AssertionError(f"no first-character reading for {o}")
        return chars, False
    if op is c.BRANCH:
        chars, nullable = set(), False
        for alt in av[1]:
            a, n = _seq(list(alt))
            chars |= a
            nullable |= n
        return chars, nullable
    if op is c.SUBPATTERN:
        return _seq(list(av[-1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, _hi, sub = av
        chars, nullable = _seq(list(sub))
        return chars, nullable or lo == 0
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return set(), True  # zero-width: what follows decides
    raise AssertionError(f"no first-character reading for {op}")


def first_chars(pattern: re.Pattern[str] | Lazy) -> set[str]:
    chars, nullable = _seq(list(sre_parser.parse(pattern.pattern)))
    assert not nullable, "a pattern that can match nothing cannot be screened by its first character"
    return chars


@pytest.mark.parametrize(
    ("pattern", "screen", "spaces"),
    [
        (zh_date._YEAR, zh_date._YEAR_FIRST, False),
        (zh_date._STANDALONE_PART, zh_date._STANDALONE_PART_FIRST, False),
        (zh_date._YEAR_PART, zh_date._YEAR_PART_FIRST, False),
        (zh_date._MONTH, zh_date._MONTH_FIRST, False),
        (zh_date._MONTH_PART, zh_date._MONTH_PART_FIRST, False),
        (zh_date._DAY, zh_date._DAY_FIRST, False),
        (zh_date._TIME, zh_date._TIME_FIRST, True),
        (zh_date._RANGE_SEP, zh_date._RANGE_SEP_FIRST, True),
        (zh_date._DEADLINE, zh_date._DEADLINE_FIRST, False),
    ],
)
def test_screen_admits_every_first_character(pattern, screen: frozenset[str], spaces: bool) -> None:
    firsts = first_chars(pattern)
    if spaces:  # screened with str.isspace beside the set
        firsts.discard(_ANY_SPACE)
    assert _ANY_SPACE not in firsts
    assert firsts <= screen, sorted(firsts - screen)


def test_first_chars_reader_sees_words_and_classes() -> None:
    # The reader itself, on patterns written here: alternatives, optional parts, lookarounds.
    assert first_chars(re.compile("(?:今年|去年)度?")) == {"今", "去"}
    assert first_chars(re.compile("(?<![0-9])x?[0-9]{2}")) == {"x", *"0123456789"}
    assert first_chars(re.compile(r"\s*至")) == {_ANY_SPACE, "至"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议于2019年3月5日至7日举行。", "2019-03-05/2019-03-07"),
        ("去年年底完成", "year-end"),
        ("2021年上半年营收", "first half"),
        ("今年5月中旬开工", "mid-month"),
        ("10月底前完成", "deadline"),
        ("3月8日 10:30开会", "time"),
    ],
)
def test_chain_parts_still_read(text: str, expected: str) -> None:
    from datetime import date

    import factx

    facts = [f for f in factx.extract(text, ref_date=date(2021, 6, 1)) if f.type == "date"]
    assert facts, text
    f = facts[0]
    iso = f.value.iso()
    if expected == "year-end":
        assert f.text == "去年年底" and iso == "2020-12"
    elif expected == "first half":
        assert f.text == "2021年上半年" and iso == "2021-01/2021-06"
    elif expected == "mid-month":
        assert f.text == "今年5月中旬" and iso == "2021-05-11/2021-05-20"
    elif expected == "deadline":
        assert f.text == "10月底前" and f.approx == "at_most"
    elif expected == "time":
        assert f.text == "3月8日 10:30" and iso == "2021-03-08T10:30"
    else:
        assert iso == expected


def test_lone_digit_before_nian_is_no_date_but_the_month_after_it_is() -> None:
    import factx

    dates = [f.text for f in factx.extract("第1年1月1日开业，5年3月之后") if f.type == "date"]
    assert "1月1日" in dates
    assert not any(d.startswith(("1年", "5年")) for d in dates)


def _second_chars() -> set[str]:
    """Characters to try after a digit: ASCII, the date words' characters and some common Chinese ones."""
    from factx.zh import tables as zh

    words = [*zh.RELATIVE_YEARS, *zh.YEAR_PARTS, *zh.MONTH_PARTS, *zh.DAY_PARTS, *zh.ROC_YEAR_NEXT]
    return {chr(c) for c in range(32, 127)} | set("".join(words)) | set("年月日号时点分秒季度：，。的是在")


@pytest.mark.parametrize(
    ("pattern", "opens"),
    [
        (zh_date._YEAR, lambda second: second.isdigit()),
        (zh_date._TIME, lambda second: second in zh_date._TIME_AFTER_DIGIT),
        (zh_date._STANDALONE_PART, lambda second: second == "季"),
    ],
)
def test_what_may_follow_a_leading_digit(pattern, opens) -> None:
    # The chain turns a digit down by the character after it; the pattern must agree for every tail.
    for digit in "0123456789":
        for second in _second_chars():
            if opens(second):
                continue
            for tail in ("", "年", "月", "季度", "时", "日", "0年", "5月"):
                text = digit + second + tail
                assert pattern.match(text) is None, text
