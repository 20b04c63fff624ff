"""One large zip archive cut into member ranges, so that a single archive keeps every worker busy.

Planning (the client): a zip's central directory, at its end, lists every member with its sizes and the
offset of its data, so `member_ranges` cuts the member list into consecutive ranges of about
`partition_size` compressed bytes without reading a single member (for a URL, fsspec fetches the
directory's bytes only). A tar.gz has no such index: its members are only found by inflating the stream
from the start, so it stays one `WholePart`, read whole by one worker.

Reading (a worker): `range_items` yields the work items of members `first … last-1` exactly as the local
walker's zip reader (`inputs.archives.ArchiveReader._zip`) yields them for those members: the same
filters, the same per-member checks, the same sources (`ARCHIVE!MEMBER`) and errors. The reader's one
cumulative rule, the archive-wide expansion limit (a zip bomb made of many members), depends on the members
before the range; they are gone through here from the central directory (names, flags, sizes; nothing
read) so the limit trips at the same member as in a local run. This loop mirrors the walker's, because the
walker offers no hook to start at a member; a test compares the two on every kind of member.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from typing import IO

from ..inputs import Failed, Item, Walker, classify
from ..inputs.archives import _escapes, _zip_name
from ..inputs.items import RATIO_FLOOR


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
    """The items of members [first, last) of the top-level zip `source` (see the module doc)."""
    import lzma
    import zipfile
    import zlib

    try:
        zf = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        if first == 0:  # the first range reports an unreadable archive once, as the local reader does
            yield Failed(source, f"not a readable zip archive: {e}")
        return
    limits = walker.opts.limits
    depth = 1
    with zf:
        infos = zf.infolist()
        expanded = 0
        for i, info in enumerate(infos[:last]):
            mine = i >= first
            if info.is_dir():
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                walker.ignored["symbolic link"] += 1
                continue
            name = _zip_name(info)
            if not walker._member_name_ok(name):
                continue
            msrc = f"{source}!{name}"
            kind = classify(name)
            if _escapes(name):
                if mine:
                    yield Failed(msrc, "member name points outside the archive (..)", skipped=True)
                continue
            if info.flag_bits & 0x1:
                if mine:
                    yield Failed(msrc, "encrypted member, not read")
                continue
            bad = walker._member_checks(msrc, kind, info.file_size, info.compress_size, depth)
            if bad:
                if mine:
                    yield bad
                continue
            expanded += info.file_size
            if expanded > RATIO_FLOOR and expanded > limits.max_ratio * max(size, 1):
                if mine:
                    rest = len(infos) - i
                    yield Failed(msrc, f"archive expands to over {limits.max_ratio:g} times its size (zip bomb?); "
                                       f"this and {rest - 1} later members not read")  # fmt: skip
                return
            if not mine:
                continue
            try:
                with zf.open(info) as stream:
                    yield from walker._member(msrc, name, kind, stream, depth)
            except (
                zipfile.BadZipFile, zlib.error, lzma.LZMAError, OSError, EOFError, NotImplementedError,
                RuntimeError,
            ) as e:  # fmt: skip
                yield Failed(msrc, f"corrupt member: {e}")
