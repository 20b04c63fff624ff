"""The JSONL reader with orjson (the `fast` extra) reads every line as the standard `json.loads` path does
(issue 13): the same document, source and text, or the same one-line error, whatever the line holds: lone
surrogates escaped or raw, integers past 64 bits as ids, NaN, deep nesting, a byte-order mark, floats."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factx.inputs import LineItem, SourceError, SourceOptions
from factx.inputs import jsonl as jsonl_module
from factx.inputs.jsonl import load_line

orjson = pytest.importorskip("orjson")


def _read(line: bytes, opts: SourceOptions, fast: bool) -> tuple[str, ...]:
    saved = jsonl_module._reader
    jsonl_module._reader = None if fast else jsonl_module._declines
    try:
        doc = load_line(LineItem("d.jsonl", 7, line), opts)
    except SourceError as e:
        return ("error", str(e), str(e.source), str(e.skipped))
    finally:
        jsonl_module._reader = saved
    return ("doc", doc.source, doc.text, doc.encoding, str(doc.decode_errors))


def _same(line: bytes, opts: SourceOptions) -> None:
    assert _read(line, opts, fast=True) == _read(line, opts, fast=False), line


ID = SourceOptions(id_field="id")
NESTED = SourceOptions(text_fields=("article.body", "text"), id_field="meta.id")

HOSTILE = [
    b'{"id": "a1", "text": "\\u6295\\u8d445\\u4e07\\u5143"}\n',
    '{"id": 7, "text": "投资5万元，增长4.3%"}\n'.encode(),
    b'{"id": "x", "text": "lone \\ud800 high"}\n',
    b'{"id": "x\\udc00", "text": "lone low"}\n',
    b'{"id": "a", "text": "pair \\ud83d\\ude00 ok"}\n',
    b'{"id": 123456789012345678901234567890, "text": "big id"}\n',
    b'{"id": 18446744073709551616, "text": "just past 64 bits"}\n',
    b'{"id": -9223372036854775809, "text": "just past 64 bits, negative"}\n',
    b'{"id": 1.5, "text": "float id"}\n',
    b'{"id": true, "text": "bool id"}\n',
    b'{"id": "  ", "text": "blank id"}\n',
    b'{"id": "a\\nb", "text": "id with a line break"}\n',
    b'{"text": 123456789012345678901234567890}\n',
    b'{"text": 1e400}\n',
    b'{"text": NaN}\n',
    b'{"id": Infinity, "text": "x"}\n',
    b"123456789012345678901234567890\n",
    b"[1, 2]\n",
    b'"just a string"\n',
    b"null\n",
    b'{"text": "a", "text": "b"}\n',
    b'{"text": "tab\there"}\n',
    b'{"text": "x"} trailing\n',
    b'{"text": "x",}\n',
    b'\xef\xbb\xbf{"text": "bom"}\n',
    b'{"text": "bad byte \xff here"}\n',
    b'{"text": "nul \x00 byte"}\n',
    b"[" * 5000 + b"]" * 5000 + b"\n",
    b'{"a": ' * 1100 + b"1" + b"}" * 1100 + b"\n",
    b'{"article": {"body": "nested \\ud800"}, "meta": {"id": 99999999999999999999}}\n',
    b'{"article": {"body": 2.5}}\n',
    b'{"content": "the second field"}\n',
    b"{}\n",
    b"   \t \n",
]


@pytest.mark.parametrize("line", HOSTILE, ids=[f"line{i}" for i in range(len(HOSTILE))])
@pytest.mark.parametrize("opts", [SourceOptions(), ID, NESTED], ids=["plain", "id", "nested"])
def test_hostile_lines_read_alike(line: bytes, opts: SourceOptions) -> None:
    _same(line, opts)


def test_the_accelerator_is_used_and_leaves_no_surrogate() -> None:
    # Guards the test above: both paths really ran (the fast one reads this line without falling back).
    line = b'{"id": "a1", "text": "\\u6295\\u8d44 5 \\u4e07"}\n'
    assert jsonl_module._accelerator()(line.decode()) == {"id": "a1", "text": "投资 5 万"}
    assert _read(line, ID, fast=True) == ("doc", "d.jsonl!a1", "投资 5 万", "utf-8", "0")
    doc = _read(b'{"text": "a\\ud800b"}\n', SourceOptions(), fast=True)
    assert doc[2] == "a\ufffdb"


_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["text", "id", "body"]), inner),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["id", "text", "content", "article", "meta"]), _VALUES, max_size=4),
    st.booleans(),
)
def test_generated_objects_read_alike(obj: dict[str, object], ascii_only: bool) -> None:
    # json.dumps writes lone surrogates and NaN as they are: the lines a careless producer writes too.
    line = json.dumps(obj, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass") + b"\n"
    for opts in (SourceOptions(), ID, NESTED):
        _same(line, opts)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=60))
def test_arbitrary_bytes_read_alike(data: bytes) -> None:
    _same(b'{"id": "q", "text": "' + data + b'"}\n', ID)
    _same(data + b"\n", ID)
