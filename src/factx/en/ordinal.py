"""Ordinals in English: second → 2, 3rd → 3, twenty-first → 21, number one → 1, No 1 → 1."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..document import Doc
from ..model import Fact
from ..patterns import compiled, words_re
from . import context
from . import tables as en
from .numbers import WORD_NUMBER, parse_number, scan

_WORDS = {k.lower(): v for k, v in en.ORDINAL_WORDS.items()}
_ORDINAL = compiled(
    rf"(?<![A-Za-z\-])(?i:(?P<tens>{words_re(en.TENS_WORDS)})-)?(?P<word>(?i:{words_re(_WORDS)}))(?![A-Za-z])"
    r"|(?<![0-9A-Za-z.,])(?P<num>[0-9]{1,4})(?P<suf>st|nd|rd|th)(?![A-Za-z0-9])"
)
# "number one" / "No 1" / "No. 1": a rank. "No" takes digits only ("No one" is nobody).
_RANK = compiled(
    rf"(?<![A-Za-z])(?:[Nn]umber\s+(?P<rank>[0-9]{{1,3}}|{WORD_NUMBER})|No\.?\s?(?P<no>[0-9]{{1,3}}))(?![A-Za-z0-9])"
)
_VETO_BEFORE = frozenset(en.ORDINAL_VETO_BEFORE)
_VETO_AFTER = compiled(rf"\s+(?i:{words_re(en.ORDINAL_VETO_AFTER)})(?![A-Za-z])")
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def recognize(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    sc = scan(doc)
    for m in _ORDINAL.finditer(norm):
        s, e = m.start(), m.end()
        if sc.vetoed(s, e):
            continue
        if m.group("num"):
            v = int(m.group("num"))
            if m.group("suf").lower() != _SUFFIX.get(v % 10 if v % 100 not in (11, 12, 13) else 0, "th"):
                continue  # "2th" is a typo or a code, not an ordinal
        else:
            if context.word_before(doc, s) in _VETO_BEFORE or _VETO_AFTER.match(norm, e):
                continue  # "at first", "per second", "first hand"
            v = _WORDS[m.group("word").lower()] + (en.TENS_WORDS[m.group("tens").lower()] if m.group("tens") else 0)
        yield Fact(type="ordinal", text=doc.text[s:e], start=s, end=e, value=Decimal(v), rule="ordinal.en")
    for m in _RANK.finditer(norm):
        if m.group("no") and norm[m.end() : m.end() + 1] == " " and norm[m.end() + 1 : m.end() + 2].isupper():
            continue  # "No 10 Downing Street" is an address
        v = parse_number(m.group("rank") or m.group("no"))
        if v is None or v != v.to_integral_value() or not 0 < v <= 100:
            continue
        yield Fact(type="ordinal", text=doc.text[m.start() : m.end()], start=m.start(), end=m.end(), value=v,
                   rule="ordinal.en.rank", priority=1)  # fmt: skip
