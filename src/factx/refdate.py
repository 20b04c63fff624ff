"""The reference date relative expressions resolve against: given, or read from the document's dateline by
the document's language. The system clock is never consulted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

# (text, normalized text) → (date, the dateline as written) or None.
DatelineFinder = Callable[[str, str], tuple[date, str] | None]


@dataclass(frozen=True, slots=True)
class RefDate:
    """The date relative dates resolve against, and where it came from."""

    date: date | None
    source: str | None  # "option", "dateline: …", or None when there is none

    def iso(self) -> str | None:
        return self.date.isoformat() if self.date else None


def resolve(text: str, norm: str, given: date | None, find_dateline: DatelineFinder) -> RefDate:
    """The option's date, else a dateline's; the source names it in the document's own characters."""
    if given is not None:
        return RefDate(given, "option")
    found = find_dateline(text, norm)
    return RefDate(found[0], f"dateline: {found[1]}") if found else RefDate(None, None)
