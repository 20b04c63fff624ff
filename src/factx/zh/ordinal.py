"""Ordinals: 第九批 → 9, 第32家 → 32, 首批 / 首例 → 1, 倒数第三 → 3."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..document import Doc
from ..model import Fact
from ..patterns import Rare, compiled, words_re
from . import tables as zh
from .guards import vetoed
from .numerals import NUM, parse_number

# The people nouns and place words that count without a classifier (逾八百居民, 59国) are no ordinal
# suffixes: 第二国际 and 第一村民小组 keep the ordinal to 第二 / 第一.
_COUNT_ONLY = frozenset((*zh.BARE_PEOPLE_NOUNS, *zh.PLACE_CLASSIFIERS))
_SUFFIX = words_re(
    [
        *(c for c in zh.CLASSIFIERS if c not in _COUNT_ONLY),
        *zh.FIRST_CLASSIFIERS,
        "天",
        "年",
        "届",
        "季度",
        "章",
        "节",
        "轮",
        "号",
    ]
)
_ORDINAL = compiled(rf"第(?P<num>{NUM})(?P<unit>{_SUFFIX})?")
# The trigger opens on the literal 首, which the regex engine scans for quickly (the lookahead in front of the
# pattern makes it a test at every position).
_FIRST = Rare(
    rf"(?=首)(?<![0-9〇零一二两三四五六七八九十])首(?P<unit>{words_re(zh.FIRST_CLASSIFIERS)})",
    compiled(rf"首{words_re(zh.FIRST_CLASSIFIERS)}"),
)


def recognize(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    for m in _ORDINAL.finditer(norm):
        if vetoed(doc, m.start()):
            continue
        v = parse_number(m.group("num"))
        if v is None or v != v.to_integral_value() or v <= 0:
            continue
        if not m.group("unit") and norm.startswith(zh.ORDINAL_NAME_NEXT, m.end()):
            continue
        start = m.start() - 2 if norm.endswith("倒数", 0, m.start()) else m.start()  # 倒数第三
        yield Fact(type="ordinal", text=doc.text[start : m.end()], start=start, end=m.end(),
                   value=v, unit=m.group("unit"), rule="ordinal.di")  # fmt: skip
    for m in _FIRST.finditer(norm):
        if vetoed(doc, m.start()):
            continue
        yield Fact(type="ordinal", text=doc.text[m.start() : m.end()], start=m.start(), end=m.end(),
                   value=Decimal(1), unit=m.group("unit"), rule="ordinal.first", priority=-1)  # fmt: skip
