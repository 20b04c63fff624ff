"""Walking the inputs (this runs in the parent): paths, directories, archives and JSONL dumps expanded
*lazily* into work items in a deterministic order, so memory does not grow with the number of documents.

Directories only with `recursive`; entries in name order (code point order), depth first; names starting
with "." skipped unless `hidden`; symbolic links inside directories not followed unless `follow_symlinks`,
and then every real directory is read once, so a link loop cannot hang the walk. Paths named explicitly are
always read (links followed, never filtered). `include` / `exclude` patterns apply to walked files (see
`filters`); archives found in a directory are always opened (unless excluded) and the patterns then apply
to their members.
"""

from __future__ import annotations

import os
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from .archives import ArchiveReader
from .filters import matches
from .items import MAX_DOCUMENT_BYTES, BytesItem, Failed, FileItem, Item, Kind, SourceOptions, classify, display_name
from .jsonl import JsonlReader


def stdin_item(max_size: int = MAX_DOCUMENT_BYTES) -> Item:
    """Standard input read into memory (within the size limit) as one document, source `-`."""
    data = sys.stdin.buffer.read(max_size + 1)
    if len(data) > max_size:
        return Failed("-", f"input too large (over {max_size} bytes)")
    return BytesItem("-", data, "text")


class Walker(JsonlReader, ArchiveReader):
    """Expands input paths into work items lazily. `ignored` counts what the rules left out (hidden files,
    symbolic links not followed, excluded files, special files; a skipped directory counts once) so the
    summary can say so;
    `on_notice` receives one-line notices that are not documents (a link loop)."""

    # A path named by the user whose name says it is a document (not an archive or a dump) is handed on
    # unseen when this is set and directories are not walked: the loader opens it anyway, and reports a
    # missing file or a directory as this walker would (`FileItem.named`). The parent of a batch so makes
    # no system call per file; the workers do.
    defer_named = False

    def __init__(self, options: SourceOptions | None = None, on_notice: Callable[[str], None] | None = None):
        self.opts = options or SourceOptions()
        self.on_notice = on_notice or (lambda _msg: None)
        self.ignored: Counter[str] = Counter()
        self._seen_dirs: set[tuple[int, int]] = set()

    def items(self, paths: Iterable[str]) -> Iterator[Item]:
        for path in paths:
            yield from self._path(path)

    # paths named by the user: always read, links followed, never filtered
    def _path(self, path: str) -> Iterator[Item]:
        if path == "-":
            yield stdin_item(self.opts.limits.max_size)
            return
        shown = display_name(path)
        if self.defer_named and not self.opts.recursive:
            kind = classify(path)
            if kind == "text" or kind == "html":
                yield FileItem(shown, path, kind, True)
                return
        try:
            st = os.stat(path)
        except FileNotFoundError:
            yield Failed(shown, "no such file or directory")
            return
        except OSError as e:
            yield Failed(shown, e.strerror or str(e))
            return
        if stat.S_ISDIR(st.st_mode):
            if not self.opts.recursive:
                yield Failed(shown, "is a directory (use -r to read the files in it)")
                return
            self._seen_dirs.add((st.st_dev, st.st_ino))
            yield from self._walk(path, "")
        else:
            yield from self._file(path, shown, None, st.st_size)

    def _walk(self, dirpath: str, rel: str) -> Iterator[Item]:
        try:
            with os.scandir(dirpath) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            yield Failed(display_name(dirpath), f"cannot list directory: {e.strerror or e}")
            return
        for e in entries:
            relpath = f"{rel}/{e.name}" if rel else e.name
            if e.name.startswith(".") and not self.opts.hidden:
                self.ignored["hidden file"] += 1
                continue
            try:
                if e.is_symlink():
                    if not self.opts.follow_symlinks:
                        self.ignored["symbolic link"] += 1
                        continue
                    try:
                        st = os.stat(e.path)
                    except OSError:
                        yield Failed(display_name(e.path), "broken symbolic link")
                        continue
                else:
                    st = e.stat(follow_symlinks=False)
            except OSError as err:
                yield Failed(display_name(e.path), err.strerror or str(err))
                continue
            if stat.S_ISDIR(st.st_mode):
                if self._excluded(e.name, relpath):
                    self.ignored["excluded file"] += 1
                    continue
                key = (st.st_dev, st.st_ino)
                if key in self._seen_dirs:
                    # Only links lead back to a directory already read: a loop, or a second way in.
                    self.on_notice(f"{display_name(e.path)}: directory already read (symbolic link loop), skipped")
                    continue
                self._seen_dirs.add(key)
                yield from self._walk(e.path, relpath)
            elif stat.S_ISREG(st.st_mode):
                yield from self._file(e.path, display_name(e.path), relpath, st.st_size)
            else:
                self.ignored["special file"] += 1

    def _excluded(self, name: str, rel: str) -> bool:
        return matches(self.opts.exclude, name, rel)

    def _wanted(self, name: str, rel: str, kind: Kind) -> bool:
        """Filters for files found by walking: exclude always; include only for documents, not archives."""
        if self._excluded(name, rel):
            self.ignored["excluded file"] += 1
            return False
        includes = self.opts.include
        if includes and kind not in ("zip", "tar") and not matches(includes, name, rel):
            self.ignored["excluded file"] += 1
            return False
        return True

    def _file(self, path: str, shown: str, rel: str | None, size: int) -> Iterator[Item]:
        kind = classify(path)
        if rel is not None and not self._wanted(os.path.basename(path), rel, kind):
            return
        if kind in ("zip", "tar"):
            try:
                f = open(path, "rb")  # noqa: SIM115 - handed to the archive reader, closed below
            except OSError as e:
                yield Failed(shown, e.strerror or str(e))
                return
            with f:
                yield from self._archive(shown, kind, f, size, 1)
        elif kind == "jsonl":
            try:
                f = open(path, "rb")  # noqa: SIM115
            except OSError as e:
                yield Failed(shown, e.strerror or str(e))
                return
            with f:
                yield from self._jsonl(shown, f)
        else:
            yield FileItem(shown, path, kind)
