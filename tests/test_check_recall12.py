"""check, round 12 (recall): names written long or short (the United States / the US, the Federal Reserve / the Fed)
are one name."""

from __future__ import annotations

from check_verdict import verdict

from factx import analyze
from factx.review.counted_nouns import different_counted, shortened
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


# --- a noun for the verb the source uses, and who watched a game -----------------------------------------------------


def test_the_theft_is_the_stealing() -> None:
    source = (
        "A former county clerk was sentenced to four years in prison on Monday for stealing $880,000 from the county "
        "over seven years. She must also serve two years of probation."
    )
    assert verdict(source, "The theft went on for seven years.", "seven years").verdict == "supported"
    # (the probation is another length of time)
    assert verdict(source, "The theft went on for two years.", "two years").verdict != "supported"


def test_sales_are_what_was_sold() -> None:
    assert terms("sales rose 12%") & terms("74,000 cars were sold in the US")
    assert not terms("profit rose 12%") & terms("74,000 cars were sold in the US")


def test_fans_are_the_crowd() -> None:
    source = "A crowd of 17,350 watched the final at Seaside Arena, where 212 stewards were on duty."
    assert verdict(source, "The final drew 17,350 fans.", "17,350 fans").verdict == "supported"
    assert verdict(source, "The final drew 212 fans.", "212 fans").verdict != "supported"


# --- a dateline and a name used as an adjective own no figure -----------------------------------------------------


def test_a_dateline_names_no_owner() -> None:
    assert names("BRACKETT, Tenn., May 6, 2025 — Marlowe was sentenced to ")[0] == frozenset({"marlow"})
    assert names("DALTON, Ky., April 4, 2025 (Reuters) — Some 2,300 people were ")[0] == frozenset()


def test_a_name_run_after_an_article_is_an_adjective() -> None:
    assert names("A former Brackett County treasurer was sentenced to ")[0] == frozenset()
    assert names("a retired Navy captain said")[0] == frozenset()
    # (a name after a verb is the verb's object, a name still)
    assert names("A jury convicted Hale in September on ")[0] == frozenset({"hal"})


def test_a_person_introduced_by_role_is_not_someone_else() -> None:
    source = (
        "BRACKETT, Tenn., May 6, 2025 — A former Brackett County treasurer was sentenced on Tuesday to six years in "
        "prison for stealing $2.3 million from the county.\n\nDennis Marlowe, 61, pleaded guilty in January. The "
        "judge also ordered him to repay $1.9 million."
    )
    assert verdict(source, "Marlowe received a six-year prison sentence.", "six-year").verdict == "supported"
    assert verdict(source, "Marlowe was sentenced to 16 years.", "16 years").verdict != "supported"


# --- a coarser date: the words placing it in its period are not its event; start/begin, close/shut -------------------


def test_a_season_of_a_year_is_supported_by_a_month_of_that_year() -> None:
    source = (
        "The plant, which opened in 1987, employs 900 people. Its owner said on Tuesday it would shut the plant in "
        "September 2026."
    )
    assert verdict(source, "The plant will close in the autumn of 2026.", "2026").verdict == "supported"
    # (another event's year: the opening)
    assert verdict(source, "The plant will close in the autumn of 1987.", "1987").verdict != "supported"


def test_late_in_a_year_is_supported_by_its_second_half() -> None:
    source = (
        "Lakeside approves tram extension\n\nLAKESIDE, May 2, 2024 — The Lakeside council on Wednesday approved a "
        "$640 million plan to extend the tram network by 9 kilometres. Work is expected to start in the second half "
        "of 2025 and last 28 months.\n\nTram use rose 5.1 percent last year to 12.4 million trips. The line was "
        "first proposed in 2016."
    )
    assert verdict(source, "Work on the extension is to begin in late 2025.", "2025").verdict == "supported"
    assert verdict(source, "Work on the extension is to begin in late 2016.", "2016").verdict != "supported"


# --- counted nouns a draft writes shorter than its source ----------------------------------------------------------


def test_a_shortened_noun_counts_what_the_source_counts() -> None:
    assert shortened("假票", "假火车票")
    assert shortened("假車票", "假火車票")
    # (a longer claim noun names a part of what the source counts; other characters make another noun)
    assert not shortened("国际旅客", "旅客")
    assert not shortened("真票", "假火车票")
    assert not shortened("火车", "假火车票")


def test_fake_tickets_are_the_fake_train_tickets() -> None:
    source = "民警在火车站查获假火车票320张，抓获犯罪嫌疑人6名，其中女性2名。"
    assert verdict(source, "警方查获假票320张。", "320张").verdict == "supported"
    # (the suspects are no tickets)
    assert verdict(source, "警方查获假票6张。", "6张").verdict != "supported"


def test_a_head_noun_with_a_word_of_the_clause_counts_the_same() -> None:
    source = "该团伙通过网络非法获取旅客手机号码等个人信息1.2万余条，获利36万元。"
    assert verdict(source, "该团伙非法获取旅客信息1.2万余条。", "1.2万余条").verdict == "supported"
    # (a word the clause does not name is no such word: 医疗信息 is other data)
    assert verdict(source, "该团伙非法获取医疗信息1.2万余条。", "1.2万余条").verdict != "supported"


# --- jobs as other styles word them -------------------------------------------------------------------------------


def test_factories_shedding_jobs_are_manufacturers_cutting_them() -> None:
    source = (
        "U.S. employers added 142,000 jobs in August, the Labor Department said. Construction companies hired "
        "34,000 workers, while manufacturers cut 24,000 jobs."
    )
    assert verdict(source, "Factories shed 24,000 jobs in August.", "24,000 jobs").verdict == "supported"
    # (the builders' hiring is another figure)
    assert verdict(source, "Factories shed 34,000 jobs in August.", "34,000 jobs").verdict != "supported"


def test_jobs_words_meet_as_one_word() -> None:
    assert terms("factories shed jobs") == terms("manufacturers cut jobs")
    assert terms("hourly pay grew") & terms("wages rose")
    assert not terms("factories shed jobs") & terms("builders hired workers")


# --- "people" for persons the source names by where they are ----------------------------------------------------------


def test_people_are_the_residents_the_source_evacuated() -> None:
    source = (
        "Three passengers were killed and 41 were injured when a commuter train carrying 212 people derailed. "
        "Officials evacuated about 1,800 residents of nearby homes after two tank cars leaked fuel."
    )
    v = verdict(source, "About 1,800 people were evacuated from their homes.", "About 1,800 people")
    assert v.verdict == "supported"
    # (a claim saying more of them than the source does: the 1,800 are not said to be injured)
    assert verdict(source, "About 1,800 people were injured.", "About 1,800 people").verdict != "supported"


def test_people_are_not_a_trade() -> None:
    # (staff are left to the owners: "people" for staff was measured to let another employer's headcount through)
    [source] = [f for f in analyze("The bank employs 76,200 staff.", facets=True).facts if f.type == "count"]
    [claim] = [f for f in analyze("The bank employs 76,200 people.", facets=True).facts if f.type == "count"]
    [residents] = [f for f in analyze("Officials evacuated 76,200 residents.", facets=True).facts if f.type == "count"]
    assert different_counted(claim, source) is not None
    assert different_counted(claim, residents) is None
