"""inputs: decoding order, HTML text, walking rules, archives with their limits, JSONL dumps."""

from __future__ import annotations

import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from factx.inputs import (
    BytesItem,
    Failed,
    FileItem,
    Limits,
    LineItem,
    SourceError,
    SourceOptions,
    Walker,
    decode,
    decode_html,
    html_to_text,
    iter_documents,
    load,
)

ZH = "今年投资4568万元建设16个重点项目，比去年增长4.3%。"
HANT = "台北市政府今年編列預算3億元，補助120所學校。"


# --- decoding -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ZH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ZH.encode("utf-8"), "utf-8"),
        (ZH.encode("utf-16"), "utf-16"),
        (ZH.encode("utf-32"), "utf-32"),
        (ZH.encode("utf-16-le"), "utf-16-le"),
        (ZH.encode("utf-16-be"), "utf-16-be"),
        (ZH.encode("gbk"), "gb18030"),
        (HANT.encode("big5"), "big5"),
        (HANT.encode("gb18030"), "gb18030"),  # Traditional characters written in GBK stay GBK
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf32-bom", "utf16le", "utf16be", "gbk", "big5", "hant-gbk"],
)
def test_decoding_order(data: bytes, encoding: str) -> None:
    text, enc = decode(data)
    assert enc == encoding
    assert text in (ZH, HANT)  # the byte-order mark is never part of the text


def test_binary_is_skipped_not_empty() -> None:
    with pytest.raises(SourceError) as e:
        decode(bytes(range(256)) * 8)
    assert e.value.skipped
    assert "binary" in str(e.value)


def test_empty_is_text() -> None:
    assert decode(b"") == ("", "utf-8")


def test_forced_encoding() -> None:
    assert decode(ZH.encode("gbk"), "gbk") == (ZH, "gbk")
    assert decode(b"\xef\xbb\xbf" + ZH.encode(), "utf-8") == (ZH, "utf-8")
    with pytest.raises(SourceError, match="cannot decode as utf-8"):
        decode(ZH.encode("gbk"), "utf-8")


# --- HTML ---------------------------------------------------------------------------------------------


def test_html_visible_text() -> None:
    page = (
        "<html><head><title>新闻</title><style>p {color: red}</style>"
        "<script>var budget = '999万元';</script></head><body>"
        "<p>今年投资\n  4568万元&nbsp;建设</p><!-- 888万元 --><div>共<b>16</b>个项目</div>"
        "<p>Hello\nworld &amp; more</p></body></html>"
    )
    text = html_to_text(page)
    assert text.split("\n") == ["新闻", "今年投资4568万元 建设", "共16个项目", "Hello world & more"]
    assert "999" not in text and "888" not in text


def test_html_meta_charset() -> None:
    page = '<html><head><meta charset="gb2312"></head><body><p>投资5万元</p></body></html>'
    text, enc = decode_html(page.encode("gbk"))
    assert (text, enc) == ("投资5万元", "gb18030")


# --- walking ------------------------------------------------------------------------------------------


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def _sources(tmp: Path, paths: list[str], **opts: object) -> list[str]:
    walker = Walker(SourceOptions(**opts))  # type: ignore[arg-type]
    return [item.source.replace(str(tmp) + os.sep, "") for item in walker.items(paths)]


def test_walk_order_hidden_and_filters(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.txt", "a/b/c.txt", "a.txt", ".secret.txt", ".git/x.txt", "drafts/d.txt", "n.md"):
        _write(tmp_path / name, ZH)
    root = str(tmp_path)
    got = _sources(tmp_path, [root], recursive=True)
    assert got == ["a/b/c.txt", "a/z.txt", "a.txt", "b.txt", "drafts/d.txt", "n.md"]
    assert ".secret.txt" in _sources(tmp_path, [root], recursive=True, hidden=True)
    assert _sources(tmp_path, [root], recursive=True, include=("*.txt",), exclude=("drafts",)) == [
        "a/b/c.txt", "a/z.txt", "a.txt", "b.txt",
    ]  # fmt: skip
    assert _sources(tmp_path, [root], recursive=True, exclude=("a/*",)) == ["a.txt", "b.txt", "drafts/d.txt", "n.md"]


def test_directory_needs_recursive(tmp_path: Path) -> None:
    items = list(Walker().items([str(tmp_path)]))
    assert isinstance(items[0], Failed) and "use -r" in items[0].error


def test_missing_file_is_an_error_item(tmp_path: Path) -> None:
    (item,) = Walker().items([str(tmp_path / "nope.txt")])
    assert isinstance(item, Failed) and "no such file" in item.error


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlinks_and_loops(tmp_path: Path) -> None:
    _write(tmp_path / "d/a.txt", ZH)
    _write(tmp_path / "other/o.txt", ZH)
    os.symlink(tmp_path / "other", tmp_path / "d/link")
    os.symlink(tmp_path / "d", tmp_path / "d/loop")  # points back at its own parent
    root = str(tmp_path / "d")
    walker = Walker(SourceOptions(recursive=True))
    assert [i.source for i in walker.items([root])] == [f"{root}/a.txt"]
    assert walker.ignored["symbolic link"] == 2
    notices: list[str] = []
    walker = Walker(SourceOptions(recursive=True, follow_symlinks=True), on_notice=notices.append)
    assert [i.source for i in walker.items([root])] == [f"{root}/a.txt", f"{root}/link/o.txt"]
    assert len(notices) == 1 and "loop" in notices[0]


# --- archives -----------------------------------------------------------------------------------------


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _tar(path: Path, members: dict[str, bytes], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as t:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return path


def test_zip_and_tar_members(tmp_path: Path) -> None:
    z = _zip(tmp_path / "a.zip", {"x/1.txt": ZH.encode(), "dir/": b"", "2.txt": ZH.encode("gbk")})
    t = _tar(
        tmp_path / "b.tar.gz", {"3.txt": ZH.encode(), "sub/4.html": b"<p>\xe6\x8a\x95\xe8\xb5\x845\xe4\xb8\x87</p>"}
    )
    docs = list(iter_documents([str(z), str(t)]))
    assert [d.source for d in docs] == [f"{z}!x/1.txt", f"{z}!2.txt", f"{t}!3.txt", f"{t}!sub/4.html"]
    assert all(not isinstance(d, Failed) for d in docs)
    assert [d.encoding for d in docs] == ["utf-8", "gb18030", "utf-8", "utf-8"]  # type: ignore[union-attr]
    assert docs[3].text == "投资5万"  # type: ignore[union-attr]


@pytest.mark.parametrize("mode", ["w", "w:bz2", "w:xz"])
def test_tar_compressions(tmp_path: Path, mode: str) -> None:
    suffix = {"w": ".tar", "w:bz2": ".tar.bz2", "w:xz": ".tar.xz"}[mode]
    t = _tar(tmp_path / f"a{suffix}", {"1.txt": ZH.encode()}, mode)
    (doc,) = iter_documents([str(t)])
    assert doc.source == f"{t}!1.txt" and not isinstance(doc, Failed)


def test_nested_archives_and_depth_limit(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("deep.txt", ZH)
    middle = io.BytesIO()
    with zipfile.ZipFile(middle, "w") as z:
        z.writestr("inner.zip", inner.getvalue())
        z.writestr("m.txt", ZH)
    outer = _zip(tmp_path / "outer.zip", {"middle.zip": middle.getvalue()})
    got = list(iter_documents([str(outer)], SourceOptions(limits=Limits(max_depth=3))))
    assert [d.source for d in got] == [f"{outer}!middle.zip!inner.zip!deep.txt", f"{outer}!middle.zip!m.txt"]
    got = list(iter_documents([str(outer)], SourceOptions(limits=Limits(max_depth=2))))
    assert isinstance(got[0], Failed) and "too deep" in got[0].error
    assert got[1].source == f"{outer}!middle.zip!m.txt" and not isinstance(got[1], Failed)


def test_member_limits(tmp_path: Path) -> None:
    z = _zip(tmp_path / "a.zip", {"big.txt": ZH.encode() * 100, "bomb.txt": b"0" * (3 << 20), "ok.txt": ZH.encode()})
    got = list(iter_documents([str(z)], SourceOptions(limits=Limits(max_size=4096))))
    assert isinstance(got[0], Failed) and "too large" in got[0].error
    assert isinstance(got[1], Failed) and "too large" in got[1].error
    assert got[2].source.endswith("!ok.txt") and not isinstance(got[2], Failed)
    got = list(iter_documents([str(z)]))
    assert isinstance(got[1], Failed) and "compression ratio" in got[1].error
    assert not isinstance(got[2], Failed)


def test_tar_bomb_stops_before_inflating(tmp_path: Path) -> None:
    t = _tar(tmp_path / "bomb.tar.gz", {"a.txt": ZH.encode(), "zeros.txt": b"\0" * (4 << 20), "b.txt": ZH.encode()})
    got = list(iter_documents([str(t)]))
    assert not isinstance(got[0], Failed)
    assert isinstance(got[1], Failed) and "expands" in got[1].error and len(got) == 2


def test_corrupt_archives(tmp_path: Path) -> None:
    bad_zip = _write(tmp_path / "bad.zip", b"PK\x03\x04 not really")
    z = _zip(tmp_path / "ok.zip", {"1.txt": ZH.encode() * 50})
    cut = _write(tmp_path / "cut.tar.gz", _tar(tmp_path / "x.tar.gz", {"1.txt": os.urandom(20000)}).read_bytes()[:3000])
    got = list(iter_documents([str(bad_zip), str(cut), str(z)]))
    assert isinstance(got[0], Failed) and "zip" in got[0].error
    assert isinstance(got[1], Failed)
    assert got[2].source == f"{z}!1.txt"


# --- JSONL --------------------------------------------------------------------------------------------


def test_jsonl_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": ZH}, ensure_ascii=False),
        "{not json",
        "",
        json.dumps({"id": 7, "content": "共有49名儿童。"}, ensure_ascii=False),
        json.dumps({"id": "a4", "title": "no text"}),
        json.dumps({"meta": {"body": "增长三成。"}}, ensure_ascii=False),
        "[1, 2]",
    ]
    dump = _write(tmp_path / "d.jsonl", "\n".join(lines) + "\n")
    got = list(iter_documents([str(dump)], SourceOptions(id_field="id")))
    src = str(dump)
    assert [g.source for g in got] == [f"{src}!a1", f"{src}!2", f"{src}!7", f"{src}!a4", f"{src}!6", f"{src}!7"]
    assert got[0].text == ZH  # type: ignore[union-attr]
    assert isinstance(got[1], Failed) and "invalid JSON" in got[1].error
    assert isinstance(got[3], Failed) and "no 'text' or 'content' field" in got[3].error
    assert isinstance(got[4], Failed)  # default fields only
    assert isinstance(got[5], Failed) and "not a JSON object" in got[5].error
    got = list(iter_documents([str(dump)], SourceOptions(text_fields=("meta.body",))))
    assert got[4].text == "增长三成。"  # type: ignore[union-attr]


def test_jsonl_encodings_and_long_lines(tmp_path: Path) -> None:
    rows = [json.dumps({"text": ZH}, ensure_ascii=False), json.dumps({"text": "x" * 5000})]
    wide = _write(tmp_path / "w.ndjson", ("\n".join(rows) + "\n").encode("utf-16"))
    gbk = _write(tmp_path / "g.jsonl", ("\n".join(rows) + "\n").encode("gbk"))
    opts = SourceOptions(limits=Limits(max_size=1000))
    got = list(iter_documents([str(wide), str(gbk)], opts))
    assert [g.source for g in got] == [f"{wide}!1", f"{wide}!2", f"{gbk}!1", f"{gbk}!2"]
    assert got[0].text == ZH and got[2].text == ZH  # type: ignore[union-attr]
    assert got[2].encoding == "gb18030"  # type: ignore[union-attr]
    assert isinstance(got[3], Failed) and "too long" in got[3].error
    # A UTF-16 dump is decoded as a stream; its lines obey the same limit (memory stays bounded).
    assert isinstance(got[1], Failed) and "too long" in got[1].error


def test_jsonl_inside_archive(tmp_path: Path) -> None:
    z = _zip(tmp_path / "a.zip", {"dump.jsonl": (json.dumps({"text": ZH}, ensure_ascii=False) + "\n").encode()})
    (doc,) = iter_documents([str(z)])
    assert doc.source == f"{z}!dump.jsonl!1" and doc.text == ZH  # type: ignore[union-attr]


def test_load_items_directly(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.txt", ZH.encode("gbk"))
    assert load(FileItem(str(f), str(f))).encoding == "gb18030"
    assert load(BytesItem("-", ZH.encode())).text == ZH
    assert load(LineItem("d.jsonl", 3, b'{"text": "x"}')).source == "d.jsonl!3"
    with pytest.raises(SourceError, match="too large"):
        load(FileItem(str(f), str(f)), SourceOptions(limits=Limits(max_size=10)))
