"""A total over a list of holders claimed for one of them: 郭艾伦和杨鸣一共才得到12分 as 杨鸣得到12分.

Chinese news names several holders and gives their sum in one clause, either right after the list
(郭艾伦和杨鸣一共…12分) or through a count of it standing for the list of the clause before (依次是：广东省地方税务局、
广东省监狱管理局、中共广东省委老干部局，三部门成功缴费总人数达45393人; the count must be the list's length). The
claim's words share the figure and most of its sentence, so it is supported, although the source gives that figure
for the items together. When every equal source figure is such a total, the claim names one item of the list and not
another, and the claim itself says no total, it is a mismatch against the likeliest figure whose sentence part names
the claim's item and says no total, else not found. An item is named by its last characters (the given name, the
organization's suffix), which the list's first item keeps whatever words open its clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .list_total_words import ITEM_COUNT, ITEM_MAX, ITEM_SPLIT, TOTAL
from .roles import position
from .verdict import Verdict, against_likeliest, alike, settled

_PART_END = compiled(r"[。；;！？!?]")
_CLAUSE = compiled(r"[，,：:]")
_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _lead(f: Fact) -> str:
    at = position(f)
    starts = [m.end() for m in _PART_END.finditer(f.sentence, 0, at)]
    return normalize(f.sentence[starts[-1] if starts else 0 : at])


def _items(text: str) -> list[str]:
    """The items of a list, or none when a stretch between separators is too long to be a name."""
    items = [x.strip() for x in ITEM_SPLIT.split(text) if x.strip()]
    return items if all(len(x) <= ITEM_MAX for x in items) else []


def list_items(f: Fact) -> list[str] | None:
    """The holders whose sum the figure is, as the source lists them; None when it is no such total."""
    if f.sentence.isascii():
        return None
    lead = _lead(f)
    totals = list(TOTAL.finditer(lead))
    if not totals:
        return None
    before = lead[: totals[-1].start()]
    cuts = [m.end() for m in _CLAUSE.finditer(before)]
    segment = before[cuts[-1] if cuts else 0 :]
    items = _items(segment)
    if len(items) >= 2:
        return items
    count = ITEM_COUNT.match(segment)
    if count is None or len(cuts) < 1:
        return None
    n = _NUMERALS.get(count.group(1)) or (int(count.group(1)) if count.group(1).isdigit() else 0)
    previous = before[cuts[-2] if len(cuts) >= 2 else 0 : cuts[-1] - 1]
    listed = _items(previous)
    return listed if len(listed) == n >= 2 else None


def _named(item: str, text: str) -> bool:
    return item[-3:] in text if len(item) >= 3 else item in text


def list_total(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
               by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported Chinese claim of one item whose every equal source figure is a total over a list into a
    mismatch against the item's own figure, else not found (in place)."""
    for i, v in enumerate(out):
        if settled(v) or v is None:
            continue
        c = draft[i]
        said_claim = normalize(c.sentence)
        if c.sentence.isascii() or TOTAL.search(said_claim):
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        lists = [list_items(source[j]) for j in equal]
        if not equal or any(
            x is None or not any(_named(t, said_claim) for t in x) or all(_named(t, said_claim) for t in x)
            for x in lists
        ):
            continue
        mine = [t for t in lists[0] or () if _named(t, said_claim)]
        rivals = [
            (sim(i, j), j)
            for j in kind
            if j not in equal and not TOTAL.search(_lead(source[j])) and any(_named(t, _lead(source[j])) for t in mine)
        ]
        said = (
            f"same value, different subject: the source's {v.evidence.text} is the total of {'、'.join(lists[0] or ())}"
        )
        best = max(rivals) if rivals else None
        out[i] = against_likeliest(
            v, best, source, said, "for the draft's item it reports", "it gives none for it alone"
        )
