"""Reviewing figures across documents: does a draft carry the source's numbers, and what changed.

Typed library code; the click commands in `factx.cli.review` only read files and render what it returns.

* `similarity` — what a figure is about: character bigrams of its sentence and of the few characters
  around it (figures masked), its subject and type-specific attributes. Used to pair figures that talk
  about the same thing.
* `values` — whether two values are the same amount: money by currency and exact `Decimal`, quantities
  through the unit table (`factx.units`: 5 km = 5000 米, 1公顷 = 15亩), durations as (months, seconds),
  dates by the interval they resolve to, with the rules for years a date does not state.
* `classify` — how two figures about the same thing differ: a transposed or mistyped digit, a ×10ⁿ slip,
  a changed year, one end of a range, a dropped approximation word, another currency or unit.
* `check` — a verdict for every draft figure (supported, mismatch, not found): the first pass.
* `verdict` — the verdict record, and what tells two figures of one type apart (facets, what a count counts).
* `owners` — second thoughts on "supported": whose figure an equal value is (another time, subject, named
  owner, rival kind, or another part in its sentence).
* `wordsets` — the words a draft may use for the source's: facet words and synonyms folded, English stems.
* `kinds` — a claim naming one kind of thing (秋粮) where the equal figure names another (谷物).
* `ties` — two figures a claim states together that the source gives apart (本地游客126.3万人次 with 9.4%).
* `roles` — a figure's part in its own sentence: the earlier value of a comparison, a forecast or ceiling, a
  denied figure, one item of a 分别/"respectively" list.
* `diff` — figures added, removed and changed between two versions.
* `record` — how a fact is written into a verdict or change record.
"""
