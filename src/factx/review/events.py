"""The event a date belongs to: a claim's date is supported only by a source date of the claim's event.

"从5月20日起，蒋某每天只睡三四个小时" against a source that dates the crash 5月20日晚23点左右 and says
"从5月14日开始，蒋某每天只睡三四个小时": the 20th is the crash's day, the lack of sleep began on the 14th.
"乌迪内斯上一次在联赛中拿分是4月24日" where 4月24日 is the day the club sacked its coach and the last point came on
2月4日. A date alone says nothing of
what happened on it; the words of its sentence part do. So a supported date claim (an equal date, or one the claim's
date contains) whose words stand in the sentence part of another source date, and more of them than in the part of
any date that supports it, is about that other date's event: a mismatch against it.

Words of the article's topic (named beside many figures: the club, the company) tell no event from another and are
left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import DateValue, Fact
from .values import date_contains, nothing_known, values_equal
from .verdict import Verdict, different_thing, other_thing


def _supports(c: Fact, s: Fact) -> bool:
    """The source date states the claim's date, exactly or more precisely (5月20日 for 5月20日晚23点左右)."""
    cv, sv = c.value, s.value
    return values_equal(c, s)[0] or (isinstance(cv, DateValue) and isinstance(sv, DateValue) and date_contains(cv, sv))


def _shared(words: frozenset[str], near: frozenset[str]) -> frozenset[str]:
    """The words found in `near` (`owners._present`), a run of Chinese characters the dictionary left single also
    when it shares two characters with a run of `near` (中拿分是 and 拿分的: 拿分 was cut apart both times)."""
    from .owners import _present

    runs = [x for x in near if not x.isascii() and len(x) >= 3]
    glued = frozenset(
        w
        for w in words
        if not w.isascii() and len(w) >= 3 and any(w[k : k + 2] in x for x in runs for k in range(len(w) - 1))
    )
    return _present(words, near) | glued


def other_event(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                by_type: dict[str, list[int]], dr_ctx: list[Any], src_ctx: list[Any], sim: Any) -> None:  # fmt: skip
    """Turn each supported date claim whose words name the event of another source date into a mismatch against that
    date (in place)."""
    from .owners import _absent, _topic_words

    topic: frozenset[str] | None = None
    dates = by_type.get("date", ())
    for i, v in enumerate(out):
        if v is None or v.verdict != "supported" or v.evidence is None or draft[i].type != "date":
            continue
        c = draft[i]
        if topic is None:
            topic = _topic_words(source, src_ctx)
        mine = dr_ctx[i].part - topic
        if not mine:
            continue
        equal = [j for j in dates if source[j] is v.evidence
                 or (_supports(c, source[j]) and different_thing(c, source[j]) is None)]  # fmt: skip
        here = frozenset().union(*(src_ctx[e].part for e in equal))
        best: tuple[int, float, int] | None = None
        for j in dates:
            s = source[j]
            sv, cv = s.value, c.value
            if j in equal or not (isinstance(sv, DateValue) and isinstance(cv, DateValue)) or nothing_known(sv):
                continue
            if date_contains(sv, cv) or date_contains(cv, sv):
                continue
            there = src_ctx[j].part
            only_there = _absent(_shared(mine, there), here)
            only_here = _absent(_shared(mine, here), there)
            if only_there and len(only_there) > len(only_here):
                key = (len(only_there), sim(i, j), j)
                if best is None or key > best:
                    best = key
        if best is None:
            continue
        _, score, j = best
        s = source[j]
        reason = (f"same date, another event: the source's {v.evidence.text} is the date of something else; "
                  f"what the draft dates happened {s.text}")  # fmt: skip
        out[i] = other_thing(c, s, score, reason, v.evidence)
