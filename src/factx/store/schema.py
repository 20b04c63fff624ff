"""The store's schema and how a store is opened or created.

Tables (see README "The archive as a database"):
- `meta(key, value)`: `schema_version` (`SCHEMA_VERSION`) and the factx version that created the store.
- `documents`: one row per input document, read or not (source, content hash, language, reference date and
  its source, encoding, characters, facts, status, error, factx version, analysis options, time).
- `facts`: one row per fact, every contract field, plus the numeric columns that make range queries
  indexable (`value_num`, `max_num`) and a date's interval as columns (`date_start`/`date_end` as written,
  `day_first`/`day_last` the calendar days it covers when its year is known).
- `sentences_fts`: a contentless FTS5 index of the sentences, each sentence of a document once; Chinese,
  Japanese and Korean characters are indexed one by one (see `rows.fts_text`) so that any run of
  characters is a phrase query, which the default tokenizer cannot do for unsegmented text.

Connections run in autocommit mode: the writer opens its own `BEGIN IMMEDIATE … COMMIT` around each batch
of whole documents, so an interrupted run (kill -9 included) leaves every document either complete or
absent. WAL lets `find` read while a run writes.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

import sqlite_utils

from .. import __version__

SCHEMA_VERSION = 1

DOCUMENT_COLUMNS: dict[str, Any] = {
    "id": int,
    "source": str,
    "content_hash": str,
    "status": str,
    "lang": str,
    "ref_date": str,
    "ref_date_source": str,
    "encoding": str,
    "chars": int,
    "n_facts": int,
    "error": str,
    "factx_version": str,
    "options": str,
    "analysed_at": str,
}

FACT_COLUMNS: dict[str, Any] = {
    "id": int,
    "document_id": int,
    "type": str,
    "text": str,
    "start": int,
    "end": int,
    "line": int,
    "column": int,
    "value": str,
    "value_num": float,
    "approx": str,
    "max": str,
    "max_num": float,
    "currency": str,
    "role": str,
    "unit": str,
    "category": str,
    "kind": str,
    "grain": str,
    "date_start": str,
    "date_end": str,
    "day_first": str,
    "day_last": str,
    "subject": str,
    "sentence": str,
    "sentence_start": int,
    "sentence_end": int,
    "rule": str,
    "note": str,
}

# The common questions: a figure by type and value (exact or a range), money by currency and role, dates by
# the days they cover, figures about a subject, and a document's facts (also the join back from the
# full-text index, by sentence).
FACT_INDEXES: tuple[tuple[str, ...], ...] = (
    ("type", "value"),
    ("type", "value_num"),
    ("currency", "value_num"),
    ("role",),
    ("day_first", "day_last"),
    ("subject",),
    ("document_id", "sentence_start"),
)


class StoreError(Exception):
    """A store that cannot be used: the message is one line, `what (why)`-ready."""


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
    conn.execute("PRAGMA journal_mode=WAL")
    # NORMAL with WAL: a killed process loses nothing committed; only a power cut may lose the last batch.
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def open_store(path: str, create: bool = False) -> sqlite_utils.Database:
    """The store at `path`; with `create`, a new file gets the schema. StoreError when the file is missing
    (and not to be created), is not SQLite, is not a factx store, or has another schema version."""
    if not create and not os.path.exists(path):
        raise StoreError("no such file")
    if os.path.isdir(path):
        raise StoreError("is a directory")
    try:
        conn = connect(path)
    except sqlite3.OperationalError as e:  # a missing directory, no permission
        raise StoreError(str(e)) from None
    except sqlite3.DatabaseError as e:
        raise StoreError(f"not a SQLite database: {e}") from None
    try:
        db = sqlite_utils.Database(conn)
        tables = set(db.table_names())
    except sqlite3.DatabaseError as e:
        conn.close()
        raise StoreError(f"not a SQLite database: {e}") from None
    except OSError as e:
        raise StoreError(e.strerror or str(e)) from None
    if not tables:
        if not create:
            conn.close()
            raise StoreError("not a factx store: it has no tables")
        try:
            _create(db)
        except sqlite3.Error as e:
            conn.close()
            raise StoreError(f"cannot create the tables: {e}") from None
        return db
    if "meta" not in tables or "facts" not in tables or "documents" not in tables:
        conn.close()
        raise StoreError("not a factx store: no meta, documents and facts tables")
    version = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if not version or version[0] != str(SCHEMA_VERSION):
        conn.close()
        found = version[0] if version else "none"
        raise StoreError(f"schema version {found}; this factx reads and writes version {SCHEMA_VERSION}")
    return db


def _create(db: sqlite_utils.Database) -> None:
    db.execute("BEGIN IMMEDIATE")
    try:
        db["meta"].create({"key": str, "value": str}, pk="key")  # type: ignore[union-attr]
        db["meta"].insert_all(  # type: ignore[union-attr]
            [{"key": "schema_version", "value": str(SCHEMA_VERSION)}, {"key": "created_by", "value": __version__}]
        )
        db["documents"].create(DOCUMENT_COLUMNS, pk="id", not_null={"source", "status"})  # type: ignore[union-attr]
        db["documents"].create_index(["source"], unique=True)  # type: ignore[union-attr]
        db["documents"].create_index(["content_hash"])  # type: ignore[union-attr]
        db["documents"].create_index(["ref_date"])  # type: ignore[union-attr]
        db["facts"].create(  # type: ignore[union-attr]
            FACT_COLUMNS, pk="id", not_null={"document_id", "type", "text"},
            foreign_keys=[("document_id", "documents", "id")],
        )  # fmt: skip
        for columns in FACT_INDEXES:
            db["facts"].create_index(list(columns))  # type: ignore[union-attr]
        db.execute("CREATE VIRTUAL TABLE sentences_fts USING fts5(sentence, content='')")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
