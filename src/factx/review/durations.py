"""Durations of different events: how long someone worked, fled, was banned or drove is not how long anything else did.

One article gives several lengths of time, each of its own event: 逃亡26年 (on the run), 离职8年 (gone from the firm),
在厂里工作了8年 (worked there); "Rescue teams worked for 14 hours" and "the driver had been at the wheel for 14 hours";
a three-year contract and a two-year ban. The engine's facets tell a prison term from probation; nothing else tells
these apart, and a claim with the source's number of years is supported by whichever event has it.

The event of a duration is read from the words nearest it in its own clause (back to the clause's start or the
previous duration, on to its end or the next one), against a small table of event words: a prison term, probation,
work or service, flight, leaving, a ban, a contract, driving, a rescue. A supported duration whose event is known is
about another thing when every equal source duration has a known event of another kind and no word of the claim's
event in its clause: a mismatch against the likeliest duration of the claim's event, else not found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..patterns import compiled
from .roles import position
from .similarity import CLAUSE
from .verdict import Verdict, against_likeliest, alike, settled

# Event words, as `normalize` folds Chinese; English ones are matched as lower-case words (a stem's endings allowed).
EVENTS: dict[str, tuple[str, ...]] = {
    "prison": ("有期徒刑", "徒刑", "入狱", "监禁", "判囚", "坐牢", "服刑", "刑期", "获刑", "判刑",
               "prison", "jail", "imprisonment"),
    "probation": ("缓刑", "probation"),
    "work": ("工作", "任职", "供职", "就职", "效力", "执教", "任教", "从业", "打工", "当了", "干了",
             "employed", "career", "tenure"),
    "flight": ("逃亡", "潜逃", "在逃", "藏匿", "躲藏", "on the run", "fugitive"),
    "leaving": ("离职", "辞职", "退休", "retired", "retirement"),
    "ban": ("禁赛", "停赛", "禁驾", "禁入", "吊销", "ban", "banned", "suspension"),
    "contract": ("合同", "合约", "续约", "签约", "contract"),
    "driving": ("驾驶", "开车", "at the wheel", "behind the wheel", "driving", "drove"),
    "rescue": ("救援", "搜救", "被困", "rescue", "rescuers", "trapped"),
}  # fmt: skip
_ZH = compiled(r"[\u4e00-\u9fff]")


def _window(f: Fact, facts: Sequence[Fact]) -> tuple[str, int]:
    """The figure's clause, cut at the durations beside it, folded; and where the figure stands in it."""
    from ..normalize import normalize

    s, at = f.sentence, position(f)
    end = at + len(f.text)
    starts = [m.end() for m in CLAUSE.finditer(s, 0, at)]
    lo = starts[-1] if starts else 0
    close = CLAUSE.search(s, end)
    hi = close.start() if close else len(s)
    for g in facts:
        if g is f or g.type != f.type or (g.sentence_start, g.sentence) != (f.sentence_start, s):
            continue
        p = position(g)
        if p + len(g.text) <= at:
            lo = max(lo, p + len(g.text))
        elif p >= end:
            hi = min(hi, p)
    text = normalize(s[lo:at] + "\x00" + s[end:hi]).lower()
    return text, at - lo


def _found(word: str, text: str) -> list[int]:
    if _ZH.search(word):
        return [m.start() for m in re.finditer(re.escape(word), text)]
    return [m.start() for m in re.finditer(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text)]


def event(f: Fact, facts: Sequence[Fact]) -> str | None:
    """The event a duration is the length of (the kind whose word stands nearest it in its clause), or None."""
    text, at = _window(f, facts)
    best: tuple[int, str] | None = None
    for kind, words in EVENTS.items():
        for w in words:
            for p in _found(w, text):
                gap = at - (p + len(w)) if p < at else p - at
                if best is None or gap < best[0]:
                    best = (gap, kind)
    return best[1] if best else None


def _names_event(kind: str, f: Fact, facts: Sequence[Fact]) -> bool:
    text, _ = _window(f, facts)
    return any(_found(w, text) for w in EVENTS[kind])


def other_event_duration(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                         by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported duration whose every equal source duration is of another event into a mismatch against
    a duration of the claim's event, or not found (in place)."""
    for i, v in enumerate(out):
        if settled(v) or draft[i].type != "duration":
            continue
        c = draft[i]
        mine = event(c, draft)
        if mine is None:
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        theirs = [event(source[j], source) for j in equal]
        if not equal or any(t is None or t == mine for t in theirs):
            continue
        if any(_names_event(mine, source[j], source) for j in equal):
            continue
        same = [(sim(i, j), j) for j in kind if j not in equal and event(source[j], source) == mine]
        said = f"same value, another event: the source's {v.evidence.text} is the length of the {theirs[0]}"
        out[i] = against_likeliest(v, max(same) if same else None, source, said,
                                   f"for the {mine} it gives", f"it gives none for the {mine}")  # fmt: skip
