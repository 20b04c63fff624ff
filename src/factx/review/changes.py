"""A change and the level it reaches: "raised the dividend by 6 cents to 82 cents", 升至41%，比上季多出6个百分点; a
draw from a fund and the level the fund is left at ("draws $18 million from its reserve, leaving it at $92 million").

Where a sentence gives both how much a figure moved and where it ended, the two are different things about one
subject. A claim that states the move ("raised by 82 cents") with the amount the source gives as the level, or the
level ("rose to 6 cents") with the amount of the move, reports the figure under the wrong heading: a mismatch against
the figure of the part the claim names, read from the words right before each figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .roles import position, same_sentence
from .verdict import Verdict, alike, other_thing, settled

Step = Literal["change", "level"]

# English: a verb of change in the clause, then "by" before the move and "to" before the level.
_EN_VERB = compiled(
    r"\b(?:ris(?:e|es|en|ing)|rose|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|gr(?:ew|ow|ows|own|owing)|climb(?:s|ed)?"
    r"|jump(?:s|ed)?|gain(?:s|ed)?|f(?:ell|all|alls|allen)|dropp?(?:s|ed)?|declin(?:e|es|ed)|cut(?:s|ting)?"
    r"|lower(?:s|ed)?|reduc(?:e|es|ed)|slipp?(?:s|ed)?|boost(?:s|ed)?|lift(?:s|ed)?|trimm?(?:s|ed)?"
    r"|shr(?:ink|inks|inking|ank|unk))\b",
    re.IGNORECASE,
)
_EN_QUALIFIER = r"(?:\s+(?:about|around|roughly|nearly|almost|some|just|only|a further|another))?"
_EN_BY = compiled(rf"\bby{_EN_QUALIFIER}\s*$", re.IGNORECASE)
_EN_TO = compiled(rf"\bto{_EN_QUALIFIER}\s*$", re.IGNORECASE)
# Chinese (normalized): the verb of change right before the move (增加3个百分点, 多出6个百分点) and 至/到 after it
# before the level (升至41%, 增加到82亿元).
_ZH_VERBS = "增加|减少|增长|下降|上升|下跌|提高|降低|上涨|下滑|回落|扩大|缩小|增|减|升|降|涨|跌|多出|少了|多了"
_ZH_CHANGE = compiled(rf"(?:{_ZH_VERBS})了?(?:约|近|逾|超过)?\s*$")
_ZH_LEVEL = compiled(rf"(?:{_ZH_VERBS})(?:了?[^，,；;。]*?[\d%成倍点])?(?:至|到)(?:约|近|逾|超过)?\s*$")
# A sum drawn from a fund and the level the fund is left at ("draws $18 million from its rainy-day fund, leaving the
# fund at $92 million"; 动用储备金18亿元，余额降至92亿元): a draw is the move, however its verb is spelled.
_EN_DRAW = compiled(
    r"\b(?:draw(?:s|n|ing)?|drew|tak(?:e|es|en|ing)|took|tap(?:s|ped|ping)?|withdr(?:aw|aws|awn|ew|awing)"
    rf"|pull(?:s|ed|ing)?|spend(?:s|ing)?|spent){_EN_QUALIFIER}\s*$",
    re.IGNORECASE,
)
_EN_FROM = compiled(r"^\s*(?:from|out of)\b", re.IGNORECASE)
_EN_LEFT = compiled(
    r"\b(?:leav(?:e|es|ing)|left|stand(?:s|ing)?|stood|remain(?:s|ed|ing)?|sit(?:s|ting)?|sat)\b[^,;.]*\bat"
    rf"{_EN_QUALIFIER}\s*$",
    re.IGNORECASE,
)
_ZH_DRAW = compiled(r"(?:动用|提取|调用|支取|取用|拨出|挪用)了?(?:约|近|逾|超过)?\s*$")
_ZH_LEFT = compiled(r"(?:余额|剩余|剩下|尚余|仅余|降至|减至)(?:为|约|仅)?\s*$")
_CLAUSE = compiled(r"[，,；;。！？!?]")
_CJK = compiled(r"[\u4e00-\u9fff]")
_LOOK = 60  # characters looked at before a figure (back to its clause break)


def step(f: Fact) -> Step | None:
    """Whether the figure is how much something moved or the level it moved to, by the words right before it."""
    at = position(f)
    before = normalize(f.sentence[max(0, at - _LOOK) : at])
    before = _CLAUSE.split(before)[-1]
    if _CJK.search(before) or not f.text.isascii():
        if _ZH_LEVEL.search(before) or _ZH_LEFT.search(before):
            return "level"
        return "change" if _ZH_CHANGE.search(before) or _ZH_DRAW.search(before) else None
    if _EN_DRAW.search(before) and _EN_FROM.match(f.sentence[at + len(f.text) :]):
        return "change"
    if _EN_LEFT.search(before):
        return "level"
    if not _EN_VERB.search(before):
        return None
    return "change" if _EN_BY.search(before) else "level" if _EN_TO.search(before) else None


def _partner(f: Fact, want: Step, source: Sequence[Fact]) -> int | None:
    """The figure of `f`'s type and sentence part (no 。；; between) that plays the other part, `want`."""
    at = position(f)
    for j, g in enumerate(source):
        if g is f or g.type != f.type or not same_sentence(g, f):
            continue
        lo, hi = sorted((at, position(g)))
        if re.search(r"[；;。！？!?]", f.sentence[lo:hi]) is None and step(g) == want:
            return j
    return None


def other_step(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
               by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """A supported claim that states a move (by) where every equal source figure is the level its sentence part
    reaches beside a move of its own (by 6 cents to 82 cents), or the other way round: a mismatch against that other
    figure."""
    for i, v in enumerate(out):
        if settled(v):
            continue
        c = draft[i]
        mine = step(c)
        if mine is None:
            continue
        theirs: Step = "level" if mine == "change" else "change"
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        partners = [_partner(source[e], mine, source) if step(source[e]) == theirs else None for e in equal]
        if not equal or None in partners:
            continue
        j = partners[0]
        assert j is not None
        s = source[j]
        said = "the level it reached" if theirs == "level" else "how much it moved"
        other = "the change" if mine == "change" else "the level"
        reason = f"same value, different subject: the source's {v.evidence.text} is {said}; {other} is {s.text}"
        out[i] = other_thing(c, s, sim(i, j), reason, v.evidence)
