"""Reading documents: paths, directories, stdin → Document(source, text, encoding) or a one-line error.

Decoding order (first that fits wins): a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8; UTF-16
without BOM when every other byte is NUL in a pattern; GB18030 (a superset of GBK and GB2312); Big5.
`encoding=` forces one. Binary content (NUL bytes, or many control characters) is refused, never read as
"no facts".
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Read at most this much of one document; a larger file is refused with an error, not silently cut.
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


class SourceError(Exception):
    """A document that could not be read; the message is one line, fit for stderr."""


@dataclass(frozen=True, slots=True)
class Document:
    source: str
    text: str
    encoding: str


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACK_ENCODINGS = ("gb18030", "big5")


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding name) or SourceError."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as e:
            raise SourceError(f"cannot decode as {encoding}: {_reason(e)}") from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError as e:
                raise SourceError(f"invalid {enc} after byte-order mark: {_reason(e)}") from None
    if looks_binary(data):
        raise SourceError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in FALLBACK_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return text, enc
    raise SourceError("undecodable bytes: not UTF-8, UTF-16, GB18030 or Big5 (use --encoding)")


def _reason(e: Exception) -> str:
    if isinstance(e, UnicodeDecodeError):
        return f"bad byte at offset {e.start}"
    return str(e)


def read_path(path: str, encoding: str | None = None) -> Document:
    if path == "-":
        data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
    else:
        p = Path(path)
        try:
            if p.is_dir():
                raise SourceError("is a directory (use -r to read the files in it)")
            size = p.stat().st_size
            if size > MAX_DOCUMENT_BYTES:
                raise SourceError(f"file too large ({size} bytes; the limit is {MAX_DOCUMENT_BYTES})")
            data = p.read_bytes()
        except FileNotFoundError:
            raise SourceError("no such file") from None
        except PermissionError:
            raise SourceError("permission denied") from None
        except IsADirectoryError:
            raise SourceError("is a directory (use -r to read the files in it)") from None
        except OSError as e:
            raise SourceError(e.strerror or str(e)) from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise SourceError(f"input too large (over {MAX_DOCUMENT_BYTES} bytes)")
    text, enc = decode(data, encoding)
    return Document(path, text, enc)


def expand(paths: list[str], recursive: bool) -> Iterator[str | tuple[str, SourceError]]:
    """Paths of documents in order; a directory without `recursive` yields an error entry."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            if not recursive:
                yield path, SourceError("is a directory (use -r to read the files in it)")
                continue
            for f in sorted(Path(path).rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts):
                    yield str(f)
        else:
            yield path
