"""One large zip archive cut into member ranges, so that a single archive keeps every worker busy.

Planning (the client): a zip's central directory, at its end, lists every member with its sizes and the
offset of its data, so `member_ranges` cuts the member list into consecutive ranges of about
`partition_size` compressed bytes without reading a single member (for a URL, fsspec fetches the
directory's bytes only). A tar.gz has no such index: its members are only found by inflating the stream
from the start, so it stays one `WholePart`, read whole by one worker.

Reading (a worker): `range_items` is the local walker's own zip reader (`inputs.archives`) given a member
range: the same filters, per-member checks, sources (`ARCHIVE!MEMBER`) and errors. Its one cumulative rule,
the archive-wide expansion limit (a zip bomb made of many members), depends on the members before the range;
the reader goes through those from the central directory (names, flags, sizes; nothing read), so the limit
trips at the same member as in a local run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from ..inputs import Item, Walker


def member_ranges(f: IO[bytes], partition_size: int) -> list[tuple[int, int]]:
    """[first, last) member indices of consecutive ranges of about `partition_size` compressed bytes; one
    range for the whole archive when it cannot be read here (the worker then reports why, as locally)."""
    import zipfile

    try:
        with zipfile.ZipFile(f) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return [(0, 0)]
    ranges: list[tuple[int, int]] = []
    first = 0
    size = 0
    for i, info in enumerate(infos):
        size += info.compress_size + 30 + len(info.orig_filename)  # the local header travels too
        if size >= partition_size:
            ranges.append((first, i + 1))
            first, size = i + 1, 0
    if first < len(infos) or not ranges:
        ranges.append((first, len(infos)))
    return ranges


def range_items(walker: Walker, source: str, f: IO[bytes], size: int, first: int, last: int) -> Iterator[Item]:
    """The items of members [first, last) of the top-level zip `source`: the walker's own zip reader, started at
    a member."""
    return walker._zip(source, f, size, 1, first, last)
