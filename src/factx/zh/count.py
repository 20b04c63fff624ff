"""Counts: 49名, 86台次, 31人次, 16个, 3家, 2次, 11项 — a number and a classifier.

The category comes from the classifier (名 → people, 台次 → procedures, 家 → organizations); generic
classifiers (个, 项, 座 …) are refined later from the subject noun (`context.py`).
"""

from __future__ import annotations

from ..model import Fact
from . import tables as zh
from .measure import Measure


def build(m: Measure) -> Fact | None:
    if m.chinese and m.num_text == zh.ARTICLE_NUMERAL and m.high is None:
        return None  # 一个 / 一家 / 一位: the indefinite article
    if m.unit in zh.NAME_UNITS and m.start > 0 and m.doc.norm[m.start - 1] in zh.NAME_PREFIX_CHARS:
        return None  # 粤15条 / 国十条: the name of a policy
    if m.unit in ("款", "届", "级", "版") and not m.chinese and 1900 <= m.low <= 2100:
        return None  # 2018款 / 2019届: a model year or a class, not a count
    if m.low != m.low.to_integral_value() and m.match.group("mult") is None and "万" not in m.num_text:
        return None  # 2.5个 is not a count of things
    fact = m.fact("count", m.low, max=m.high, category=m.info.data, rule="count.classifier")
    fact.unit = m.unit  # the folded form (个, 亩), the same word whatever the script
    return fact
