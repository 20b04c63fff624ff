"""factx in your own Dask pipelines (`pip install 'factx[dask]'`): `extract_bag(paths, …)` returns a
`dask.bag.Bag` with one record per document, in input order, built from the same partitions as
`factx extract --cluster` (files, archives, JSONL byte ranges; see `factx.cluster.plan`). Each partition
reads its own inputs where it runs, so paths must be visible to the workers (shared storage, or fsspec URLs).

    import dask.bag, factx.dask
    bag = factx.dask.extract_bag(["s3://archive/2019.jsonl"], id_field="id")
    money = bag.map(lambda r: [f for f in r["facts"] if f["type"] == "money"]).flatten()

A record is the JSON contract's document object (`DocResult.to_dict()`: source, encoding, lang, ref_date,
ref_date_source, facts, error) plus `status` (`ok`, `failed`, `skipped`): a document that cannot be read is
a record with its error, never a missing record. The planning step counts the lines of multi-range JSONL
dumps with `dask.compute`, i.e. on whichever scheduler is active (a `distributed.Client` if you made one).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from .batch import Settings
from .cluster.plan import DEFAULT_PARTITION_SIZE, Part, plan
from .cluster.work import count_lines, outcomes_of
from .inputs import DEFAULT_TEXT_FIELDS, Limits, SourceOptions


def extract_bag(
    paths: Iterable[str],
    *,
    ref_date: date | None = None,
    lang: str = "auto",
    currency: str | None = None,
    types: Iterable[str] | None = None,
    recursive: bool = True,
    text_fields: Iterable[str] = DEFAULT_TEXT_FIELDS,
    id_field: str | None = None,
    encoding: str | None = None,
    limits: Limits | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    timeout: float | None = None,
) -> Any:
    """A Bag of per-document records (see the module doc); one Bag partition per factx partition. With
    `timeout` (seconds), a document analysed for longer is a record with its error, as `--timeout` in the
    CLI: each worker then analyses in a child process (`factx.cluster.child`)."""
    import dask.bag as db

    options = SourceOptions(
        recursive=recursive, encoding=encoding, text_fields=tuple(text_fields), id_field=id_field,
        limits=limits or Limits(),
    )  # fmt: skip
    settings = Settings(ref_date=ref_date, lang=lang, currency=currency, types=tuple(types) if types else None,
                        sources=options, timeout=timeout or None)  # fmt: skip
    parts = list(plan(paths, options, _count_with_dask, partition_size))
    if not parts:
        return db.from_sequence([], npartitions=1)
    return db.from_sequence(parts, npartitions=len(parts)).map_partitions(_records, settings)


def _count_with_dask(bounds: list[tuple[str, int, int]]) -> list[int]:
    import dask

    return list(dask.compute(*[dask.delayed(count_lines)(p, s, e) for p, s, e in bounds]))


def _records(parts: list[Part], settings: Settings) -> list[dict[str, Any]]:
    records = []
    for part in parts:
        for o in outcomes_of(part, settings):
            d = o.result.to_dict()
            d["status"] = o.status
            records.append(d)
    return records
