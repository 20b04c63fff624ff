"""The registry entries for Chinese: Simplified (`SIMPLIFIED`) and Traditional (`TRADITIONAL`).

Traditional text is folded to Simplified by the normalizer, so both share every recognizer; what differs is
data: the local currency of a bare 元 (TWD or HKD by the place the article names) and the Republic of China
years of Taiwan text (民國110年, 110年度).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Doc
from ..facets import FacetTable
from ..languages import Language
from ..model import Fact
from . import context, count, duration, measure, money, ordinal, percent, quantity, tally
from . import date as date_dim
from .dateline import dateline, month_day_dateline
from .declarations import currency_declarations
from .hant import REGION_CUES
from .tables import FACET_NEAR_ONLY, FACET_WORDS, PART_CUES

_BUILDERS: dict[str, measure.Builder] = {
    "money": money.build,
    "count": count.build,
    "quantity": quantity.build,
    "percent": percent.build,
    "duration": duration.build,
}
_FACETS = FacetTable.build(FACET_WORDS, FACET_NEAR_ONLY)
_SAMPLE = 3000  # characters read to tell where a Traditional article is from


def _measures(doc: Doc) -> Iterator[Fact]:
    return measure.scan(doc, _BUILDERS)


def _region_currency(norm: str) -> str:
    """TWD or HKD (MOP …): whichever place the article names more; Taiwan when it names none."""
    sample = norm[:_SAMPLE]
    scores = {cur: sum(sample.count(w) for w in cues) for cur, cues in REGION_CUES.items()}
    best = max(scores, key=lambda c: scores[c])
    return best if scores[best] > 0 else "TWD"


_RECOGNIZERS = (
    date_dim.recognize,
    _measures,
    money.recognize,
    percent.recognize,
    duration.recognize,
    ordinal.recognize,
    tally.recognize,
    quantity.recognize,
)

SIMPLIFIED = Language(
    code="zh",
    recognizers=_RECOGNIZERS,
    find_dateline=dateline,
    month_day_dateline=month_day_dateline,
    local_currency=lambda _norm: "CNY",
    attach_context=context.attach,
    facets=_FACETS,
    currency_declarations=currency_declarations,
    part_cues=PART_CUES,
)
TRADITIONAL = Language(
    code="zh-hant",
    recognizers=_RECOGNIZERS,
    find_dateline=dateline,
    month_day_dateline=month_day_dateline,
    local_currency=_region_currency,
    attach_context=context.attach,
    roc_years=True,
    facets=_FACETS,
    currency_declarations=currency_declarations,
    part_cues=PART_CUES,
)
