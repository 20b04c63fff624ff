"""JSONL / NDJSON dumps: one document per line. The walker cuts a dump into `LineItem`s, streamed (UTF-16/32
dumps are decoded here, line by line, into UTF-8 lines); the loader parses one line and picks its text
and id fields (`--text-field`, `--id-field`, dotted for nested objects)."""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from typing import IO

from ..patterns import compiled
from .decode import bom_encoding, read_bytes, reason
from .items import Document, Failed, Item, LineItem, SourceError, SourceOptions, one_line


class JsonlReader:
    """The JSONL half of the walker (see `walk.Walker`)."""

    opts: SourceOptions

    def _jsonl(self, source: str, f: IO[bytes]) -> Iterator[Item]:
        """One LineItem per non-blank line, streamed; a line over the size limit is an error for that line."""
        max_size = self.opts.limits.max_size
        head = f.read(4)
        bom = bom_encoding(head)
        encoding = self.opts.encoding
        if bom and bom[1] in ("utf-16", "utf-32"):
            # Wide encodings cannot be split on b"\n": decode the stream, hand workers UTF-8 lines.
            text = io.TextIOWrapper(io.BufferedReader(_Prefixed(head, f)), encoding=bom[0], errors="strict")
            lineno = 0
            try:
                while line := text.readline(max_size + 1):
                    lineno += 1
                    if len(line) > max_size and not line.endswith("\n"):
                        yield Failed(f"{source}!{lineno}", f"line too long (over {max_size} characters)")
                        while (rest := text.readline(max_size + 1)) and not rest.endswith("\n"):
                            pass  # skip the rest of the overlong line
                        continue
                    if line.strip():
                        yield LineItem(source, lineno, line.encode("utf-8"), "utf-8")
            except UnicodeDecodeError as e:
                yield Failed(f"{source}!{lineno + 1}", f"undecodable {bom[1]}: {reason(e)}; the rest is not read")
            return
        if bom:
            head = head[len(codecs.BOM_UTF8) :]
            encoding = encoding or "utf-8"
        stream = _Prefixed(head, f)
        lineno = 0
        while True:
            line = stream.readline(max_size + 1)
            if not line:
                return
            lineno += 1
            if len(line) > max_size and not line.endswith(b"\n"):
                while True:  # drop the rest of the overlong line
                    more = stream.readline(1 << 20)
                    if not more or more.endswith(b"\n"):
                        break
                yield Failed(f"{source}!{lineno}", f"line too long (over {max_size} bytes)")
                continue
            if not line.isspace():  # what `line.strip()` tells, without copying the line
                yield LineItem(source, lineno, line, encoding)


class _Prefixed(io.RawIOBase):
    """A stream with a few already-read bytes put back in front."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        if self._head:
            nl = self._head.find(b"\n")
            if nl >= 0 and (size is None or size < 0 or nl < size):
                line, self._head = self._head[: nl + 1], self._head[nl + 1 :]
                return line
            head, self._head = self._head, b""
            limit = -1 if size is None or size < 0 else size - len(head)
            if limit == 0:
                return head
            return head + self._rest.readline(limit)
        return self._rest.readline(-1 if size is None else size)


def load_line(item: LineItem, opts: SourceOptions) -> Document:
    encoding = item.encoding or opts.encoding
    line: str | None = None
    # orjson reads the line's bytes only when they are UTF-8 without a byte-order mark and without control
    # bytes (it refuses anything else), which is exactly a line that `read_bytes` reads as plain UTF-8 with
    # nothing replaced: such a line (nearly every line of a dump) is not decoded first.
    obj = _fast_loads(item.data) if encoding is None else None
    if obj is not None:
        enc, bad = "utf-8", 0
    else:
        line, enc, bad = read_bytes(item.data, encoding)
        obj = _fast_loads(line)
    # The accelerator reads as the standard reader does and leaves no lone surrogate in any string, except
    # that it reads an integer past 64 bits as a float: a line where a picked field (or the whole line) is
    # something else than an object of them is read again by the standard reader.
    clean = _as_read
    if not isinstance(obj, dict) or _picks_float(obj, opts):
        if line is None:
            line = item.data.decode("utf-8")
        obj, clean = _loads(line), _no_surrogates
    if not isinstance(obj, dict):
        raise SourceError(f"not a JSON object but {type(obj).__name__}")
    source = item.source
    if opts.id_field:
        ident = _field(obj, opts.id_field)
        if isinstance(ident, str | int) and not isinstance(ident, bool) and str(ident).strip():
            source = f"{item.file}!{one_line(clean(str(ident)))}"
    for name in opts.text_fields:
        value = _field(obj, name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise SourceError(f"field {name!r} is {type(value).__name__}, not text", source=source)
        return Document(source, clean(value), enc, bad)
    names = " or ".join(repr(n) for n in opts.text_fields)
    raise SourceError(f"no {names} field (use --text-field)", source=source)


def _as_read(s: str) -> str:
    return s


def _loads(line: str) -> object:
    """`json.loads(line)`, its failures as one-line SourceErrors."""
    import json

    try:
        return json.loads(line)
    except json.JSONDecodeError as e:
        raise SourceError(f"invalid JSON: {e.msg} at column {e.colno}") from None
    except RecursionError:
        raise SourceError("invalid JSON: nested too deeply") from None
    except ValueError as e:  # e.g. an integer too long to convert
        raise SourceError(f"invalid JSON: {e}") from None


def _fast_loads(line: str | bytes) -> object:
    """orjson's reading of `line` (text, or bytes it reads as UTF-8) when the `fast` extra is installed and it
    reads the line, else None.

    orjson reads a dump's lines in about half the time of `json.loads`, and what it reads needs no scan for
    lone surrogates. It is used only where it reads as `json.loads` does: it refuses what the standard
    reader refuses, and also NaN, the infinities, nesting past 1024 levels and lone surrogates (escaped or
    not), which the standard reader then reads (or refuses, with its own message) as before. Imported on
    the first line, so that a run without a dump never loads it."""
    global _reader
    if _reader is None:
        _reader = _accelerator()
    return _reader(line)


def _declines(line: str | bytes) -> object:
    return None


def _accelerator() -> Callable[[str | bytes], object]:
    try:
        import orjson
    except ImportError:
        return _declines
    decode_error = orjson.JSONDecodeError

    def loads(line: str | bytes) -> object:
        try:
            return orjson.loads(line)
        except decode_error:
            return None

    return loads


_reader: Callable[[str | bytes], object] | None = None


def _picks_float(obj: dict[str, object], opts: SourceOptions) -> bool:
    fields = (opts.id_field, *opts.text_fields) if opts.id_field else opts.text_fields
    return any(isinstance(_field(obj, name), float) for name in fields)


def _field(obj: dict[str, object], name: str) -> object:
    """obj[name], or a dotted path into nested objects (`article.body`)."""
    if name in obj:
        return obj[name]
    cur: object = obj
    for part in name.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


_SURROGATE = compiled("[\ud800-\udfff]")


def _no_surrogates(s: str) -> str:
    """JSON may escape lone surrogates ("\\ud800") that no encoder writes; U+FFFD keeps every offset."""
    # An ASCII string holds none, and one the UTF-16 codec accepts holds none either: both are checked in C,
    # several times faster than the regex engine's search (which still finds them when there are some).
    if s.isascii():
        return s
    try:
        s.encode("utf-16-le")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", s)
    return s
