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
        "分钟",  # 第71分钟: the minute of a game, not 第71分 and a stray 钟
    ]
)
_ORDINAL = compiled(rf"第(?P<num>{NUM})(?P<unit>{_SUFFIX})?")
# The trigger opens on the literal 首, which the regex engine scans for quickly (the lookahead in front of the
# pattern makes it a test at every position).
_FIRST = Rare(
    rf"(?=首)(?<![0-9〇零一二两三四五六七八九十])首(?P<unit>{words_re(zh.FIRST_CLASSIFIERS)})",
    compiled(rf"首{words_re(zh.FIRST_CLASSIFIERS)}"),
)


# The next item of a list that writes 第 once: 第42条、63条 / 第20位、21位.
_LIST_ITEM = compiled(rf"[、和及与](?P<num>{NUM})")


def _listed(doc: Doc, pos: int, unit: str) -> Iterator[Fact]:
    """Ordinals that share the 第 of the one ending at `pos`: items of the same unit right after it, joined
    by 、 / 和 / 及 / 与. They outrank the count the same text would otherwise be (63条 is the 63rd article)."""
    norm = doc.norm
    while (m := _LIST_ITEM.match(norm, pos)) and norm.startswith(unit, m.end()):
        v = parse_number(m.group("num"))
        if v is None or v != v.to_integral_value() or v <= 0 or m.group("num")[0] == "两":
            return  # 两 counts (第一批、两批 is no list of ordinals)
        s, e = m.start("num"), m.end() + len(unit)
        yield Fact(type="ordinal", text=doc.text[s:e], start=s, end=e, value=v, unit=unit,
                   rule="ordinal.listed", priority=1)  # fmt: skip
        pos = e


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
        if m.group("unit"):
            yield from _listed(doc, m.end(), m.group("unit"))
    for m in _FIRST.finditer(norm):
        if vetoed(doc, m.start()):
            continue
        yield Fact(type="ordinal", text=doc.text[m.start() : m.end()], start=m.start(), end=m.end(),
                   value=Decimal(1), unit=m.group("unit"), rule="ordinal.first", priority=-1)  # fmt: skip
