"""Timeline: every dated fact of one or more articles in chronological order, with what happened.

A date is placed by the interval it resolves to (下旬 → the 21st to the month's end, 2019年 → the whole
year), so a day inside a month sorts after the month begins and intervals show their true extent on the
axis. Dates whose year is unknown (XXXX: no reference date) cannot be placed and are listed apart,
ordered by month and day. The axis is plain text (one character per slice of the covered span), so it
works without color and in any terminal. The table that draws it is `factx.render.timeline`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..model import DateValue, Fact
from ..render.values import excerpt
from .values import date_bounds

GRAIN_ORDER = {"year": 0, "quarter": 1, "month": 2, "day": 3, "time": 4}


@dataclass(frozen=True, slots=True)
class Entry:
    """One dated fact: where it is, what happened around it, and the interval it covers (None: year unknown)."""

    fact: Fact
    source: str
    event: str
    lo: datetime | None
    hi: datetime | None
    order: int = 0  # position among all inputs, to keep ties in reading order

    @property
    def is_point(self) -> bool:
        return self.lo is not None and self.hi is not None and (self.hi - self.lo).days < 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "from": _iso(self.lo, self.fact),
            "to": _iso(self.hi, self.fact),
            "when": self.fact.value.iso() if isinstance(self.fact.value, DateValue) else None,
            "event": self.event,
            "fact": self.fact.to_dict(),
        }


def _iso(t: datetime | None, f: Fact) -> str | None:
    if t is None:
        return None
    return t.strftime("%Y-%m-%dT%H:%M") if f.grain == "time" else t.date().isoformat()


def interval(v: DateValue) -> tuple[datetime, datetime] | None:
    """The first and last minute a date covers, or None when its year is unknown."""
    b = date_bounds(v)
    if b is None:
        return None
    lo, hi = b
    return datetime(*lo), datetime(*hi)  # type: ignore[arg-type,misc]


@dataclass(frozen=True, slots=True)
class Timeline:
    """Dated entries in order, and those whose year is unknown."""

    dated: list[Entry]
    unknown_year: list[Entry]

    def to_dict(self) -> dict[str, Any]:
        return {"timeline": [e.to_dict() for e in self.dated], "unknown_year": [e.to_dict() for e in self.unknown_year]}


def entries(source: str, text: str, facts: Iterable[Fact], start_order: int = 0, width: int = 26) -> list[Entry]:
    """Entries for the date facts of one document; `event` is the sentence cut to `width` either side."""
    out: list[Entry] = []
    for k, f in enumerate(facts):
        if not isinstance(f.value, DateValue):
            continue
        snippet, _, _ = excerpt(text, f, width) if text else (f.sentence, 0, 0)
        span = interval(f.value)
        lo, hi = span if span is not None else (None, None)
        out.append(Entry(f, source, snippet, lo, hi, start_order + k))
    return out


def build(all_entries: Iterable[Entry], min_grain: str = "year") -> Timeline:
    """Sort entries by start, then end (shorter first), then reading order; unknown years apart."""
    floor = GRAIN_ORDER[min_grain]
    kept = [e for e in all_entries if GRAIN_ORDER.get(e.fact.grain or "day", 3) >= floor]
    dated = sorted((e for e in kept if e.lo is not None), key=lambda e: (e.lo, e.hi, e.order))
    unknown = [e for e in kept if e.lo is None]
    unknown.sort(key=lambda e: (_month_day(e.fact), e.order))
    return Timeline(dated, unknown)


def _month_day(f: Fact) -> tuple[int, int]:
    v = f.value
    assert isinstance(v, DateValue)
    return (v.start.month or 0, v.start.day or 0)


def axis(dated: list[Entry], width: int = 32) -> tuple[list[str], str]:
    """One bar per entry on a shared time axis, and a scale line with the first and last year.

    A point is a ●; an interval is a run of ━ from its first to its last slice (at least one ■ when it
    is shorter than a slice).
    """
    if not dated:
        return [], ""
    lo = min(e.lo for e in dated if e.lo is not None)
    hi = max(e.hi for e in dated if e.hi is not None)
    span = max((hi - lo).total_seconds(), 1.0)

    def col(t: datetime) -> int:
        return min(width - 1, int((t - lo).total_seconds() / span * width))

    bars = []
    for e in dated:
        assert e.lo is not None and e.hi is not None
        a, b = col(e.lo), col(e.hi)
        cells = ["·"] * width
        if e.is_point:
            cells[a] = "●"
        elif a == b:
            cells[a] = "■"
        else:
            for i in range(a, b + 1):
                cells[i] = "━"
        bars.append("".join(cells))
    left, right = str(lo.year), str(hi.year)
    scale = left + " " * max(1, width - len(left) - len(right)) + right if right != left else left.ljust(width)
    return bars, scale


__all__ = ["Entry", "Timeline", "axis", "build", "entries", "interval"]
