"""Zip and tar archives read in place, member by member, with their limits: a member over `max_size`, a
compression ratio over `max_ratio` (once past 1 MiB: zip bombs), nesting deeper than `max_depth`.

`ArchiveReader` is a part of `Walker`: it uses the walker's options, filters and `ignored` counter, and hands
JSONL members to the walker's JSONL reader.
"""

from __future__ import annotations

import io
import stat
from collections import Counter
from collections.abc import Iterator
from typing import IO

from .items import RATIO_FLOOR, BytesItem, Failed, Item, Kind, SourceOptions, classify, display_name


class ArchiveReader:
    """The archive half of the walker (see `walk.Walker`)."""

    opts: SourceOptions
    ignored: Counter[str]

    def _archive(self, source: str, kind: Kind, f: IO[bytes], size: int, depth: int) -> Iterator[Item]:
        if kind == "zip":
            yield from self._zip(source, f, size, depth)
        else:
            yield from self._tar(source, f, size, depth)

    def _member(self, source: str, name: str, kind: Kind, stream: IO[bytes], depth: int) -> Iterator[Item]:
        """One archive member: a document, a JSONL dump (streamed line by line) or a nested archive."""
        limits = self.opts.limits
        if kind == "jsonl":
            yield from self._jsonl(source, stream)
            return
        data = stream.read(limits.max_size + 1)  # declared sizes can lie; never hold more than the limit
        if len(data) > limits.max_size:
            yield Failed(source, f"member too large (over {limits.max_size} bytes)")
        elif kind in ("zip", "tar"):
            yield from self._archive(source, kind, io.BytesIO(data), len(data), depth + 1)
        else:
            yield BytesItem(source, data, kind)

    def _member_checks(self, source: str, kind: Kind, size: int, compressed: int, depth: int) -> Failed | None:
        limits = self.opts.limits
        if kind in ("zip", "tar") and depth >= limits.max_depth:
            return Failed(source, f"nested archive too deep (limit {limits.max_depth} levels), not opened")
        if size > limits.max_size and kind != "jsonl":
            return Failed(source, f"member too large ({size} bytes; the limit is {limits.max_size})")
        if size > RATIO_FLOOR and size > limits.max_ratio * max(compressed, 1):
            ratio = size / max(compressed, 1)
            return Failed(source, f"compression ratio {ratio:.0f}:1 over the limit {limits.max_ratio:g}:1 (zip bomb?)")
        return None

    def _member_name_ok(self, name: str) -> bool:
        parts = [p for p in name.split("/") if p and p != ".."]  # `..` is reported by the caller, not hidden
        if not self.opts.hidden and any(p.startswith(".") for p in parts):
            self.ignored["hidden file"] += 1
            return False
        return self._wanted(parts[-1] if parts else name, name, classify(name))

    def _zip(
        self, source: str, f: IO[bytes], size: int, depth: int, first: int = 0, last: int | None = None
    ) -> Iterator[Item]:
        """The items of the zip's members [first, last) (all by default; the cluster reads one archive in member
        ranges). Members before `first` are gone through from the central directory only, nothing read, so the
        archive-wide expansion limit trips at the same member whichever range holds it."""
        import lzma
        import zipfile
        import zlib

        try:
            zf = zipfile.ZipFile(f)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
            if first == 0:  # an unreadable archive is reported once, by its first range
                yield Failed(source, f"not a readable zip archive: {e}")
            return
        limits = self.opts.limits
        with zf:
            infos = zf.infolist()
            expanded = 0
            for i, info in enumerate(infos[:last]):
                mine = i >= first
                if info.is_dir():
                    continue
                if stat.S_ISLNK(info.external_attr >> 16):
                    if mine:  # counted once, by the range that holds it
                        self.ignored["symbolic link"] += 1
                    continue
                name = _zip_name(info)
                if not self._member_name_ok(name):
                    continue
                msrc = f"{source}!{name}"
                kind = classify(name)
                if _escapes(name):
                    # Read in place it could do no harm, but an archive that tries it is reported, not trusted.
                    if mine:
                        yield Failed(msrc, "member name points outside the archive (..)", skipped=True)
                    continue
                if info.flag_bits & 0x1:
                    if mine:
                        yield Failed(msrc, "encrypted member, not read")
                    continue
                bad = self._member_checks(msrc, kind, info.file_size, info.compress_size, depth)
                if bad:
                    if mine:
                        yield bad
                    continue
                expanded += info.file_size
                if expanded > RATIO_FLOOR and expanded > limits.max_ratio * max(size, 1):
                    if mine:
                        rest = len(infos) - i
                        yield Failed(msrc, f"archive expands to over {limits.max_ratio:g} times its size (zip "
                                           f"bomb?); this and {rest - 1} later members not read")  # fmt: skip
                    return
                if not mine:
                    continue
                try:
                    with zf.open(info) as stream:
                        yield from self._member(msrc, name, kind, stream, depth)
                except (
                    zipfile.BadZipFile, zlib.error, lzma.LZMAError, OSError, EOFError, NotImplementedError,
                    RuntimeError,
                ) as e:  # fmt: skip
                    yield Failed(msrc, f"corrupt member: {e}")

    def _tar(self, source: str, f: IO[bytes], size: int, depth: int) -> Iterator[Item]:
        import lzma
        import tarfile
        import zlib

        errors = (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError, ValueError)
        try:
            # Stream mode: members one after the other, without the random-access index. The expansion check
            # below uses the sizes the headers declare against the archive's size, before inflating anything.
            tf = tarfile.open(fileobj=f, mode="r|*")  # noqa: SIM115 - closed below
        except errors as e:
            yield Failed(source, f"not a readable tar archive: {e}")
            return
        limits = self.opts.limits
        n = 0
        with tf:
            while True:
                try:
                    ti = tf.next()
                except errors as e:
                    yield Failed(source, f"corrupt archive after {n} members: {e}")
                    return
                if ti is None:
                    return
                n += 1
                tf.members = []  # tarfile keeps every header it has seen; memory must not grow with the archive
                if not ti.isreg():
                    if ti.issym() or ti.islnk():
                        self.ignored["symbolic link"] += 1
                    elif not ti.isdir():  # a device or FIFO has no text; say so rather than drop it unseen
                        name = display_name(ti.name)
                        if self._member_name_ok(name):
                            yield Failed(f"{source}!{name}", f"{_special_kind(ti)}, not a file", skipped=True)
                    continue
                name = display_name(ti.name)
                if not self._member_name_ok(name):
                    continue
                msrc = f"{source}!{name}"
                if _escapes(name):
                    yield Failed(msrc, "member name points outside the archive (..)", skipped=True)
                    continue
                kind = classify(name)
                end = ti.offset_data + ti.size
                if end > RATIO_FLOOR and end > limits.max_ratio * max(size, 1):
                    # Skipping a member in a compressed stream means inflating it: stop before a bomb does.
                    yield Failed(msrc, f"archive expands to over {limits.max_ratio:g} times its size (zip bomb?); "
                                       "this and later members not read")  # fmt: skip
                    return
                bad = self._member_checks(msrc, kind, ti.size, ti.size, depth)
                if bad:
                    yield bad
                    continue
                try:
                    stream = tf.extractfile(ti)
                    if stream is None:
                        continue
                    yield from self._member(msrc, name, kind, stream, depth)
                except errors as e:
                    yield Failed(msrc, f"corrupt member: {e}")
                    return  # a stream cannot resynchronize after a broken member


def _zip_name(info: object) -> str:
    """Member name; zips from Chinese Windows store GBK names without the UTF-8 flag (read as cp437)."""
    name: str = info.filename  # type: ignore[attr-defined]
    if not info.flag_bits & 0x800:  # type: ignore[attr-defined]
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            return display_name(name)
        for enc in ("utf-8", "gb18030"):
            try:
                return display_name(raw.decode(enc))
            except UnicodeDecodeError:
                continue
    return display_name(name)


def _escapes(name: str) -> bool:
    """A member name that would land outside the archive's folder if extracted: `..` parts or an absolute
    path (the zip-slip pattern)."""
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def _special_kind(ti: object) -> str:
    import tarfile

    kinds = {tarfile.FIFOTYPE: "a FIFO", tarfile.CHRTYPE: "a character device", tarfile.BLKTYPE: "a block device"}
    return kinds.get(getattr(ti, "type", b""), "a special member")
