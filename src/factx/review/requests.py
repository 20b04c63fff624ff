"""A figure asked for, not given: what prosecutors sought, what a union demanded, what a plaintiff claimed.

Court and labour stories state the figure one side asked for beside the one decided ("Prosecutors had asked for 8
years for Okafor"; 公诉机关建议判处有期徒刑五年; "the union had demanded 9 percent"). A claim that states the asked-for
figure as the outcome ("The judge gave Okafor 8 years") finds its value in the source, but the source's figure is a
request. When every source figure with the claim's value is asked for in its own sentence part and the claim's
sentence speaks of no request, the claim is about the outcome: a mismatch against the likeliest figure of its type
that no one asked for (alike enough), else not found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..normalize import normalize
from ..patterns import compiled
from .roles import position
from .similarity import part_start
from .verdict import Verdict, against_likeliest, alike, different_thing, settled

# Words that make the figure after them one side's request (Traditional is folded to Simplified first). Chinese
# 建议/要求 alone are too common ("按要求", "建议市民"): only with the verb of what is asked.
REQUEST = compiled(
    r"\b(?:ask(?:s|ed|ing)?\s+(?:the\s+(?:court|judge|jury)\s+)?for|sought|seek(?:s|ing)?|request(?:s|ed|ing)?|"
    r"demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|recommend(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for|"
    r"argu(?:e|es|ed|ing)\s+for|want(?:s|ed|ing)?|urg(?:e|es|ed|ing))\b"
    r"|建议(?:判处|对其判处|法院判处|判)|请求(?:判处|法院|赔偿)|求处|求刑|索赔|诉请|要求(?:赔偿|判处|支付)",
    re.IGNORECASE,
)


def asked_for(f: Fact) -> bool:
    """The words of the figure's sentence part before it make it a request ("Prosecutors had asked for 8 years",
    检方建议判处有期徒刑五年)."""
    at = position(f)
    part_lo = part_start(f.sentence, at)
    return bool(REQUEST.search(normalize(f.sentence[part_lo:at])))


def says_request(f: Fact) -> bool:
    """The claim's sentence itself speaks of a request."""
    return bool(REQUEST.search(normalize(f.sentence)))


def requested_not_given(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                        by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim whose equal source figures were all only asked for into a mismatch against the
    figure given, or into not found (in place)."""
    for i, v in enumerate(out):
        if settled(v):
            continue
        c = draft[i]
        if c.type == "date" or says_request(c):
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        if not equal or not all(asked_for(source[e]) for e in equal):
            continue
        rivals = [(sim(i, j), j) for j in kind if j not in equal and not asked_for(source[j])
                  and different_thing(c, source[j]) is None]  # fmt: skip
        said = f"same value, different subject: the source's {v.evidence.text} was asked for, not given"
        out[i] = against_likeliest(v, max(rivals) if rivals else None, source, said, "it reports",
                                   "it gives no figure decided")  # fmt: skip
