"""Counts in English: 1,200 people, 86 operations, three companies, 16 political parties, 2m customers,
a dozen firms, between 3 and 5 banks — a number and a counted noun from the table, with up to two
describing words between them. The noun gives the category and, with those words, the subject.

Bare numbers are never counts: without a counted noun a number is too often a score, an index level or
part of a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Doc
from ..model import Fact
from ..patterns import words_re
from . import context, money
from . import tables as en
from .numbers import Num, scan

_NOUNS = {k.lower(): v for k, v in en.COUNT_NOUNS.items()}
_STOP = words_re(en.COUNT_GAP_STOP)
# Up to two describing words, the longest reading first ("5,000 extra police officers"). A describing word
# is lower case ("political"), an acronym ("UK") or a nationality ("British", "French").
_GAP = rf"(?!(?i:{_STOP})(?![A-Za-z\-]))(?:[a-z][a-z'\-]*|[A-Z]{{2,4}}|[A-Z][a-z]+(?:an|ish|ese|i|ch|sh))"
_NOUN = re.compile(rf"(?P<gap>(?:\s+{_GAP}){{0,2}})\s+(?P<noun>(?i:{words_re(_NOUNS)}))(?![A-Za-z\-])")
_MULTIPLIER = re.compile(rf"\s+(?i:{words_re(en.TIMES_MULTIPLIER_NEXT)})(?![A-Za-z])")
_RANGE_SEP = re.compile(r"\s*(?:[-–—]|to|and|or)\s*", re.I)
_DATE_CUES = frozenset(en.DATE_CUES)
# "one in five children" is a rate (percent.py), not five children.
_ONE_IN = re.compile(r"(?<![A-Za-z])(?i:one|a|[0-9]+)\s+in\s+(?:every\s+)?$")


def recognize(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    nums = scan(doc).nums
    for i, n in enumerate(nums):
        m = _NOUN.match(norm, n.end)
        if m is None or not _countable(doc, n):
            continue
        if m.group("noun").lower() == "times" and (m.group("gap") or _MULTIPLIER.match(norm, m.end())):
            continue  # "three times as much": a multiplier
        start, low, high = n.start, n.value, None
        prev = nums[i - 1] if i > 0 else None
        if prev is not None and _countable(doc, prev) and prev.value < n.value:
            sep = _RANGE_SEP.fullmatch(norm, prev.end, n.start)
            if sep is not None:
                word = sep.group().strip().lower()
                lead = context.word_before(doc, prev.start)
                if word in ("and",) and lead == "between":
                    start = context.between_start(doc, prev.start)
                    low, high = prev.value, n.value
                elif word != "and":
                    start, low, high = prev.start, prev.value, n.value  # 3-5 banks, two or three firms
        start, end, approx = context.with_approx(doc, start, m.end())
        noun = m.group("noun").lower()
        subject = doc.text[m.start("gap") : m.end("noun")].strip()
        yield Fact(type="count", text=doc.text[start:end], start=start, end=end, value=low, max=high,
                   approx=approx, category=_NOUNS[noun], subject=subject, rule="count.en")  # fmt: skip


def _countable(doc: Doc, n: Num) -> bool:
    if n.value != n.value.to_integral_value() or n.value <= 0:
        return False  # 2.5 people is no count
    if n.words and n.value < en.MIN_WORD_COUNT:
        return False  # "one" is a pronoun or an article more often than a count
    if money.is_amount(doc, n) or _ONE_IN.search(doc.norm, max(0, n.start - 16), n.start):
        return False
    text = doc.norm[n.start : n.end]
    if text.isdigit() and len(text) == 4 and 1900 <= n.value <= 2100:
        return context.word_before(doc, n.start) not in _DATE_CUES  # "in 2004 companies …": a year
    return True
