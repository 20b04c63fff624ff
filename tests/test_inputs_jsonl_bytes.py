"""orjson reads a dump line's bytes without decoding them first (issue 13) only where that is the same as
decoding them: every line below, whose bytes are not plain UTF-8 JSON (a byte-order mark, a bad or
legacy-encoded byte, control bytes, encoded surrogates, a forced encoding), gives the document or the error
that the standard path gives, and so does a plain line."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factx.inputs import LineItem, SourceError, SourceOptions
from factx.inputs import jsonl as jsonl_module
from factx.inputs.jsonl import load_line

pytest.importorskip("orjson")


def _read(item: LineItem, opts: SourceOptions, fast: bool) -> tuple[str, ...]:
    saved = jsonl_module._reader
    jsonl_module._reader = None if fast else jsonl_module._declines
    try:
        doc = load_line(item, opts)
    except SourceError as e:
        return ("error", str(e), str(e.source), str(e.skipped))
    finally:
        jsonl_module._reader = saved
    return ("doc", doc.source, doc.text, doc.encoding, str(doc.decode_errors))


ID = SourceOptions(id_field="id")
LINES = [
    '{"id": "a1", "text": "今年投资4725万元。"}\n'.encode(),
    b'\xef\xbb\xbf{"id": "a2", "text": "bom"}\n',
    b'{"id": "a3", "text": "bad \xff byte"}\n',
    '{"id": "a4", "text": "国内生产总值增长5%"}\n'.encode("gb18030"),
    '{"id": "a5", "text": "臺北市去年預算"}\n'.encode("big5"),
    b'{"id": "a6", "text": "encoded surrogate \xed\xa0\x80"}\n',
    b'{"id": "a7", "text": "control \x01\x02\x03"}\n',
    b'{"id": "a8", "text": "nul \x00"}\n',
    b'{"id": "a9", "text": "vt \x0b ff \x0c esc \x1b"}\n',
    b'{"id": "b1",\t"text":\r"tab and cr"}\r\n',
    b'{"id": "b2", "text": "x"} \x0c\n',
    b"\x01\x02\x03\x04\x05\x06\x07\x08" * 4 + b"\n",
    b'["not", "an object"]\n',
    b'{"id": 1.5, "text": "float id"}\n',
    b'{"id": "b3", "text": 12}\n',
    b'{"id": "b4", "text": "\\ud800 escaped"}\n',
    b"\xff\xfe{\x00}\x00\n\x00",
]


@pytest.mark.parametrize("encoding", [None, "utf-8"])
@pytest.mark.parametrize("line", LINES, ids=[f"line{i}" for i in range(len(LINES))])
def test_line_reads_as_the_standard_path_reads_it(line: bytes, encoding: str | None) -> None:
    item = LineItem("d.jsonl", 3, line, encoding)
    assert _read(item, ID, fast=True) == _read(item, ID, fast=False)
    forced = SourceOptions(id_field="id", encoding="gb18030")
    assert _read(LineItem("d.jsonl", 3, line), forced, fast=True) == _read(
        LineItem("d.jsonl", 3, line), forced, fast=False
    )


@given(st.text(max_size=40), st.binary(max_size=6), st.integers(0, 60))
def test_any_line_with_bytes_spliced_in(text: str, junk: bytes, at: int) -> None:
    line = ('{"id": "x", "text": ' + json.dumps(text, ensure_ascii=False) + "}\n").encode("utf-8", "surrogatepass")
    line = line[:at] + junk + line[at:]
    item = LineItem("d.jsonl", 1, line)
    assert _read(item, ID, fast=True) == _read(item, ID, fast=False)
