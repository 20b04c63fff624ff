"""Whose figure it is, by the Chinese organization written beside it: 泌尿外科完成551台, not 肝胆胰外科.

`owners` reads owners from names (persons, places, capitalized words); a Chinese organization (a hospital
department, a company, a project, a park) is none of those, so a claim that gives one organization's figure to
another (肝胆胰外科去年完成551台机器人手术, where the source's 551台 are 泌尿外科's) finds nothing against it. Such
organizations end with a word of a few kinds (科, 公司, 集团, 银行, 项目, 医院, …), and the organization a figure
belongs to stands in its own stretch: from the separator before it to the figure, and the 的 phrase right after it
(计划总投资15亿元的新兴温氏晶宝食品园).

A supported Chinese claim that names an organization is about another thing when the stretch of every equal source
figure names another organization and no part of the claim's (two characters of its name before the suffix): a
mismatch against the likeliest figure of its type whose stretch names the claim's organization (alike enough), else
not found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .roles import position
from .verdict import Verdict, against_likeliest, alike, different_thing, settled

# The last word of an organization's name (Simplified; Traditional is folded before matching).
ORG_SUFFIX = (
    "科(?![技学研普目])|科室|医院|卫生院|公司|集团|银行|项目|园区|园|大学|学院|中学|小学|"
    "研究院|研究所|俱乐部|协会|商会|基金会|工厂|厂"
)
# A name before its suffix: a few characters, none of a separator or a verb-like word that opens a new phrase.
_ORG = compiled(rf"([\u4e00-\u9fff]{{1,10}}?)(?:{ORG_SUFFIX})")
# Words before a name that refer to it or to the list it is in, not part of it (其中心胸外科, 该院眼科).
_LEADING = compiled(r"^(?:其中|该院|本院|全院|该|其|的|在|由|对|向|于|将|把)+")
_BEFORE_BREAK = compiled(r"[，,；;。！？!?、：:（）()“”\"—\s]|以及|及|和|与")
_AFTER = compiled(r"的([\u4e00-\u9fff]{2,16})")
_CORE = 6
# A word that ends the phrase before a name (赵某从三家银行: 从 and what precedes it are not the banks' name).
_PREPOSITION = compiled(r"[从在向对由与和及为把将被给]")
_COUNTED = compiled(r"[0-9一二三四五六七八九十两几多数][家个所座间名位]$|[0-9]")
_GENERIC = frozenset(("医院", "公司", "集团", "项目", "园区", "银行"))  # (a bare suffix names no one in particular)


def org_names(text: str) -> list[str]:
    """The organization names in a stretch of Simplified text, each without a leading 的/在/由."""
    out = []
    for m in _ORG.finditer(text):
        # (a name is rarely more than six characters before its suffix; further back stand the verbs before it,
        # 计划总投资 of 计划总投资新兴温氏晶宝食品园)
        core = _LEADING.sub("", _PREPOSITION.split(m.group(1)[-_CORE:])[-1])
        name = core + m.group(0)[len(m.group(1)) :]
        # (三家银行 counts banks: the suffix is the counted noun of a figure, no one's name)
        if core and name not in _GENERIC and not _COUNTED.search(core):
            out.append(name)
    return out


def _core(name: str) -> str:
    return re.sub(rf"(?:{ORG_SUFFIX})$", "", name)


def _named(name: str, text: str) -> bool:
    """Two characters of the name before its suffix stand together in `text` (温氏 of 温氏食品园)."""
    core = _core(name)
    return any(core[k : k + 2] in text for k in range(len(core) - 1)) if len(core) >= 2 else core in text


def stretch(f: Fact) -> str:
    """The figure's own stretch: from the separator before it to it, and the 的 phrase right after it; Simplified."""
    at = position(f)
    before = normalize(f.sentence[max(0, at - 30) : at])
    cut = list(_BEFORE_BREAK.finditer(before))
    before = before[cut[-1].end() :] if cut else before
    after = normalize(f.sentence[at + len(f.text) : at + len(f.text) + 20])
    m = _AFTER.match(after)
    tail = _BEFORE_BREAK.split(m.group(1), maxsplit=1)[0] if m else _BEFORE_BREAK.split(after, maxsplit=1)[0]
    return before + tail


def other_organization(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                       by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported Chinese claim whose equal source figures all belong to another organization into a
    mismatch against the claim's organization's figure, or into not found (in place)."""
    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date" or draft[i].sentence.isascii():
            continue
        c = draft[i]
        mine = org_names(normalize(c.sentence))
        if not mine:
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        stretches = [stretch(source[e]) for e in equal]
        if not equal or not all(
            org_names(s) and not any(_named(o, s) for o in mine) and not any(_named(o, normalize(c.sentence))
                                                                          for o in org_names(s))
            for s in stretches
        ):  # fmt: skip
            continue
        theirs = org_names(stretches[0])[-1]
        rivals = [(sim(i, j), j) for j in kind if j not in equal and different_thing(c, source[j]) is None
                  and any(_named(o, stretch(source[j])) for o in mine)]  # fmt: skip
        said = f"same value, different subject: the source's {v.evidence.text} is {theirs}'s, not {mine[0]}'s"
        out[i] = against_likeliest(v, max(rivals) if rivals else None, source, said, "for it the source reports",
                                   "it gives none for it")  # fmt: skip
