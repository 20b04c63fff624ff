"""What a task does on a worker: a partition (see `plan`) turned back into the walker's work items, read
from the worker's own view of the inputs (a shared path, or an fsspec URL), and analysed with
`batch.process`, so that every document gets exactly the outcome a local run gives it.

A JSONL range is read from the first line boundary at or after its start to the first line boundary at or
after its end (a boundary is the byte after a newline, or the end of the dump), and the walker's own JSONL
reader runs over that window; its line numbers are then shifted by the range's first line, counted ahead by
`count_lines` over the same window.
"""

from __future__ import annotations

import dataclasses
import io
from collections import deque
from collections.abc import Iterator
from typing import IO, Any

from ..batch import Outcome, Settings, _to_wire
from ..inputs import BytesItem, Failed, FileItem, Item, LineItem, SourceOptions, Walker
from ..store.writer import resume_check
from .child import analysed
from .plan import FilesPart, JsonlPart, Part, WholePart, ZipPart, is_url
from .zipsplit import range_items

SCAN = 1 << 20  # bytes read at a time while looking for a newline or counting them

Wire = tuple[Any, ...]  # an Outcome as plain tuples (`batch._to_wire`): cheap to pickle back to the client


def open_input(path: str) -> IO[bytes]:
    """A binary, seekable file object for a local path or an fsspec URL."""
    if is_url(path):
        import fsspec

        return fsspec.open(path, "rb").open()  # type: ignore[no-any-return]
    return open(path, "rb")  # the caller closes it


def boundary(f: IO[bytes], offset: int, size: int) -> int:
    """The first line start at or after `offset`: 0, the byte after a newline, or `size`."""
    if offset <= 0:
        return 0
    if offset >= size:
        return size
    pos = offset - 1
    f.seek(pos)
    while chunk := f.read(SCAN):
        nl = chunk.find(b"\n")
        if nl >= 0:
            return pos + nl + 1
        pos += len(chunk)
    return size


def _window(f: IO[bytes], start: int, end: int) -> tuple[int, int, int]:
    f.seek(0, io.SEEK_END)
    size = f.tell()
    b0 = boundary(f, start, size)
    b1 = boundary(f, end, size) if end < size else size
    return b0, max(b0, b1), size


def count_lines(path: str, start: int, end: int) -> int:
    """The number of lines starting in the range `[start, end)` of a dump (see the module doc)."""
    with open_input(path) as f:
        b0, b1, _ = _window(f, start, end)
        if b0 >= b1:
            return 0
        f.seek(b0)
        left = b1 - 1 - b0  # a newline in the window's last byte starts no line inside it
        n = 1
        while left > 0 and (chunk := f.read(min(SCAN, left))):
            n += chunk.count(b"\n")
            left -= len(chunk)
        return n


class _Slice(io.RawIOBase):
    """`length` bytes of `f` from where it stands."""

    def __init__(self, f: IO[bytes], length: int) -> None:
        self._f = f
        self._left = length

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._left <= 0:
            return 0
        data = self._f.read(min(len(b), self._left))
        b[: len(data)] = data
        self._left -= len(data)
        return len(data)


def items_of(part: Part, options: SourceOptions) -> Iterator[Item]:
    """The work items of one partition, in order; a read error ends the partition with one Failed item."""
    if isinstance(part, FilesPart):
        for item in part.items:
            yield _readable(item, options) if isinstance(item, FileItem) and is_url(item.path) else item
        return
    try:
        with open_input(part.path) as f:
            if isinstance(part, WholePart):
                walker = Walker(options)
                if part.kind == "jsonl":
                    yield from walker._jsonl(part.source, f)
                else:
                    yield from walker._archive(part.source, part.kind, f, part.size, 1)
            elif isinstance(part, ZipPart):
                yield from range_items(Walker(options), part.source, f, part.size, part.first, part.last)
            else:
                yield from _jsonl_range(part, f, options)
    except OSError as e:
        yield Failed(part.source, f"cannot read: {e.strerror or e}")


def _jsonl_range(part: JsonlPart, f: IO[bytes], options: SourceOptions) -> Iterator[Item]:
    b0, b1, _ = _window(f, part.start, part.end)
    f.seek(b0)
    stream = io.BufferedReader(_Slice(f, b1 - b0), SCAN)
    shift = part.first_line - 1
    encoding = options.encoding or ("utf-8" if part.utf8_bom and b0 > 0 else None)
    for item in Walker(options)._jsonl(part.source, stream):
        if isinstance(item, LineItem):
            yield dataclasses.replace(item, lineno=item.lineno + shift, encoding=item.encoding or encoding)
        elif isinstance(item, Failed) and "!" in item.source:
            name, _, line = item.source.rpartition("!")
            yield dataclasses.replace(item, source=f"{name}!{int(line) + shift}") if line.isdigit() else item
        else:
            yield item


def _readable(item: FileItem, options: SourceOptions) -> Item:
    """A URL file read into memory here, on the worker, within the size limit."""
    limit = options.limits.max_size
    try:
        with open_input(item.path) as f:
            data = f.read(limit + 1)
    except FileNotFoundError:
        return Failed(item.source, "no such file")
    except Exception as e:  # any fsspec backend's error is this document's error, not the task's
        return Failed(item.source, f"cannot read URL: {type(e).__name__}: {e}")
    if len(data) > limit:
        return Failed(item.source, f"file too large (over {limit} bytes)")
    return BytesItem(item.source, data, item.kind)


def outcomes_of(part: Part, settings: Settings) -> Iterator[Outcome]:
    """One Outcome per document of the partition, each within the run's per-document time limit (see
    `child`)."""
    return analysed(items_of(part, settings.sources), settings)


def run_part(part: Part, settings: Settings) -> list[Wire]:
    """The task of a run whose results come back to the client (stdout, or a single writer)."""
    return [_to_wire(o) for o in outcomes_of(part, settings)]


def store_part(part: Part, settings: Settings, stored: dict[str, str]) -> tuple[int, list[tuple[Wire, str | None]]]:
    """The task of a `--db` run: (documents skipped as already stored, [(outcome, content hash)] of the others,
    in order). `stored` maps the sources of this partition's inputs that the store holds to their content
    hash; the hash of each document is computed here, where its bytes are, by the store's own function, and
    the store's own resume rule decides (`store.writer.resume_check`)."""
    hashes = set(stored.values())
    pairs = set(stored.items())
    kept: deque[str | None] = deque()
    skipped = 0

    def pending() -> Iterator[Item]:
        nonlocal skipped
        for item in items_of(part, settings.sources):
            content_hash, unchanged = resume_check(item, settings.sources, pairs, hashes)
            if unchanged:
                skipped += 1
                continue
            kept.append(content_hash)
            yield item

    # One outcome per item handed over, in order: each takes the oldest hash kept.
    done = [(_to_wire(o), kept.popleft()) for o in analysed(pending(), settings)]
    return skipped, done
