"""Running a batch on a Dask cluster (`pip install 'factx[dask]'`): the same documents, the same facts and the
same per-document errors as `factx.batch`, with the work spread over the workers of a `dask.distributed`
cluster.

- `plan` (the client): the inputs cut into partitions without reading any document: groups of files, one
  archive, a range of a large zip's members (`zipsplit`), or a byte range of a JSONL dump cut at line
  boundaries. Only paths, sizes and offsets travel.
- `child` (the workers): the per-document time limit, in a child process of the worker.
- `stored` (the client): with `--db`, what each task is told about the documents the store already holds.
- `work` (the workers): a partition turned back into work items by the same walker and loaders the local
  batch uses, reading its own inputs (local paths shared by the workers, or fsspec URLs), and analysed.
- `parquet` (the workers): one partition's results written as one Parquet file, atomically, so a task
  retried after a worker died replaces its file and never duplicates rows.
- `client` (the client): connecting (`local[:N]` or `tcp://host:port`), submitting partitions in a bounded
  window and streaming one `batch.Outcome` per document in input order.
- `config` (the client): the Dask settings `local[:N]` starts its cluster with (Dask's probes kept from
  taking the GIL and the client's core), and its warm forkserver.
- `prewarm` (the workers): imported by the forkserver of `local[:N]` or by `dask worker --preload`, it
  loads and warms what every partition needs once per process.

`factx.dask.extract_bag` is the library entry for people composing their own Dask pipelines.
"""

from .plan import DEFAULT_PARTITION_SIZE, FilesPart, JsonlPart, Part, WholePart, ZipPart, plan

__all__ = ["DEFAULT_PARTITION_SIZE", "FilesPart", "JsonlPart", "Part", "WholePart", "ZipPart", "plan"]
