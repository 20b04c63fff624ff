"""Loading one work item into a `Document` (this runs in the worker processes): reading the file within the
size limit, decoding it, stripping HTML, parsing a JSONL line. `read_path` loads one path (or `-`, stdin)
without walking, for the review commands and library callers; `iter_documents` walks and loads in this
process."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator

from .decode import read_bytes
from .items import Document, Failed, FileItem, Item, LineItem, SourceError, SourceOptions, classify
from .jsonl import load_line
from .markup import read_html
from .walk import Walker, stdin_item


def load(item: Item, options: SourceOptions | None = None) -> Document:
    """Read and decode one work item; SourceError with a one-line reason when it cannot be read."""
    opts = options or SourceOptions()
    if isinstance(item, Failed):
        raise SourceError(item.error, skipped=item.skipped)
    if isinstance(item, LineItem):
        return load_line(item, opts)
    if isinstance(item, FileItem):
        data = (_read_named if item.named else _read_file)(item.path, opts.limits.max_size)
    else:
        data = item.data
    if item.kind == "html":
        return read_html(item.source, data, opts.encoding)
    text, enc, bad = read_bytes(data, opts.encoding)
    return Document(item.source, text, enc, bad)


def _source_error(e: OSError) -> SourceError:
    """The one-line message for a file that cannot be read."""
    if isinstance(e, FileNotFoundError):
        return SourceError("no such file")
    if isinstance(e, PermissionError):
        return SourceError("permission denied")
    if isinstance(e, IsADirectoryError):
        return SourceError("is a directory (use -r to read the files in it)")
    return SourceError(e.strerror or str(e))


def _read_file(path: str, max_size: int) -> bytes:
    # On the descriptor, without a file object: a buffered file object adds a status call of its own (to refuse
    # a directory) and a second read to find the end, a few system calls more per document than these.
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise _source_error(e) from None
    try:
        st = os.fstat(fd)
        size = st.st_size
        if stat.S_ISDIR(st.st_mode):
            raise SourceError("is a directory (use -r to read the files in it)")
        if size > max_size:
            raise SourceError(f"file too large ({size} bytes; the limit is {max_size})")
        # Asking for the whole limit (50 MB) would allocate it before reading, more than reading an article
        # costs: one byte more than the size, which also tells whether the file grew since. A regular file
        # that gives exactly its size is read in one call; one that grew or gave less (a read is at most
        # 2 GB), and a pipe, whose size says nothing, are read on to their end, never past the limit.
        data = os.read(fd, size + 1)
        if len(data) != size or (data and not stat.S_ISREG(st.st_mode)):
            data = _read_on(fd, data, max_size + 1)
    except OSError as e:
        raise _source_error(e) from None
    finally:
        os.close(fd)
    if len(data) > max_size:
        raise SourceError(f"file too large (over {max_size} bytes)")
    return data


def _read_named(path: str, max_size: int) -> bytes:
    """`_read_file` of a path the walker handed on unseen (`FileItem.named`): a path it cannot read is
    reported as the walker reports a named path it cannot use, which it looks at (`os.stat`) before any
    reading. A directory needs nothing more: both say it is one, in the same words."""
    try:
        return _read_file(path, max_size)
    except SourceError:
        try:
            os.stat(path)
        except FileNotFoundError:
            raise SourceError("no such file or directory") from None
        except OSError as e:
            raise SourceError(e.strerror or str(e)) from None
        raise


def _read_on(fd: int, first: bytes, limit: int) -> bytes:
    """`first` and what follows it on `fd` up to its end, at most `limit` bytes in all."""
    chunks = [first]
    got = len(first)
    while got < limit:
        chunk = os.read(fd, min(limit - got, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def read_path(path: str, encoding: str | None = None) -> Document:
    """One plain document by path (`-` for stdin), without the walking: for library callers."""
    opts = SourceOptions(encoding=encoding)
    if path == "-":
        return load(stdin_item(opts.limits.max_size), opts)
    return load(FileItem(path, path, "html" if classify(path) == "html" else "text"), opts)


def iter_documents(paths: Iterable[str], options: SourceOptions | None = None) -> Iterator[Document | Failed]:
    """Every document of `paths` loaded in this process, in order: a Document or a Failed (library use)."""
    walker = Walker(options)
    for item in walker.items(paths):
        try:
            yield load(item, walker.opts)
        except SourceError as e:
            src = e.source or item.source
            yield Failed(src, str(e), e.skipped)
