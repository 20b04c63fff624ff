"""Counts written without a classifier: casualty and sex tallies, vehicles in a crash, bare 万/亿 figures.

News reports count people as a run of number + outcome word (2死708伤1失踪, 3死5伤) or number + sex
(32男50女); a run of two or more such items is a tally, and each item is a count of people whose subject is
the outcome word as written (死, 傷). 22车相撞 counts vehicles (车). A bare 7.117亿 after 账户数 / 人数 in
the same clause is a count (the money recognizer reads bare amounts after money words; a money word wins).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..document import Doc
from ..model import Fact
from ..patterns import Lazy, Rare, compiled, words_re
from . import tables as zh
from .guards import code_before, in_code, letter_adjacent, vetoed, widen_approx
from .money import bare_amounts, bare_value, money_cue
from .numerals import NUM_START, parse_number

_SMALL = r"[0-9]{1,5}|[一二两三四五六七八九十百千]{1,4}"
_ITEM = rf"(?P<num>{_SMALL})(?P<word>{words_re(zh.TALLY_WORDS)})"
_ITEM_RE = Lazy(_ITEM)
# Two or more items in a row, with at most a 、 or a space between them. Every run holds an item's word
# followed by the next item's number: the trigger opens on the words, which the engine finds fast.
_TALLY = Rare(
    rf"{NUM_START}(?:(?:{_SMALL})(?:{words_re(zh.TALLY_WORDS)})[、 ]?){{2,}}",
    compiled(rf"(?:{words_re(zh.TALLY_WORDS)})[、 ]?[0-9一二两三四五六七八九十百千]"),
)
# Led by the literal 车 the trigger is a fast scan; 车 alone is in most news, the crash words after it are not.
_CRASH = Rare(
    rf"{NUM_START}(?P<num>{_SMALL})车(?={words_re(zh.VEHICLE_CRASH_WORDS)})",
    compiled(rf"车{words_re(zh.VEHICLE_CRASH_WORDS)}"),
)
_COUNT_CUE_RE = Lazy(words_re(zh.BARE_COUNT_CUES))
_MEDAL_CHARS = "".join(zh.MEDAL_WORDS)
_MEDAL_ITEM = Lazy(rf"(?P<num>{_SMALL})(?P<word>[{_MEDAL_CHARS}])")
# The second item of every tally is a later medal right after its number: one trigger per later medal word, each
# led by its literal (one character class of both words would be scanned char by char, twenty times slower).
_LATER_MEDALS = "".join(zh.MEDAL_WORDS[1:])
_MEDAL = rf"(?:{_SMALL})[{_MEDAL_CHARS}](?![{_MEDAL_CHARS}])"
# Two or three items; the second, after the first in table order, is always a later medal (what the triggers find).
_MEDALS = Rare(
    rf"{NUM_START}{_MEDAL}[、 ]?(?:{_SMALL})[{_LATER_MEDALS}](?![{_MEDAL_CHARS}])(?:[、 ]?{_MEDAL})?"
    r"(?![0-9一二两三四五六七八九十百千])",
    *(compiled(rf"{w}(?<=[0-9一二两三四五六七八九十]{w})") for w in zh.MEDAL_WORDS[1:]),
)

_WIN, _DRAW, _LOSS = zh.RECORD_WORDS
# Every record holds the loss word right after a numeral: a text without one skips the pass (负 alone is in
# most news: 负责). Led by its literal, the test is a fast scan.
_RECORD_TRIGGER = compiled(rf"{_LOSS}(?<=[0-9一二两三四五六七八九十]{_LOSS})")
_RECORD = Lazy(
    rf"{NUM_START}(?P<w>{_SMALL}){_WIN}(?:(?P<d>{_SMALL}){_DRAW})?(?P<l>{_SMALL}){_LOSS}"
    r"(?![0-9一二两三四五六七八九十百千])"
)

# The number right after the headcount noun and its link word (人次约7,200); a text where no noun is followed
# so skips the pass (`words_re` opens the pattern on the nouns' shared literal, 人: a fast scan).
_HEAD_LEAD = rf"(?:{words_re(zh.HEADCOUNT_NOUNS)})(?:{words_re(w for w in zh.HEADCOUNT_LINKS if w)})?"
_HEADCOUNT_TRIGGER = compiled(rf"{_HEAD_LEAD}[1-9]")
_HEADCOUNT = Lazy(
    rf"{_HEAD_LEAD}(?P<num>[1-9][0-9]{{0,2}}(?:,[0-9]{{3}})+|[1-9][0-9]{{1,6}})(?=[{zh.HEADCOUNT_END}]|$)"
)


def recognize(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    yield from _tallies(doc)
    yield from _medals(doc)
    yield from _records(doc)
    yield from _headcounts(doc)
    for m in _CRASH.finditer(norm):
        value = parse_number(m.group("num"))
        if value is None or value < 2 or vetoed(doc, m.start()) or letter_adjacent(doc, m.start(), m.end()):
            continue
        yield _count(doc, m.start(), m.end(), value, "items", doc.text[m.end() - 1 : m.end()], "count.crash")
    for m in bare_amounts(doc):
        start = m.start()
        lo = doc.clause_start(start, 16)
        cues = list(_COUNT_CUE_RE.finditer(norm, lo, start))
        if not cues or money_cue(doc, start):
            continue
        value, _ = bare_value(m)
        if value is None:
            continue
        infix = m.group("infix") or m.group("some")
        s, e, approx = widen_approx(doc, start, m.end(), zh.APPROX_INFIX[infix] if infix else None)
        fact = _count(doc, s, e, value, zh.BARE_COUNT_CUES[cues[-1].group()], None, "count.bare")
        fact.approx = approx
        yield fact


def _tallies(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    for run in _TALLY.finditer(norm):
        if vetoed(doc, run.start()) or code_before(doc, run.start()) or in_code(doc, run.start()):
            continue
        if letter_adjacent(doc, run.start(), run.end()):
            continue
        items = list(_ITEM_RE.finditer(norm, run.start(), run.end()))
        if all(i.group("num") == zh.ARTICLE_NUMERAL for i in items):
            continue  # 一男一女: "a man and a woman", the article as in 一个
        for item in items:
            value = parse_number(item.group("num"))
            if value is None:
                continue
            # The subject is the word as written (2死 → 死, 708傷 → 傷): subjects are copied from the text.
            word = doc.text[item.start("word") : item.end("word")]
            yield _count(doc, item.start(), item.end(), value, "people", word, "count.tally")


def _medals(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    for run in _MEDALS.finditer(norm):
        items = list(_MEDAL_ITEM.finditer(norm, run.start(), run.end()))
        order = [zh.MEDAL_WORDS.index(i.group("word")) for i in items]
        if order != sorted(set(order)):
            continue  # 3金2金 / 2铜1金: not a tally in the order every table writes it
        if vetoed(doc, run.start()) or code_before(doc, run.start()) or letter_adjacent(doc, run.start(), run.end()):
            continue
        for item in items:
            value = parse_number(item.group("num"))
            if value is None:
                continue
            word = doc.text[item.start("word") : item.end("word")]
            yield _count(doc, item.start(), item.end(), value, "items", word, "count.medals")


def _records(doc: Doc) -> Iterator[Fact]:
    """Wins, draws and losses of a record (17胜62负, 3胜1平2负): a count of games each."""
    if _RECORD_TRIGGER.search(doc.norm) is None:
        return
    for run in _RECORD.finditer(doc.norm):
        if vetoed(doc, run.start()) or code_before(doc, run.start()) or letter_adjacent(doc, run.start(), run.end()):
            continue
        for group in ("w", "d", "l"):
            if run.group(group) is None:
                continue
            value = parse_number(run.group(group))
            if value is None:
                continue
            s, e = run.start(group), run.end(group) + 1
            yield _count(doc, s, e, value, "times", doc.text[e - 1 : e], "count.record")


def _headcounts(doc: Doc) -> Iterator[Fact]:
    """People counted by a plain number after 人次 / 人数 (求诊人次约7,200): see `tables.HEADCOUNT_NOUNS`."""
    if _HEADCOUNT_TRIGGER.search(doc.norm) is None:
        return
    for m in _HEADCOUNT.finditer(doc.norm):
        start = m.start("num")
        if vetoed(doc, start) or letter_adjacent(doc, start, m.end()):
            continue
        value = parse_number(m.group("num").replace(",", ""))
        if value is None or (m.group("num").isdigit() and len(m.group("num")) == 4 and 1900 <= value <= 2100):
            continue  # 人数为2019: a year as often as a headcount
        s, e, approx = widen_approx(doc, start, m.end())
        fact = _count(doc, s, e, value, "people", None, "count.headcount")
        fact.approx = approx
        yield fact


def _count(doc: Doc, s: int, e: int, value: Decimal, category: str, subject: str | None, rule: str) -> Fact:
    return Fact(
        type="count", text=doc.text[s:e], start=s, end=e, value=value, category=category, subject=subject,
        rule=rule,
    )  # fmt: skip
