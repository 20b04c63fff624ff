"""Where the machine formats' output goes: text, and fragments that worker processes sent as UTF-8 bytes.

`sink(stream)` gives the stream's UTF-8 byte layer when writing there is exactly what writing the text would
do: the process's own standard output, when it encodes to UTF-8, without line buffering (a terminal's), on
a system whose line end is "\\n" (so its text layer translates nothing; a stream opened elsewhere may have
been told to). Then a worker's bytes are written as they came, without being decoded in the parent and
encoded again, and text is encoded with the stream's own error handler, as the stream would. Anything else
(a test's `StringIO`, the CRLF writer for Excel, a progress bar's proxy) gets the text, bytes decoded first.
Buffering stays the stream's: a `-u` run writes each fragment at once.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from typing import IO


class TextSink:
    """Writes to a text stream; bytes are decoded from UTF-8 first."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(text)

    def write_bytes(self, data: bytes) -> None:
        self.out.write(data.decode("utf-8"))

    def flush(self) -> None:
        self.out.flush()


class ByteSink:
    """Writes to the byte layer under a text stream (see the module doc); text is encoded as it would."""

    def __init__(self, out: io.TextIOWrapper) -> None:
        self.out = out
        self.raw = out.buffer
        self.errors = out.errors
        out.flush()  # what was written as text before goes out first

    def write(self, text: str) -> int:
        self.raw.write(text.encode("utf-8", self.errors))
        return len(text)

    def write_bytes(self, data: bytes) -> None:
        self.raw.write(data)

    def flush(self) -> None:
        self.out.flush()  # the text layer holds nothing: this flushes the byte layer under it


def sink(out: IO[str]) -> TextSink | ByteSink:
    """The sink for `out` (see the module doc)."""
    if out is sys.__stdout__ and isinstance(out, io.TextIOWrapper) and os.linesep == "\n" and not out.line_buffering:
        try:
            utf8 = codecs.lookup(out.encoding).name == "utf-8"
        except LookupError:
            utf8 = False
        if utf8:
            return ByteSink(out)
    return TextSink(out)
