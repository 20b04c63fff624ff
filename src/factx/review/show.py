"""The article itself with every figure numbered: paragraphs and their notes, and the self-contained HTML
page (inline CSS, no script; value and type on hover via title attributes) to send to an editor. Notes are
numbered through the whole document so that a number names one figure. The terminal rendering of the same
view is `factx.render.show`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import FACT_TYPES, Fact, render_value
from ..patterns import compiled
from ..render.values import human_value

_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(n: int) -> str:
    return str(n).translate(_SUP)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of the text and the figures inside it, each with its document-wide note number."""

    start: int
    end: int
    notes: list[tuple[int, Fact]]


_BLANK = compiled(r"\n[ \t\r\u3000]*\n\s*")


def paragraphs(text: str, facts: Sequence[Fact]) -> list[Paragraph]:
    """Split at blank lines (at every line break when the text has no blank line) and number the figures.

    Facts never overlap and come in document order, so each falls into exactly one paragraph (a figure
    crossing a paragraph break, which the engine does not produce, would go to the one it starts in).
    """
    breaks = _BLANK if _BLANK.search(text) else compiled(r"\n\s*")
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in breaks.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    ordered = sorted(facts, key=lambda f: f.start)
    out: list[Paragraph] = []
    k = n = done = 0
    for a, b in spans:
        a, b = max(a, done), max(b, done)
        notes: list[tuple[int, Fact]] = []
        while k < len(ordered) and ordered[k].start < b:
            if ordered[k].start >= a:
                n += 1
                notes.append((n, ordered[k]))
            k += 1
        b = max(b, *(f.end for _, f in notes)) if notes else b
        while b > a and text[b - 1].isspace() and not (notes and b <= notes[-1][1].end):
            b -= 1  # trailing blanks of the last paragraph
        done = b
        if text[a:b].strip() or notes:
            out.append(Paragraph(a, b, notes))
    return out


def note_text(f: Fact) -> str:
    """The normalized value and what it is about: 'money  ¥47,250,000 · investment · 重点项目'."""
    about = [human_value(f)]
    if f.type == "money" and f.role and f.role != "other":
        about.append(f.role)
    if f.type == "count" and f.category and f.category != "other":
        about.append(f.category)
    if f.subject:
        about.append(f.subject)
    if f.note:
        about.append(f.note)
    return " · ".join(about)


# --- HTML ----------------------------------------------------------------------------------------------

_HTML_COLORS = {"money": "#d7f5d0", "date": "#d3f0f7", "count": "#f5d9f2", "percent": "#fbf1c2",
                "duration": "#dbe3fb", "quantity": "#fbd9d3", "ordinal": "#e6e6e6"}  # fmt: skip
_HTML_INK = {"money": "#1d6b12", "date": "#0c5f73", "count": "#7c1f73", "percent": "#7a5d00",
             "duration": "#2a3f8f", "quantity": "#8f2a17", "ordinal": "#444444"}  # fmt: skip


def _css() -> str:
    rules = [
        "body{font:16px/1.8 system-ui,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;"
        "max-width:46em;margin:2em auto;padding:0 1em;color:#222}",
        "h1{font-size:1.2em;margin-bottom:.2em}.meta{color:#666;font-size:.85em;margin-top:0}",
        "mark.f{border-radius:3px;padding:0 2px;cursor:help;border-bottom:2px solid}",
        "sup.n{font-size:.7em;margin-left:1px}",
        "ol.notes{font-size:.85em;color:#444;margin:.2em 0 1.4em;padding-left:2.5em;border-left:3px solid #eee}",
        "ol.notes .t{display:inline-block;min-width:5.5em;font-variant:small-caps}",
        ".legend span{margin-right:.6em}",
        "p{margin:.6em 0 .2em;white-space:normal}",
    ]
    for t in FACT_TYPES:
        rules.append(f"mark.{t}{{background:{_HTML_COLORS[t]};border-color:{_HTML_INK[t]}}}")
        rules.append(f".{t} .t,sup.{t}{{color:{_HTML_INK[t]}}}")
    return "\n".join(rules)


def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def _text_html(s: str) -> str:
    return _esc(s).replace("\n", "<br>\n")


def render_html(text: str, facts: Sequence[Fact], title: str, meta: str = "") -> str:
    """A self-contained page: each figure a <mark> with its type as class, its normalized value in
    data-value and in the hover title, followed by its note number; notes listed under each paragraph."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)} · factx</title>",
        f"<style>\n{_css()}\n</style>",
        "</head>",
        "<body>",
        f"<header><h1>{_esc(title)}</h1>",
    ]
    if meta:
        out.append(f'<div class="meta">{_esc(meta)}</div>')
    legend = "".join(f'<span><mark class="f {t}">{t}</mark></span>' for t in FACT_TYPES)
    out.append(f'<div class="meta legend">{legend}</div></header>')
    out.append("<main>")
    for p in paragraphs(text, facts):
        parts: list[str] = []
        pos = p.start
        for n, f in p.notes:
            parts.append(_text_html(text[pos : f.start]))
            hover = f"{f.type}: {note_text(f)}"
            approx = f' data-approx="{f.approx}"' if f.approx else ""
            parts.append(
                f'<mark class="f {f.type}" id="f{n}" title="{_esc(hover)}" data-type="{f.type}" '
                f'data-value="{_esc(render_value(f.value))}"{approx}>{_esc(f.text)}</mark>'
                f'<sup class="n {f.type}"><a href="#n{n}">{n}</a></sup>'
            )
            pos = f.end
        parts.append(_text_html(text[pos : p.end]))
        out.append("<section>")
        out.append(f"<p>{''.join(parts)}</p>")
        if p.notes:
            out.append('<ol class="notes">')
            for n, f in p.notes:
                out.append(
                    f'<li value="{n}" id="n{n}" class="{f.type}"><span class="t">{f.type}</span> '
                    f'<a href="#f{n}">{_esc(f.text)}</a> → {_esc(note_text(f))}</li>'
                )
            out.append("</ol>")
        out.append("</section>")
    out.append("</main>")
    out.append(f'<footer class="meta">{len(facts)} figures · generated by factx</footer>')
    out.append("</body>\n</html>\n")
    return "\n".join(out)


__all__ = ["Paragraph", "note_text", "paragraphs", "render_html", "superscript"]
