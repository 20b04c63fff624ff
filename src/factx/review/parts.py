"""A total and its parts: a part of a figure claimed as the whole.

News gives a total and then a part of it: 向1260名群众吸收资金共计1.2亿元，其中冯某经手吸收资金4100万元; "The storm
damaged 120 homes, including 14 that were destroyed"; 全年接待游客860万人次，其中境外游客42万人次. A claim that says its
figure is the whole (两人共吸收资金4100万元; "a total of 14 homes") is not supported by the part: the source gives the
whole as the figure before the part's marker.

A source figure is a part when the stretch of its sentence from the figure of its type before it to it holds a marker
of a part (其中, 包括, including, of which, of them, of whom) and that figure before it is larger. A supported claim
with a word of the whole right before its figure (共, 合计, 总计, in total, a total of, altogether) whose every equal
figure is such a part becomes a mismatch against the whole, the figure before the marker, unless the claim names what
only the part is (境外游客 in 其中境外游客42万人次). So does an English claim that names its sum by the whole's noun
("approved a $3 million settlement") where the source's sum is "$3 million of the settlement" and the settlement
itself a larger figure ("a $4.5 million settlement").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..patterns import compiled
from .roles import position, same_sentence
from .values import as_number
from .verdict import Verdict, alike, other_thing, settled

# (当中 / 當中 "among them" opens a clause: 41宗嚴重個案，當中19人死亡; elsewhere it is "in the middle of")
_PART_MARK = compiled(
    r"其中|包括|[，,；;]\s*(?:当中|當中)|including|of which|of them|of whom|among them|among whom", re.IGNORECASE
)
# (共 alone, not as in 公共, 中共, 共和, 共产, 共享, 共同)
_WHOLE = compiled(
    r"合计|总计|累计|(?<![公中])共(?![和产享同识])|\b(?:in total|a total of|altogether|in all|combined)\b",
    re.IGNORECASE,
)


def whole_of(f: Fact, facts: Sequence[Fact]) -> Fact | None:
    """The figure `f` is a part of: the nearest figure of its type before it in its sentence, when a marker of a part
    stands between them and that figure is the larger; else None."""
    g = marked_part_of(f, facts)
    if g is None:
        return None
    a, b = as_number(f, f.value), as_number(g, g.value)
    return g if a is not None and b is not None and b > a else None


# "$3 million of the settlement", "two of the 14 libraries" is no whole: what follows "of the" names the whole.
_OF_THE = compiled(r"\s+of\s+(?:the|its|their|this|that|his|her)\s+", re.IGNORECASE)
_NOUN = compiled(r"\s*([A-Za-z][A-Za-z\-]+)")


def _noun_after(f: Fact) -> str | None:
    """The English word right after a figure, stemmed ("a $4.5 million settlement" → settlement)."""
    from .wordsets import stem

    m = _NOUN.match(f.sentence, position(f) + len(f.text))
    return stem(m.group(1).lower()) if m else None


def whole_named(f: Fact, facts: Sequence[Fact]) -> Fact | None:
    """The figure `f` is said to be a part of in English ("will pay $3 million of the settlement", where the source
    gives "a $4.5 million settlement"): a larger figure of its type whose next word is the noun after "of the";
    else None."""
    from .wordsets import stem

    end = position(f) + len(f.text)
    m = _OF_THE.match(f.sentence, end)
    if m is None:
        return None
    noun = _NOUN.match(f.sentence, m.end())
    if noun is None:
        return None
    word = stem(noun.group(1).lower())
    a = as_number(f, f.value)
    for g in facts:
        b = as_number(g, g.value)
        if g is not f and g.type == f.type and a is not None and b is not None and b > a and _noun_after(g) == word:
            return g
    return None


def _own_words(part: Fact, whole: Fact | None, facts: Sequence[Fact]) -> frozenset[str]:
    """The words that name only the part: between the marker and it, and not in the whole's sentence part up to the
    whole."""
    from .similarity import part_start, terms

    if whole is None:
        return frozenset()
    s = part.sentence
    between = s[position(whole) + len(whole.text) : position(part)]
    mark = _PART_MARK.search(between)
    own = terms(between[mark.end() :] if mark else between)
    part_lo = part_start(s, position(whole))
    return own - terms(s[part_lo : position(whole)])


def part_as_whole(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                  by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim of a whole whose every equal figure is a part of a larger one into a mismatch
    against that whole (in place)."""
    from ..normalize import normalize
    from .similarity import terms

    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date":
            continue
        c = draft[i]
        at = position(c)
        kind = by_type.get(c.type, ())
        equal = [source[j] for j in kind if alike(c, source[j])]
        # (a claim naming its figure by the whole's noun, "approved a $3 million settlement", where the source's
        # $3 million is "of the settlement")
        named = [whole_named(e, source) for e in equal]
        if equal and all(w is not None and _noun_after(c) == _noun_after(w) for w in named):
            w = named[0]
            assert w is not None
            j = next(k for k in kind if source[k] is w)
            reason = (f"same value, different subject: the source's {v.evidence.text} is a part of its {w.text}; "
                      f"the draft gives it as the whole")  # fmt: skip
            out[i] = other_thing(c, w, sim(i, j), reason, v.evidence)
            continue
        if not _WHOLE.search(normalize(c.sentence[max(0, at - 12) : at])):
            continue
        wholes = [whole_of(e, source) for e in equal]
        if not equal or any(w is None for w in wholes):
            continue
        w = wholes[0]
        assert w is not None
        # A claim naming what only the part is (全年共接待游客860万人次，其中境外游客42万人次: "共接待境外游客42万人次")
        # states the part.
        if any(_own_words(e, x, source) & terms(c.sentence) for e, x in zip(equal, wholes, strict=True)):
            continue
        j = next(k for k in kind if source[k] is w)
        reason = (f"same value, different subject: the source's {v.evidence.text} is a part of its {w.text}; "
                  f"the draft gives it as the whole")  # fmt: skip
        out[i] = other_thing(c, w, sim(i, j), reason, v.evidence)


# "two of its 17 plants", "$3 million of the $4.5 million settlement": a figure right before "of the/its" and another
# figure of its type.
# (a few words may name the whole's owner between: "cut 85 of the library system's 410 jobs")
_PART_OF = compiled(r"\s+of\s+(?:the|its|their|his|her|our|this|that)\s+(?:[A-Za-z][\w'\-]*\s+){0,3}$", re.IGNORECASE)
_BARE_PART = compiled(r"(?<![\w$£€.,])(\d[\d,]*)(?=\s+of\s)")
_LATIN_WORD = compiled(r"[A-Za-z][A-Za-z'\-]+")
_AUX = frozenset((
    "will", "would", "to", "also", "could", "can", "may", "might", "must", "shall", "should", "plans", "plan",
    "expects", "said", "it", "the", "is", "are", "was", "were", "be", "has", "have", "had",
))  # fmt: skip


def part_before(f: Fact, facts: Sequence[Fact]) -> Fact | None:
    """The part an English whole is written with ("close two of its 17 plants": two for the 17 plants), else None."""
    at = position(f)
    for g in facts:
        if g is f or g.type != f.type or not same_sentence(g, f):
            continue
        end = position(g) + len(g.text)
        a, b = as_number(g, g.value), as_number(f, f.value)
        if end < at and _PART_OF.match(f.sentence[end:at]) and a is not None and b is not None and a < b:
            return g
    # A part in bare digits the engine reads as no figure ("cut 85 of the library system's 410 jobs"): the same value
    # of the whole's type elsewhere in the source ("cut 85 jobs" in the headline) stands for it.
    found = list(_BARE_PART.finditer(f.sentence, 0, at))
    m = found[-1] if found else None
    b = as_number(f, f.value)
    if m is None or not _PART_OF.match(f.sentence[m.end() : at]) or b is None:
        return None
    n = float(m.group(1).replace(",", ""))
    return next((g for g in facts if g.type == f.type and as_number(g, g.value) == n and n < b), None)


def _verb_before(text: str) -> str | None:
    """The last word before a figure that is no auxiliary or article, stemmed ("would close two" → clos)."""
    from .wordsets import stem

    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    words = [w for w in words if w not in _AUX]
    return stem(words[-1]) if words else None


def whole_done_as_part(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                       by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported English claim that does to a whole what the source does to a part of it ("will close 17
    plants" where the source "would close two of its 17 plants") into a mismatch against the part (in place)."""
    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date" or not draft[i].sentence.isascii():
            continue
        c = draft[i]
        at = position(c)
        mine = _verb_before(c.sentence[max(0, at - 40) : at])
        if mine is None or _PART_OF.search(c.sentence[:at]):
            continue
        kind = by_type.get(c.type, ())
        equal = [source[j] for j in kind if alike(c, source[j])]
        parts = [part_before(e, source) for e in equal]
        if not equal or any(p is None for p in parts):
            continue
        p = parts[0]
        assert p is not None
        if _verb_before(p.sentence[max(0, position(p) - 40) : position(p)]) != mine:
            continue  # (the claim says what the whole is or has: "Harbor Mills has 17 plants")
        j = next(k for k in kind if source[k] is p)
        reason = (f"same value, different subject: the source's {v.evidence.text} is the whole; what the draft says "
                  f"of it, the source says of {p.text} of them")  # fmt: skip
        out[i] = other_thing(c, p, sim(i, j), reason, v.evidence)


# A Chinese clause that gives a whole and then what was done to a part of it: 29018份连署书遭删除13373份 (13373 of
# the 29018 were struck out), 全市120所学校关闭15所. The word right before the part is what was done.
_ZH_CLAUSE_BREAK = compiled(r"[，,；;。！？!?：:（(]")
_ZH_BETWEEN = 14  # characters at most between the whole and its part: further apart, two statements


def part_after(f: Fact, facts: Sequence[Fact]) -> tuple[Fact, str] | None:
    """The part a Chinese whole is followed by in its clause (13373份 after 29018份连署书遭删除) and the word right
    before that part (删除), else None: the next figure of its type and unit, smaller, with no clause break between."""
    from ..lexicon import LEXICON
    from ..normalize import normalize

    at = position(f) + len(f.text)
    after = [g for g in facts if g is not f and g.type == f.type and g.unit == f.unit and g.unit
             and same_sentence(g, f) and position(g) >= at]  # fmt: skip
    if not after:
        return None
    g = min(after, key=position)
    between = normalize(f.sentence[at : position(g)])
    a, b = as_number(g, g.value), as_number(f, f.value)
    if (not between or len(between) > _ZH_BETWEEN or _ZH_CLAUSE_BREAK.search(between) or between.isascii()
            or a is None or b is None or not a < b):  # fmt: skip
        return None
    words = [w for w in LEXICON.cut(between) if w.strip()]
    return (g, words[-1]) if words and len(words[-1]) >= 2 else None


def whole_done_as_part_zh(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                          by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported Chinese claim that does to a whole what the source does to a part of it (有29018份连署书
    遭到删除, where the source's 29018份连署书遭删除13373份) into a mismatch against the part (in place): the claim says
    the part's verb after its figure, in its clause."""
    from ..normalize import normalize

    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date" or draft[i].sentence.isascii():
            continue
        c = draft[i]
        rest = normalize(c.sentence[position(c) + len(c.text) :])
        rest = _ZH_CLAUSE_BREAK.split(rest, maxsplit=1)[0]
        kind = by_type.get(c.type, ())
        equal = [source[j] for j in kind if alike(c, source[j])]
        parts = [part_after(e, source) for e in equal]
        if not equal or any(p is None or p[1] not in rest for p in parts):
            continue
        p, verb = parts[0]  # type: ignore[misc]
        j = next(k for k in kind if source[k] is p)
        reason = (f"same value, different subject: the source's {v.evidence.text} is the whole; what the draft says "
                  f"of it ({verb}), the source says of {p.text} of them")  # fmt: skip
        out[i] = other_thing(c, p, sim(i, j), reason, v.evidence)


def whole_as_part(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                  by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim that names a part (产业用地有74公顷) with the value of its whole (总面积74公顷，
    其中产业用地48公顷) into a mismatch against the part (in place): the claim says the words that name only the
    part, and no equal figure has them in the words leading to it."""
    from .similarity import terms
    from .spans import lead

    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date":
            continue
        c = draft[i]
        # (the claim's own words: "抓获6名嫌疑人，其中2名女性" names the part at its other figure)
        said = terms(lead(c, draft))
        kind = by_type.get(c.type, ())
        equal = [source[j] for j in kind if alike(c, source[j])]
        # (or what happened to the part, which the claim says and the whole does not: 41宗嚴重個案，當中19人死亡 for
        # "41名成人死於流感")
        found = [(p, own) for e in equal for p in source if p.type == c.type and p is not e
                 and whole_of(p, source) is e
                 and (own := _own_words(p, e, source) & said or _own_facets(c, p, e))]  # fmt: skip
        if not found or any(own & terms(lead(e, source)) for e in equal for _, own in found):
            continue
        p, own = found[0]
        j = next(k for k in kind if source[k] is p)
        reason = (f"same value, different subject: the source's {v.evidence.text} is the whole; for "
                  f"{'/'.join(sorted(w.split(':')[-1] for w in own))} it reports {p.text}")  # fmt: skip
        out[i] = other_thing(c, p, sim(i, j), reason, v.evidence)


def _own_facets(claim: Fact, part: Fact, whole: Fact) -> frozenset[str]:
    """The facets the claim shares with the part and the whole lacks (casualty:dead)."""
    return frozenset(claim.facets) & frozenset(part.facets) - frozenset(whole.facets)


def marked_part_of(f: Fact, facts: Sequence[Fact]) -> Fact | None:
    """The figure `f` is an item of, whatever their sizes: the nearest figure of its type before it in its sentence
    when a marker of a part (其中, including) stands between them. A rate of a part is no smaller than its whole's
    (第二产业增加值…增长8.1%，其中工业增加值…增长9.4%), so `whole_of`'s test of sizes says nothing here."""
    at = position(f)
    before = [g for g in facts if g is not f and g.type == f.type and (g.sentence_start, g.sentence) == (
        f.sentence_start, f.sentence) and position(g) < at]  # fmt: skip
    if not before:
        return None
    g = max(before, key=position)
    return g if _PART_MARK.search(f.sentence[position(g) + len(g.text) : at]) else None


def _whole_words(whole: Fact) -> frozenset[str]:
    """The words of the whole's sentence part up to it (第二产业增加值121.5亿元，增长 of 8.1%)."""
    from .similarity import part_start, terms

    s, at = whole.sentence, position(whole)
    part_lo = part_start(s, at)
    return terms(s[part_lo:at])


def item_as_whole(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                  by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim that names a whole (第二产业增加值增长9.4%) with the figure of an item the source lists
    after it (其中工业增加值…增长9.4%) into a mismatch against the whole's own figure of that type (in place): the
    claim says a word only the whole's part of the sentence says and none of the words only the item's says."""
    from .similarity import terms

    for i, v in enumerate(out):
        if settled(v) or draft[i].type == "date":
            continue
        c = draft[i]
        said = terms(c.sentence)
        kind = by_type.get(c.type, ())
        equal = [source[j] for j in kind if alike(c, source[j])]
        wholes = [marked_part_of(e, source) for e in equal]
        if not equal or any(w is None for w in wholes):
            continue
        fits = True
        for e, w in zip(equal, wholes, strict=True):
            assert w is not None
            item = _own_words(e, w, source)
            whole_only = _whole_words(w) - terms(e.sentence[position(w) + len(w.text) : position(e)])
            if not item or item & said or not whole_only & said:
                fits = False
                break
        if not fits:
            continue
        w = wholes[0]
        assert w is not None
        j = next(k for k in kind if source[k] is w)
        reason = (f"same value, different subject: the source's {v.evidence.text} is of an item listed after "
                  f"{w.text}; for the whole it reports {w.text}")  # fmt: skip
        out[i] = other_thing(c, w, sim(i, j), reason, v.evidence)
