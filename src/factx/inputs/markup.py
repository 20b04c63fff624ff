"""HTML pages: the encoding they declare (`<meta charset>`) and the visible text a reader sees, to which
fact offsets refer."""

from __future__ import annotations

import contextlib
import re

from .decode import bom_encoding, decode

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Declared names that old pages use for what is really a superset.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Visible text of an HTML page and the encoding used; a BOM, then <meta charset>, then `decode`."""
    if encoding or bom_encoding(data):
        raw, enc = decode(data, encoding)
    else:
        raw, enc = "", ""
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii").lower()
            codec = _CHARSET_ALIASES.get(declared, declared)
            with contextlib.suppress(UnicodeDecodeError, LookupError):  # declarations lie; then detect
                raw, enc = data.decode(codec), codec
        if not enc:
            raw, enc = decode(data)
    return html_to_text(raw), enc


_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object"})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
})  # fmt: skip
_BREAK = "\x00"  # block boundary marker while assembling; decoded text holds no NUL (binary check)
_WS = re.compile("[ \t\r\n\f\xa0]+")
_BREAKS = re.compile("[ \x00]*\x00[ \x00]*")


def _cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


def html_to_text(markup: str) -> str:
    """The text a reader sees: tags, scripts, styles and comments removed, entities resolved, one line per
    block element. A source line break between Chinese characters (or a Chinese character and a digit)
    vanishes, as it does on screen, so `投资\\n4568万元` reads as one figure; elsewhere whitespace runs
    become one space. Fact offsets refer to this text."""
    from html.parser import HTMLParser

    parts: list[str] = []

    class _Visible(HTMLParser):
        skip = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _SKIP_TAGS:
                self.skip += 1
            elif tag in _BLOCK_TAGS:
                parts.append(_BREAK)

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _BLOCK_TAGS:
                parts.append(_BREAK)

        def handle_endtag(self, tag: str) -> None:
            if tag in _SKIP_TAGS:
                self.skip = max(0, self.skip - 1)
            elif tag in _BLOCK_TAGS:
                parts.append(_BREAK)

        def handle_data(self, data: str) -> None:
            if not self.skip:
                parts.append(data.replace(_BREAK, " "))

    p = _Visible(convert_charrefs=True)
    p.feed(markup)
    p.close()
    text = "".join(parts)

    def space(m: re.Match[str]) -> str:
        if "\n" in m.group() or "\r" in m.group():
            s, e = m.start(), m.end()
            before, after = text[s - 1 : s], text[e : e + 1]
            pair = before + after
            if len(pair) == 2 and (_cjk(before) or _cjk(after)) and not any(c.isascii() and c.isalpha() for c in pair):
                return ""
        return " "

    text = _WS.sub(space, text)
    text = _BREAKS.sub("\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()
