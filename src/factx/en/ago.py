"""English dates counted back from the reference date: "two years ago", "a month ago", "three weeks ago".

News readers (and the annotators of the evaluation sets) take "two years ago" as a year, "a month ago" and "a
year ago" as a month, and weeks or days ago as a day; "12 months ago" they keep as a length of time, as they do
a rounded one ("about 10 years ago", "more than a decade ago"), which the duration recognizer reads. Without a
reference date nothing is read here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from .. import dates
from ..document import Doc
from ..model import DateValue, Fact, PartialDate
from ..patterns import Rare, compiled, words_re
from . import context
from . import tables as en

_WORDS = {**en.UNIT_WORDS, **en.TEEN_WORDS, **en.TENS_WORDS, "a": 1, "an": 1}
_AGO = Rare(
    rf"(?<![A-Za-z\-])(?P<n>(?i:{words_re(_WORDS)})|[0-9]{{1,3}})\s+(?P<u>(?i:years?|months?|weeks?|days?))\s+ago"
    r"(?![A-Za-z])",
    compiled(r"ago(?![A-Za-z])"),
)
_APPROX = frozenset(en.AGO_APPROX_BEFORE)


def recognize(doc: Doc) -> Iterator[Fact]:
    ref = doc.ref
    if ref is None:
        return
    norm = doc.norm
    for m in _AGO.finditer(norm):
        if context.word_before(doc, m.start()) in _APPROX:
            continue  # "about 10 years ago": a rounded length of time
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else _WORDS[word]
        unit = m.group("u").lower().rstrip("s")
        if n == 0 or (unit == "month" and n > 1):
            continue  # "unchanged from 12 months ago": a span back to a point, which readers keep as a length
        if unit == "year" and n > 1:
            value = DateValue(PartialDate(ref.year - n, None, None), None, "year")
        elif unit in ("year", "month"):
            year, month = dates.shift_months(ref, -n * (12 if unit == "year" else 1))
            value = DateValue(PartialDate(year, month, None), None, "month")
        else:
            d = ref - timedelta(days=n * (7 if unit == "week" else 1))
            value = DateValue(PartialDate(d.year, d.month, d.day), None, "day")
        yield Fact(type="date", text=doc.text[m.start() : m.end()], start=m.start(), end=m.end(), value=value,
                   rule="date.en.ago", priority=2)  # fmt: skip


__all__ = ["recognize"]
