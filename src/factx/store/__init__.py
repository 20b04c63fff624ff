"""The archive as a database: extraction results kept in one SQLite file (written with sqlite-utils) that a
later run resumes and `factx find` / `factx stats --db` query without re-reading any document.

- `schema`: the tables, indexes and full-text index, `SCHEMA_VERSION`, opening and creating a store.
- `rows`: a document's contract dict → its `documents` row and `facts` rows, and back (a fact dict in the
  contract's shape, or a `Fact` for the aggregators).
- `writer`: the one writer of a run (in the parent process): which work items are already stored, and
  whole documents written in batched transactions.
- `query`: `find`'s filters → SQL, with figures read by factx's own extractor.
- `parquet`: the two tables copied to Parquet files (the optional `factx[parquet]` extra).
"""

from .schema import SCHEMA_VERSION, StoreError, open_store

__all__ = ["SCHEMA_VERSION", "StoreError", "open_store"]
