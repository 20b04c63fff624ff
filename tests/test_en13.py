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
    ],
)  # fmt: skip
def test_threats_look_ahead(text: str, month: str, value: str) -> None:
    assert _values(text, "date")[month] == value


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
