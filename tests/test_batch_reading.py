"""Reading a file asks for its size plus one byte, not for the whole size limit (issue 13): files whose size
says nothing (a named pipe reports 0) are still read whole, the limit still holds, and an ordinary file reads
the same bytes as before."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from factx.inputs import FileItem, SourceError, SourceOptions, load
from factx.inputs.items import Limits


def _opts(max_size: int) -> SourceOptions:
    return SourceOptions(limits=Limits(max_size=max_size))


def test_ordinary_file_and_the_limit(tmp_path: Path) -> None:
    text = "今年投资4568万元，增长4.3%。\n" * 50
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    size = p.stat().st_size
    assert load(FileItem("a.txt", str(p)), _opts(size)).text == text
    with pytest.raises(SourceError, match="too large"):
        load(FileItem("a.txt", str(p)), _opts(size - 1))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize(("limit", "whole"), [(10_000, True), (100, False)])
def test_named_pipe_reporting_size_zero_is_read_whole_within_the_limit(tmp_path: Path, limit: int, whole: bool) -> None:
    data = ("去年有49名儿童接受手术。" * 40).encode()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        try:
            with open(fifo, "wb") as w:
                for i in range(0, len(data), 97):  # in pieces, as a writer would
                    w.write(data[i : i + 97])
                    w.flush()
        except BrokenPipeError:  # the reader stopped at the limit
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        if whole:
            assert load(FileItem("pipe.txt", str(fifo)), _opts(limit)).text == data.decode()
        else:
            with pytest.raises(SourceError, match="too large"):
                load(FileItem("pipe.txt", str(fifo)), _opts(limit))
    finally:
        writer.join(5)
