"""Physical quantities in English: 5km, 10 miles, 2m barrels, 300 square metres, 40 degrees, a 45-year-old
man, aged 45 — a number and a unit from the table; the value is the number as written."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Doc
from ..model import Fact
from ..patterns import words_re
from . import context, count
from . import tables as en
from .numbers import scan

_UNITS = {k.lower(): v for k, v in en.QUANTITY_UNITS.items()}
_GLUED = frozenset(en.GLUED_QUANTITY_UNITS)
_UNIT = re.compile(rf"(?P<sp>\s?)(?P<unit>(?i:{words_re(_UNITS)}))(?![A-Za-z])")
_AGED = re.compile(r"(?<![A-Za-z])(?i:aged)\s+$")


def recognize(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    for n in scan(doc).nums:
        m = _UNIT.match(norm, n.end)
        unit = None
        end = n.end
        if m is not None:
            word = m.group("unit").lower()
            glued = not m.group("sp") and not word.startswith("-")
            if glued and word not in _GLUED:
                continue
            if word == "c" and (not glued or doc.norm[m.start("unit")] != "C"):
                continue  # only "40C" is a temperature; "c" alone is a letter
            unit, end = _UNITS[word], m.end()
            if unit == "points" and count.player_points(doc, n) is not None:
                continue  # "Davis scored 34 points": a player's points are a count (count.py)
        elif _AGED.search(norm, max(0, n.start - 8), n.start):
            unit = "years old"
        if unit is None:
            continue
        start, end, approx = context.with_approx(doc, n.start, end)
        yield Fact(type="quantity", text=doc.text[start:end], start=start, end=end, value=n.value,
                   approx=approx, unit=unit, rule="quantity.en")  # fmt: skip
