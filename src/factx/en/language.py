"""The registry entry for English."""

from __future__ import annotations

from datetime import date

from ..facets import FacetTable
from ..languages import Language
from . import count, duration, money, ordinal, percent, quantity
from . import date as date_dim
from .dateline import find_dateline
from .tables import FACET_NEAR_ONLY, FACET_WORDS, PART_CUES


def _dateline(text: str, _norm: str) -> tuple[date, str] | None:
    return find_dateline(text)


ENGLISH = Language(
    code="en",
    recognizers=(
        date_dim.recognize,
        money.recognize,
        percent.recognize,
        duration.recognize,
        count.recognize,
        quantity.recognize,
        ordinal.recognize,
    ),
    find_dateline=_dateline,
    # English money rules set their subjects and roles as they read; nothing is left for a later pass.
    attach_context=lambda _doc, _facts: None,
    local_currency=lambda _norm: "USD",
    facets=FacetTable.build(FACET_WORDS, FACET_NEAR_ONLY),
    part_cues=PART_CUES,
)
