"""check, round 12 (recall): names written long or short (the United States / the US, the Federal Reserve / the Fed)
are one name."""

from __future__ import annotations

from check_verdict import verdict

from factx.review.similarity import names, terms
from factx.review.wordsets import short_names

# --- a name written long or short is one name ------------------------------------------------------------------------


def test_long_forms_of_a_name_read_as_the_short_one() -> None:
    assert short_names("cars sold in the United States rose") == "cars sold in US rose"
    assert short_names("U.S. exports and U.K. imports") == "US exports and UK imports"
    assert short_names("The Federal Reserve held rates") == "The Fed held rates"
    # (a currency sign is no name: US$ stays as written)
    assert short_names("a loan of US$40 million") == "a loan of US$40 million"


def test_the_words_compared_meet_across_long_and_short_forms() -> None:
    assert "us" in terms("exports to the United States rose")
    assert "us" in terms("US exports rose")
    assert names("The Federal Reserve held its rate")[0] == names("The Fed held its rate")[0]


def test_the_fed_is_the_federal_reserve() -> None:
    source = (
        "WASHINGTON, March 19, 2025 — The Federal Reserve held its benchmark interest rate at 4.5 percent on "
        "Wednesday, while the Bank of England kept its rate at 4.75 percent."
    )
    assert verdict(source, "The Fed kept its rate at 4.5%.", "4.5%").verdict == "supported"
    # (the other bank's rate is still another bank's)
    assert verdict(source, "The Fed kept its rate at 4.75%.", "4.75%").verdict != "supported"


def test_us_sales_are_sales_in_the_united_states() -> None:
    source = (
        "Marlow Foods said sales in the United States rose 7 percent in the quarter, while sales in Canada rose "
        "3 percent."
    )
    assert verdict(source, "Marlow's US sales rose 7%.", "7%").verdict == "supported"
    # (Canada's figure; the draft's US names the other one)
    v = verdict(source, "Marlow's US sales rose 3%.", "3%")
    assert v.verdict == "mismatch" and v.evidence is not None and v.evidence.text == "7 percent"
