"""Bytes to text: the decoding order for documents without a declared encoding.

Decoding order (first that fits wins; `encoding=` forces one instead):
  1. a byte-order mark: UTF-8, UTF-32, UTF-16;
  2. UTF-16 without a mark, when NUL bytes sit only on odd (LE) or only on even (BE) positions and the
     text decodes cleanly;
  3. binary content (NUL bytes, or over 5% control characters) is refused as "binary file, not text" —
     never read as a document without facts;
  4. strict UTF-8;
  5. GB18030 (a superset of GBK and GB2312); when its reading contains private-use characters (Big5 bytes
     read as GBK land there) Big5 and Big5-HKSCS are tried too and the reading with Chinese punctuation and
     no private-use characters wins;
  6. Big5, then Big5-HKSCS.
"""

from __future__ import annotations

import codecs
import re

from .items import SourceError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
FALLBACK_ENCODINGS = ("gb18030", "big5", "big5hkscs")
_PUA = re.compile("[\ue000-\uf8ff]")
_CJK_PUNCT = re.compile("[\u3000-\u303f\uff00-\uffef]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


# Control bytes that never occur in text (tab, newlines, form feed and escape do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not per byte in Python
    return controls > len(sample) * 0.05


def bom_encoding(data: bytes) -> tuple[str, str] | None:
    """(codec, reported name) when `data` starts with a byte-order mark."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # ASCII in UTF-16 has its zero byte on one side only; binary formats scatter zeros on both.
    codec = "utf-16-le" if odd and not even else "utf-16-be" if even and not odd else None
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if _CONTROLS.search(text) or _PUA.search(text):
        return None
    return text, codec


def _chinese_score(text: str) -> int:
    return len(_CJK_PUNCT.findall(text)) - 2 * len(_PUA.findall(text))


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding name), trying the module's documented order; SourceError when nothing fits."""
    if encoding:
        codec = encoding
        try:
            if codecs.lookup(encoding).name == "utf-8" and data.startswith(codecs.BOM_UTF8):
                codec = "utf-8-sig"  # a forced UTF-8 still drops the mark, so offsets start at the text
            return data.decode(codec), encoding
        except UnicodeDecodeError as e:
            raise SourceError(f"cannot decode as {encoding}: {reason(e)}") from None
        except LookupError:
            raise SourceError(f"unknown encoding {encoding}") from None
    bom = bom_encoding(data)
    if bom:
        try:
            return data.decode(bom[0]), bom[1]
        except UnicodeDecodeError as e:
            raise SourceError(f"invalid {bom[1]} after byte-order mark: {reason(e)}") from None
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        if utf16:
            return utf16
    if looks_binary(data):
        raise SourceError("binary file, not text", skipped=True)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for enc in FALLBACK_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "gb18030" and not _PUA.search(text):
            return text, enc  # the common case (GBK from older mainland systems) costs one decode
        score = _chinese_score(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is not None:
        return best[1], best[2]
    raise SourceError("undecodable bytes: not UTF-8, UTF-16, GB18030 or Big5 (use --encoding)")


def reason(e: Exception) -> str:
    if isinstance(e, UnicodeDecodeError):
        return f"bad byte at offset {e.start}"
    return str(e)
