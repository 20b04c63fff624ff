"""check: the event a date belongs to — a claim's date is supported only by a source date of the claim's event, read
from the words of each date's sentence part."""

from __future__ import annotations

from check_verdict import verdict

CRASH = (
    "3月12日晚，城东快速路发生一起货车侧翻事故，司机受轻伤。"
    "据了解，该司机从3月5日开始连续跑长途，每天只休息四五个小时。"
)


def test_a_date_claimed_for_the_event_of_another_date_is_a_mismatch() -> None:
    # The crash is dated 12 March (more precisely, in the evening); the short rests began on the 5th.
    v = verdict(CRASH, "从3月12日起，司机每天只休息四五个小时。", "3月12日")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "3月5日"
    assert "another event" in v.reason


def test_each_date_supports_a_claim_about_its_own_event() -> None:
    assert verdict(CRASH, "从3月5日起，司机每天只休息四五个小时。", "3月5日").verdict == "supported"
    assert verdict(CRASH, "货车侧翻事故发生在3月12日。", "3月12日").verdict == "supported"


def test_words_shared_with_the_equal_date_keep_the_claim_on_it() -> None:
    assert verdict(CRASH, "3月12日，货车司机受轻伤。", "3月12日").verdict == "supported"


def test_a_claim_naming_neither_event_stays_with_the_equal_date() -> None:
    assert verdict(CRASH, "事情发生在3月12日。", "3月12日").verdict == "supported"


TANKER = (
    "A tanker overturned on the Eastgate ring road on the evening of May 20, injuring its driver. "
    "Investigators said the driver had been working double shifts since May 14, sleeping only three hours a night."
)


def test_an_english_date_of_another_event_is_a_mismatch_too() -> None:
    v = verdict(TANKER, "Since May 20, the driver had slept only three hours a night.", "May 20")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "May 14"
    assert verdict(TANKER, "The tanker overturned on May 20.", "May 20").verdict == "supported"
