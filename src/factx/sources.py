"""Reading documents: paths, directories, archives, JSONL dumps, HTML and stdin → `Document`s or errors.

Two steps, so that the slow part can run in worker processes:

1. `Walker.items(paths)` walks the inputs *lazily* and yields small, picklable work items in a deterministic
   order: a file on disk (`FileItem`), an archive member or stdin already read into memory (`BytesItem`), one
   line of a JSONL dump (`LineItem`), or a document that already failed (`Failed`, e.g. a missing file or a
   member over the size limit). Items hold at most one document each (bounded by the size limit), so
   memory does not grow with the number of documents; only UTF-16/32 JSONL dumps are decoded here, line by
   line, to cut them into UTF-8 lines.
2. `load(item, options)` turns one item into a `Document(source, text, encoding)` or raises `SourceError`
   with a one-line reason. This is where bytes are read, decoded, JSON-parsed and HTML-stripped.

Sources (contract v1): the path as given; `-` for stdin; `ARCHIVE!MEMBER` inside a zip or tar (nested
archives chain: `outer.zip!inner.tar.gz!a.txt`); `FILE!ID` (with `--id-field`) or `FILE!LINE` (1-based) for
a JSONL line.

Walking: directories only with `recursive`; entries in name order (code point order), depth first; names
starting with "." skipped unless `hidden`; symbolic links inside directories not followed unless
`follow_symlinks`, and then every real directory is read once, so a link loop cannot hang the walk. Paths
named explicitly are always read (links followed, never filtered). `include` / `exclude` are glob patterns
matched against the file name and against the path relative to the directory or archive walked; archives
found in a directory are always opened (unless excluded) and the patterns then apply to their members.

Decoding order (first that fits wins; `encoding=` forces one instead):
  1. a byte-order mark: UTF-8, UTF-32, UTF-16;
  2. UTF-16 without a mark, when NUL bytes sit only on odd (LE) or only on even (BE) positions and the
     text decodes cleanly;
  3. binary content (NUL bytes, or over 5% control characters) is refused as "binary file, not text" —
     never read as a document without facts;
  4. strict UTF-8;
  5. GB18030 (a superset of GBK and GB2312); when its reading contains private-use characters (Big5 bytes
     read as GBK land there) Big5 and Big5-HKSCS are tried too and the reading with Chinese punctuation and
     no private-use characters wins;
  6. Big5, then Big5-HKSCS.
HTML files first honour a `<meta charset>` declaration (after a byte-order mark) when it decodes cleanly.

Limits (`Limits`): a document (file, member or JSONL line) over `max_size` bytes is refused; an archive member
whose compression ratio exceeds `max_ratio`, or an archive that expands to more than `max_ratio` times its
own size, is refused once it expands past 1 MiB (zip bombs); archives inside archives are opened down to
`max_depth` levels in all.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import IO, Literal

Kind = Literal["text", "html", "jsonl", "zip", "tar"]

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_RATIO = 100.0
DEFAULT_MAX_DEPTH = 3
# Ratio checks start here: a small file that compresses very well (a page of repeated rows) is no threat.
RATIO_FLOOR = 1024 * 1024
DEFAULT_TEXT_FIELDS = ("text", "content")


class SourceError(Exception):
    """A document that could not be read; the message is one line, fit for stderr.

    `skipped` marks content that is not text at all (binary), reported as skipped rather than failed.
    `source` overrides the item's source when loading learned a better one (a JSONL id).
    """

    def __init__(self, message: str, *, skipped: bool = False, source: str | None = None) -> None:
        super().__init__(message)
        self.skipped = skipped
        self.source = source


@dataclass(frozen=True, slots=True)
class Document:
    source: str
    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class Limits:
    max_size: int = MAX_DOCUMENT_BYTES
    max_ratio: float = DEFAULT_MAX_RATIO
    max_depth: int = DEFAULT_MAX_DEPTH


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """Everything that decides which documents are read and how; picklable, sent to workers once."""

    recursive: bool = False
    follow_symlinks: bool = False
    hidden: bool = False
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    encoding: str | None = None
    text_fields: tuple[str, ...] = DEFAULT_TEXT_FIELDS
    id_field: str | None = None
    limits: Limits = field(default_factory=Limits)


# --- work items ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileItem:
    """A document on disk; read by whoever loads it (a worker, so reading is parallel too)."""

    source: str
    path: str
    kind: Kind = "text"


@dataclass(frozen=True, slots=True)
class BytesItem:
    """A document already in memory: an archive member or stdin."""

    source: str
    data: bytes
    kind: Kind = "text"


@dataclass(frozen=True, slots=True)
class LineItem:
    """One line of a JSONL dump; its source becomes FILE!ID once the line is parsed."""

    file: str
    lineno: int
    data: bytes
    encoding: str | None = None  # set when the whole dump has a byte-order mark

    @property
    def source(self) -> str:
        return f"{self.file}!{self.lineno}"


@dataclass(frozen=True, slots=True)
class Failed:
    """A document that failed before it could be loaded (missing file, member over a limit …)."""

    source: str
    error: str
    skipped: bool = False


Item = FileItem | BytesItem | LineItem | Failed


def classify(name: str) -> Kind:
    """What a file is, by its name: an archive, a JSONL dump, an HTML page or plain text."""
    low = name.lower()
    if low.endswith(".zip"):
        return "zip"
    if low.endswith((".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".tar.gz", ".tar.bz2", ".tar.xz")):
        return "tar"
    if low.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if low.endswith((".html", ".htm", ".xhtml")):
        return "html"
    return "text"


# --- decoding -----------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
FALLBACK_ENCODINGS = ("gb18030", "big5", "big5hkscs")
_PUA = re.compile("[\ue000-\uf8ff]")
_CJK_PUNCT = re.compile("[\u3000-\u303f\uff00-\uffef]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


# Control bytes that never occur in text (tab, newlines, form feed and escape do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not per byte in Python
    return controls > len(sample) * 0.05


def bom_encoding(data: bytes) -> tuple[str, str] | None:
    """(codec, reported name) when `data` starts with a byte-order mark."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # ASCII in UTF-16 has its zero byte on one side only; binary formats scatter zeros on both.
    codec = "utf-16-le" if odd and not even else "utf-16-be" if even and not odd else None
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if _CONTROLS.search(text) or _PUA.search(text):
        return None
    return text, codec


def _chinese_score(text: str) -> int:
    return len(_CJK_PUNCT.findall(text)) - 2 * len(_PUA.findall(text))


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding name), trying the module's documented order; SourceError when nothing fits."""
    if encoding:
        codec = encoding
        try:
            if codecs.lookup(encoding).name == "utf-8" and data.startswith(codecs.BOM_UTF8):
                codec = "utf-8-sig"  # a forced UTF-8 still drops the mark, so offsets start at the text
            return data.decode(codec), encoding
        except UnicodeDecodeError as e:
            raise SourceError(f"cannot decode as {encoding}: {_reason(e)}") from None
        except LookupError:
            raise SourceError(f"unknown encoding {encoding}") from None
    bom = bom_encoding(data)
    if bom:
        try:
            return data.decode(bom[0]), bom[1]
        except UnicodeDecodeError as e:
            raise SourceError(f"invalid {bom[1]} after byte-order mark: {_reason(e)}") from None
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        if utf16:
            return utf16
    if looks_binary(data):
        raise SourceError("binary file, not text", skipped=True)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for enc in FALLBACK_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "gb18030" and not _PUA.search(text):
            return text, enc  # the common case (GBK from older mainland systems) costs one decode
        score = _chinese_score(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is not None:
        return best[1], best[2]
    raise SourceError("undecodable bytes: not UTF-8, UTF-16, GB18030 or Big5 (use --encoding)")


def _reason(e: Exception) -> str:
    if isinstance(e, UnicodeDecodeError):
        return f"bad byte at offset {e.start}"
    return str(e)


# --- HTML ---------------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Declared names that old pages use for what is really a superset.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Visible text of an HTML page and the encoding used; a BOM, then <meta charset>, then `decode`."""
    if encoding or bom_encoding(data):
        raw, enc = decode(data, encoding)
    else:
        raw, enc = "", ""
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii").lower()
            codec = _CHARSET_ALIASES.get(declared, declared)
            with contextlib.suppress(UnicodeDecodeError, LookupError):  # declarations lie; then detect
                raw, enc = data.decode(codec), codec
        if not enc:
            raw, enc = decode(data)
    return html_to_text(raw), enc


_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object"})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
})  # fmt: skip
_BREAK = "\x00"  # block boundary marker while assembling; decoded text holds no NUL (binary check)
_WS = re.compile("[ \t\r\n\f\xa0]+")
_BREAKS = re.compile("[ \x00]*\x00[ \x00]*")


def _cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


def html_to_text(markup: str) -> str:
    """The text a reader sees: tags, scripts, styles and comments removed, entities resolved, one line per
    block element. A source line break between Chinese characters (or a Chinese character and a digit)
    vanishes, as it does on screen, so `投资\\n4568万元` reads as one figure; elsewhere whitespace runs
    become one space. Fact offsets refer to this text."""
    from html.parser import HTMLParser

    parts: list[str] = []

    class _Visible(HTMLParser):
        skip = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _SKIP_TAGS:
                self.skip += 1
            elif tag in _BLOCK_TAGS:
                parts.append(_BREAK)

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _BLOCK_TAGS:
                parts.append(_BREAK)

        def handle_endtag(self, tag: str) -> None:
            if tag in _SKIP_TAGS:
                self.skip = max(0, self.skip - 1)
            elif tag in _BLOCK_TAGS:
                parts.append(_BREAK)

        def handle_data(self, data: str) -> None:
            if not self.skip:
                parts.append(data.replace(_BREAK, " "))

    p = _Visible(convert_charrefs=True)
    p.feed(markup)
    p.close()
    text = "".join(parts)

    def space(m: re.Match[str]) -> str:
        if "\n" in m.group() or "\r" in m.group():
            s, e = m.start(), m.end()
            before, after = text[s - 1 : s], text[e : e + 1]
            pair = before + after
            if len(pair) == 2 and (_cjk(before) or _cjk(after)) and not any(c.isascii() and c.isalpha() for c in pair):
                return ""
        return " "

    text = _WS.sub(space, text)
    text = _BREAKS.sub("\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


# --- loading (runs in the worker) ---------------------------------------------------------------------


def load(item: Item, options: SourceOptions | None = None) -> Document:
    """Read and decode one work item; SourceError with a one-line reason when it cannot be read."""
    opts = options or SourceOptions()
    if isinstance(item, Failed):
        raise SourceError(item.error, skipped=item.skipped)
    if isinstance(item, LineItem):
        return _load_line(item, opts)
    data = _read_file(item.path, opts.limits.max_size) if isinstance(item, FileItem) else item.data
    if item.kind == "html":
        text, enc = decode_html(data, opts.encoding)
    else:
        text, enc = decode(data, opts.encoding)
    return Document(item.source, text, enc)


def _read_file(path: str, max_size: int) -> bytes:
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if stat.S_ISDIR(os.fstat(f.fileno()).st_mode):
                raise SourceError("is a directory (use -r to read the files in it)")
            if size > max_size:
                raise SourceError(f"file too large ({size} bytes; the limit is {max_size})")
            data = f.read(max_size + 1)  # the size may change under us; never read past the limit
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


def _load_line(item: LineItem, opts: SourceOptions) -> Document:
    import json

    line, enc = decode(item.data, item.encoding or opts.encoding)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise SourceError(f"invalid JSON: {e.msg} at column {e.colno}") from None
    except RecursionError:
        raise SourceError("invalid JSON: nested too deeply") from None
    except ValueError as e:  # e.g. an integer too long to convert
        raise SourceError(f"invalid JSON: {e}") from None
    if not isinstance(obj, dict):
        raise SourceError(f"not a JSON object but {type(obj).__name__}")
    source = item.source
    if opts.id_field:
        ident = _field(obj, opts.id_field)
        if isinstance(ident, str | int) and not isinstance(ident, bool) and str(ident).strip():
            source = f"{item.file}!{_one_line(_no_surrogates(str(ident)))}"
    for name in opts.text_fields:
        value = _field(obj, name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise SourceError(f"field {name!r} is {type(value).__name__}, not text", source=source)
        return Document(source, _no_surrogates(value), enc)
    names = " or ".join(repr(n) for n in opts.text_fields)
    raise SourceError(f"no {names} field (use --text-field)", source=source)


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


def _no_surrogates(s: str) -> str:
    """JSON may escape lone surrogates ("\\ud800") that no encoder writes; U+FFFD keeps every offset."""
    if not any("\ud800" <= c <= "\udfff" for c in s):
        return s
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in s)


def _one_line(s: str) -> str:
    return s.replace("\n", " ").replace("\r", " ")


def read_path(path: str, encoding: str | None = None) -> Document:
    """One plain document by path (`-` for stdin), without the walking: for library callers."""
    opts = SourceOptions(encoding=encoding)
    if path == "-":
        return load(_stdin_item(opts.limits.max_size), opts)
    return load(FileItem(path, path, "html" if classify(path) == "html" else "text"), opts)


def _stdin_item(max_size: int) -> Item:
    data = sys.stdin.buffer.read(max_size + 1)
    if len(data) > max_size:
        return Failed("-", f"input too large (over {max_size} bytes)")
    return BytesItem("-", data, "text")


# --- walking (runs in the parent) ---------------------------------------------------------------------


def display_name(name: str) -> str:
    """A name fit for output. File systems and tar headers hand out undecodable bytes as surrogates, which
    no UTF-8 writer accepts: old Chinese archives name files in GBK, so try that, else escape the bytes."""
    try:
        name.encode("utf-8")
        return _one_line(name)
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogateescape")
    try:
        return _one_line(raw.decode("gb18030"))
    except UnicodeDecodeError:
        return _one_line(raw.decode("utf-8", "backslashreplace"))


def _matches(patterns: tuple[str, ...], name: str, rel: str) -> bool:
    return any(fnmatchcase(name, p) or fnmatchcase(rel, p) for p in patterns)


class Walker:
    """Expands input paths into work items lazily. `ignored` counts what the rules left out (hidden files,
    symbolic links not followed, excluded files, special files; a skipped directory counts once) so the
    summary can say so;
    `on_notice` receives one-line notices that are not documents (a link loop)."""

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
            yield _stdin_item(self.opts.limits.max_size)
            return
        shown = display_name(path)
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
        return _matches(self.opts.exclude, name, rel)

    def _wanted(self, name: str, rel: str, kind: Kind) -> bool:
        """Filters for files found by walking: exclude always; include only for documents, not archives."""
        if self._excluded(name, rel):
            self.ignored["excluded file"] += 1
            return False
        includes = self.opts.include
        if includes and kind not in ("zip", "tar") and not _matches(includes, name, rel):
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

    # --- archives ---

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
        parts = [p for p in name.split("/") if p]
        if not self.opts.hidden and any(p.startswith(".") for p in parts):
            self.ignored["hidden file"] += 1
            return False
        return self._wanted(parts[-1] if parts else name, name, classify(name))

    def _zip(self, source: str, f: IO[bytes], size: int, depth: int) -> Iterator[Item]:
        import lzma
        import zipfile
        import zlib

        try:
            zf = zipfile.ZipFile(f)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
            yield Failed(source, f"not a readable zip archive: {e}")
            return
        limits = self.opts.limits
        with zf:
            infos = zf.infolist()
            expanded = 0
            for i, info in enumerate(infos):
                if info.is_dir():
                    continue
                if stat.S_ISLNK(info.external_attr >> 16):
                    self.ignored["symbolic link"] += 1
                    continue
                name = _zip_name(info)
                if not self._member_name_ok(name):
                    continue
                msrc = f"{source}!{name}"
                kind = classify(name)
                if info.flag_bits & 0x1:
                    yield Failed(msrc, "encrypted member, not read")
                    continue
                bad = self._member_checks(msrc, kind, info.file_size, info.compress_size, depth)
                if bad:
                    yield bad
                    continue
                expanded += info.file_size
                if expanded > RATIO_FLOOR and expanded > limits.max_ratio * max(size, 1):
                    rest = len(infos) - i
                    yield Failed(msrc, f"archive expands to over {limits.max_ratio:g} times its size (zip bomb?); "
                                       f"this and {rest - 1} later members not read")  # fmt: skip
                    return
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
                    continue
                name = display_name(ti.name)
                if not self._member_name_ok(name):
                    continue
                msrc = f"{source}!{name}"
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

    # --- JSONL dumps ---

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
                yield Failed(f"{source}!{lineno + 1}", f"undecodable {bom[1]}: {_reason(e)}; the rest is not read")
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
            if line.strip():
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


def iter_documents(paths: Iterable[str], options: SourceOptions | None = None) -> Iterator[Document | Failed]:
    """Every document of `paths` loaded in this process, in order: a Document or a Failed (library use)."""
    walker = Walker(options)
    for item in walker.items(paths):
        try:
            yield load(item, walker.opts)
        except SourceError as e:
            src = e.source or item.source
            yield Failed(src, str(e), e.skipped)
