"""Checks every Chinese recognizer makes around a candidate: veto words, phone and ID codes, approximation
words, Latin letters glued to a number."""

from __future__ import annotations

from bisect import bisect_right

from ..document import Doc
from ..patterns import Rare, compiled, is_cjk, longest_prefix, longest_suffix, words_re
from . import segment
from . import tables as zh

# 025-84561234, 400-886-9955, 13912345678, (010)12345678, 18-digit ID numbers. Every one holds seven digits in
# a row or three digits, a separator and three more (400-886-…): most documents hold neither and skip the pass.
_CODE_RE = Rare(
    r"(?=[0-9(])(?<![0-9])(?:\(?0[0-9]{2,3}\)?[-－ ]?[0-9]{7,8}|[48]00[-－ ]?[0-9]{3}[-－ ]?[0-9]{4}"
    r"|1[3-9][0-9]{9}|[0-9]{17}[0-9Xx]|[0-9]{3,4}-[0-9]{3,4}-[0-9]{4})(?![0-9])",
    compiled(r"[0-9](?:[0-9]{6}|[0-9]{2}[-－ ][0-9]{3})"),
)
# A plain alternation of the words, no lookahead in front: the engine then jumps from one first character to the next.
_VETO_RE = compiled(words_re(zh.VETO_WORDS))
# The few places a veto word is none (`tables.VETO_LIFTED`), asked only where such a word was found.
_VETO_LIFTED = {word: compiled(pattern) for word, pattern in zh.VETO_LIFTED.items()}

_APPROX_BEFORE_MAX = max(map(len, zh.APPROX_BEFORE))
_COMPARED_LEVEL = frozenset(zh.COMPARED_LEVEL_WORDS)
_REFERENCE_AFTER = compiled(
    rf"的[^，。；：,;:\n]{{0,{zh.REFERENCE_LEVEL_GAP}}}?(?:{words_re(zh.REFERENCE_LEVEL_NOUNS)})"
)
_APPROX_AFTER_MAX = max(map(len, zh.APPROX_AFTER))
_CODE_MAX = max(map(len, zh.CODE_CUES))
# The same words as tuples: one str.endswith / str.startswith call rules out the many positions that hold none.
_CODE_CUE_WORDS = tuple(w for w in zh.CODE_CUES if w)
_CODE_STRIPPED = " :：为是"
_COUNTED_CUES = tuple(zh.COUNTED_CODE_CUES)
# What may stand right before a code: the end of a cue word, or what code_before strips before looking for one.
_CODE_LAST = frozenset(w[-1] for w in _CODE_CUE_WORDS) | frozenset(_CODE_STRIPPED)
_APPROX_BEFORE_WORDS = tuple(w for w in zh.APPROX_BEFORE if w)
_APPROX_AFTER_WORDS = tuple(w for w in zh.APPROX_AFTER if w)
# Their last (first) characters: one set lookup rules out most positions before the tuple is tried at all.
_APPROX_BEFORE_LAST = frozenset(w[-1] for w in _APPROX_BEFORE_WORDS)
_APPROX_AFTER_FIRST = frozenset(w[0] for w in _APPROX_AFTER_WORDS)


# 「0到6歲國家一起養」加碼方案 / “三年行动”计划: a short quoted name of a programme, which its numbers only name.
# Led by the quote marks, a fast scan.
_QUOTED_NAME = compiled(
    rf"[「“](?P<body>[^「」“”，。；！？,;!?\n]{{2,{zh.QUOTED_NAME_MAX}}})[」”]"
    rf"(?=[^，。；！？,;\n]{{0,{zh.QUOTED_NAME_GAP}}}?(?:{words_re(zh.QUOTED_NAME_NOUNS)}))"
)


def _veto_spans(doc: Doc) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """Starts and ends of every veto word in the document, in order, and the spans of quoted programme names
    (one scan each, kept on the document)."""
    spans = doc.memo.get("zh.veto_spans")
    if spans is None:
        starts: list[int] = []
        ends: list[int] = []
        norm = doc.norm
        for m in _VETO_RE.finditer(norm):
            lifted = _VETO_LIFTED.get(m.group())
            if lifted is not None and lifted.match(norm, m.start()):
                continue
            starts.append(m.start())
            ends.append(m.end())
        names = [m.span("body") for m in _QUOTED_NAME.finditer(doc.norm)]
        spans = doc.memo["zh.veto_spans"] = (starts, ends, names)
    return spans


def vetoed(doc: Doc, start: int) -> bool:
    """True when a veto word covers `start` and began at or before it (进一步, 十九大, 第一时间), or a quoted
    programme name holds it (「0到6歲國家一起養」方案).

    A veto word that begins inside a figure does not count: 三千万元 holds 千万 and 二十分钟 holds 十分.
    """
    starts, ends, names = _veto_spans(doc)
    # The scan's matches do not overlap, so only the last one starting at or before `start` can cover it.
    i = bisect_right(starts, start) - 1
    if i >= 0 and ends[i] > start:
        return True
    return bool(names) and any(s <= start < e for s, e in names)  # no names in nearly every article


# The longest code _CODE_RE matches (an 18-character ID number): a code holding a position lies within this many
# characters of it on either side.
_CODE_REACH = 18


def in_code(doc: Doc, pos: int) -> bool:
    """True inside a phone number, hotline or ID-like digit string: no figure starts inside one.

    Every code holds a match of the trigger, so where the trigger finds nothing within reach of `pos` no code
    holds it: most numbers are answered so, and the document's codes are listed only when one may be near."""
    if _CODE_RE.trigger.search(doc.norm, max(0, pos - _CODE_REACH), pos + _CODE_REACH) is None:
        return False
    spans = doc.memo.get("zh.code_spans")
    if spans is None:
        spans = doc.memo["zh.code_spans"] = [m.span() for m in _CODE_RE.finditer(doc.norm)]
    if not spans:
        return False
    i = bisect_right(spans, (pos, len(doc.norm) + 1)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def approx_before(doc: Doc, start: int) -> tuple[str, str] | None:
    """(word, kind) of an approximation word ending at `start`: 约 / 近 / 超过 / 不到 …"""
    if start == 0:
        return None
    if doc.norm[start - 1] == "了":
        w = next((w for w in zh.APPROX_BEFORE_LE if doc.norm.endswith(w, 0, start)), None)
        return (w, zh.APPROX_BEFORE_LE[w]) if w is not None else None
    if doc.norm[start - 1] not in _APPROX_BEFORE_LAST:
        return None
    if not doc.norm.endswith(_APPROX_BEFORE_WORDS, 0, start):
        return None
    w = longest_suffix(doc.norm, start, zh.APPROX_BEFORE, _APPROX_BEFORE_MAX)
    if w is None:
        return None
    # 约 in 纽约 / 节约, 近 in 最近 / 附近, 超 in 高超: the end of another word, not an approximation.
    # But 损失约1.3亿元: 失约 there is the end of 损失, then the approximation.
    in_word = len(w) == 1 and start >= 2 and doc.norm[start - 2 : start] in zh.APPROX_FALSE_WORDS
    if in_word and not doc.norm.endswith(zh.APPROX_AFTER_WORDS, 0, start - 1):
        return None
    return w, zh.APPROX_BEFORE[w]


def approx_after(doc: Doc, end: int) -> tuple[str, str] | None:
    if doc.norm[end : end + 1] not in _APPROX_AFTER_FIRST:
        return None
    if not doc.norm.startswith(_APPROX_AFTER_WORDS, end):
        return None
    w = longest_prefix(doc.norm, end, zh.APPROX_AFTER, _APPROX_AFTER_MAX)
    if w is None:
        return None
    nxt = doc.norm[end + len(w) : end + len(w) + 1]
    if nxt and is_cjk(nxt):
        # jieba decides only where a word could run on.
        # 3家内资企业, 200人上下班: the word is the start of a longer one, not "within" / "about".
        first = segment.cut(doc, doc.norm[end : end + len(w) + 3])[0]
        if len(first) > len(w):
            return None
    return w, zh.APPROX_AFTER[w]


def widen_approx(doc: Doc, start: int, end: int, approx: str | None = None, after: bool = True,
                 before: bool = True) -> tuple[int, int, str | None]:  # fmt: skip
    """Take an approximation word before (约, 超过) and after (左右, 以上) into the span.

    A kind already read inside the figure (10余万元) wins over the words around it.
    """
    b = approx_before(doc, start) if before else None
    if b and b[0] in _COMPARED_LEVEL and _REFERENCE_AFTER.match(doc.norm, end):
        b = None  # 远高于9.21%的基线水平: the figure is the reference level, which something else exceeds
    if b:
        start -= len(b[0])
        approx = approx or b[1]
    if after:
        a = approx_after(doc, end)
        if a:
            end += len(a[0])
            approx = approx or a[1]
    return start, end, approx


def code_before(doc: Doc, start: int, num: str = "", unit: str = "") -> bool:
    """True when the number is a code: 尾号为6499, 股票代码600519, 电话025-…

    `num` and `unit`: the number and the classifier after it; a short number and a classifier of the thing a
    code names count the things (扣押手机160余部, 取消航班46架次), where a phone number is far longer.
    """
    if start == 0 or doc.norm[start - 1] not in _CODE_LAST:
        return False  # the common case, decided by one character
    lo = max(0, start - _CODE_MAX - 2)
    window = doc.norm[lo:start].rstrip(_CODE_STRIPPED)
    if not window.endswith(_CODE_CUE_WORDS):
        return False
    if len(num) > zh.COUNTED_CODE_MAX_DIGITS or not window.endswith(_COUNTED_CUES):
        return True
    return not any(window.endswith(cue) and unit in units for cue, units in zh.COUNTED_CODE_CUES.items())


def letter_adjacent(doc: Doc, start: int, end: int) -> bool:
    """A number glued to Latin letters is a name or model: A50, iPhone 7, 4G, COVID-19, C14."""
    t = doc.norm
    before = t[start - 1] if start > 0 else ""
    if before == " " and start > 1 and t[start - 2].isascii() and t[start - 2].isalpha():
        # In Chinese text a Latin word then a number is a product: "iPhone 7", "Mate 30", "Windows 10".
        return True
    if before and before.isascii() and (before.isalpha() or before in "_#/"):
        return True
    # COVID-19 is a name; 3-5 is a range.
    return before == "-" and start > 1 and t[start - 2].isascii() and t[start - 2].isalpha()
