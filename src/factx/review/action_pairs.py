"""Actions that undo each other, for `opposite_actions` (Traditional text is folded to Simplified first).

Each pair is two patterns of one clause's action on its figure ("opened 23 stores" / "closed 23 stores"). Rises and
falls are the facets' direction group and are not repeated here.
"""

from __future__ import annotations

import re

from ..patterns import compiled

_EN = (
    (r"open(?:s|ed|ing)?", r"clos(?:e|es|ed|ing)|shut(?:s|ting)?"),
    (
        r"hir(?:e|es|ed|ing)|add(?:s|ed|ing)?",
        r"cut(?:s|ting)?|fir(?:e|es|ed|ing)|laid off|lay(?:s|ing)? off|shed(?:s|ding)?",
    ),
    (
        r"b(?:uy|uys|ought|uying)|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)",
        r"s(?:ell|ells|old|elling)|divest(?:s|ed|ing)?",
    ),
    (r"import(?:s|ed|ing)?", r"export(?:s|ed|ing)?"),
    (r"w(?:in|ins|on|inning)", r"los(?:e|es|t|ing)"),
    (r"approv(?:e|es|ed|ing)", r"reject(?:s|ed|ing)?|block(?:s|ed|ing)?"),
    (r"support(?:s|ed|ing)?|favou?r(?:s|ed|ing)?", r"oppos(?:e|es|ed|ing)"),
    (r"convict(?:s|ed|ing)?", r"acquit(?:s|ted|ting)?"),
)
_ZH = (
    (r"开设|新开|开业|开办|新建", r"关闭|关停|停业|撤销|撤并"),
    (r"招聘|招收|新增岗位", r"裁减|裁员|裁撤"),
    (r"买入|购入|买进|收购|增持", r"卖出|出售|抛售|减持"),
    (r"进口", r"出口"),
    (r"获胜|取胜|赢", r"告负|落败|输"),
    (r"批准|通过", r"否决|驳回"),
    (r"支持|赞成", r"反对"),
)


def _compile(pairs: tuple[tuple[str, str], ...], latin: bool) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    wrap = (lambda p: rf"\b(?:{p})\b") if latin else (lambda p: f"(?:{p})")
    return tuple((compiled(wrap(a), re.IGNORECASE), compiled(wrap(b), re.IGNORECASE)) for a, b in pairs)


EN_PAIRS = _compile(_EN, True)
ZH_PAIRS = _compile(_ZH, False)
