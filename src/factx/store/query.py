"""Reading the store: `find`'s filters as one SQL query, and every stored document back as a `DocResult`
for `factx stats --db`.

A figure given to `--value`, `--min` or `--max` is read as a reporter writes it, by factx's own extractor
(`4725万元` → money, 47250000, CNY), and compared by normalized value: `--value` matches the exact value text
(so 47,250,000元 and 0.4725亿元 are found too), `--min`/`--max` the numeric column. The figure's type and
currency narrow the search unless `--type`/`--currency` say otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from ..model import DocResult, format_decimal, render_value
from .rows import NUMERIC_TYPES, doc_result, fact_object, fts_query

if TYPE_CHECKING:
    import sqlite_utils


class FigureError(ValueError):
    """A `--value`/`--min`/`--max` text in which no figure can be read."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure read from the command line: its type (None for a bare number), value text and currency."""

    type: str | None
    value: str
    currency: str | None = None


def read_figure(text: str, lang: str = "auto", currency: str | None = None) -> Figure:
    """`4725万元` → Figure('money', '47250000', 'CNY'); `49名` → count 49; `2019年7月2日` → date 2019-07-02;
    `5000` or `1,234.5` → a bare number of any type. FigureError when nothing is read."""
    from ..pipeline import analyze

    cleaned = text.strip()
    facts = analyze(cleaned, lang=None if lang == "auto" else lang, currency=currency).facts if cleaned else []
    if facts:
        # The figure covering most of what was typed: '约4725万元' is one money fact, not a count inside it.
        best = max(facts, key=lambda f: (f.end - f.start, -f.start))
        return Figure(best.type, render_value(best.value), best.currency)
    try:
        number = Decimal(cleaned.replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise FigureError(f"no figure in {text!r} (try 4725万元, 3.5%, 49名, $2 million or a plain number)") from None
    if not number.is_finite():
        raise FigureError(f"no figure in {text!r}")
    return Figure(None, format_decimal(number))


@dataclass
class FindQuery:
    """The filters of `factx find`; every one given narrows the result (AND)."""

    types: tuple[str, ...] | None = None
    value: Figure | None = None
    minimum: Figure | None = None
    maximum: Figure | None = None
    currency: str | None = None
    role: str | None = None
    category: str | None = None
    subject: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    source: str | None = None
    lang: str | None = None
    limit: int | None = None
    where: list[str] = field(default_factory=list, init=False)
    params: list[Any] = field(default_factory=list, init=False)

    def _add(self, clause: str, *params: Any) -> None:
        self.where.append(clause)
        self.params.extend(params)

    def sql(self) -> tuple[str, list[Any]]:
        self.where, self.params = [], []
        types = self.types
        figures = [f for f in (self.value, self.minimum, self.maximum) if f is not None]
        if types is None:
            typed = {f.type for f in figures if f.type}
            if typed:
                types = tuple(sorted(typed))
            elif figures:
                types = NUMERIC_TYPES  # a bare number is never a date or a duration
        if types:
            self._add(f"f.type IN ({','.join('?' * len(types))})", *types)
        currency = self.currency or next((f.currency for f in figures if f.currency), None)
        if currency:
            self._add("f.currency = ?", currency)
        if self.value is not None:
            self._add("f.value = ?", self.value.value)
        if self.minimum is not None:
            self._add("f.value_num >= ?", _float(self.minimum))
        if self.maximum is not None:
            self._add("f.value_num <= ?", _float(self.maximum))
        if self.role:
            self._add("f.role = ?", self.role)
        if self.category:
            self._add("f.category = ?", self.category)
        if self.subject:
            self._add("instr(f.subject, ?) > 0", self.subject)
        if self.date_from or self.date_to:
            lo = (self.date_from or date.min).isoformat()
            hi = (self.date_to or date.max).isoformat()
            # A date figure by the days it covers; any other figure by its article's reference date.
            self._add(
                "((f.type = 'date' AND f.day_last >= ? AND f.day_first <= ?) "
                "OR (f.type != 'date' AND d.ref_date BETWEEN ? AND ?))",
                lo, hi, lo, hi,
            )  # fmt: skip
        if self.text:
            # The index holds each sentence once, under its first fact: back to every fact of that sentence.
            self._add(
                "f.id IN (SELECT h.id FROM sentences_fts s JOIN facts g ON g.id = s.rowid "
                "JOIN facts h ON h.document_id = g.document_id AND h.sentence_start = g.sentence_start "
                "WHERE sentences_fts MATCH ?)",
                fts_query(self.text),
            )
        if self.source:
            self._add("d.source GLOB ?", self.source)
        if self.lang:
            self._add("d.lang = ?", self.lang)
        where = " AND ".join(self.where) or "1"
        sql = (
            "SELECT d.source AS source, d.ref_date AS ref_date, f.* "
            "FROM facts f JOIN documents d ON d.id = f.document_id "
            f"WHERE {where} ORDER BY d.ref_date, d.source, f.start"
        )
        if self.limit is not None:
            sql += f" LIMIT {int(self.limit)}"
        return sql, self.params


def _float(f: Figure) -> float:
    try:
        return float(Decimal(f.value))
    except InvalidOperation:
        raise FigureError(f"{f.value} is not a number; use --from/--to for dates") from None


def find(db: sqlite_utils.Database, query: FindQuery) -> Iterator[dict[str, Any]]:
    sql, params = query.sql()
    yield from db.query(sql, params)


def stored_results(db: sqlite_utils.Database) -> Iterator[DocResult]:
    """Every stored document in store order (the order of the runs that wrote them), with its facts."""
    facts = db.query("SELECT * FROM facts ORDER BY document_id, id")
    pending = next(facts, None)
    for doc in db.query("SELECT * FROM documents ORDER BY id"):
        mine = []
        while pending is not None and pending["document_id"] == doc["id"]:
            mine.append(fact_object(pending))
            pending = next(facts, None)
        yield doc_result(doc, mine)
