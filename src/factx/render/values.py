"""Values as a reader wants them (¥47,250,000 · 2019-11-21 → 2019-11-30 · 3 months · 1.7 pp), the colour of
each fact type, and the window of a sentence shown around a figure: shared by every terminal view."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from decimal import Decimal

from ..model import DateValue, DurationValue, Fact, format_decimal

_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "HKD": "HK$", "TWD": "NT$",
            "KRW": "₩", "INR": "₹", "AUD": "A$", "CAD": "C$", "SGD": "S$", "MOP": "MOP$"}  # fmt: skip
_APPROX = {"more_than": ">", "about": "≈", "at_least": "≥", "at_most": "≤", "less_than": "<"}
_DURATION_WORDS = {"Y": "year", "M": "month", "W": "week", "D": "day", "TH": "hour", "TM": "minute",
                   "TS": "second"}  # fmt: skip


def grouped(d: Decimal) -> str:
    s = format_decimal(d)
    whole, _, frac = s.partition(".")
    sign = ""
    if whole.startswith("-"):
        sign, whole = "-", whole[1:]
    # Grouped from the digit string: int() would hit Python's int/str conversion limit on a huge figure.
    head = len(whole) % 3 or 3
    whole = ",".join([whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))])
    return sign + whole + ("." + frac if frac else "")


def human_value(f: Fact) -> str:
    """The value as a reader wants it: ¥47,250,000 · 2019-11-21 → 2019-11-30 · 3 months · 1.7 pp."""
    pre = _APPROX.get(f.approx or "", "")
    v = f.value
    if isinstance(v, DateValue):
        text = v.iso().replace("/", " → ")
        return (pre + " " if pre else "") + text
    if isinstance(v, DurationValue):
        parts = []
        for amount, unit in v.parts:
            word = _DURATION_WORDS[unit]
            parts.append(f"{format_decimal(amount)} {word}{'' if amount == 1 else 's'}")
        text = " ".join(parts)
        if isinstance(f.max, DurationValue):
            text = f"{text} – {f.max.iso()}"
        return pre + text
    assert isinstance(v, Decimal)
    high = f.max if isinstance(f.max, Decimal) else None
    if f.type == "money":
        sym = _SYMBOLS.get(f.currency or "", "")
        text = sym + grouped(v)
        if high is not None:
            text += "–" + grouped(high)
        if not sym:
            text += f" {f.currency}"
        return pre + text
    if f.type == "percent":
        unit = " pp" if f.kind == "points" else "%"
        text = format_decimal(v) + (f"–{format_decimal(high)}" if high is not None else "") + unit
        return pre + text
    text = grouped(v) + (f"–{grouped(high)}" if high is not None else "")
    if f.type == "quantity" and f.unit:
        text += f" {f.unit}"
    return pre + text


TYPE_STYLE = {"money": "green", "date": "cyan", "count": "magenta", "percent": "yellow",
               "duration": "blue", "quantity": "bright_red", "ordinal": "white"}  # fmt: skip


def excerpt(text: str, f: Fact, width: int = 22, others: Sequence[Fact] = ()) -> tuple[str, int, int]:
    """A window of the fact's sentence around it: (snippet, figure start, figure end) in the snippet.

    A window edge that would fall inside another figure (`others`) moves out of it, so an excerpt shows
    a neighbouring figure whole or not at all: a cut "4568万" would read as a different amount.
    """
    snippet, spans = excerpt_figures(text, f, width, others)
    return snippet, spans[0][0], spans[0][1]


def excerpt_figures(
    text: str, f: Fact, width: int = 22, others: Sequence[Fact] = ()
) -> tuple[str, list[tuple[int, int]]]:
    """`excerpt`, with the spans in the snippet of the fact (first) and of every other figure shown whole.

    `others` is in document order (as `analyze` returns facts): only the figures near the window are looked
    at, so a table of n figures costs O(n log n), not O(n²) (a page of 25,000 dates took minutes)."""
    s = text.rfind(f.sentence, max(0, f.start - len(f.sentence)), f.end + len(f.sentence)) if f.sentence else -1
    lo, hi = (s, s + len(f.sentence)) if s >= 0 else (f.start, f.end)
    a = max(lo, f.start - width)
    b = min(hi, f.end + width)
    # Facts do not overlap, so only the one just before `a` can reach into the window from the left.
    first = max(0, bisect_left(others, a, key=_start) - 1)
    near = others[first : bisect_right(others, b, key=_start)]
    for o in near:
        if o.start < a < o.end:
            a = o.end
        if o.start < b < o.end:
            b = o.start
    pre = "…" if a > lo else ""
    post = "…" if b < hi else ""
    snippet = pre + text[a:b].replace("\n", " ") + post
    shift = len(pre) - a
    spans = [(f.start + shift, f.end + shift)]
    spans += [(o.start + shift, o.end + shift) for o in near if o is not f and a <= o.start and o.end <= b]
    return snippet, spans


def _start(f: Fact) -> int:
    return f.start
