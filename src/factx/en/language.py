"""The registry entry for English."""

from __future__ import annotations

from datetime import date

from ..document import Doc
from ..facets import FacetTable
from ..languages import Language
from ..model import Fact
from . import ago, count, duration, money, ordinal, percent, quantity
from . import date as date_dim
from .dateline import find_dateline
from .percent_about import percent_subject
from .tables import FACET_NEAR_ONLY, FACET_WORDS, PART_CUES


def _attach(doc: Doc, facts: list[Fact]) -> None:
    """What each rate measures (English money and counts set their subjects as they read)."""
    for f in facts:
        if f.type == "percent" and f.subject is None:
            f.subject = percent_subject(doc, f)


def _dateline(text: str, _norm: str) -> tuple[date, str] | None:
    return find_dateline(text)


ENGLISH = Language(
    code="en",
    recognizers=(
        date_dim.recognize,
        ago.recognize,
        money.recognize,
        percent.recognize,
        duration.recognize,
        count.recognize,
        quantity.recognize,
        ordinal.recognize,
    ),
    find_dateline=_dateline,
    attach_context=_attach,
    local_currency=lambda _norm: "USD",
    facets=FacetTable.build(FACET_WORDS, FACET_NEAR_ONLY),
    part_cues=PART_CUES,
)
