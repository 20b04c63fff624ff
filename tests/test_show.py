"""factx show: the article with highlighted figures; the HTML view parsed without a browser."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner

from factx import analyze
from factx.cli import main
from factx.model import render_value
from factx.review.show import paragraphs, render_html

FIX = Path(__file__).parent / "fixtures" / "review"
MARKUP = FIX / "markup.txt"
SOURCE = FIX / "source.txt"


class Marks(HTMLParser):
    """Collects <mark data-value> spans (text, type, value, title), and every tag seen."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str]] = []
        self.tags: list[str] = []
        self._open: dict[str, str] | None = None
        self.text: list[str] = []
        self.article: list[str] = []  # the text of the paragraphs, note numbers left out
        self._in_p = self._in_sup = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_p = self._in_p or tag == "p"
        self._in_sup = self._in_sup or tag == "sup"
        a = {k: v or "" for k, v in attrs}
        if tag == "mark" and "data-value" in a:
            self._open = {**a, "text": ""}

    def handle_endtag(self, tag: str) -> None:
        self._in_p = self._in_p and tag != "p"
        self._in_sup = self._in_sup and tag != "sup"
        if tag == "mark" and self._open is not None:
            self.marks.append(self._open)
            self._open = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_p and not self._in_sup:
            self.article.append(data)
        if self._open is not None:
            self._open["text"] += data


def parse(page: str) -> Marks:
    p = Marks()
    p.feed(page)
    p.close()
    return p


def test_html_every_fact_highlighted_with_its_value() -> None:
    for path in (SOURCE, MARKUP):
        text = path.read_text("utf-8")
        facts = analyze(text).facts
        assert facts
        p = parse(render_html(text, facts, str(path)))
        assert [(m["text"], m["data-type"], m["data-value"]) for m in p.marks] == [
            (f.text, f.type, render_value(f.value)) for f in facts
        ]
        for m, f in zip(p.marks, facts, strict=True):
            assert f.type in m["class"].split()
            assert m["title"].startswith(f.type)  # value and type on hover


def test_html_escapes_text_and_is_self_contained() -> None:
    text = MARKUP.read_text("utf-8")
    page = render_html(text, analyze(text).facts, "a <b> & title")
    p = parse(page)
    assert "script" not in p.tags and "b" not in p.tags  # the article's markup is text, not tags
    body = "".join(p.text)
    assert '<script>alert("x")</script>' in body and "A&B公司" in body and "<b>" in body
    assert "<title>a &lt;b&gt; &amp; title · factx</title>" in page
    assert "<style>" in page and "<link" not in page and "src=" not in page
    # the whole text survives: the page's text holds every paragraph in order
    assert "".join(text.split()) == "".join("".join(p.article).split())


def test_notes_numbered_below_each_paragraph() -> None:
    text = SOURCE.read_text("utf-8")
    facts = analyze(text).facts
    paras = paragraphs(text, facts)
    assert len(paras) == 4
    numbers = [n for p in paras for n, _ in p.notes]
    assert numbers == list(range(1, len(facts) + 1))
    p = parse(render_html(text, facts, "s"))
    assert p.tags.count("li") == len(facts) and p.tags.count("section") == 4


def test_cli_terminal_view_plain_when_piped() -> None:
    result = CliRunner().invoke(main, ["show", str(SOURCE)])
    assert result.exit_code == 0
    out = result.stdout
    assert "\x1b[" not in out
    assert "总投资[4725万元]⁴" in out  # bracketed figure + note number when there is no color
    assert "⁴ money" in out and "¥47,250,000" in out


def test_cli_color_always_and_no_color() -> None:
    result = CliRunner().invoke(main, ["show", "--color", "always", str(SOURCE)])
    assert "\x1b[" in result.stdout and "[4725万元]" not in result.stdout
    result = CliRunner().invoke(main, ["show", "--color", "always", str(SOURCE)], env={"NO_COLOR": "1"})
    assert "[4725万元]" in result.stdout  # NO_COLOR: the figures are marked by brackets instead


def test_cli_html_file(tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    result = CliRunner().invoke(main, ["show", "--html", str(out), str(MARKUP)])
    assert result.exit_code == 0 and out.exists()
    assert len(parse(out.read_text("utf-8")).marks) == len(analyze(MARKUP.read_text("utf-8")).facts)
    result = CliRunner().invoke(main, ["show", "--html", "-", str(MARKUP)])
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert CliRunner().invoke(main, ["show", str(FIX / "missing.txt")]).exit_code == 2
