"""English numbers: one scan for digits (1,200 · 42.8m · 1.2 billion), mixed fractions (5-1/2 · 2 1/2)
and words (two · twenty-five · a dozen · three hundred thousand), shared by every English recognizer.

The scan runs once per document (`scan(doc)`) and drops numbers that are not figures before any
recognizer sees them: numbers glued to letters (G7, A380, COVID-19, 4G), codes with a leading zero, names
with a number (FTSE 100, Boeing 747), phone numbers and phrases such as "one-off" or "no one".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..document import Doc
from ..patterns import compiled, lead, words_re
from . import tables as en

# --- patterns ---------------------------------------------------------------------------------------
DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9])"
_SCALE_WORD = rf"(?i:{words_re(en.SCALE_WORDS)})(?![A-Za-z])"
_SCALE_ABBR = rf"(?:{words_re(en.SCALE_ABBREV)})(?![A-Za-z0-9])"
# A multiplier after digits: "1.2 million", "42.8m", "5 bn". A glued "m" or "k" never takes a space before
# it ("5 m" is five metres).
SCALE = rf"(?:\s?{_SCALE_WORD}|{_SCALE_ABBR}|\s(?:bn|mn|tn)(?![A-Za-z0-9]))"
DIGIT_NUMBER = rf"{DIGITS}(?:{SCALE})?"

_UNITS = words_re(k for k in en.UNIT_WORDS if k != "zero")
_SMALL = rf"(?:{words_re(en.TENS_WORDS)}(?:[-\s](?:{_UNITS}))?|{words_re(en.TEEN_WORDS)}|{_UNITS})(?![A-Za-z])"
_HUNDREDS = rf"(?:(?:{_SMALL}|an?)\s+hundred(?:\s+(?:and\s+)?{_SMALL})?|{_SMALL})"
_BIG = r"(?:thousand|million|billion|trillion)(?![A-Za-z])"
# Word numbers as news writes them; "a" counts only before a multiplier (a million, a dozen).
WORD_NUMBER = (
    rf"(?i:(?:{_HUNDREDS}|an?|half\s+an?)\s+{_BIG}"
    rf"|(?:{_SMALL}|an?|half\s+an?|an?\s+half)[\s-]dozen(?![A-Za-z])"
    rf"|{_HUNDREDS})"
)
_WORD_STARTS = [*en.UNIT_WORDS, *en.TEEN_WORDS, *en.TENS_WORDS, "a", "half"]
_NUMBER_LEAD = lead([*"0123456789", *_WORD_STARTS, *(w.title() for w in _WORD_STARTS)])
# Digits may follow letters here ("Rs50"); `_digits_ok` decides. Words must start a word.
_NUMBER = compiled(rf"{_NUMBER_LEAD}(?:(?<![0-9_,])(?P<d>{DIGIT_NUMBER})|(?<![A-Za-z0-9_\-])(?P<w>{WORD_NUMBER}))")

_WORD_VALUES: dict[str, int] = {**en.UNIT_WORDS, **en.TEEN_WORDS, **en.TENS_WORDS}
_BIG_VALUES = {"thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SCALES: dict[str, int] = {**en.SCALE_ABBREV, **{k.lower(): v for k, v in en.SCALE_WORDS.items()}}
_DIGIT_SPLIT = compiled(r"([0-9.,]+)\s*([A-Za-z][A-Za-z ]*)?")


def parse_number(text: str) -> Decimal | None:
    """Value of a number as matched by DIGIT_NUMBER or WORD_NUMBER: "42.8m" → 42800000, "a dozen" → 12."""
    t = text.strip()
    m = _DIGIT_SPLIT.fullmatch(t)
    if m:
        try:
            v = Decimal(m.group(1).replace(",", ""))
        except InvalidOperation:
            return None
        scale = " ".join((m.group(2) or "").lower().split())
        if scale:
            if scale not in _SCALES:
                return None
            v *= _SCALES[scale]
        return v
    return _parse_words(t.lower())


def _parse_words(t: str) -> Decimal | None:
    toks = [w for w in re.split(r"[\s-]+", t) if w and w != "and"]
    factor = Decimal(1)
    if len(toks) >= 2 and toks[0] == "half" and toks[1] in ("a", "an"):
        factor, toks = Decimal("0.5"), toks[1:]
    elif len(toks) >= 3 and toks[0] in ("a", "an") and toks[1] == "half":
        factor, toks = Decimal("0.5"), toks[2:]  # "a half-dozen"
    total, cur = 0, 0
    for w in toks:
        if w in ("a", "an"):
            cur = 1
        elif w in _WORD_VALUES:
            cur += _WORD_VALUES[w]
        elif w == "hundred":
            cur = (cur or 1) * 100
        elif w == "dozen":
            cur = (cur or 1) * 12
        elif w in _BIG_VALUES:
            total += (cur or 1) * _BIG_VALUES[w]
            cur = 0
        else:
            return None
    return (total + cur) * factor


# --- the per-document scan --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Num:
    """One number in the document: its span, value and how it was written."""

    start: int
    end: int
    value: Decimal
    words: bool  # written in words ("two", "a dozen")
    scaled: bool  # carries a multiplier (m, bn, million)


_SIGN_LETTERS = tuple(s for s in (*en.CURRENCY_SIGNS, *en.CURRENCY_CODES) if s[-1].isalpha() or s[-1] == ".")
_GLUE_OK_AFTER = compiled(
    rf"(?:(?i:{words_re((*en.GLUED_QUANTITY_UNITS, en.PENCE_SUFFIX))})|{words_re(en.GLUED_PERCENT_UNITS)})(?![A-Za-z])"
)  # percent units in lower case only: "5BP" is a name
_VETO_PHRASES = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.VETO_PHRASES)})(?![A-Za-z])")
# A name right before a number: "FTSE 100", "Boeing 747", "No 10". Case matters: "the top 12 films".
_NAME_NUMBER = compiled(
    rf"{lead(en.NAME_BEFORE_NUMBER)}(?<![A-Za-z])(?:{words_re(en.NAME_BEFORE_NUMBER)})\s?[0-9][0-9A-Za-z.\-/]*"
)
# A whole number and a fraction: "a 5-1/2 year low", "2 1/2 times", "1-1/2 year". Halves to sixteenths only.
_MIXED = compiled(r"(?=[0-9])(?<![0-9/.,\-])(?P<i>[0-9]{1,3})(?:-| )(?P<n>[1-9][0-9]?)/(?P<d>[2-9]|1[0-6])(?![0-9/])")
# "1½", "½": a fraction character, after a whole number or alone.
_VULGAR = compiled(rf"(?<![0-9/.,\-])(?P<i>[0-9]{{1,3}})?(?P<u>{words_re(en.VULGAR_FRACTIONS)})(?![0-9/])")
_PHONE = compiled(
    r"(?=[+(0-9])(?:(?:\+[0-9]{1,3}[\s.-]?)?(?:\(0?[0-9]{2,5}\)|(?<![0-9,.])0[0-9]{2,4})[\s.-]?[0-9]{3,4}[\s.-]?"
    r"[0-9]{3,4}(?![0-9])|(?<![0-9,.$£€])[0-9]{3}-[0-9]{3}-[0-9]{4}(?![0-9]))"
)


# "1909 Jolinda Drive", "3170 W. County Road": a house number before a street name.
_ADDRESS = compiled(
    r"(?=[0-9])(?<![0-9,.$£€])[0-9]{1,5}\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Z][A-Za-z]+|[0-9]+(?:st|nd|rd|th))\s+){1,3}"
    rf"(?:{words_re(en.STREET_SUFFIXES)})(?![A-Za-z])"
)
_STREET_YEAR_LEAD = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.STREET_YEAR_LEADS)})\s+$")


def _addresses(norm: str) -> list[tuple[int, int]]:
    """House numbers before a street name, unless a year preposition stands before ("in 1990 Main Street")."""
    return [
        (m.start(), m.end())
        for m in _ADDRESS.finditer(norm)
        if not _STREET_YEAR_LEAD.search(norm, max(0, m.start() - 8), m.start())
    ]


class Scan:
    """What the English recognizers share about one document: its numbers and its vetoed spans."""

    def __init__(self, vetoes: list[tuple[int, int]]) -> None:
        vetoes.sort()
        self.nums: list[Num] = []
        self._num_starts: list[int] = []
        self._veto_starts = [v[0] for v in vetoes]
        # Running maximum of the ends, so one bisection answers "does any span before here reach in?"
        self._veto_reach: list[int] = []
        reach = -1
        for _, e in vetoes:
            reach = max(reach, e)
            self._veto_reach.append(reach)

    def add(self, num: Num) -> None:
        self.nums.append(num)
        self._num_starts.append(num.start)

    def vetoed(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a vetoed span (a name, a phone number, "one-off")."""
        i = bisect_right(self._veto_starts, end - 1)
        return i > 0 and self._veto_reach[i - 1] > start

    def after(self, pos: int) -> Num | None:
        """The first number starting at or after `pos`."""
        i = bisect_right(self._num_starts, pos - 1)
        return self.nums[i] if i < len(self.nums) else None

    def at(self, pos: int) -> Num | None:
        n = self.after(pos)
        return n if n is not None and n.start == pos else None


# The recognizers of one document run one after another, so one entry suffices; it is keyed by identity
# and holds the document only until the next one is read.
_cache: tuple[Doc, Scan] | None = None


def scan(doc: Doc) -> Scan:
    """The shared scan of `doc`, computed by the first recognizer that asks (one entry: the current doc)."""
    global _cache
    if _cache is not None and _cache[0] is doc:
        return _cache[1]
    result = _scan(doc)
    _cache = (doc, result)
    return result


def _scan(doc: Doc) -> Scan:
    norm = doc.norm
    vetoes = [(m.start(), m.end()) for rx in (_VETO_PHRASES, _NAME_NUMBER, _PHONE) for m in rx.finditer(norm)]
    sc = Scan(vetoes + _addresses(norm))
    mixed = [n for m in _MIXED.finditer(norm) if (n := _mixed(m)) is not None and not sc.vetoed(n.start, n.end)]
    mixed += [_vulgar(m) for m in _VULGAR.finditer(norm) if not sc.vetoed(m.start(), m.end())]
    mixed.sort(key=lambda n: n.start)
    k, taken = 0, -1
    for m in _NUMBER.finditer(norm):
        s, e = m.start(), m.end()
        while k < len(mixed) and mixed[k].start <= s:
            sc.add(mixed[k])
            taken = mixed[k].end
            k += 1
        if s < taken:
            continue  # inside "5-1/2"
        if m.group("d") and not _digits_ok(norm, s, e):
            continue
        if sc.vetoed(s, e):
            continue
        value = parse_number(m.group())
        if value is None:
            continue
        text = m.group()
        scaled = bool(m.group("d")) and any(c.isalpha() for c in text)
        sc.add(Num(s, e, value, words=not m.group("d"), scaled=scaled or _has_big(text)))
    for n in mixed[k:]:
        sc.add(n)
    return sc


def _mixed(m: re.Match[str]) -> Num | None:
    num, den = int(m.group("n")), int(m.group("d"))
    if num >= den:
        return None  # "3 7/4" is no fraction a reporter writes
    value = int(m.group("i")) + Decimal(num) / Decimal(den)
    return Num(m.start(), m.end(), value.quantize(Decimal("0.000001")).normalize(), words=False, scaled=False)


def _vulgar(m: re.Match[str]) -> Num:
    num, _, den = en.VULGAR_FRACTIONS[m.group("u")].partition("/")
    part = Decimal(num) / Decimal(den) if den else Decimal(num)
    value = int(m.group("i") or 0) + part
    return Num(m.start(), m.end(), value.quantize(Decimal("0.000001")).normalize(), words=False, scaled=False)


def _has_big(text: str) -> bool:
    t = text.lower()
    return any(w in t for w in ("thousand", "million", "billion", "trillion", "dozen"))


def _digits_ok(norm: str, s: int, e: int) -> bool:
    """False for numbers glued to letters (A380, G7, 4G, COVID-19) and for codes with a leading zero."""
    before = norm[s - 1] if s > 0 else ""
    # `before` is "" at the start of the text, and "" is `in` every string.
    if (before.isalpha() or (before and before in "_.")) and not norm.endswith(_SIGN_LETTERS, 0, s):
        return False  # "Rs50" and "Rs.50" are money; "A380", "G20" and "v1.2" are names
    if before == "-" and s > 1 and norm[s - 2].isalpha():
        return False  # COVID-19, F-16, Catch-22
    if before == "/" or (norm[e : e + 1] == "/" and norm[e + 1 : e + 2].isdigit()):
        return False  # 9/11, 24/7, 3/4: a date name or a ratio
    nxt = norm[e : e + 1]
    if nxt.isalpha() and not _GLUE_OK_AFTER.match(norm, e):
        return False  # 4G, 3D, 1990s, 3rd: a name, a decade or an ordinal, not a figure
    if nxt == "," and norm[e + 1 : e + 2].isdigit():
        return False  # "1,2" is no number a reporter writes
    return not (norm[s] == "0" and e - s > 1 and norm[s + 1].isdigit())  # 020 7946: a code
