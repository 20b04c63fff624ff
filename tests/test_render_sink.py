"""`render.sink`: output written as UTF-8 bytes under standard output is byte for byte what writing the text
would give, and any stream where that may not hold gets the text."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from factx.render.sink import ByteSink, TextSink, sink

PROBE = """
import sys
from factx.render.sink import sink
print("before", end="|")  # text already written goes out first
s = sink(sys.stdout)
s.write("中文 \\"quoted\\"\\n")
s.write_bytes("第二行：5万元\\n".encode())
s.write("end\\n")
s.flush()
sys.stdout.write(type(s).__name__)
"""


@pytest.mark.parametrize(
    ("env", "kind", "encoding"),
    [
        ({"PYTHONIOENCODING": "utf-8"}, "ByteSink", "utf-8"),
        ({"PYTHONIOENCODING": "utf-8", "PYTHONUNBUFFERED": "1"}, "ByteSink", "utf-8"),
        ({"PYTHONIOENCODING": "gb18030"}, "TextSink", "gb18030"),  # not UTF-8: the text layer encodes
    ],
)
def test_standard_output_gets_the_bytes_the_text_would_give(env: dict[str, str], kind: str, encoding: str) -> None:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUNBUFFERED")}
    p = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, env={**clean, **env}, timeout=60)
    assert p.returncode == 0, p.stderr
    text = 'before|中文 "quoted"\n第二行：5万元\nend\n'
    assert p.stdout == (text + kind).encode(encoding)


def test_other_streams_get_text() -> None:
    out = io.StringIO()
    s = sink(out)
    assert isinstance(s, TextSink)
    s.write("a\n")
    s.write_bytes("中\n".encode())
    assert out.getvalue() == "a\n中\n"
    # A text file opened here is not standard output: it may translate line ends, so it gets text too.
    assert not isinstance(sink(io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")), ByteSink)
