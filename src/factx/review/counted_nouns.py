"""Counted nouns a draft writes shorter than its source: 假票 for 假火车票, one thing counted, not two.

`verdict.different_thing` tells two counts apart when their counted nouns share no word (消防车 vs 救护车). A
reporter shortening the source's noun keeps its first and last characters and drops some in between (假火车票 →
假票: fake tickets, the train left out), which the dictionary cuts into words the two do not share; or the draft
names the source noun's head with a word the source's clause puts before the figure (旅客信息 for
获取旅客手机号码等个人信息…条). Such a claim noun is read as the source's before the two figures are compared. Only
that direction: a claim noun longer than the source's (国际旅客 for 旅客) names a part of what the source counts, and
stays another thing. A claim's "people" for the source's residents or passengers (persons named by where they are
or what befell them, not by a trade: an employer's people are its staff) counts them too.
"""

from __future__ import annotations

import dataclasses

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled


def shortened(claim: str | None, source: str | None) -> bool:
    """Whether the Chinese noun `claim` is `source` with characters left out between its first and its last (假票 in
    假火车票), both of two characters or more."""
    if not claim or not source:
        return False
    a, b = normalize(claim).strip(), normalize(source).strip()
    if len(a) < 2 or len(a) >= len(b) or a.isascii() or b.isascii() or (a[0], a[-1]) != (b[0], b[-1]):
        return False
    rest = iter(b)
    return all(ch in rest for ch in a)


def same_head_named_before(claim: str | None, source: Fact) -> bool:
    """Whether the Chinese noun `claim` ends as the source figure's noun does (a head of two characters or more:
    信息, 嫌疑人) and the rest of it stands in the source figure's clause before it: 旅客信息 for
    获取旅客手机号码等个人信息1.2万余条, the travellers' data the source counts. Words of a later clause
    (抓获犯罪嫌疑人6名，其中女性2名) name a part, not the count."""
    from .roles import position
    from .similarity import CLAUSE

    if not claim or not source.subject:
        return False
    a, b = normalize(claim).strip(), normalize(source.subject).strip()
    if a.isascii() or b.isascii() or a == b:
        return False
    head = 0
    while head < min(len(a), len(b)) and a[-1 - head] == b[-1 - head]:
        head += 1
    rest = a[: len(a) - head]
    if head < 2 or len(rest) < 2:
        return False
    before = normalize(source.sentence[: position(source)])
    return rest in CLAUSE.split(before)[-1]


# Persons named by where they are or what happened to them, whom news also calls "people" (not a trade or a role:
# an employer's people are its staff, whose count says whose they are).
_PERSONS = frozenset(
    ("residents", "passengers", "inhabitants", "visitors", "tourists", "evacuees", "commuters", "travellers",
     "travelers", "patients", "pedestrians", "occupants", "survivors", "victims", "homeowners", "households")
)  # fmt: skip


def _people_for_persons(claim: Fact, source: Fact) -> bool:
    """A claim counting "people" where the source counts persons named by where they are or what befell them
    (residents, passengers), and both say the same of them (injured, dead; or neither): "people were evacuated" are
    not the passengers the source says were killed, which a rule weighing other figures than the equal one asks."""
    from .wordsets import GENERIC_PEOPLE

    return (
        normalize(claim.subject or "").lower().strip() in GENERIC_PEOPLE
        and normalize(source.subject or "").lower().strip() in _PERSONS
        and set(claim.facets) == set(source.facets)
    )


# Any digit: where the stretch of a figure's own words starts, back from it (the previous figure of its sentence).
_DIGIT = compiled(r"[0-9０-９]")


def _stretch(f: Fact) -> str:
    """A Chinese figure's own words: from the previous digit of its sentence (or the sentence start) to the figure,
    and after it to the end of its clause (严厉打击…等犯罪，起诉2444人; 提出3项复工理由)."""
    from .roles import position
    from .similarity import CLAUSE

    at = position(f)
    before = normalize(f.sentence[:at])
    digits = list(_DIGIT.finditer(before))
    before = before[digits[-1].end() :] if digits else before
    after = CLAUSE.split(normalize(f.sentence[at + len(f.text) :]), maxsplit=1)[0]
    return before + after


def named_in_each_other(claim: Fact, source: Fact) -> bool:
    """Whether two Chinese counts put different words right before their figures while each sentence names the
    other's word in that figure's own stretch: 起诉…等犯罪2444人 for 严厉打击…等犯罪，起诉2444人 (the engine reads
    犯罪 as one's noun and 起诉 as the other's), 提出3项理由 for 提出3项复工理由. One count worded twice, not two
    things: a noun of another figure's stretch (消防车12辆、救护车5辆) names that figure's thing."""
    a, b = normalize(claim.subject or "").strip(), normalize(source.subject or "").strip()
    if len(a) < 2 or len(b) < 2 or a == b or a.isascii() or b.isascii():
        return False
    if a not in _stretch(source):
        return False
    mine = _stretch(claim)
    return b in mine or _bare_head(b, mine)


def _bare_head(noun: str, stretch: str) -> bool:
    """The source noun's head written in the claim's stretch with no modifier of its own before it: 居民疏散380人 for
    紧急疏散周边居民380人 leaves 周边 out, while 外地居民 names other residents than the source's 周边居民."""
    from ..lexicon import LEXICON

    head = noun[-2:]
    at = stretch.find(head)
    if len(noun) < 4 or at < 0:
        return False
    words = LEXICON.cut(stretch[:at]) if at else []
    return not words or len(words[-1]) < 2 or words[-1] in noun


def _noun_left_out(claim: Fact, source: Fact) -> bool:
    """A source count with no noun, only the classifier the claim writes too, in a sentence that names the claim's
    noun (完成手术612台，平均每天1.7台 for 每天完成1.7台手术): the engine guessed its kind from the classifier alone,
    and the claim names what the sentence counts. Not a noun the sentence never names (新购置CT机4台, whose noun the
    engine missed, is no 手术机器人4台)."""
    if source.subject or not claim.subject or not claim.unit or set(claim.facets) - set(source.facets):
        return False
    if normalize(claim.unit) != normalize(source.unit or ""):
        return False
    return normalize(claim.subject).strip() in normalize(source.sentence)


def as_source_counts(claim: Fact, source: Fact) -> Fact:
    """The claim count read as counting the source's thing when its noun shortens the source's, or names its head
    and a word of its clause, or is written in the source figure's stretch as the source's noun is in the claim's;
    else the claim as written."""
    if claim.type != "count":
        return claim
    if (
        shortened(claim.subject, source.subject)
        or same_head_named_before(claim.subject, source)
        or _people_for_persons(claim, source)
        or named_in_each_other(claim, source)
    ):
        return dataclasses.replace(claim, subject=source.subject)
    if _noun_left_out(claim, source):
        return dataclasses.replace(claim, subject=None, category=source.category)
    return claim


def different_counted(claim: Fact, source: Fact) -> str | None:
    """`verdict.different_thing`, which reads counted nouns worded otherwise as the source's (kept for callers)."""
    from .verdict import different_thing

    return different_thing(claim, source)
