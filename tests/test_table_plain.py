"""The line-by-line table writer (`render.plain_table`) draws what rich's Table draws: byte for byte without
colour, the same characters in the same styles with colour; it takes over for groups too big for rich, keeps
figures whole when it folds, and lets no control character through."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

import pytest
from rich.console import Console
from rich.style import Style
from rich.text import Text

import factx
from factx.cli.env import Environment
from factx.model import DocResult
from factx.render import facts as render_facts
from factx.render import plain_table
from factx.render.facts import RICH_TABLE_ROWS, fact_columns, fact_row, group_of, rich_table, write_table
from factx.render.plain_table import Cell, Column, print_table, wrap_words
from factx.render.values import TYPE_STYLE

# Sentences written for these tests: long ones fold at 80 columns, subjects make the About column wrap.
ARTICLE = (
    "据市统计局今天发布的数据，今年1—9月全市规模以上工业企业实现营业收入2715.6亿元，同比增长20.3%，"
    "两年平均增长4.9%；其中高新技术产业完成投资865.2亿元，比去年同期增加87个项目。\n"
    "县第一人民医院2019年共完成先天性心脏病手术1200台次，救治患儿3.5万人次，累计投入专项救助资金4725万元。\n"
    "2020年7月14日，当地法院以非法吸收公众存款罪判处被告人有期徒刑三年，并处罚金50万元，责令退赔集资款1.2亿元。\n"
    "The council said on Tuesday it would spend £23.7m on 16 new schools, up from £22.9m last year, "
    "a rise of 3.5% that the finance committee approved in February 2020.\n"
)


def _render(draw: Callable[[Console], object], width: int, color: bool) -> str:
    env = Environment.fake(width=width, color="always" if color else "never")
    draw(env.console())
    return env.stdout.getvalue()  # type: ignore[attr-defined]


def _print(renderable: object, console: Console) -> None:
    console.print(renderable)


def _styled(s: str) -> list[tuple[str, Style]]:
    """Every character with the style it is shown in: two outputs that differ only in how their escape codes
    are grouped give the same list."""
    console = Console(width=10_000, color_system="truecolor")
    out: list[tuple[str, Style]] = []
    for line in s.split("\n"):
        for seg in Text.from_ansi(line).render(console):
            out += [(ch, seg.style or Style()) for ch in seg.text]
        out.append(("\n", Style()))
    return out


def _groups() -> list[tuple[str, list[Cell], tuple[Column, ...], list[tuple[Cell, ...]]]]:
    res = factx.analyze(ARTICLE)
    groups = []
    for key, title in render_facts.GROUPS:
        facts = [f for f in res.facts if group_of(f) == key]
        if facts:
            style = TYPE_STYLE[key.split(":")[0]]
            rows = [fact_row(ARTICLE, f, res.facts, style) for f in facts]
            groups.append((f"{title} ({len(facts)})", style, fact_columns(style), rows))
    return groups


def test_the_article_has_tables_that_fold() -> None:
    groups = _groups()
    assert len(groups) >= 4
    title, style, columns, rows = groups[0]
    out = _render(lambda c: print_table(c, title, f"bold {style}", columns, rows), 80, False)
    assert len(out.splitlines()) > len(rows) + 5  # some sentence took more than one line


@pytest.mark.parametrize("width", [80, 100, 120, 160])
@pytest.mark.parametrize("color", [False, True], ids=["plain", "color"])
def test_same_table_as_rich(width: int, color: bool) -> None:
    for title, style, columns, rows in _groups():
        table = rich_table(title, f"bold {style}", columns, rows)
        expected = _render(partial(_print, table), width, color)
        got = _render(partial(print_table, title=title, title_style=f"bold {style}", columns=columns, rows=rows),
                      width, color)  # fmt: skip
        if color:
            assert "\x1b[" in got
            assert _styled(got) == _styled(expected), title
        else:
            assert got == expected, title


def test_style_comparison_sees_a_difference() -> None:
    assert _styled("\x1b[1mA\x1b[0m\x1b[1mB\x1b[0m") == _styled("\x1b[1mAB\x1b[0m")
    assert _styled("\x1b[2m x\x1b[0m") != _styled(" \x1b[2mx\x1b[0m")


def _big_document(unit: str, n: int) -> DocResult:
    text = unit * n
    res = factx.analyze(text)
    return DocResult(source="big.txt", text=text, facts=res.facts, lang=res.lang)


def test_a_big_group_is_drawn_by_the_plain_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _big_document("项目总投资4725万元，增长4.3%。\n", RICH_TABLE_ROWS + 20)
    called: list[int] = []
    monkeypatch.setattr(plain_table, "print_table", lambda *a: called.append(len(a[4])))
    write_table(Environment.fake().console(), [doc])
    assert called == [RICH_TABLE_ROWS + 20, RICH_TABLE_ROWS + 20]  # money and percent, neither by rich


_NOT_SGR = re.compile(r"\x1b(?!\[[0-9;]*m)|[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize("color", [False, True], ids=["plain", "color"])
def test_no_escape_reaches_the_terminal_from_a_big_table(color: bool) -> None:
    unit = "投资\x1b]52;c;ZXZpbA==\x074568万元\x1b[2J，\x1b]8;;http://x.test/\x1b\\增长\u202e4.3%\x9b。\n"
    doc = _big_document(unit, RICH_TABLE_ROWS + 5)
    env = Environment.fake(width=100, stdout_isatty=True, color="always" if color else "never")
    write_table(env.console(), [doc])
    out = env.stdout.getvalue()  # type: ignore[attr-defined]
    assert "¥45,680,000" in out and "␛]52;c;" in out
    assert not _NOT_SGR.search(out)


def test_a_narrow_sentence_column_never_splits_a_figure() -> None:
    sentence = "全县今年共投入资金4725万元用于改造农村公路"
    start = sentence.index("4725万元")
    keep = ((start, start + len("4725万元")),)
    columns = (Column("At", justify="right"), Column("Sentence", wrap="figures"))
    rows = [(Cell("1:1"), Cell(sentence, keep=keep, style="dim", highlight="bold"))]
    env = Environment.fake(width=20)
    print_table(env.console(), "T", "", columns, rows)
    lines = env.stdout.getvalue().splitlines()  # type: ignore[attr-defined]
    assert any("4725万元" in line for line in lines)
    assert "".join(line[7:].strip() for line in lines[4:]) == sentence


def test_a_control_character_in_a_cell_is_made_visible() -> None:
    columns = (Column("Text"),)
    env = Environment.fake(width=40)
    print_table(env.console(), "T\x1b[2J", "", columns, [(Cell("a\x1b]0;x\x07b"),)])
    out = env.stdout.getvalue()  # type: ignore[attr-defined]
    assert "\x1b" not in out and "\x07" not in out and "a␛]0;x␇b" in out and "T␛[2J" in out


@pytest.mark.parametrize(
    "text", ["investment · 去年同期", "price · 全市社会消费品零售总额", "relative to an unknown date", "", "一二三"]
)
@pytest.mark.parametrize("width", [3, 6, 10, 18])
def test_words_wrap_as_rich_wraps_them(text: str, width: int) -> None:
    console = Console(width=width)
    expected = [line.plain.rstrip() for line in Text(text, overflow="fold").wrap(console, width)]
    assert wrap_words(text, width) == (expected or [""])
