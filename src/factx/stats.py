"""Aggregates over many documents: facts per type and category, money totals per currency and role, the most
frequent subjects, dates per year and month, and the documents with the most figures.

`Stats.add(result)` takes one `DocResult` at a time, so it works on a stream of any length; what it keeps
grows with the number of distinct subjects, months and currency/role pairs, never with the number of
documents. Money totals add each amount's `value` (the low end of a range, approximations as written) in
exact decimals, per currency: amounts in different currencies are never added together. Within one article an
amount is added once (a headline and its body restate the same figure), and a part of a total stated before
it in the same sentence (总投资4725万元，其中…3200万元; "$5 million, of which $2 million") is not added again:
`MONEY_RULE` says so wherever totals are shown.
"""

from __future__ import annotations

import heapq
from collections import Counter
from decimal import Decimal
from typing import Any

from . import languages
from .model import FACT_TYPES, DateValue, DocResult, Fact, json_number

MONEY_RULE = (
    "totals add each amount once per article: a figure restated in the same article, or a part of a total "
    "stated before it in the same sentence (其中 / of which), is not added again"
)


class Stats:
    def __init__(self, top: int = 10) -> None:
        self.top = top
        self.documents = 0
        self.unreadable = 0
        self.facts = 0
        self.by_type: Counter[str] = Counter()
        self.categories: Counter[str] = Counter()
        self.money: dict[tuple[str, str], list[Any]] = {}  # (currency, role) → [total, facts]
        self.money_restated = 0  # amounts not added: the same figure again in one article
        self.money_parts = 0  # amounts not added: a part of a total stated before it
        self.subjects: Counter[tuple[str, str]] = Counter()  # (subject, type)
        self.years: Counter[str] = Counter()
        self.months: Counter[str] = Counter()
        self.unknown_year = 0
        self._top_docs: list[tuple[int, int, str]] = []  # min-heap of (facts, -order, source)

    def add(self, r: DocResult) -> None:
        self.documents += 1
        if r.error:
            self.unreadable += 1
            return
        n = len(r.facts)
        self.facts += n
        entry = (n, -self.documents, r.source)  # on a tie the earlier document ranks higher
        if len(self._top_docs) < self.top:
            heapq.heappush(self._top_docs, entry)
        elif entry > self._top_docs[0]:
            heapq.heapreplace(self._top_docs, entry)
        added: set[tuple[str, Decimal]] = set()
        part_cues = languages.get(r.lang).part_cues if r.lang in languages.LANGS else ()
        for k, f in enumerate(r.facts):
            self.by_type[f.type] += 1
            if f.subject:
                self.subjects[(f.subject, f.type)] += 1
            if f.type == "count":
                self.categories[f.category or "other"] += 1
            elif f.type == "money" and isinstance(f.value, Decimal):
                amount = (f.currency or "?", f.value)
                if amount in added:
                    self.money_restated += 1
                    continue
                if _part_of_total(f, r.facts[:k], part_cues):
                    self.money_parts += 1
                    continue
                added.add(amount)
                key = (f.currency or "?", f.role or "other")
                slot = self.money.setdefault(key, [Decimal(0), 0])
                slot[0] += f.value
                slot[1] += 1
            elif f.type == "date" and isinstance(f.value, DateValue):
                start = f.value.start
                if start.year is None:
                    self.unknown_year += 1
                    continue
                self.years[f"{start.year:04d}"] += 1
                if start.month is not None and f.value.grain not in ("year",):
                    self.months[f"{start.year:04d}-{start.month:02d}"] += 1

    # --- views ---

    def top_documents(self) -> list[tuple[str, int]]:
        return [(src, n) for n, _order, src in sorted(self._top_docs, reverse=True)]

    def top_subjects(self) -> list[tuple[str, int, dict[str, int]]]:
        totals: Counter[str] = Counter()
        types: dict[str, Counter[str]] = {}
        for (subject, typ), n in self.subjects.items():
            totals[subject] += n
            types.setdefault(subject, Counter())[typ] += n
        ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[: self.top]
        return [(s, n, dict(types[s].most_common())) for s, n in ranked]

    def money_rows(self) -> list[tuple[str, str, Decimal, int]]:
        rows = [(cur, role, total, n) for (cur, role), (total, n) in self.money.items()]
        return sorted(rows, key=lambda r: (r[0], -r[2], r[1]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "unreadable": self.unreadable,
            "facts": self.facts,
            "by_type": {t: self.by_type[t] for t in FACT_TYPES if self.by_type[t]},
            "count_categories": dict(self.categories.most_common()),
            "money": [
                {"currency": c, "role": r, "total": json_number(t), "facts": n} for c, r, t, n in self.money_rows()
            ],
            "money_rule": MONEY_RULE,
            "money_not_added": {"restated": self.money_restated, "parts_of_totals": self.money_parts},
            "subjects": [{"subject": s, "facts": n, "types": t} for s, n, t in self.top_subjects()],
            "dates": {
                "years": dict(sorted(self.years.items())),
                "months": dict(sorted(self.months.items())),
                "unknown_year": self.unknown_year,
            },
            "top_documents": [{"source": s, "facts": n} for s, n in self.top_documents()],
        }


def _part_of_total(f: Fact, before: list[Fact], cues: tuple[str, ...]) -> bool:
    """`f` follows a larger amount of its sentence with a "part of" word between them (总投资4725万元，其中…)."""
    if not cues or len(f.sentence) < f.sentence_end - f.sentence_start:
        return False  # a bounded excerpt of a long sentence: offsets into it are not known
    for g in reversed(before):
        if g.sentence_start != f.sentence_start:
            break
        if g.type == "money" and g.currency == f.currency and isinstance(g.value, Decimal) and g.value > f.value:
            between = f.sentence[g.end - f.sentence_start : f.start - f.sentence_start].lower()
            if any(c in between for c in cues):
                return True
    return False
