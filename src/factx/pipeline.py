"""extract(text) → facts: normalize → recognize per language and type → resolve → select → context.

No I/O here; the CLI and batch layers read documents and render what this returns. Everything that depends on
the language comes from its entry in `languages`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from . import facets as facet_reader
from . import languages, refdate, spacing
from .document import Doc, TextIndex
from .model import FACT_TYPES, Fact
from .normalize import normalize
from .patterns import compiled, non_overlapping

_LINE_BREAK = compiled("[\n\r\v\f\x85\u2028\u2029]")
_START = attrgetter("start")
# On a tie in span length the more specific reading wins.
_TYPE_RANK = {"date": 6, "money": 5, "percent": 4, "duration": 3, "count": 2, "quantity": 1, "ordinal": 0}


@dataclass
class Analysis:
    """Facts of one document with the reference date that resolved them and the language used."""

    facts: list[Fact]
    lang: str
    ref_date: date | None
    ref_date_source: str | None
    text: str = field(repr=False, default="")
    # The currency a bare 元 meant where no declaration said otherwise.
    local_currency: str = ""


def analyze(
    text: str,
    ref_date: date | str | None = None,
    lang: str | None = None,
    types: Iterable[str] | None = None,
    subjects: bool = True,
    currency: str | None = None,
    facets: bool = False,
    default_currency: str | None = None,
) -> Analysis:
    """Facts of `text` with the reference date and language used.

    `facets` also reads what each figure is about in words that contrast (死亡/受伤, fine/restitution), as
    `check` needs; extraction alone does without it.

    `currency` sets the currency of a bare 元/块 (default: CNY for Simplified text; TWD or HKD for
    Traditional text, whichever place the document names more; USD for English), overriding declarations
    such as （港币，下同）; `default_currency` only replaces the guess (a rewrite read with its source's currency).
    `ref_date` may be an ISO date string ("2024-11-15"); a malformed one raises ValueError.
    """
    if isinstance(ref_date, str):
        ref_date = date.fromisoformat(ref_date)
    with _collection_paused():
        language = languages.resolve(lang, text)
        # Chinese spaced out around its digits (2018 年 1 月) is read without those spaces, then mapped back.
        spaced = spacing.compact(text) if language.code.startswith("zh") else None
        read = spaced[0] if spaced else text
        norm = normalize(read)
        ref = refdate.resolve(read, norm, ref_date, language.find_dateline)
        doc = Doc(text=read, norm=norm, lang=language.code, ref=ref.date,
                  local_currency=currency or default_currency or language.local_currency(norm),
                  ref_month_day=None if ref.date else language.month_day_dateline(norm),
                  roc_years=language.roc_years,
                  currency_declarations=[] if currency else language.currency_declarations(norm))  # fmt: skip
        candidates: list[Fact] = []
        for recognize in language.recognizers:
            candidates.extend(recognize(doc))
        facts = select(candidates)
        locate(doc.index, facts)
        if subjects and (types is None or {"count", "money"} & set(types)):
            # Context sees every fact, so a money subject borrowed from a count (项目13个，总投资…) does not
            # depend on which types the caller asked for.
            language.attach_context(doc, facts)
        if facets and language.facets is not None:  # check asks for them; extraction alone does without
            facet_reader.attach(doc, facts, language.facets)
        if spaced:
            spacing.map_back(facts, text, spaced[1])
            locate(TextIndex(text), facts)
        if types is not None:
            wanted = set(types)
            facts = [f for f in facts if f.type in wanted]
        return Analysis(facts, language.code, ref.date, ref.source, text, doc.local_currency)


@contextmanager
def _collection_paused() -> Iterator[None]:
    """The garbage collector off while one document is analysed. Everything the engine allocates stays
    alive until the document is done (candidates, facts, their values) and forms no cycles, so collections
    during the analysis only walk a growing heap in vain: on a page with 300,000 figures they were a third
    of the time and made it grow faster than the page. Garbage left for later is bounded by one document."""
    if not gc.isenabled():  # the caller manages it (or another thread is inside an analysis)
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def extract(
    text: str,
    ref_date: date | str | None = None,
    lang: str | None = None,
    types: Iterable[str] | None = None,
    currency: str | None = None,
) -> list[Fact]:
    """Every figure in `text`, in document order. `ref_date` anchors 今年 / 去年 / 昨日."""
    return analyze(text, ref_date=ref_date, lang=lang, types=types, currency=currency).facts


def locate(index: TextIndex, facts: list[Fact]) -> None:
    """Line, column and sentence (a bounded excerpt of it, and its offsets) of every fact, in the text `index`
    was built on."""
    for f in facts:
        f.line, f.column = index.line_col(f.start)
        f.sentence, f.sentence_start, f.sentence_end = index.excerpt(f.start, f.end)


def select(candidates: list[Fact]) -> list[Fact]:
    """Keep the best non-overlapping candidates: longer spans first, then type rank. A candidate that runs across
    a line break is none (a currency word at a line's end does not take the next line's number).

    A rule's `priority` counts as half a character of span, so a reading known to be stronger wins over
    one of the same text (a date over a duration; 刑事拘留15日 as days over a day of the month) and, with
    a priority of 2 or more, over one a character longer.
    """
    candidates = [f for f in candidates if not _LINE_BREAK.search(f.text)]  # no figure crosses a line break
    in_order = sorted(candidates, key=_START)
    if _disjoint(in_order):
        return in_order  # nothing to choose between, as in most documents: the ranking would keep them all
    ranked = sorted(candidates, key=lambda f: (-(f.end - f.start) - f.priority * 0.5, -_TYPE_RANK[f.type], f.start))
    return non_overlapping(ranked)


def _disjoint(facts: list[Fact]) -> bool:
    """Whether facts in document order overlap nowhere (an empty span taken as its one position, as
    `non_overlapping` takes it)."""
    end = 0
    for f in facts:
        if f.start < end:
            return False
        end = f.end if f.end > f.start else f.start + 1
    return True


__all__ = ["FACT_TYPES", "Analysis", "analyze", "extract", "select"]
