"""What the walker hands to the loaders: small picklable work items, the options and limits that decide
which documents are read, the `Document` a loader returns and the `SourceError` it raises.

Sources (contract v1): the path as given; `-` for stdin; `ARCHIVE!MEMBER` inside a zip or tar (nested
archives chain: `outer.zip!inner.tar.gz!a.txt`); `FILE!ID` (with `--id-field`) or `FILE!LINE` (1-based) for
a JSONL line.

Most records are named tuples: immutable, compared and hashed by their fields and written `Name(field=…)`, as
frozen dataclasses are, and defined in a tenth of the time: a frozen dataclass with slots takes about a
millisecond to define at import (its methods are generated as source text and compiled), and seven of them
were a visible share of a one-article start. `LineItem` and `Failed` stay dataclasses: the cluster planner
makes changed copies of them with `dataclasses.replace`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple

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


class Document(NamedTuple):
    source: str
    text: str
    encoding: str
    # Bytes replaced with U+FFFD because they could not be decoded (the rest of the document is still read).
    decode_errors: int = 0
    # A publication date the page itself states (HTML metadata), and where it was found.
    ref_date: date | None = None
    ref_date_source: str | None = None


class Limits(NamedTuple):
    max_size: int = MAX_DOCUMENT_BYTES
    max_ratio: float = DEFAULT_MAX_RATIO
    max_depth: int = DEFAULT_MAX_DEPTH


class SourceOptions(NamedTuple):
    """Everything that decides which documents are read and how; picklable, sent to workers once."""

    recursive: bool = False
    follow_symlinks: bool = False
    hidden: bool = False
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    encoding: str | None = None
    text_fields: tuple[str, ...] = DEFAULT_TEXT_FIELDS
    id_field: str | None = None
    limits: Limits = Limits()  # immutable: one shared default is safe


class FileItem(NamedTuple):
    """A document on disk; read by whoever loads it (a worker, so reading is parallel too). `named`: a path
    the user named that the walker handed on without looking at it (`Walker.defer_named`); its loader
    reports what the walker would have said of it (no such file, a directory)."""

    source: str
    path: str
    kind: Kind = "text"
    named: bool = False


class BytesItem(NamedTuple):
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


def display_name(name: str) -> str:
    """A name fit for output. File systems and tar headers hand out undecodable bytes as surrogates, which
    no UTF-8 writer accepts: old Chinese archives name files in GBK, so try that, else escape the bytes."""
    try:
        name.encode("utf-8")
        return one_line(name)
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogateescape")
    try:
        return one_line(raw.decode("gb18030"))
    except UnicodeDecodeError:
        return one_line(raw.decode("utf-8", "backslashreplace"))


def one_line(s: str) -> str:
    return s.replace("\n", " ").replace("\r", " ")
