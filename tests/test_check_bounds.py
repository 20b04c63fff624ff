"""check: an approximate claim (余, 超过, 多) is a looser statement of a source figure only within its last significant
digit."""

from __future__ import annotations

from factx import analyze
from factx.review.check import Verdict, check


def verdict(source: str, draft: str, figure: str) -> Verdict:
    s = analyze(source, facets=True)
    d = analyze(draft, facets=True)
    [v] = [v for v in check(s.facts, d.facts) if figure in v.claim.text]
    return v


# --- a bound is as precise as its last digit -----------------------------------------------------------------------

HAZARDS = "节日期间，各地共出动检查组1.3万余个，整改火灾隐患7.7万余处，查封场所460家。\n"


def test_a_bound_holds_within_its_last_digit() -> None:
    assert verdict(HAZARDS, "各地整改火灾隐患7万余处。\n", "7万余处").verdict == "supported"
    assert verdict(HAZARDS, "各地查封场所超过400家。\n", "超过400家").verdict == "supported"


def test_a_bound_far_below_the_source_figure_is_not_supported() -> None:
    # 1.2万余处 says 12,000 to 13,000: the 7.7万余处 of the source is no looser statement of it.
    assert verdict(HAZARDS, "各地整改火灾隐患1.2万余处。\n", "1.2万余处").verdict != "supported"
    assert verdict(HAZARDS, "各地查封场所超过100家。\n", "超过100家").verdict != "supported"


SHIPYARD = "The shipyard employs about 4,730 workers and plans to hire more than 200 apprentices.\n"


def test_a_rounder_about_holds_for_an_approximate_source_figure() -> None:
    assert verdict(SHIPYARD, "The shipyard employs roughly 4,700 workers.\n", "roughly 4,700").verdict == "supported"


def test_a_rounder_about_must_round_to_the_source_figure() -> None:
    assert verdict(SHIPYARD, "The shipyard employs roughly 4,800 workers.\n", "roughly 4,800").verdict != "supported"
