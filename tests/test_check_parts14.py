"""Round 14 (main): a whole claimed for the part that names what happened (當中19人死亡), read by facets.

All texts are invented for these tests.
"""

from __future__ import annotations

import pytest
from check_verdict import verdict

_FLU = "衞生署表示，上周共錄得36宗成人嚴重流感個案，當中14人死亡；另有4宗兒童個案，其中1名兒童死亡。"


@pytest.mark.parametrize(
    ("draft", "figure", "expected", "evidence"),
    [
        # the claim says they died: the source's 36 are the severe cases, of whom 14 died
        ("上周有36名成人死於流感。", "36名", "mismatch", "14人"),
        ("上周有4名兒童死於流感。", "4名", "mismatch", "1名"),
        # the whole and the part, each claimed as what it is, stay supported
        ("上周共錄得36宗成人嚴重個案。", "36宗", "supported", "36宗"),
        ("上周有14名成人死亡。", "14名", "supported", "14人"),
        ("上周有14名成人死於流感。", "14名", "supported", "14人"),
    ],
)
def test_a_whole_claimed_for_the_part_that_died(draft: str, figure: str, expected: str, evidence: str) -> None:
    v = verdict(_FLU, draft, figure)
    assert v.verdict == expected
    assert v.evidence is not None and v.evidence.text == evidence


def test_dangzhong_in_the_middle_of_a_clause_marks_no_part() -> None:
    # (当中 opening a clause is "among them"; inside one it is "in the middle of")
    source = "全市共有120名志愿者参加活动当中的8个项目，其中30人为大学生。"
    assert verdict(source, "全市共有120名志愿者参加活动。", "120名").verdict == "supported"
