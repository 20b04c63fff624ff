"""The one writer of a run. It lives in the parent process (workers never open the database) and writes whole
documents in batched transactions.

A document is identified by its source and the SHA-256 of its raw content (the file's bytes, the archive
member's, the JSONL line's). `StoreWriter.skip(item)` tells, before any worker sees the item, whether that
document is already stored with the same content hash, factx version and analysis options (language,
currency, reference date, types); such an item is not analysed again. Everything else is analysed and its rows
replace what the store held for its source (a document of the same source that changed).

Atomicity: each batch (`BATCH_DOCUMENTS` documents, `BATCH_FACTS` facts or `BATCH_SECONDS`, whichever comes
first) is one `BEGIN IMMEDIATE … COMMIT` holding the `documents` rows together with their facts and their
full-text entries, so a run killed at any moment (kill -9 included) leaves whole documents or none: the
next run finds them stored, or not, and ends with the rows of a clean run.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

import sqlite_utils

from .. import __version__
from ..inputs import BytesItem, Failed, FileItem, Item, LineItem, SourceError, SourceOptions, load
from .rows import FACT_VALUE_COLUMNS, document_row, fact_values, fts_text
from .schema import DOCUMENT_COLUMNS, FACT_COLUMNS

# Small batches: while the parent writes, the workers run only on the work already sent to them (a few
# documents each), so a long write would leave them idle; a commit in WAL mode without fsync is cheap.
BATCH_DOCUMENTS = 64
BATCH_FACTS = 4_000
BATCH_SECONDS = 1.0
_PARAMS = 500  # bound parameters per IN (…) list, well under SQLite's limit
_START = FACT_VALUE_COLUMNS.index("sentence_start")
_SENTENCE = FACT_VALUE_COLUMNS.index("sentence")


def options_key(
    lang: str,
    currency: str | None,
    ref_date: date | None,
    types: Iterable[str] | None,
    encoding: str | None = None,
    text_fields: Iterable[str] = (),
) -> str:
    """The options that change a document's facts from the same raw content (the analysis options, a forced
    encoding, the JSONL text fields), as stored in `documents.options`."""
    return json.dumps(
        {"lang": lang, "currency": currency, "ref_date": ref_date.isoformat() if ref_date else None,
         "types": sorted(types) if types else None, "encoding": encoding, "text_fields": list(text_fields)},
        sort_keys=True, separators=(",", ":"),
    )  # fmt: skip


def item_hash(item: Item, max_size: int) -> str | None:
    """SHA-256 of the item's raw content; None when it has none to hash (a failed item, an unreadable or
    oversized file: the worker reports those)."""
    if isinstance(item, BytesItem | LineItem):
        return hashlib.sha256(item.data).hexdigest()
    if isinstance(item, FileItem):
        h = hashlib.sha256()
        try:
            with open(item.path, "rb") as f:
                if os.fstat(f.fileno()).st_size > max_size:
                    return None
                while chunk := f.read(1 << 20):
                    h.update(chunk)
        except OSError:
            return None
        return h.hexdigest()
    return None


def fts_entries(facts: Iterable[tuple[int, int | None, str]]) -> list[tuple[int, str]]:
    """(fact id, indexed text) for the first fact of each sentence of one document: a sentence is indexed
    once however many figures it holds. `facts` are (id, sentence_start, sentence) in id order."""
    seen: set[tuple[int | None, str]] = set()
    out = []
    for fid, start, sentence in facts:
        if not sentence or (start, sentence) in seen:
            continue
        seen.add((start, sentence))
        out.append((fid, fts_text(sentence)))
    return out


class StoreWriter:
    def __init__(self, db: sqlite_utils.Database, options: str, rebuild: bool = False) -> None:
        self.db = db
        self.conn = db.conn
        self.options = options
        self.rebuild = rebuild
        # A larger page cache for the writer: index inserts land all over the B-trees of a large store.
        self.conn.execute("PRAGMA cache_size = -65536")
        self.stored: set[tuple[str, str]] = set()
        self.hashes: set[str] = set()
        if not rebuild:
            rows = self.conn.execute(
                "SELECT source, content_hash FROM documents WHERE status != 'failed' AND content_hash IS NOT NULL "
                "AND factx_version = ? AND options = ?",
                (__version__, options),
            )
            for source, content_hash in rows:
                self.stored.add((source, content_hash))
                self.hashes.add(content_hash)
        self._batch: dict[str, tuple[dict[str, Any], list[tuple[Any, ...]]]] = {}
        self._batch_facts = 0
        self._batch_started = time.monotonic()
        self.written = 0  # documents written by this run
        self.facts_written = 0
        self.unchanged = 0  # documents skipped: already stored as they are

    # --- resume -----------------------------------------------------------------------------------------

    def is_stored(self, source: str, content_hash: str | None) -> bool:
        return content_hash is not None and (source, content_hash) in self.stored

    def pending(self, items: Iterable[Item], sources: SourceOptions) -> Iterator[tuple[Item, str | None]]:
        """The items still to analyse, each with its content hash; the others are counted in `unchanged`."""
        for item in items:
            content_hash, unchanged = resume_check(item, sources, self.stored, self.hashes)
            if unchanged:
                self.unchanged += 1
                continue
            yield item, content_hash

    # --- writing ----------------------------------------------------------------------------------------

    def add(self, doc: dict[str, Any], status: str, chars: int, content_hash: str | None) -> None:
        """Queue one document (its contract dict) for the next batch; commits when the batch is full."""
        row = document_row(
            doc, status=status, content_hash=content_hash, chars=chars, factx_version=__version__,
            options=self.options, analysed_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )  # fmt: skip
        facts = [fact_values(f) for f in doc.get("facts") or ()]
        previous = self._batch.pop(row["source"], None)  # the same source twice in one batch: the last wins
        if previous is not None:
            self._batch_facts -= len(previous[1])
        self._batch[row["source"]] = (row, facts)
        self._batch_facts += len(facts)
        if (
            len(self._batch) >= BATCH_DOCUMENTS
            or self._batch_facts >= BATCH_FACTS
            or time.monotonic() - self._batch_started >= BATCH_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        """Write the queued documents in one transaction."""
        if not self._batch:
            self._batch_started = time.monotonic()
            return
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            ids = self._replace(list(self._batch))
            next_doc = (conn.execute("SELECT max(id) FROM documents").fetchone()[0] or 0) + 1
            next_fact = (conn.execute("SELECT max(id) FROM facts").fetchone()[0] or 0) + 1
            doc_rows: list[tuple[Any, ...]] = []
            fact_rows: list[tuple[Any, ...]] = []
            fts_rows: list[tuple[int, str]] = []
            for source, (row, facts) in self._batch.items():
                doc_id = ids.get(source)
                if doc_id is None:
                    doc_id, next_doc = next_doc, next_doc + 1
                row["id"] = doc_id
                doc_rows.append(tuple(row.get(c) for c in DOCUMENT_COLUMNS))
                first = next_fact
                fact_rows.extend((fid, doc_id, *f) for fid, f in enumerate(facts, first))
                next_fact += len(facts)
                fts_rows.extend(fts_entries((fid, f[_START], f[_SENTENCE]) for fid, f in enumerate(facts, first)))
            conn.executemany(_insert("documents", DOCUMENT_COLUMNS), doc_rows)
            conn.executemany(_insert("facts", FACT_COLUMNS), fact_rows)
            conn.executemany("INSERT INTO sentences_fts(rowid, sentence) VALUES (?, ?)", fts_rows)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        for row, _facts in self._batch.values():
            if row["status"] != "failed" and row["content_hash"]:
                self.stored.add((row["source"], row["content_hash"]))
                self.hashes.add(row["content_hash"])
        self.written += len(self._batch)
        self.facts_written += self._batch_facts
        self._batch.clear()
        self._batch_facts = 0
        self._batch_started = time.monotonic()

    def _replace(self, sources: list[str]) -> dict[str, int]:
        """Delete what the store holds for these sources (inside the open transaction); their ids, kept for
        the new rows so a document's id does not change when it is analysed again."""
        ids: dict[str, int] = {}
        for k in range(0, len(sources), _PARAMS):
            part = sources[k : k + _PARAMS]
            marks = ",".join("?" * len(part))
            ids.update(self.conn.execute(f"SELECT source, id FROM documents WHERE source IN ({marks})", part))
        if not ids:
            return ids
        doc_ids = list(ids.values())
        for k in range(0, len(doc_ids), _PARAMS):
            part = doc_ids[k : k + _PARAMS]
            marks = ",".join("?" * len(part))
            by_doc: dict[int, list[tuple[int, int | None, str]]] = {}
            for fid, did, start, sentence in self.conn.execute(
                f"SELECT id, document_id, sentence_start, sentence FROM facts WHERE document_id IN ({marks}) "
                "ORDER BY id",
                part,
            ):
                by_doc.setdefault(did, []).append((fid, start, sentence))
            old = [e for facts in by_doc.values() for e in fts_entries(facts)]
            # A contentless index forgets an entry only when told its exact indexed text.
            self.conn.executemany(
                "INSERT INTO sentences_fts(sentences_fts, rowid, sentence) VALUES ('delete', ?, ?)", old
            )
            self.conn.execute(f"DELETE FROM facts WHERE document_id IN ({marks})", part)
            self.conn.execute(f"DELETE FROM documents WHERE id IN ({marks})", part)
        return ids

    def close(self, commit: bool = True) -> None:
        """Write what is queued (or drop it), then refresh the planner's statistics."""
        if not commit:
            self._batch.clear()
            self._batch_facts = 0
            return
        self.flush()
        if self.written:
            # Without statistics SQLite picks the (currency, value_num) index for `currency = 'CNY' AND
            # value = …`, scanning most money facts; a sampled ANALYZE (tens of ms) makes it use (type, value).
            self.conn.execute("PRAGMA analysis_limit = 1000")
            self.conn.execute("ANALYZE")


def _insert(table: str, columns: dict[str, Any]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"


def resume_check(
    item: Item, sources: SourceOptions, stored: Collection[tuple[str, str]], hashes: Collection[str]
) -> tuple[str | None, bool]:
    """(content hash, already stored): the one resume rule, used by the local writer and by cluster workers
    alike. `hashes` holds the content hashes of `stored`: the source is worked out (a JSONL line parsed) only
    for content the store already holds."""
    content_hash = item_hash(item, sources.limits.max_size)
    if content_hash is None or content_hash not in hashes:
        return content_hash, False
    return content_hash, (_source_of(item, sources), content_hash) in stored


def _source_of(item: Item, sources: SourceOptions) -> str:
    """The source a document will be stored under: a JSONL line's id is only known once the line is parsed,
    which is done here only for an item whose content hash is already stored (a resumed run)."""
    if isinstance(item, LineItem) and sources.id_field:
        try:
            return load(item, sources).source
        except SourceError as e:
            return e.source or item.source
    if isinstance(item, Failed):
        return item.source
    return item.source


class Pending:
    """The content hashes of the items handed to the batch, in order: the batch answers every item with
    exactly one outcome, in the same order, so the consumer takes them back one by one."""

    def __init__(self, writer: StoreWriter, sources: SourceOptions) -> None:
        self.writer = writer
        self.sources = sources
        self.hashes: deque[str | None] = deque()

    def items(self, items: Iterable[Item]) -> Iterator[Item]:
        for item, content_hash in self.writer.pending(items, self.sources):
            self.hashes.append(content_hash)
            yield item

    def next_hash(self) -> str | None:
        return self.hashes.popleft() if self.hashes else None
