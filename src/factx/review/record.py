"""How a fact is written into a review record (a verdict or a change): its JSON form, with its file."""

from __future__ import annotations

from typing import Any

from ..model import Fact


def fact_dict(f: Fact, source: str | None) -> dict[str, Any]:
    """The fact's JSON form, led by the file it comes from when one is given."""
    d = f.to_dict()
    return {"source": source, **d} if source is not None else d
