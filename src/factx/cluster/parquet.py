"""One partition's results as one Parquet file, written by the worker that analysed it (pyarrow).

Rows: one per fact, with the columns of the CSV output (`render.facts.CSV_FIELDS`, values as their CSV
text; offsets and positions as integers), the document's `encoding`, `lang`, `ref_date`, `ref_date_source`
and `error`, `doc` (the document's number in the partition) and `fact` (the fact's full JSON contract
object). A document without facts is one row with `type` null, so that every document, read or not, is in
the output exactly once; its `error` says why it was not read.

Idempotent: the file is written under a temporary name in the same directory and renamed to
`part-NNNNNN.parquet`; a task that Dask runs again (its worker died after or while writing) replaces the
file, so no row is ever written twice, and a reader never sees half a file. The file's metadata records the
partition's key and the analysis settings: `--resume` skips a partition only when its file is there, whole,
and made from the same inputs with the same settings.

Stale files: a directory written again with other inputs or another partitioning must not keep part files
of partitions that no longer exist (a reader globbing `*.parquet` would count their rows twice). The client
removes `_factx_manifest.json` when a run starts (the directory is then "being written"), removes every
part file factx wrote there before a run that is not `--resume`d, and, once every partition is complete,
the factx part files that are not in this run's plan; then it writes the manifest, last and atomically,
naming this run's files. Only `part-*.parquet` files whose Parquet metadata carries factx's partition key
are ever removed: a user's own files in the directory are left alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from typing import Any

from ..batch import Settings, _to_wire
from ..model import DocResult
from ..render.facts import CSV_FIELDS, _flat
from .plan import Part
from .work import Wire, outcomes_of

KEY = b"factx.partition"
MANIFEST = "_factx_manifest.json"  # `_` first: Parquet dataset readers skip it
INT_FIELDS = ("start", "end", "line", "column")
DOC_FIELDS = ("encoding", "lang", "ref_date", "ref_date_source", "error")


def file_name(index: int) -> str:
    return f"part-{index:06d}.parquet"


def fingerprint(part: Part, settings: Settings) -> str:
    """What the file was made from: the partition and every setting that changes a fact."""
    s = settings
    return repr((part.key, s.ref_date, s.lang, s.currency, s.types, s.sources))


def written_by_factx(out_dir: str) -> list[str]:
    """The names of the part files in `out_dir` that factx wrote (their metadata has its partition key)."""
    import pyarrow.parquet as pq

    names = []
    for name in sorted(os.listdir(out_dir)):
        if not (name.startswith("part-") and name.endswith(".parquet")):
            continue
        try:
            meta = pq.read_metadata(os.path.join(out_dir, name)).metadata or {}
        except Exception:  # not Parquet, or torn: not provably ours, so never removed
            continue
        if KEY in meta:
            names.append(name)
    return names


def begin(out_dir: str, resume: bool) -> None:
    """Before a run: the manifest goes (the directory is being written); without --resume, every part file
    factx wrote there goes too, so a run cut short leaves only its own files."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(os.path.join(out_dir, MANIFEST))
    if not resume:
        for name in written_by_factx(out_dir):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(os.path.join(out_dir, name))


def finish(out_dir: str, files: list[str], settings: Settings) -> None:
    """After every partition is complete: the part files factx wrote that this run did not plan are removed,
    then the manifest is written (under a temporary name, renamed)."""
    from .. import __version__

    keep = set(files)
    for name in written_by_factx(out_dir):
        if name not in keep:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(os.path.join(out_dir, name))
    s = settings
    manifest = {
        "factx_version": __version__, "files": files,
        "settings": repr((s.ref_date, s.lang, s.currency, s.types, s.sources)),
    }  # fmt: skip
    tmp = os.path.join(out_dir, f".{MANIFEST}.{uuid.uuid4().hex}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    os.replace(tmp, os.path.join(out_dir, MANIFEST))


def is_complete(out_dir: str, part: Part, settings: Settings) -> bool:
    import pyarrow.parquet as pq

    path = os.path.join(out_dir, file_name(part.index))
    try:
        meta = pq.read_metadata(path).metadata or {}
    except Exception:  # missing, truncated or not Parquet at all: do it again
        return False
    return meta.get(KEY) == fingerprint(part, settings).encode("utf-8", "surrogateescape")


def _schema() -> Any:
    import pyarrow as pa

    cols = [pa.field("doc", pa.int64())]
    for name in CSV_FIELDS:
        cols.append(pa.field(name, pa.int64() if name in INT_FIELDS else pa.string()))
    cols += [pa.field(name, pa.string()) for name in DOC_FIELDS]
    cols.append(pa.field("fact", pa.string()))
    return pa.schema(cols)


def _rows(doc: int, r: DocResult) -> list[dict[str, Any]]:
    base = {"doc": doc, "source": r.source, **{name: getattr(r, name) for name in DOC_FIELDS}}
    if not r.facts:
        return [base]
    rows = []
    for f in r.facts:
        d = f.to_dict()
        row = dict(base)
        for name in CSV_FIELDS[1:]:
            v = d.get(name)
            row[name] = v if name in INT_FIELDS or v is None else _flat(v)
        row["fact"] = json.dumps(d, ensure_ascii=False)
        rows.append(row)
    return rows


def write_part(part: Part, settings: Settings, out_dir: str) -> list[Wire]:
    """The task of a `--parquet` run: analyse, write the file, and send back only what the client reports
    (status, counts, errors), never the facts."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    settings = settings if settings.render is None and not settings.keep_text else _plain(settings)
    rows: list[dict[str, Any]] = []
    summary: list[Wire] = []
    for doc, o in enumerate(outcomes_of(part, settings)):
        rows.extend(_rows(doc, o.result))
        o.result.facts = []
        summary.append(_to_wire(o))
    schema = _schema().with_metadata({KEY: fingerprint(part, settings).encode("utf-8", "surrogateescape")})
    table = pa.Table.from_pylist(rows, schema=schema)
    final = os.path.join(out_dir, file_name(part.index))
    tmp = os.path.join(out_dir, f".{file_name(part.index)}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, final)  # atomic: the old file or the new one, never a mix, never two
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return summary


def _plain(settings: Settings) -> Settings:
    import dataclasses

    return dataclasses.replace(settings, render=None, keep_text=False)
