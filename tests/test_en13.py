"""English readings of unseen news (round en13): the year of a month from the clause's tense and the sentence's
own years, counts whose noun stands elsewhere, and durations whose unit stands elsewhere. Each case is a text
written for these tests: a figure that must come out with its value, or one that must not come out so."""

from __future__ import annotations

from datetime import date

import pytest

from factx import extract

_REF = date(2026, 11, 20)


def _values(text: str, kind: str) -> dict[str, object]:
    return {f.text: f.to_dict()["value"] for f in extract(text, ref_date=_REF, lang="en") if f.type == kind}


# A threat is of what lies ahead; a month after the bare "threatened" dates the threat itself.
@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        ("If talks fail, the union has threatened rolling strikes from early December.", "early December",
         "2026-12-01/2026-12-10"),
        ("The pilots' union threatened to walk out in January unless pay rises.", "January", "2027-01"),
        ("Tenants at the Hollins estate are threatening a rent strike from February.", "February", "2027-02"),
        ("Nurses at Calder Royal threatened in March to quit over rotas.", "March", "2026-03"),
        ("The board rejected the offer in December, and the union threatened to appeal.", "December", "2025-12"),
        ("Power was restored to 80% of Kelvin Power customers, with the rest expected back by Sunday.", "Sunday",
         "2026-11-22"),
        ("Power was restored to 80% of Kelvin Power customers on Sunday.", "Sunday", "2026-11-15"),
    ],
)  # fmt: skip
def test_threats_look_ahead(text: str, month: str, value: str) -> None:
    assert _values(text, "date")[month] == value


# A reporting verb after a comma opens a clause of its own: the tense before it is the speaker's act.
@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        ("Norvale cut its full-year forecast, saying sales in the three months to September slipped.", "September",
         "2026-09"),
        ("Kestrel will shut the Amble plant, saying orders dropped in October.", "October", "2026-10"),
        ("Kestrel raised its outlook, saying it expects sales to rise in March.", "March", "2027-03"),
        ("Kestrel will shut the Amble plant in January, saying orders dropped.", "January", "2027-01"),
    ],
)  # fmt: skip
def test_a_reporting_verb_opens_a_clause(text: str, month: str, value: str) -> None:
    assert _values(text, "date")[month] == value


# A year ending a sentence gives no year to a month in the next one, though the document runs the two together
# (a full stop after a digit ends no sentence for it); inside one sentence it still does.
@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        ("August was the wettest since records began in 1910. The Holm reservoir is 92 per cent full, up from 58 "
         "per cent in June.", "June", "2026-06"),
        ("The Ashby mill opened in 1910. Output fell in June.", "June", "2026-06"),
        ("The Ashby mill opened in 1910, and in June it shut.", "June", "1910-06"),
        ("The Ashby mill opened in 1910 and output fell in June.", "June", "1910-06"),
    ],
)  # fmt: skip
def test_a_year_ending_a_sentence(text: str, month: str, value: str) -> None:
    assert _values(text, "date")[month] == value


# "last March" and "next November" count from the reference date, not from a year written before them.
@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        ("Mayor Lena Ortiz took office in January 2023 and faces re-election next November.", "next November",
         "2027-11"),
        ("In 2019 the Pell Street firm grew, and last March it cut 40 jobs.", "last March", "2026-03"),
        ("In 2019 the Pell Street firm grew, and in March it cut 40 jobs.", "March", "2019-03"),
    ],
)  # fmt: skip
def test_last_and_next_count_from_the_reference_date(text: str, month: str, value: str) -> None:
    assert _values(text, "date")[month] == value


# A year inside an aside set off by commas (", who joined in 2009,") dates the aside, not what follows it.
@pytest.mark.parametrize(
    ("text", "date_text", "value"),
    [
        ("Aldridge, who joined the company in 2009, will step down on Dec. 31 after 17 years.", "Dec. 31",
         "2026-12-31"),
        ("The Fenn bridge, which opened in 1998, closed in March for repairs.", "March", "2026-03"),
        ("The Corran inquiry, which began in 2024, will report by the end of the year.", "the end of the year",
         "2026-12"),
        ("In 2019 the Fenn bridge, which had opened in 1998, closed in March.", "March", "2019-03"),
        ("Aldridge, who joined in 2009 and left in May, spoke on Friday.", "May", "2009-05"),
        ("Aldridge joined in 2009, which was a hard year, and left in May.", "May", "2009-05"),
    ],
)  # fmt: skip
def test_a_year_in_an_aside(text: str, date_text: str, value: str) -> None:
    assert _values(text, "date")[date_text] == value


# A year in a quoted title dates the work, not the sentence; a year in quoted speech still gives its year.
@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        ('A retrospective, "Beneath the Blue, 1957-1998," is scheduled to open at the Corran Gallery in April.',
         "April", "2027-04"),
        ("Her memoir, \u201cNotes from the Deep, 1960-1990\u201d, will be published in March.", "March", "2027-03"),
        ('"We opened the Dunmore plant in 2019," Ms Vale said, and output doubled in March.', "March", "2019-03"),
        ('The report, "what went wrong in 2019", was published in March.', "March", "2019-03"),
    ],
)  # fmt: skip
def test_a_quoted_title_gives_no_year(text: str, month: str, value: str) -> None:
    assert _values(text, "date")[month] == value


# A group of people written as a name before the number receives the count; a product name keeps its number.
@pytest.mark.parametrize(
    ("text", "counted", "value"),
    [
        ("Wren's win gives Republicans 20 seats in the 31-member chamber.", "20 seats", 20),
        ("The deal hands Democrats 12 committee posts.", "12 committee posts", 12),
        ("Buyers waited for the new Pixel 8 phones.", "8 phones", None),
        ("Three Apollo 13 engineers spoke.", "13 engineers", None),
    ],
)  # fmt: skip
def test_a_group_before_the_number_is_no_model_name(text: str, counted: str, value: int | None) -> None:
    assert _values(text, "count").get(counted) == value


# A model in the plural counts machines; a decade or a lone code does not.
@pytest.mark.parametrize(
    ("text", "counted", "value"),
    [
        ("Operators of the roughly 600 E175s registered in Canada must check the sensors.", "roughly 600 E175s",
         600),
        ("The air force flies 48 F-35s and 12 KC-46s from Lossie Field.", "12 KC-46s", 12),
        ("Corvair Air leases three Boeing 737s.", "three Boeing 737s", 3),
        ("Corvair Air grew fast in the 1990s.", "1990s", None),
        ("Prices at 5 B2 stalls rose.", "5 B2", None),
        ("The band played 3 AC/DC songs.", "3 AC", None),
    ],
)  # fmt: skip
def test_a_model_in_the_plural_is_counted(text: str, counted: str, value: int | None) -> None:
    assert _values(text, "count").get(counted) == value


# A bare number is a length when the clause names its unit elsewhere: a part of the length just before, or the
# level of a unit that opens the clause.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The co-pilot had logged 1,640 hours, 312 of them in the turboprop.", "312", "PT312H"),
        ("Judge Orla Finch served 20 years on the bench, 12 of them as chief judge.", "12", "P12Y"),
        ("The hearing lasted 3 hours, with 2 of them spent on procedure.", "2", "PT2H"),
        ("Days on market averaged 39 for detached homes and 31 for condos.", "39", "P39D"),
        ("Days on market averaged 39 for detached homes and 31 for condos.", "31", "P31D"),
        ("The median days on market rose to 27 in October, the Kelso board said.", "27", "P27D"),
        ("Hours of sunshine totalled 212 in July at Brackley.", "212", "PT212H"),
        ("Stoppages cost 19,500 working days, by union figures; the ministry's figure is closer to 15,000.",
         "15,000", "P15000D"),
        ("The outage lasted 14 hours, police said; the operator's figure was about 9.", "9", "PT9H"),
        ("The outage lasted 14 hours. The operator's figure was 9.", "9", None),
        ("The strike lasted 40 days and cost $3 million; the union's figure is closer to 5.", "5", None),
        ("The appeal court cut the sentence from nine years to seven.", "seven", "P7Y"),
        ("The ban on Corrin Town was extended from 12 months to 18.", "18", "P18M"),
        ("Sentences range from five years to life, and from 3 hours to 5 people.", "5", None),
        ("The term ran from 3 years to 2027.", "2027", None),
        ("Kellerman spent 11 years at Norbury Bank, the last four as head of trading.", "four", "P4Y"),
        ("Crews took 90 minutes to reach the Alston site, against a target of 20.", "20", "PT20M"),
        ("Patients waited an average of 62 days for surgery last year, up from 45 in 2024.", "45", "P45D"),
        ("Patients waited 62 days, and prices rose up from 45 in 2024.", "45", None),
        ("Patients waited 62 days last year, up from 45% in 2024.", "45%", None),
        ("Kellerman spent 11 years in Leeds, the last 4 million on rent.", "4 million", None),
        # not lengths: a part of a count, a number after a unit opening no level, a rate after the list
        ("The firm has 1,640 staff, 312 of them in Leeds.", "312", None),
        ("Days later, 40 people had left the camp.", "40", None),
        ("Years of neglect left 30 homes empty.", "30", None),
        ("Days on market averaged 39 for homes and 31% of sales closed above asking.", "31%", None),
        ("The strike lasted 3 hours, and 5 of them were arrested.", "5", None),
        ("Minutes of the meeting show 14 for the plan and 3 against.", "14", None),
    ],
)  # fmt: skip
def test_a_length_whose_unit_stands_elsewhere(text: str, figure: str, value: str | None) -> None:
    assert _values(text, "duration").get(figure) == value


# A bare number ending its sentence after a preposition is a part of the count just before, its noun left out.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Brightair has inspected all 57 of its regional jets and replaced sensors on six.", "six", 6),
        ("Inspectors tested 200 workers at the Marlow plant and found traces in 12.", "12", 12),
        # not parts: a year, a price, a larger number, another sentence, another figure between, "at"
        ("The firm hired 30 staff and will open in 2027.", "2027", None),
        ("He bought 10 shares and sold out at 5.", "5", None),
        ("The council owns 40 buildings and asbestos was found in 45.", "45", None),
        ("The club signed 5 players. Fans were in 3.", "3", None),
        ("Crews checked 90 homes, spent $4,000 and found damp in 30.", "30", None),
        ("Rangers signed 12 players and the side finished on 40 points, ending in 3rd.", "3rd", None),
        ("Lenders approved 300 loans, most of them in 2025.", "2025", None),
    ],
)  # fmt: skip
def test_a_part_with_its_noun_left_out(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "count").get(figure) == value


# A bare number opening the next clause as its subject is a part of the count just before it.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Three people were treated at the scene and two were taken to hospital.", "two", 2),
        ("About 1,200 homes in Wetherfield lost power; by Sunday evening, 300 were still without it.", "300", 300),
        ("Dunmore Motors sold 500 cars, and 20 were returned.", "20", 20),
        # not parts: a year, another sentence, another figure between, a larger number, no verb after
        ("The company has 5,000 staff and 2024 was a record year.", "2024", None),
        ("Police arrested 40 people. Later 12 were released.", "12", None),
        ("Officers detained 40 protesters, spent $5,000 on overtime, and 12 were released.", "12", None),
        ("Crews cleared 30 roads and 45 were reopened by noon.", "45", None),
        ("Crews cleared 30 roads and 12 bridges.", "12", None),
    ],
)  # fmt: skip
def test_a_part_as_the_next_subject(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "count").get(figure) == value


def test_another_count_before_next_year() -> None:
    text = "Corvair operates 112 aircraft and expects delivery of another 14 next year."
    assert _values(text, "count").get("14") == 14


# A verb that takes a count ends its sentence on a bare part of that count; "of their last" joins a part to its
# whole.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The Greens won 14 seats, up from nine, while Labour lost 6.", "6", 6),
        ("The agency approved 312 applications in the year to March, down from 401, and rejected 58.", "58", 58),
        ("Harrow Homes received 30 bids. It rejected 5.", "5", None),
        ("Harwick have won seven of their last 10 and are unbeaten since.", "seven", 7),
        ("Harwick have won seven of their last 10 and are unbeaten since.", "10", 10),
        ("Ms Orme won 3 of the past 5.", "3", 3),
        # not parts: money, a verb of rising, a noun after the whole, another sentence
        ("The firm hired 30 staff and lost $5.", "5", None),
        ("The firm hired 30 staff and revenue grew 12.", "12", None),
        ("Kelby scored 7 of the last 10 points.", "7", None),
        ("The Greens won 14 seats. Labour lost 6.", "6", None),
    ],
)  # fmt: skip
def test_a_part_after_a_counting_verb(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "count").get(figure) == value


# A verb that carries a count to a new level names the noun before the number: "bringing staff to 2,310".
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The Fenwick district will hire 75 teachers before spring, bringing staff to 2,310.", "2,310", 2310),
        ("Barrow Bank will shut 12 branches, reducing the number of branches to 48.", "48", 48),
        ("The cuts remove 40 posts, taking staff numbers to 960, the council said.", "960", 960),
        # not counts: a noun that counts nothing, a level of an index
        ("The move raised prices to 40 and cut its debt to 12.", "40", None),
        ("The storm pushed water levels to 5 and lifted the index to 300.", "300", None),
    ],
)  # fmt: skip
def test_a_count_carried_to_a_level(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "count").get(figure) == value


# What is left of the count just before, said bare in the next sentence.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ('"We\'ve played 18 games. There are 28 left. Ask me in March," said the Elmford manager.', "28", 28),
        ("Crews have cleared 40 roads. There are 12 remaining, officials said.", "12", 12),
        # not counts: no count before, one too far back, no "there are"
        ("There are 28 left.", "28", None),
        ("Tovey sold 40 flats. Prices rose. Demand held. There are 12 left.", "12", None),
        ("Tovey sold 40 flats and 12 left.", "12", None),
    ],
)  # fmt: skip
def test_what_is_left_of_a_count(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "count").get(figure) == value


# "A further 60" opening a sentence gives more of the count of the sentence before; only from that one.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Crews rescued 23 people from homes in Lowther overnight. A further 60 were moved to a shelter.", "60", 60),
        ("Brannock Motors sold 500 cars in May. Another 40 were recalled.", "40", 40),
        ("Brannock Motors sold 500 cars in May. Prices rose. Another 40 were recalled.", "40", None),
        ("Brannock Motors sold 500 cars in May. It said another 40 were recalled.", "40", None),
    ],
)  # fmt: skip
def test_more_of_the_count_of_the_sentence_before(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "count").get(figure) == value


# A noun made of people leading a level verb counts the people of a bare number after it; a rate stays a rate.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Attendance at the league's 380 matches averaged 38,500, a record.", "38,500", 38500),
        ("The crowd at Pellow Park was 40,000 and ridership reached 1.2 million.", "1.2 million", 1200000),
        ("The crowd at Pellow Park was 40,000 and ridership reached 1.2 million.", "40,000", 40000),
        # not counts: a rate, a year, a change in points, a multiplier
        ("Turnout was 41% in Tarbury and 38 percent in 2022.", "41%", None),
        ("Turnout reached 212 in the Corley ward.", "212", None),
        ("Turnout in Tarbury was 2019 levels.", "2019", None),
        ("Attendance fell 3 points and the audience was 4 times larger.", "4", None),
    ],
)  # fmt: skip
def test_a_level_of_people(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "count").get(figure) == value


# A bare number listed before a length takes its unit; "between" makes one range of the two.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Judge Park jailed the two co-defendants for 18 and 24 months.", "18", "P18M"),
        ("They were jailed for six and eight years.", "six", "P6Y"),
        ("The terms were between 18 and 24 months.", "18", None),
        ("Halloran scored 18, and 24 hours later he left.", "18", None),
        ("The Tarlow plant opened in 2019 and 3 years later closed.", "2019", None),
    ],
)  # fmt: skip
def test_a_number_listed_before_a_length(text: str, figure: str, value: str | None) -> None:
    assert _values(text, "duration").get(figure) == value


# A bare number opening a list takes the noun of the count that ends it; "between" and "or" make ranges.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Fires destroyed 40, 55 and 120 homes in three Kelso valley towns.", "40", 40),
        ("Fires destroyed 40, 55 and 120 homes in three Kelso valley towns.", "55", 55),
        ("The two clubs have 12 and 15 players injured.", "12", 12),
        ("Buses on routes 5, 12, 24, and 30 run late.", "5", None),
        ("In 2019, 40 people died in Harwell.", "2019", None),
        ("Smith, 24, 25 and 26 points behind, gave up.", "24", None),
        ("Between 12 and 15 players were injured.", "12", None),
        ("Rates rose 5 and 3 times in two years.", "5", None),
    ],
)  # fmt: skip
def test_a_number_listed_before_a_count(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "count").get(figure) == value


# The next item of a list of counts set apart by the same preposition: "200 jobs in Leeds and 150 in York".
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Orrin Foods will cut 200 jobs in Leeds and 150 in York.", "150", 150),
        ("Cases rose to 40 in Leeds and 31 in York.", "31", 31),
        ("Dunmore sold 200 cars in May and 150 in June.", "150", 150),
        ("Orrin Foods cut 200 jobs in Leeds and 2019 in York.", "2019", None),
        ("Orrin Foods cut 200 jobs in Leeds and rents rose 150 in York.", "150", None),
        ("Orrin Foods cut 200 jobs in Leeds and 150 at York.", "150", None),
    ],
)  # fmt: skip
def test_the_next_item_of_a_list_of_counts(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "count").get(figure) == value


# A fraction before "point" is a fraction of one percentage point, not a share of the rate.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The Fed raised rates by a quarter point in July.", "a quarter point", 0.25),
        ("The Bank of Arden cut by half a point.", "half a point", 0.5),
        ("Unemployment fell by a fifth of a point.", "a fifth of a point", 0.2),
        ("Sales at Orrin rose by a quarter.", "a quarter", 25),
        ("Yields rose by a quarter basis point.", "a quarter", None),
        ("Yields rose by a third of a point.", "a third", None),
    ],
)  # fmt: skip
def test_a_fraction_of_a_point(text: str, figure: str, value: float | None) -> None:
    assert _values(text, "percent").get(figure) == value


# A bare scaled number after "a further" or before "of it" is more of, or a part of, the amount just before.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Vellmar agreed to pay 1.2 billion euros to settle the claims, 200 million of it to the state.",
         "200 million", 200000000),
        ("Kestrel will invest Rs 450 crore over three years, and a further 120 crore in 2028.", "120 crore",
         1200000000),
        ("The city spent $2.3 million on roads and another 2 million people visited.", "2 million", None),
        ("The city spent $2.3 million on roads. Another 2 million went on parks.", "2 million", None),
        ("The city spent $2.3 million on roads and another 400,000 on parks.", "400,000", None),
        ("The city spent $2.3 million, 3 million of it on roads.", "3 million", None),
    ],
)  # fmt: skip
def test_more_of_an_amount(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "money").get(figure) == value


# "six more on Tuesday" is more of the count before; "of which 38 are …" a part of it; "half a cent" no rate.
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The Harl district closed 14 schools for snow on Monday and six more on Tuesday.", "six", 6),
        ("Greyfield Hospital has 412 beds, of which 38 are in intensive care.", "38", 38),
        ("Police arrested 40 people, of whom 12 were charged.", "12", 12),
        ("The Harl district closed 14 schools. Six more closed later.", "Six", None),
        ("Tovey hired 30 staff, spent $2m and 5 more on Friday.", "5", None),
        ("Greyfield Hospital has 412 beds, of which 500 are new.", "500", None),
    ],
)  # fmt: skip
def test_more_of_a_count_or_a_part_named_first(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "count").get(figure) == value


def test_a_fraction_of_one_unit_is_no_rate() -> None:
    assert "half" not in _values("Commissioners voted to raise the sales tax by half a cent.", "percent")
    assert _values("Sales at Orrin fell by a third a year.", "percent").get("a third") == 33.33


# The count just before, shared out: "one in each group", "15 apiece".
@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Two participants died of bleeding in the brain, one in each group.", "one", 1),
        ("The two Ashby firms hired 30 staff, 15 apiece.", "15", 15),
        ("Two participants died, one of them in the brain.", "one", None),
        ("Two participants died, and one each year after.", "one", None),
        ("Two participants died. One in each group had bled.", "One", None),
    ],
)  # fmt: skip
def test_a_count_shared_out(text: str, figure: str, value: int | None) -> None:
    assert _values(text, "count").get(figure) == value
