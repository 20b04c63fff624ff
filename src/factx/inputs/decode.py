"""Bytes to text: the decoding order for documents without a declared encoding, and how damaged bytes are
read (replaced and counted, never the whole article lost).

Decoding order (first that fits wins; `encoding=` forces one instead):
  1. a byte-order mark: UTF-8, UTF-32, UTF-16;
  2. NUL bytes without a mark: UTF-16 or UTF-32 when charset-normalizer (or the zero-byte pattern of
     UTF-16) says so and the text reads as text — UTF-16 of CJK text has zero bytes on both sides (一 is
     U+4E00), so the pattern alone cannot decide; otherwise binary;
  3. binary content (NUL bytes, or over 5% control characters other than tab, line ends, vertical tab, form
     feed and escape) is refused as "binary file, not text" — never read as a document without facts;
  4. strict UTF-8, or UTF-8 with a few bad bytes (at most 1 in 20 of its non-ASCII bytes) replaced;
  5. GB18030 (a superset of GBK and GB2312); when its reading contains private-use characters (Big5 bytes
     read as GBK land there) Big5 and Big5-HKSCS are tried too and the reading with Chinese punctuation and
     no private-use characters wins;
  6. nothing decodes strictly: charset-normalizer's best reading, if it names an encoding that decodes
     cleanly;
  7. damaged bytes: the candidate (UTF-8, GB18030, Big5, Big5-HKSCS) with the fewest undecodable bytes, read
     with each bad byte replaced by U+FFFD and counted (`Decoded.errors`), as long as they are a small share of
     the document (`MAX_ERROR_SHARE`); past that the bytes are undecodable.

A forced encoding is read the same way: a few bad bytes are replaced and counted, more are an error.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

from ..patterns import compiled
from .items import SourceError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
FALLBACK_ENCODINGS = ("gb18030", "big5", "big5hkscs")
DAMAGED_CANDIDATES = ("utf-8", "gb18030", "big5", "big5hkscs")
# A document is read with replaced bytes when they are at most this share of it (and always when there are
# at most `FEW_ERRORS`): a cut or a flipped byte, not a wrong encoding.
MAX_ERROR_SHARE = 0.01
FEW_ERRORS = 8
_PUA = compiled("[\ue000-\uf8ff]")
_CJK_PUNCT = compiled("[\u3000-\u303f\uff00-\uffef]")
# Controls that never occur in text; \t \n \v \f \r and ESC do (Word writes \v for a manual line break).
_CONTROLS = compiled("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_WIDE = {"utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"}


class Decoded(NamedTuple):
    text: str
    encoding: str
    errors: int = 0  # bytes replaced with U+FFFD


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    return b"\x00" in sample or _many_controls(sample)


def _many_controls(sample: bytes) -> bool:
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not per byte in Python
    return controls > len(sample) * 0.05


# The first bytes of the marks above: most documents start with none of them and are told by one look-up.
_BOM_FIRST = frozenset(bom[:1] for bom, _, _ in _BOMS)


def bom_encoding(data: bytes) -> tuple[str, str] | None:
    """(codec, reported name) when `data` starts with a byte-order mark."""
    if data[:1] not in _BOM_FIRST:
        return None
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name
    return None


def decode_counted(data: bytes, codec: str) -> Decoded:
    """`data` in `codec` with every undecodable byte replaced by U+FFFD, and how many bytes that was."""
    _BAD[0] = 0
    text = data.decode(codec, "factx-count")
    return Decoded(text, codec, _BAD[0])


# Bytes replaced by the last `decode_counted`. Module state, since codecs take an error handler by name only;
# a decode never runs concurrently within a process here (parallel work uses processes, not threads).
_BAD = [0]


def _count_bad(e: UnicodeError) -> tuple[str, int]:
    assert isinstance(e, UnicodeDecodeError)
    _BAD[0] += e.end - e.start
    return "\ufffd", e.end


codecs.register_error("factx-count", _count_bad)


def _acceptable(errors: int, size: int) -> bool:
    return errors <= FEW_ERRORS or errors <= size * MAX_ERROR_SHARE


def _plausible(text: str) -> bool:
    sample = text[:4096]
    return not _CONTROLS.search(sample) and len(_PUA.findall(sample)) <= len(sample) // 100


def _wide_without_bom(data: bytes) -> Decoded | None:
    """UTF-16/32 without a byte-order mark: charset-normalizer's reading, else the zero-byte pattern."""
    guesses: list[str] = []
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # ASCII-heavy UTF-16 has its zero bytes on one side; CJK-heavy UTF-16 may have them on both.
    if odd > 4 * even:
        guesses.append("utf-16-le")
    elif even > 4 * odd:
        guesses.append("utf-16-be")
    best = _normalizer_best(data)
    if best is not None and best in _WIDE:
        guesses.insert(0, best.replace("_", "-"))
    for codec in guesses:
        if codec in ("utf-16", "utf-32"):
            continue
        d = decode_counted(data, codec)
        if _acceptable(d.errors, len(data)) and _plausible(d.text):
            return d
    return None


def _normalizer_best(data: bytes) -> str | None:
    """charset-normalizer's encoding for `data` (Python codec name), or None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency; detection degrades without it
        return None
    best = from_bytes(data[: 256 * 1024]).best()
    return best.encoding if best is not None else None


def _chinese_score(text: str) -> int:
    return len(_CJK_PUNCT.findall(text)) - 2 * len(_PUA.findall(text))


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding name), trying the module's documented order; SourceError when nothing fits."""
    d = read_bytes(data, encoding)
    return d.text, d.encoding


def read_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """The text of `data` with the encoding used and the number of bytes replaced (module doc: the order)."""
    if encoding:
        return _forced(data, encoding)
    bom = bom_encoding(data)
    if bom:
        d = decode_counted(data, bom[0])
        if not _acceptable(d.errors, len(data)):
            raise SourceError(f"invalid {bom[1]} after byte-order mark: {d.errors} bad bytes")
        return Decoded(d.text, bom[1], d.errors)
    sample = data[:8192]  # `looks_binary`, its sample cut once
    if b"\x00" in sample:
        wide = _wide_without_bom(data)
        if wide:
            return wide
        raise SourceError("binary file, not text", skipped=True)
    if _many_controls(sample):
        raise SourceError("binary file, not text", skipped=True)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    utf8 = _mostly_utf8(data)
    if utf8 is not None:
        return utf8
    best: tuple[int, str, str] | None = None
    for enc in FALLBACK_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "gb18030" and not _PUA.search(text):
            return Decoded(text, enc)  # the common case (GBK from older mainland systems) costs one decode
        score = _chinese_score(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is not None:
        return Decoded(best[1], best[2])
    guess = _normalizer_best(data)
    if guess is not None and guess not in _WIDE:
        try:
            return Decoded(data.decode(guess), codecs.lookup(guess).name)
        except (UnicodeDecodeError, LookupError):
            pass
    return _damaged(data)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bad bytes (a flipped byte, a cut at the end), before any legacy encoding: GB18030
    accepts almost any byte pair, so it would read such a file "cleanly" as mojibake. A file in another
    encoding fails UTF-8 on most of its non-ASCII bytes, far above this share."""
    non_ascii = len(data) - len(data.translate(None, bytes(range(128))))
    d = decode_counted(data, "utf-8")
    if d.errors * 20 <= non_ascii:
        return d
    return None


def _damaged(data: bytes) -> Decoded:
    """The reading with the fewest undecodable bytes, when they are few enough (module doc, step 7)."""
    readings = [decode_counted(data, enc) for enc in DAMAGED_CANDIDATES]
    best = min(readings, key=lambda d: d.errors)  # min keeps the first of equals: UTF-8, then GB18030 …
    if _acceptable(best.errors, len(data)):
        return best
    raise SourceError("undecodable bytes: not UTF-8, UTF-16, GB18030 or Big5 (use --encoding)")


def _forced(data: bytes, encoding: str) -> Decoded:
    codec = encoding
    try:
        if codecs.lookup(encoding).name == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"  # a forced UTF-8 still drops the mark, so offsets start at the text
        d = decode_counted(data, codec)
    except LookupError:
        raise SourceError(f"unknown encoding {encoding}") from None
    if not _acceptable(d.errors, len(data)):
        try:
            data.decode(codec)
        except UnicodeDecodeError as e:
            raise SourceError(f"cannot decode as {encoding}: {reason(e)}; {d.errors} bad bytes") from None
    return Decoded(d.text, encoding, d.errors)


def reason(e: Exception) -> str:
    if isinstance(e, UnicodeDecodeError):
        return f"bad byte at offset {e.start}"
    return str(e)
