"""Cutting the inputs into partitions on the client, without reading a document: only names, sizes, byte
offsets and the first bytes of a JSONL dump (its byte-order mark) are looked at here.

A partition is one unit of work for one task, in input order:

- `FilesPart`: consecutive plain files (text, HTML) up to `partition_size` bytes, as the walker's own
  `FileItem`s (and the `Failed` items of inputs that could not even be listed, so their errors keep their
  place in the order);
- `WholePart`: one file the walker must read whole on the worker: a tar archive, a zip of at most
  `partition_size` bytes (members are read in order, nested archives and limits as in a local run), or a
  JSONL dump in UTF-16/32;
- `ZipPart`: a range of the members of a larger zip, cut from its central directory (`zipsplit`), so one
  big archive is spread over the workers;
- `JsonlPart`: the byte range of a UTF-8 JSONL dump, cut at line boundaries: a line belongs to the range
  holding its first byte. Its sources need the dump's line numbers (`FILE!LINE`), so the lines of every
  range are counted first (`count_lines`, run by the caller, on the cluster) and each range carries the
  number of its first line.

Plain local paths are made absolute for reading (the workers may have another working directory) and keep
the name the user gave as their source. Paths with a scheme (`s3://…`, `file://…`) are fsspec URLs: each
must name a file, which is classified by its name like a local one.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..inputs import Failed, FileItem, Item, Kind, SourceOptions, Walker, classify, display_name

DEFAULT_PARTITION_SIZE = 16 * 1024 * 1024  # ≈ 5M characters of Chinese UTF-8: seconds per task, not hours
MAX_FILES_PER_PART = 2000  # keeps one task's description small when the files are tiny


@dataclass(frozen=True, slots=True)
class FilesPart:
    """A part of loose files, handed to one task whole."""

    index: int
    items: tuple[Item, ...]

    @property
    def key(self) -> str:
        h = hashlib.sha1()
        for it in self.items:
            h.update(f"{it.source}\0{getattr(it, 'path', '')}\n".encode("utf-8", "surrogateescape"))
        return f"files:{len(self.items)}:{h.hexdigest()}"


@dataclass(frozen=True, slots=True)
class WholePart:
    """One archive or dump read by one task from start to end."""

    index: int
    source: str
    path: str
    kind: Kind
    size: int

    @property
    def key(self) -> str:
        return f"whole:{self.path}:{self.size}"


@dataclass(frozen=True, slots=True)
class JsonlPart:
    """A byte range of a JSONL dump, its ends moved to line boundaries by the worker."""

    index: int
    source: str
    path: str
    start: int  # byte offsets as planned; the worker moves each to the next line boundary
    end: int
    first_line: int  # the dump's number of the range's first line (1-based)
    utf8_bom: bool  # the dump starts with a UTF-8 byte-order mark: every line is UTF-8

    @property
    def key(self) -> str:
        return f"jsonl:{self.path}:{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class ZipPart:
    """A run of members of a zip archive, in the order of its central directory."""

    index: int
    source: str
    path: str
    size: int
    first: int  # members first … last-1, in the order of the central directory
    last: int

    @property
    def key(self) -> str:
        return f"zip:{self.path}:{self.size}:{self.first}-{self.last}"


Part = FilesPart | WholePart | JsonlPart | ZipPart
# (path, start, end) of each range of one dump → the number of lines starting in each range
LineCounter = Callable[[list[tuple[str, int, int]]], list[int]]


def is_url(path: str) -> bool:
    head, sep, _ = path.partition("://")
    return bool(sep) and head.isascii() and head.replace("+", "").replace("-", "").isalnum()


@dataclass(frozen=True, slots=True)
class _Found:
    """A file the planning walker met (in place of the item the walker would make from it)."""

    source: str
    path: str
    kind: Kind
    size: int


class _Planner(Walker):
    """The walker with its file step replaced: every filter, order and error of a local walk, but archives
    and JSONL dumps are not opened here."""

    def _file(self, path: str, shown: str, rel: str | None, size: int) -> Iterator[Item]:
        kind = classify(path)
        if rel is not None and not self._wanted(os.path.basename(path), rel, kind):
            return
        yield _Found(shown, os.path.abspath(path), kind, size)  # type: ignore[misc]


def plan(
    paths: Iterable[str],
    options: SourceOptions,
    count_lines: LineCounter,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    on_notice: Callable[[str], None] | None = None,
    walker: Walker | None = None,
) -> Iterator[Part]:
    """The partitions of `paths`, lazily, in input order. `walker` (a `Walker` of the same options) may be
    given to read its `ignored` counts afterwards; its file step is not used."""
    planner = _Planner(options, on_notice)
    if walker is not None:
        planner.ignored = walker.ignored  # one counter, for the caller's summary
    size = max(1, partition_size)
    index = 0
    group: list[Item] = []
    group_bytes = 0

    def flush() -> Iterator[Part]:
        nonlocal index, group, group_bytes
        if group:
            yield FilesPart(index, tuple(group))
            index += 1
            group, group_bytes = [], 0

    for path in paths:
        if path == "-":
            yield from flush()
            yield FilesPart(index, (Failed("-", "stdin cannot be read by cluster workers; pass a file"),))
            index += 1
            continue
        found: Iterable[object] = [_url(path)] if is_url(path) else planner.items([path])
        for f in found:
            if isinstance(f, _Found) and f.kind in ("text", "html"):
                group.append(FileItem(f.source, f.path, f.kind))
                group_bytes += f.size
                if group_bytes >= size or len(group) >= MAX_FILES_PER_PART:
                    yield from flush()
            elif isinstance(f, _Found):
                yield from flush()
                for part in _whole_or_ranges(f, size, count_lines, index):
                    yield part
                    index += 1
            else:
                group.append(f)  # type: ignore[arg-type]  # a Failed item from the walk
    yield from flush()


def _url(url: str) -> _Found | Failed:
    import fsspec

    try:
        fs, path = fsspec.core.url_to_fs(url)
        info = fs.info(path)
    except FileNotFoundError:
        return Failed(url, "no such file")
    except Exception as e:  # any backend's error: an unknown protocol, no credentials, no network …
        return Failed(url, f"cannot open URL: {type(e).__name__}: {e}")
    if info.get("type") == "directory":
        return Failed(url, "is a directory (name the files of a URL input one by one)")
    return _Found(url, url, classify(url), int(info.get("size") or 0))


def _whole_or_ranges(f: _Found, size: int, count_lines: LineCounter, index: int) -> list[Part]:
    from .work import open_input

    if f.kind == "zip" and f.size > size:
        from .zipsplit import member_ranges

        try:
            with open_input(f.path) as fh:
                ranges = member_ranges(fh, size)
        except OSError:
            ranges = [(0, 0)]  # the worker reports the read error, as for any archive
        if len(ranges) > 1:
            return [ZipPart(index + i, f.source, f.path, f.size, a, b) for i, (a, b) in enumerate(ranges)]
    if f.kind != "jsonl":
        return [WholePart(index, f.source, f.path, f.kind, f.size)]

    try:
        with open_input(f.path) as fh:
            head = fh.read(4)
    except OSError as e:
        return [FilesPart(index, (Failed(display_name(f.source), e.strerror or str(e)),))]
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return [WholePart(index, f.source, f.path, f.kind, f.size)]  # wide text is decoded as one stream
    if f.size == 0:
        return []
    bounds = [(f.path, s, min(s + size, f.size)) for s in range(0, f.size, size)]
    counts = count_lines(bounds) if len(bounds) > 1 else [0]
    parts: list[Part] = []
    line = 1
    for i, ((_, s, e), n) in enumerate(zip(bounds, counts, strict=True)):
        parts.append(JsonlPart(index + i, f.source, f.path, s, e, line, head.startswith(codecs.BOM_UTF8)))
        line += n
    return parts
