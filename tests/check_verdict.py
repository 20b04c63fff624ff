"""The one helper the check tests share: the verdict `factx check` gives one figure of a draft."""

from __future__ import annotations

from factx import analyze
from factx.review.check import Verdict, check


def verdict(source: str, draft: str, figure: str) -> Verdict:
    """The verdict on the draft figure written `figure`, against `source` (both analysed with facets, as the
    command does)."""
    s = analyze(source, facets=True)
    d = analyze(draft, facets=True)
    [v] = [v for v in check(s.facts, d.facts) if v.claim.text == figure]
    return v
