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
    data = _read_file(item.path, opts.limits.max_size) if isinstance(item, FileItem) else item.data
    if item.kind == "html":
        return read_html(item.source, data, opts.encoding)
    text, enc, bad = read_bytes(data, opts.encoding)
    return Document(item.source, text, enc, bad)


def _read_file(path: str, max_size: int) -> bytes:
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            size = st.st_size
            if stat.S_ISDIR(st.st_mode):
                raise SourceError("is a directory (use -r to read the files in it)")
            if size > max_size:
                raise SourceError(f"file too large ({size} bytes; the limit is {max_size})")
            # read(n) allocates n bytes before reading: asking for the whole limit (50 MB) cost more than
            # reading an article. One byte more than the size tells whether the file grew since; the size
            # may change under us, so the rest (if any) is read too, never past the limit.
            data = f.read(size + 1)
            if len(data) > size:
                data += f.read(max_size + 1 - len(data))
    except FileNotFoundError:
        raise SourceError("no such file") from None
    except PermissionError:
        raise SourceError("permission denied") from None
    except IsADirectoryError:
        raise SourceError("is a directory (use -r to read the files in it)") from None
    except OSError as e:
        raise SourceError(e.strerror or str(e)) from None
    if len(data) > max_size:
        raise SourceError(f"file too large (over {max_size} bytes)")
    return data


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
