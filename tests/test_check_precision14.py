"""Round 14, precision half: data-style cases for what a figure is about and whose it is."""

from __future__ import annotations

from factx import analyze
from factx.model import Fact
from factx.review.verdict import alike, different_as_written, different_thing

# --- one reading of what a count counts: `different_thing` reads counted nouns worded otherwise as the source's


def _counts(text: str) -> list[Fact]:
    return [f for f in analyze(text, facets=True).facts if f.type == "count"]


def test_a_shortened_noun_counts_the_source_thing_for_every_rule() -> None:
    [tickets, _] = _counts("警方在车站查获假火车票320张，抓获嫌疑人4名。")
    [claim] = _counts("警方查获假票320张。")
    # (taken as written, 假票 and 假火车票 share no word; every rule asking `different_thing` or `alike` reads them as
    # one thing, as check's first pass does)
    assert different_as_written(claim, tickets) is not None
    assert different_thing(claim, tickets) is None
    assert alike(claim, tickets)


def test_a_noun_of_its_own_stays_another_thing() -> None:
    [tickets, suspects] = _counts("警方在车站查获假火车票320张，抓获嫌疑人4名。")
    [claim] = _counts("警方查获假机票320张。")
    assert different_thing(claim, tickets) is not None
    [claim] = _counts("警方查获假票4张。")
    assert different_thing(claim, suspects) is not None


def test_people_for_residents_only_when_nothing_more_is_said_of_them() -> None:
    [residents] = _counts("Officials evacuated about 1,800 residents of nearby homes.")
    [evacuated] = _counts("About 1,800 people were evacuated.")
    [injured] = _counts("About 1,800 people were injured.")
    assert different_thing(evacuated, residents) is None
    assert different_thing(injured, residents) is not None


def test_people_are_not_persons_the_source_says_more_of() -> None:
    # (a rule weighing figures other than the equal one asks this too: "people were evacuated" are not the passengers
    # the source says were killed)
    [killed, _] = _counts("Three passengers were killed and 41 were injured.")
    [evacuated] = _counts("About 1,800 people were evacuated.")
    [dead] = _counts("Three people were killed.")
    assert different_thing(evacuated, killed) is not None
    assert different_thing(dead, killed) is None
