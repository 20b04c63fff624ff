"""`--parquet DIR`: the store's `documents` and `facts` tables copied to `DIR/documents.parquet` and
`DIR/facts.parquet` for analytics engines (DuckDB, pandas, Spark). Needs pyarrow (`factx[parquet]`).

The column types follow the SQLite schema (INTEGER → int64, REAL → float64, TEXT → string), so an empty table
still has its columns; rows are copied in chunks, so memory does not grow with the store.
"""

from __future__ import annotations

import os
from typing import Any

import sqlite_utils

from .schema import DOCUMENT_COLUMNS, FACT_COLUMNS

CHUNK_ROWS = 50_000


def export(db: sqlite_utils.Database, directory: str) -> list[str]:
    """Write both tables; the paths written. Each file is written under a temporary name and renamed, so a
    reader never sees half a file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    kinds = {int: pa.int64(), float: pa.float64(), str: pa.string()}
    os.makedirs(directory, exist_ok=True)
    written = []
    for table, columns in (("documents", DOCUMENT_COLUMNS), ("facts", FACT_COLUMNS)):
        schema = pa.schema([(name, kinds[kind]) for name, kind in columns.items()])
        path = os.path.join(directory, f"{table}.parquet")
        names = ", ".join(f'"{c}"' for c in columns)
        cursor = db.conn.execute(f"SELECT {names} FROM {table} ORDER BY id")
        with pq.ParquetWriter(path + ".part", schema, compression="zstd") as out:
            while rows := cursor.fetchmany(CHUNK_ROWS):
                out.write_table(_table(pa, schema, rows))
        os.replace(path + ".part", path)
        written.append(path)
    return written


def _table(pa: Any, schema: Any, rows: list[tuple[Any, ...]]) -> Any:
    arrays = [pa.array([r[k] for r in rows], type=field.type) for k, field in enumerate(schema)]
    return pa.Table.from_arrays(arrays, schema=schema)
