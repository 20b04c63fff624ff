"""Whose figure, in a list of quoted names: 9亿元的“13丹东港mtn1”，到期日为2018年3月13日；10亿元的“15丹东港mtn001”，….

Notices and reports list several named things (bonds, funds, programmes, products, ships) in one sentence, one item
each between semicolons, each item naming its thing in quotation marks and giving its figures. A draft that moves a
figure onto another item's name keeps every other word. A source figure is about another thing than the claim when
its item names things in quotation marks, none of them one the claim names, while the claim names one the sentence
quotes in another item.
"""

from __future__ import annotations

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .roles import position

_QUOTED = compiled(r"[“「\"]([^”」\"，。；,;\n]{2,24})[”」\"]")
_ITEM_ENDS = "；;"


def other_quoted_item(claim: Fact, source: Fact) -> str | None:
    """Why the source figure is about another quoted name than the claim's (see the module doc); None when
    nothing says so."""
    if not any(c in source.sentence for c in _ITEM_ENDS):  # (most sentences: nothing to normalize)
        return None
    sentence = normalize(source.sentence)
    quoted = {m.group(1) for m in _QUOTED.finditer(sentence)}
    if len(quoted) < 2:
        return None
    said = normalize(claim.sentence)
    wanted = {name for name in quoted if name in said}
    if not wanted:
        return None
    at = position(source)
    lo = max(sentence.rfind(c, 0, at) for c in _ITEM_ENDS) + 1
    ends = [i for i in (sentence.find(c, at) for c in _ITEM_ENDS) if i >= 0]
    item = sentence[lo : min(ends) if ends else len(sentence)]
    own = {m.group(1) for m in _QUOTED.finditer(item)}
    if not own or own & wanted:
        return None
    return f"is about “{min(own)}”, not “{min(wanted)}”"
