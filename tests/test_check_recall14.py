"""check, round 14 (recall): the values of one change share what its first value is about (from A to B; "bringing the
total to"), and the verbs of money gathered from others (raised, brought in, collected) are one word."""

from __future__ import annotations

from check_verdict import verdict

# --- the values of one change ---------------------------------------------------------------------------------------

_SURVEY = (
    "The share of adults who cycle to work rose by 3 percentage points, from 11 percent to 14 percent, "
    "while the share who drive alone rose to 19 percent from 16 percent. "
    "Bus fares went up by 6 percent."
)


def test_the_later_value_of_a_change_is_about_what_the_first_names() -> None:
    assert verdict(_SURVEY, "The share of adults cycling to work rose to 14 percent.", "14 percent").verdict == (
        "supported"
    )
    # (the later value of another change in the sentence stays that change's)
    assert verdict(_SURVEY, "The share of adults who drive alone rose to 14 percent.", "14 percent").verdict != (
        "supported"
    )
    assert verdict(_SURVEY, "The share of adults cycling to work rose to 19 percent.", "19 percent").verdict != (
        "supported"
    )
    assert verdict(_SURVEY, "The share of adults who drive alone rose to 19 percent.", "19 percent").verdict == (
        "supported"
    )


_BREWER = (
    "Kettle Hill Brewing will pay a final dividend of 4.1 pence a share, bringing the total for the year to 6.3 pence. "
    "Its cider arm paid its parent 2.2 pence a share."
)


def test_a_total_brought_to_a_value_is_of_the_first_value_s_thing() -> None:
    assert verdict(_BREWER, "Kettle Hill's full-year dividend is 6.3p.", "6.3p").verdict == "supported"
    assert verdict(_BREWER, "Kettle Hill's full-year dividend is 6.8p.", "6.8p").verdict == "mismatch"
    # (a gap with other words is no chain: a new clause names its own thing)
    source = "Kettle Hill will pay a final dividend of 4.1 pence, and its staff bonus pool rose to 6.3 pence a share."
    assert verdict(source, "Kettle Hill's full-year dividend is 6.3p.", "6.3p").verdict != "supported"


# --- money gathered from others -------------------------------------------------------------------------------------

_APPEAL = (
    "The Fernbrook Hospice said its winter appeal brought in $320,000. "
    "A sponsored walk by nurses raised $41,000, and a raffle collected $9,500."
)


def test_raised_brought_in_and_collected_are_one_word() -> None:
    assert verdict(_APPEAL, "The hospice's appeal collected $320,000.", "$320,000").verdict == "supported"
    assert verdict(_APPEAL, "The nurses' walk brought in $41,000.", "$41,000").verdict == "supported"


def test_the_gathering_verb_does_not_hide_whose_sum_it_is() -> None:
    assert verdict(_APPEAL, "The winter appeal raised $41,000.", "$41,000").verdict == "mismatch"
    assert verdict(_APPEAL, "The raffle raised $41,000.", "$41,000").verdict == "mismatch"


# --- a streak as an ordinal or a length of time ---------------------------------------------------------------------

_RATES = (
    "Harbour Bank said its savings rates rose for a sixth month in a row, while card fees fell for two straight years."
)


def test_a_streak_written_as_an_ordinal_or_a_duration_is_one_figure() -> None:
    assert verdict(_RATES, "Savings rates have risen for six straight months.", "six straight months").verdict == (
        "supported"
    )
    assert verdict(_RATES, "Savings rates have risen for seven straight months.", "seven straight months").verdict == (
        "mismatch"
    )
    assert verdict(_RATES, "Card fees fell for a second year in a row.", "second").verdict == "supported"
    zh = "本周全市菜价连续第三周上涨，水果价格则已连续2周回落。"
    assert verdict(zh, "菜价已连续3周上涨。", "3周").verdict == "supported"
    assert verdict(zh, "水果价格连续第2周回落。", "第2").verdict == "supported"


def test_no_streak_is_read_from_a_length_or_a_rank() -> None:
    # (six months of a sentence is no streak; another unit is another streak)
    assert verdict(_RATES, "Savings rates have risen over six months.", "six months").verdict != "supported"
    assert verdict(_RATES, "Savings rates have risen for six straight weeks.", "six straight weeks").verdict != (
        "supported"
    )
    # (a source ordinal of the claim's number that is no streak keeps the claim from being read as one)
    source = _RATES + " The bank ranked seventh among lenders."
    v = verdict(source, "Savings rates have risen for seven straight months.", "seven straight months")
    assert v.verdict != "supported"


# --- a named end of a range that differs as a slip does -------------------------------------------------------------

_CLINIC = "本周新增12宗重症个案，患者年龄介乎36至87岁，其中7人有长期病患。"


def test_a_named_end_of_a_range_with_a_slip_is_a_mismatch() -> None:
    assert verdict(_CLINIC, "新增重症患者中年纪最大的78岁。", "78岁").verdict == "mismatch"
    assert verdict(_CLINIC, "新增重症患者中年纪最小的63岁。", "63岁").verdict == "mismatch"
    assert verdict(_CLINIC, "新增重症患者中年纪最大的87岁。", "87岁").verdict == "supported"


def test_an_unnamed_end_or_another_number_is_no_slip_of_an_end() -> None:
    # (a bare 78岁 names no end; 50岁 is no slip of either end)
    assert verdict(_CLINIC, "新增重症患者中有一人78岁。", "78岁").verdict != "supported"
    assert verdict(_CLINIC, "新增重症患者中年纪最大的50岁。", "50岁").verdict != "supported"


def test_a_chinese_unit_and_a_chinese_noun_are_no_same_head() -> None:
    # (12岁 was read as the count 12宗: neither side has an English head, and None equalled None)
    assert verdict(_CLINIC, "新增重症患者中年纪最小的12岁。", "12岁").verdict != "supported"
