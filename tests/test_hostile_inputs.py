"""Hostile and damaged inputs: bad bytes are replaced and counted, UTF-16 without a mark and Word's vertical
tabs are text, a lying <meta charset> does not win over a decode that validates, HTML gives the article body
(not navigation, ads or teasers) with the page's publication date, archives report every member they do
not read."""

from __future__ import annotations

import io
import json
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from factx.cli import main
from factx.cli.env import Environment
from factx.inputs import (
    Failed,
    SourceError,
    SourceOptions,
    Walker,
    decode,
    decode_html,
    html_to_text,
    iter_documents,
    load,
)
from factx.inputs.decode import read_bytes

ZH = "一二三，今年投资4568万元建设16个重点项目，比去年增长4.3%。全县一共有120所学校。"


def invoke(args: list[str]) -> tuple[int, str, str]:
    env = Environment.fake()
    result = CliRunner().invoke(main, args, obj=env, catch_exceptions=False)
    return result.exit_code, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


# --- decoding -------------------------------------------------------------------------------------------


def test_one_bad_byte_in_utf8_keeps_the_article() -> None:
    data = ZH.encode()
    data = data[:6] + b"\xff" + data[6:]  # between 二 and 三
    d = read_bytes(data)
    assert (d.encoding, d.errors) == ("utf-8", 1)
    assert d.text == ZH[:2] + "\ufffd" + ZH[2:]


def test_gbk_cut_mid_character() -> None:
    d = read_bytes(ZH.encode("gbk")[:-1])
    assert (d.encoding, d.errors) == ("gb18030", 1)
    assert d.text == ZH[:-1] + "\ufffd"


def test_utf8_cut_mid_character_is_not_read_as_gbk() -> None:
    d = read_bytes(ZH.encode()[:-2])
    assert d.encoding == "utf-8"
    assert d.text.startswith(ZH[:-1])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_holding_yi(codec: str) -> None:
    assert "\u4e00" in ZH
    assert decode(ZH.encode(codec)) == (ZH, codec)


def test_vertical_tabs_are_text() -> None:
    data = ("第一段\v第二段\v" * 40 + ZH).encode()
    text, enc = decode(data)
    assert enc == "utf-8"
    assert text.endswith(ZH)


def test_too_many_bad_bytes_is_an_error_and_binary_is_skipped() -> None:
    with pytest.raises(SourceError) as e:
        decode(bytes(range(256)) * 8)
    assert e.value.skipped
    with pytest.raises(SourceError, match="cannot decode as utf-8"):
        decode(ZH.encode("gbk"), "utf-8")


def test_forced_encoding_replaces_a_few_bad_bytes() -> None:
    d = read_bytes(ZH.encode()[:-1], "utf-8")
    assert d.errors == 2  # the two bytes left of the cut 。
    assert d.text.startswith(ZH[:-1])


def test_decode_errors_in_json_and_a_warning(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(ZH.encode()[:6] + b"\xff" + ZH.encode()[6:])
    good = tmp_path / "good.txt"
    good.write_text(ZH, encoding="utf-8")
    code, out, err = invoke(["extract", "--format", "json", "--jobs", "1", str(bad), str(good)])
    assert code == 0
    docs = json.loads(out)
    assert [d["decode_errors"] for d in docs] == [1, 0]
    assert any(f["text"] == "4568万元" for f in docs[0]["facts"])
    warnings = [line for line in err.splitlines() if "undecodable" in line]
    assert len(warnings) == 1 and "bad.txt" in warnings[0]
    code, _, err = invoke(["show", str(bad)])
    assert code == 0
    assert "1 undecodable byte" in err


# --- HTML -----------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}">
<title>云台县新建16个重点项目</title>
<meta property="article:published_time" content="2020-07-14T09:30:00+08:00">
<style>.nav {{color: red}}</style><script>var views = 88888;</script>
</head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/b">2019年专题</a></li></ul></div>
<div class="ad">广告：买一送一，仅售99元！</div>
<div class="main"><article>
<h1>云台县新建16个重点项目</h1>
<p>本报讯 今年投资4568万元，在城关镇新建16个重点项目，比去年增长4.3%。
县政府有关负责人表示，这些项目覆盖农业、教育和医疗等多个领域，将在年底前全部完工。</p>
<p>据介绍，昨日开工的示范基地占地1800亩，带动周边农户种植2.3万亩，亩均增收1700多元。
当地村民说，基地建成以后，家门口就能打工挣钱。</p>
</article></div>
<aside class="related"><h3>相关新闻</h3><ul><li><a href="/x">邻县投资9亿元建设新城</a></li>
<li><a href="/y">某市3000人参加马拉松</a></li></ul></aside>
<div class="footer">版权所有 2001-2020 某某新闻网</div>
</body></html>
"""


def _page(tmp_path: Path, data: bytes, name: str = "page.html") -> dict[str, object]:
    p = tmp_path / name
    p.write_bytes(data)
    code, out, err = invoke(["extract", "--format", "json", str(p)])
    assert code == 0, err
    return json.loads(out)[0]  # type: ignore[no-any-return]


def test_html_article_body_and_publication_date(tmp_path: Path) -> None:
    doc = _page(tmp_path, PAGE.format(charset="utf-8").encode())
    texts = [f["text"] for f in doc["facts"]]  # type: ignore[index,union-attr]
    assert "4568万元" in texts and "1800亩" in texts
    for teaser in ("9亿元", "3000人", "99元", "88888", "2019年", "2001"):
        assert not any(teaser in t for t in texts), teaser
    assert doc["ref_date"] == "2020-07-14"
    assert doc["ref_date_source"] == "page: meta article:published_time"
    yesterday = next(f for f in doc["facts"] if f["text"] == "昨日")  # type: ignore[union-attr]
    assert yesterday["value"] == "2020-07-13"


def test_a_lying_meta_charset_loses_to_valid_utf8(tmp_path: Path) -> None:
    doc = _page(tmp_path, PAGE.format(charset="gb2312").encode("utf-8"))
    assert doc["encoding"] == "utf-8"
    assert any(f["text"] == "4568万元" for f in doc["facts"])  # type: ignore[union-attr]
    doc = _page(tmp_path, PAGE.format(charset="utf-8").encode("gbk"), "gbk.html")
    assert doc["encoding"] == "gb18030"
    assert any(f["text"] == "4568万元" for f in doc["facts"])  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("head", "where"),
    [
        ('<script type="application/ld+json">{"@graph": [{"datePublished": "2021-03-02"}]}</script>',
         "page: JSON-LD datePublished"),
        ("", "page: <time datetime>"),
    ],
)  # fmt: skip
def test_other_publication_dates(head: str, where: str) -> None:
    from factx.inputs.markup import read_html

    page = f"<html><head>{head}</head><body><p>发布于 <time datetime='2021-03-02'>3月2日</time></p></body></html>"
    doc = read_html("x", page.encode())
    assert doc.ref_date is not None and doc.ref_date.isoformat() == "2021-03-02"
    assert doc.ref_date_source == where


def test_close_tag_flood_is_linear() -> None:
    # A `</` not followed by a name opens a bogus comment, closed by the next ">" (as in a browser).
    flood = b"<p>" + b"</" * 300_000 + "><b>投资5万元</b></p>".encode()
    start = time.perf_counter()
    text, _ = decode_html(flood)
    assert time.perf_counter() - start < 3
    assert "投资5万元" in text


def test_visible_text_keeps_inline_figures_whole() -> None:
    assert html_to_text("<div>共<b>16</b>个项目</div><p>今年投资\n  4568万元</p>") == "共16个项目\n今年投资4568万元"


def test_without_the_html_extra_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    page = tmp_path / "p.html"
    page.write_text("<p>投资5万元</p>", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("投资5万元", encoding="utf-8")
    code, out, err = invoke(["extract", "--format", "jsonl", "--jobs", "1", str(text), str(page)])
    assert code == 1
    assert json.loads(out.splitlines()[0])["text"] == "5万元"
    assert "factx: cannot read" in err and "factx[html]" in err
    assert "Traceback" not in err


# --- archives -------------------------------------------------------------------------------------------


def test_zip_member_with_dotdot_and_tar_devices_are_reported(tmp_path: Path) -> None:
    zpath = tmp_path / "a.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("ok.txt", "投资5万元")
        zf.writestr("../evil.txt", "投资6万元")
    tpath = tmp_path / "a.tar"
    with tarfile.open(tpath, "w") as tf:
        data = "投资7万元".encode()
        info = tarfile.TarInfo("ok.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
        for name, kind in (("fifo", tarfile.FIFOTYPE), ("dev", tarfile.CHRTYPE), ("blk", tarfile.BLKTYPE)):
            info = tarfile.TarInfo(name)
            info.type = kind
            tf.addfile(info)
    results = list(iter_documents([str(zpath), str(tpath)]))
    failed = {r.source: r for r in results if isinstance(r, Failed)}
    assert [r.skipped for r in failed.values()] == [True] * 4
    assert "outside the archive" in failed[f"{zpath}!../evil.txt"].error
    assert "FIFO" in failed[f"{tpath}!fifo"].error
    assert "device" in failed[f"{tpath}!dev"].error and "device" in failed[f"{tpath}!blk"].error
    assert sum(1 for r in results if hasattr(r, "text")) == 2


def test_loaders_never_keep_lone_surrogates(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    dump.write_text('{"text": "投资5万元\\ud800"}\n', encoding="utf-8")
    walker = Walker(SourceOptions())
    (item,) = walker.items([str(dump)])
    doc = load(item)
    doc.text.encode("utf-8")
    code, out, _ = invoke(["extract", "--format", "json", str(dump)])
    assert code == 0
    json.loads(out)
