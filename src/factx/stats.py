"""Aggregates over many documents: facts per type and category, money totals per currency and role, the most
frequent subjects, dates per year and month, and the documents with the most figures.

`Stats.add(result)` takes one `DocResult` at a time, so it works on a stream of any length; what it keeps
grows with the number of distinct subjects, months and currency/role pairs, never with the number of
documents. Money totals add each amount's `value` (the low end of a range, approximations as written) in
exact decimals, per currency: amounts in different currencies are never added together.
"""

from __future__ import annotations

import heapq
from collections import Counter
from decimal import Decimal
from typing import Any

from .model import FACT_TYPES, DateValue, DocResult, json_number
from .render import grouped


class Stats:
    def __init__(self, top: int = 10) -> None:
        self.top = top
        self.documents = 0
        self.unreadable = 0
        self.facts = 0
        self.by_type: Counter[str] = Counter()
        self.categories: Counter[str] = Counter()
        self.money: dict[tuple[str, str], list[Any]] = {}  # (currency, role) → [total, facts]
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
        for f in r.facts:
            self.by_type[f.type] += 1
            if f.subject:
                self.subjects[(f.subject, f.type)] += 1
            if f.type == "count":
                self.categories[f.category or "other"] += 1
            elif f.type == "money" and isinstance(f.value, Decimal):
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
            "subjects": [{"subject": s, "facts": n, "types": t} for s, n, t in self.top_subjects()],
            "dates": {
                "years": dict(sorted(self.years.items())),
                "months": dict(sorted(self.months.items())),
                "unknown_year": self.unknown_year,
            },
            "top_documents": [{"source": s, "facts": n} for s, n in self.top_documents()],
        }


# --- terminal ---------------------------------------------------------------------------------------

_BLOCKS = " ▏▎▍▌▋▊▉█"


def bar(n: int, most: int, width: int = 30) -> str:
    """A horizontal bar of `width` cells for n out of `most`, in eighths of a cell."""
    if most <= 0 or n <= 0:
        return ""
    eighths = max(1, round(n / most * width * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + (_BLOCKS[part] if part else "")


def write_stats_table(console: Any, s: Stats, months: int = 24, years: int = 20) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    def table(title: str, *cols: str) -> Table:
        t = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD, pad_edge=False)
        for i, c in enumerate(cols):
            t.add_column(c, justify="right" if i and c not in ("", "role", "subject", "types") else "left")
        return t

    console.print(f"[bold]{s.documents}[/] documents ({s.unreadable} unreadable) · [bold]{s.facts}[/] facts")
    if s.by_type:
        t = table("Facts by type", "type", "facts", "")
        most = max(s.by_type.values())
        for typ in FACT_TYPES:
            if s.by_type[typ]:
                t.add_row(typ, str(s.by_type[typ]), f"[cyan]{bar(s.by_type[typ], most)}[/]")
        console.print(t)
    if s.categories:
        t = table("Counts by category", "category", "facts", "")
        most = max(s.categories.values())
        for cat, n in s.categories.most_common():
            t.add_row(cat, str(n), f"[magenta]{bar(n, most)}[/]")
        console.print(t)
    if s.money:
        t = table("Money totals", "currency", "role", "total", "facts")
        for cur, role, total, n in s.money_rows():
            t.add_row(cur, role, grouped(total), str(n))
        console.print(t)
    subjects = s.top_subjects()
    if subjects:
        t = table(f"Most frequent subjects (top {s.top})", "subject", "facts", "types")
        for subj, n, types in subjects:
            t.add_row(Text(subj), str(n), " ".join(f"{k} {v}" for k, v in types.items()))  # text, not markup
        console.print(t)
    # Historical and future mentions (1840年, 2050年) would make the charts endless: the busiest periods in
    # calendar order, the rest summed in one row.
    for title, counts, limit, extra in (
        ("Dates per year", s.years, years, s.unknown_year),
        ("Dates per month", s.months, months, 0),
    ):
        if not counts:
            continue
        busiest = sorted(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit])
        rest = sum(counts.values()) - sum(n for _, n in busiest)
        label = title.split()[-1]
        t = table(title + (f" (busiest {limit})" if rest else ""), label, "dates", "")
        most = max(n for _, n in busiest)
        for period, n in busiest:
            t.add_row(period, str(n), f"[green]{bar(n, most)}[/]")
        if rest:
            t.add_row(f"other {label}s", str(rest), "")
        if extra:
            t.add_row("year unknown", str(extra), "")
        console.print(t)
    docs = s.top_documents()
    if docs:
        t = table("Documents with the most figures", "source", "facts")
        for src, n in docs:
            t.add_row(Text(src), str(n))  # a file may be named "[red]a.txt": text, not markup
        console.print(t)
