"""HTML pages: the encoding that validates, the article body a reader came for, and the page's publication
date. Fact offsets refer to the extracted text.

- Encoding: a byte-order mark; else strict UTF-8 when the bytes are valid UTF-8 (a legacy page is valid
  UTF-8 only by accident, while `<meta charset>` often lies, e.g. a gb2312 declaration left on a page saved
  as UTF-8); else the declared charset when it decodes cleanly; else the detection of `decode`.
- Text: trafilatura's article body (main text without navigation, ads, related-story teasers, comments),
  one line per paragraph; when it finds no article (a fragment, a list page), the visible text from
  selectolax: tags, scripts, styles and comments removed, entities resolved, one line per block element, a
  source line break between Chinese characters removed as it is on screen.
- Reference date: the publication date the page states (`article:published_time` and similar meta tags,
  `datePublished` in JSON-LD, `<time datetime>`), reported as `page: <where>`.

selectolax and trafilatura are the `html` extra (`pip install 'factx[html]'`); without them plain text works
and an HTML page is one line of error.
"""

from __future__ import annotations

import contextlib
import json
import re
from datetime import date
from typing import Any

from ..patterns import compiled
from .decode import Decoded, bom_encoding, read_bytes
from .items import Document, SourceError

# Compiled by `re` on the first page that needs it (and kept in re's own cache): a plain-text run never does.
_META_CHARSET = rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
# Declared names that old pages use for what is really a superset.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}
MISSING = "HTML needs the html extra: pip install 'factx[html]'"


def decode_page(data: bytes, encoding: str | None = None) -> Decoded:
    """The page's markup as text, by the order of the module doc."""
    if encoding or bom_encoding(data):
        return read_bytes(data, encoding)
    with contextlib.suppress(UnicodeDecodeError):
        return Decoded(data.decode("utf-8"), "utf-8")
    m = re.search(_META_CHARSET, data[:4096], re.IGNORECASE)
    if m:
        declared = m.group(1).decode("ascii").lower()
        codec = _CHARSET_ALIASES.get(declared, declared)
        with contextlib.suppress(UnicodeDecodeError, LookupError):  # declarations lie; then detect
            return Decoded(data.decode(codec), codec)
    return read_bytes(data)


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(article text, encoding used) of an HTML page."""
    d = read_html("", data, encoding)
    return d.text, d.encoding


def read_html(source: str, data: bytes, encoding: str | None = None) -> Document:
    """One HTML page as a Document: its article text, encoding, replaced bytes and publication date."""
    page = decode_page(data, encoding)
    tree = _parse(page.text)
    text = _article(page.text) or _visible(tree)
    found = publication_date(tree)
    return Document(source, text, page.encoding, page.errors, *(found or (None, None)))


def html_to_text(markup: str) -> str:
    """The text a reader sees on the page (selectolax), without choosing the article: see the module doc."""
    return _visible(_parse(markup))


def _parse(markup: str) -> Any:
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:
        raise SourceError(MISSING) from None
    return LexborHTMLParser(markup)


def _article(markup: str) -> str:
    try:
        import trafilatura
    except ImportError:
        raise SourceError(MISSING) from None
    # trafilatura logs a page it cannot use ("empty HTML tree") at ERROR; without a handler Python would print
    # that on stderr, next to factx's one-line messages. The visible text is used instead, silently.
    import logging  # here: only HTML pages need it, and it costs a plain-text run more than its decoding

    log = logging.getLogger("trafilatura")
    if not log.handlers:
        log.addHandler(logging.NullHandler())
        log.propagate = False
    body = trafilatura.extract(
        markup, include_comments=False, include_tables=True, include_links=False, include_images=False,
        favor_precision=True, deduplicate=False, with_metadata=False,
    )  # fmt: skip
    return "\n".join(line.strip() for line in (body or "").split("\n") if line.strip())


_SKIP_TAGS = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head > meta", "link")
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
)  # fmt: skip
_BREAK = "\x00"  # block boundary marker while assembling; decoded text holds no NUL (binary check)
_WS = compiled("[ \t\r\n\f\xa0]+")
_BREAKS = compiled("[ \x00]*\x00[ \x00]*")


def _cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


def _visible(tree: Any) -> str:
    """Visible text, one line per block element (selectolax works in linear time: a `</` flood is no
    slower than any other page)."""
    for node in tree.css(", ".join(_SKIP_TAGS)):
        node.decompose()
    root = tree.root
    if root is None:
        return ""
    for node in tree.css(", ".join(_BLOCK_TAGS)):
        node.insert_before(_BREAK)
        node.insert_after(_BREAK)
    text = (root.text(deep=True, separator="") or "").replace("\ufeff", "")
    # A NUL that came from the page itself (as &#0; it decodes to U+FFFD) cannot be confused with a break.

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
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


# --- publication date ---------------------------------------------------------------------------------

_META_DATES = (
    ('meta[property="article:published_time"]', "article:published_time"),
    ('meta[itemprop="datePublished"]', "datePublished"),
    ('meta[name="article:published_time"]', "article:published_time"),
    ('meta[name="pubdate"]', "pubdate"),
    ('meta[name="PubDate"]', "PubDate"),
    ('meta[name="publishdate"]', "publishdate"),
    ('meta[name="publish_date"]', "publish_date"),
    ('meta[name="dc.date"]', "dc.date"),
    ('meta[name="DC.date.issued"]', "DC.date.issued"),
    ('meta[property="og:published_time"]', "og:published_time"),
)
_ISO_DAY = compiled(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _day(value: str | None) -> date | None:
    m = _ISO_DAY.search(value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def publication_date(tree: Any) -> tuple[date, str] | None:
    """(date, "page: where") from the page's metadata: meta tags, then JSON-LD, then `<time datetime>`."""
    for selector, name in _META_DATES:
        for node in tree.css(selector):
            d = _day(node.attributes.get("content"))
            if d:
                return d, f"page: meta {name}"
    for node in tree.css('script[type="application/ld+json"]'):
        d = _json_ld_date(node.text(deep=True) or "")
        if d:
            return d, "page: JSON-LD datePublished"
    for node in tree.css("time[datetime]"):
        d = _day(node.attributes.get("datetime"))
        if d:
            return d, "page: <time datetime>"
    return None


def _json_ld_date(text: str) -> date | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    stack = [data]
    seen = 0
    while stack and seen < 1000:  # bounded: a hostile page may nest deeply or list thousands of objects
        seen += 1
        obj = stack.pop()
        if isinstance(obj, dict):
            found = _day(obj.get("datePublished")) if isinstance(obj.get("datePublished"), str) else None
            if found:
                return found
            stack.extend(reversed(list(obj.values())))
        elif isinstance(obj, list):
            stack.extend(reversed(obj))
    return None
