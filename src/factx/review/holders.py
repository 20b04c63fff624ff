"""Whose figure, read beside it: a rival holder named in the equal figure's own stretch of its sentence.

Chinese survey, sports and court news give one figure per person, party or team, and the holder often stands after
the figure rather than before it: 高达82%民众信任侯友宜，仅8.3%不信任，蔡英文则分别为64.2%和29.7% (the 82% is 侯友宜's,
not 蔡英文's); 就有78%的民进党支持者和71%的时代力量支持者…，基进党更多达79% (the 78% is the 民进党 supporters', not
the 基进党's); 同样遭遇困境的深圳队一度7连败 (not 泰山队's). `owners._other_name` reads only names written before a
figure in its scope; this reads both sides.

A figure's *stretch* runs back from it to the previous figure of its type or the start of its sentence part, and on
to the end of its clause or the next figure of its type. A holder is a name of one of three classes: a person
(a name `similarity.zh_persons` reads, 王某, or one the article writes after a title: 台中市长林振声), an
organisation (民进党, a word ending in 党, a team 深圳队), a place of an administrative unit (高雄市). A supported claim
naming a holder of some class is about another thing when, for every source figure with its value (the story's,
where a headline repeats it):

- the stretch names a holder of that class that the claim does not name, and none of the claim's holders of that
  class (nor a full name's surname alone: 侯 for 侯友宜);
- the claim's holder is nowhere in the figure's sentence part, or only in the stretch of another figure of its type
  there (蔡英文则分别为64.2%…: that figure is 蔡英文's).

The claim becomes a mismatch against the figure of its type whose stretch names the claim's holder (alike enough, or
counted in the claim's own unit), or not found when there is none. English is left out: its capitalized words name
places, datelines and agencies as much as holders ("South Sulawesi" against "MAKASSAR, Indonesia (Reuters)"), which
cost supported claims on a blind set (measured, see the suite's README), and an English name before a figure is
`owners`' already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..patterns import compiled
from .owners import _headline
from .roles import position
from .similarity import CLAUSE, PART, part_start
from .source_text import SourceText
from .values import values_equal
from .verdict import (
    MATCH_THRESHOLD,
    Verdict,
    alike,
    alike_but_direction,
    other_thing,
    settled,
)

_CJK_RUN = compiled(r"[\u4e00-\u9fff]+")
# (jieba tags an organisation nt and a place ns; other name tags it gives to common words too: 本赛季 nr, 多达 nrt)
_ORG_TAGS = frozenset({"nt"})
_PLACE_TAGS = frozenset({"ns"})
# Words opening a 队 word that name no team in particular (全队, 该队, 主队, 客队, 两队).
_ANY_TEAM = "全该本主客两各球我对"


# Titles a Chinese name follows (台中市长林振声, 被告人宋某国, 前锋武磊): the characters after one, up to a word that
# cannot be part of a name, are a person's name wherever the article writes it again without the title.
_TITLED = compiled(
    r"(?:市长|县长|议长|议员|立委|主席|总统|总理|部长|局长|院长|厅长|书记|董事长|总裁|总经理|执行长|发言人|主帅|主教练|"
    r"教练|前锋|后卫|中锋|中场|门将|球员|队长|被告人|被告|嫌疑人|原告|候选人)([\u4e00-\u9fff]{2,3})"
)
# Characters that end a name after a title: prepositions, particles and verbs that follow a subject (以, 的, 则, 被).
_AFTER_NAME = "以的则为在是被和与及也更将已曾对向从把因称说获"


def titled(text: str) -> frozenset[str]:
    """The Chinese persons `text` names after a title (台中市长林振声以68% → 林振声), as `normalize` folds them."""
    from ..lexicon import LEXICON
    from ..normalize import normalize
    from .wordsets import SURNAMES

    out = set()
    folded = normalize(text)
    for m in _TITLED.finditer(folded):
        name = m.group(1)
        for k, ch in enumerate(name):
            if k >= 2 and ch in _AFTER_NAME:
                name = name[:k]
                break
        # (a third character that opens a word with what follows is not the name's: 前锋武磊梅开二度 is 武磊)
        if len(name) == 3 and len(LEXICON.cut(folded[m.start(1) + 2 : m.start(1) + 6])[0]) >= 2:
            name = name[:2]
        if name[0] in SURNAMES and "某" not in name and name[1] not in _AFTER_NAME:
            out.add(name)
    return frozenset(out)


def holders(text: str, known: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """The Chinese holders a stretch of text names, by class ("person", "org", "place"), as `normalize` folds them;
    `known` are persons the article names after a title, found wherever they are written."""
    from ..lexicon import LEXICON
    from ..normalize import normalize
    from .similarity import zh_persons
    from .wordsets import PLACE_ENDS

    person: set[str] = set()
    org: set[str] = set()
    place: set[str] = set()
    folded = normalize(text)
    person |= {p for p in known if p in folded}
    for run in _CJK_RUN.findall(folded):
        words = LEXICON.cut(run)
        found = zh_persons(run, words) | {p for p in known if p in run}
        person |= found
        person |= set(re.findall(r"[\u4e00-\u9fff]某+", run))
        glued, last = "", ""
        for w in (*words, ""):
            # (a name the dictionary cuts off its 党 or 队: 江城/队)
            if w in ("党", "队") and len(last) >= 2 and not glued and last[0] not in _ANY_TEAM:
                org.add(last + w)
            last = w
            if len(w) == 1:
                glued += w
                continue
            # A party the dictionary does not know is left in single characters (基/进/党): the run ends with 党.
            if len(glued) >= 3 and glued.endswith("党"):
                org.add(glued[-3:])
            glued = ""
            if len(w) < 2 or any(w in p or p in w for p in found):
                continue
            tag = LEXICON.tag(w)
            if tag in _ORG_TAGS or w.endswith("党") or (w.endswith("队") and len(w) >= 3 and w[0] not in _ANY_TEAM):
                org.add(w)
            elif tag in _PLACE_TAGS and w.endswith(PLACE_ENDS) and len(w) >= 3:
                place.add(w)
    return {"person": frozenset(person), "org": frozenset(org), "place": frozenset(place)}


def _named(h: str, text: str, words: frozenset[str]) -> bool:
    """The holder is named in the stretch: as a word, inside a longer one, or a Chinese full name by its surname
    alone (侯在12位…中, as Chinese news refers to a person after the first mention)."""
    from ..lexicon import LEXICON
    from ..normalize import normalize

    if h in words:
        return True
    if h.isascii():
        return False  # (an English name is a whole word: Dell is no part of Liddell)
    if any(h in w or (len(w) >= 2 and not w.isascii() and w in h) for w in words):
        return True
    if len(h) not in (2, 3) or "某" in h:
        return False
    alone = {w for run in _CJK_RUN.findall(normalize(text)) for w in LEXICON.cut(run) if len(w) == 1}
    return h[0] in alone


def stretch(f: Fact, facts: Sequence[Fact]) -> str:
    """The figure's stretch: back to the previous figure of its type or its sentence part's start, on to its clause's
    end or the next figure of its type (the figure itself left out)."""
    s, at = f.sentence, position(f)
    end = at + len(f.text)
    part_lo = part_start(s, at)
    lo, hi = part_lo, len(s)
    clause_end = CLAUSE.search(s, end)
    if clause_end is not None:
        hi = clause_end.start()
    for g in facts:
        if g is f or g.type != f.type or (g.sentence_start, g.sentence) != (f.sentence_start, s):
            continue
        p = position(g)
        if p < at:
            lo = max(lo, p + len(g.text))
        elif p > at:
            hi = min(hi, p)
    return s[lo:at] + " \x00 " + s[end:hi]


# How far into a clause with figures of its own a holder may stand and still be its subject (林佳蓉的信任度為44%;
# 桃園市長林佳蓉的…), not an object beside one of them (以73%滿意度遙遙領先蔡英文的52%).
_SUBJECT_WITHIN = 5


def earlier_holders(f: Fact, facts: Sequence[Fact], cls: str, known: frozenset[str]) -> frozenset[str]:
    """The holders of class `cls` the figure's sentence part names before its stretch, in the nearest clause that names
    any (同案被告人周某犯诈骗罪，被判处有期徒刑二年，缓刑三年: the 三年 is 周某's, named two clauses back, before the
    figure of its type that ends the stretch); empty when none does. A clause with figures of the type names their
    holder as its subject only (林佳蓉的信任度為44%，不信任度為38%); a name after a verb there is the object of a
    comparison (領先蔡英文的52%) and says nothing of the later figure."""
    from ..normalize import normalize

    s, at = f.sentence, position(f)
    part_lo = part_start(s, at)
    lo = part_lo
    same = [
        g for g in facts if g is not f and g.type == f.type and (g.sentence_start, g.sentence) == (f.sentence_start, s)
    ]
    stretch_at = max([lo, *(p for g in same if (p := position(g)) < at)])
    for clause in reversed(CLAUSE.split(s[lo:stretch_at])):
        found = holders(clause, known)[cls]
        figure = next((g.text for g in same if g.text in clause), None)
        if found and figure is not None:
            head = normalize(clause[: min(clause.find(figure), _SUBJECT_WITHIN + 3)])
            found = frozenset(h for h in found if 0 <= head.find(h) <= _SUBJECT_WITHIN)
        if found:
            return found
    return frozenset()


def _words(text: str, known: frozenset[str]) -> frozenset[str]:
    got = holders(text, known)
    return frozenset().union(*got.values())


def _english(text: str, sentence: str, capitalized: frozenset[str]) -> frozenset[str]:
    """The English names of a text that the source writes capitalized inside a sentence (its opening word too, then):
    whose a poll's share is ("64% … trusted him, while 41% said they trusted Council President Mara Liddell")."""
    from .similarity import names

    latin = "".join(ch if ch.isascii() else " " for ch in text)
    if not latin.strip():
        return frozenset()
    found, openers = names(latin, sentence)
    return frozenset(w for w in (found | openers) & capitalized if w.isascii())


def _names(claimed: frozenset[str], text: str, known: frozenset[str]) -> bool:
    """Some holder of the claim is named in `text`."""
    from .similarity import terms

    words = terms(text) | _words(text, known)
    return any(_named(h, text, words) for h in claimed)


# A person a stretch opens by referring to (他在中间选民中的支持度为38%，领先陈美玲的27%): someone, and not the person
# the sentence names beside another figure.
_PRONOUN = compiled(r"\s*(?:他|她)(?![们們])")


def _pronoun(text: str, cls: str) -> frozenset[str]:
    """The pronoun a figure's stretch opens with, as a holder of the person class; empty otherwise."""
    return frozenset({"他"}) if cls == "person" and _PRONOUN.match(text) else frozenset()


def _holds(claimed: frozenset[str], f: Fact, text: str, document: SourceText | None, known: frozenset[str]) -> bool:
    """The stretch of `f` names the claim's holder, or opens with 他/她 referring to the claim's person."""
    if _names(claimed, text, known):
        return True
    return bool(_PRONOUN.match(text)) and _names(claimed, " ".join(_referent(f, document, known)), known)


def _referent(f: Fact, text: SourceText | None, known: frozenset[str]) -> frozenset[str]:
    """The person 他/她 opening the figure's stretch refers to: the one person named by the nearest sentence before
    it that names any (found in the source's text, sentences without figures too); empty when unknown or several."""
    if text is None:
        return frozenset()
    for _, sentence in text.sentences_before(f.sentence_start):
        persons = holders(sentence, known)["person"]
        if persons:
            return persons if len(persons) == 1 else frozenset()
    return frozenset()


def _part(f: Fact) -> str:
    s, at = f.sentence, position(f)
    part_lo = part_start(s, at)
    end = PART.search(s, at)
    return s[part_lo : end.start() if end else len(s)]


def rival_holder(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                 by_type: dict[str, list[int]], sim: Any, document: SourceText | None = None) -> None:  # fmt: skip
    """Turn each supported claim whose every equal figure has a rival holder beside it into a mismatch against the
    figure of the claim's holder, or into not found (in place). With the source's text, 他 opening a stretch is the
    one person the nearest sentence before that names anyone names (one without figures too)."""
    from .owners import _as_written
    from .similarity import names, terms

    known: frozenset[str] | None = None  # (computed once, when first needed)
    capitalized: frozenset[str] | None = None
    for i, v in enumerate(out):
        if settled(v):
            continue
        c = draft[i]
        if known is None:
            known = titled(" ".join({f.sentence for f in (*source, *draft)}))
        mine = holders(c.sentence, known)
        if c.type == "percent" and capitalized is None:
            capitalized = frozenset().union(*(names(x, x)[0] for x in {f.sentence for f in source}))
        if c.type == "percent":
            assert capitalized is not None
            mine["name"] = _english(c.sentence, c.sentence, capitalized)
        if not any(mine.values()):
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        # A headline names its holder in a word or two (泰山遭遇5连败): where the story states the figure too, the
        # story's sentence says whose it is.
        equal = [j for j in equal if not _headline(source[j])] or equal
        if not equal:
            continue
        stretches = {j: stretch(source[j], source) for j in kind}
        found = None
        for cls, claimed in mine.items():
            if not claimed:
                continue
            rivals = []
            for e in equal:
                text = stretches[e]
                beside = (
                    _english(text, source[e].sentence, capitalized or frozenset())
                    if cls == "name"
                    else holders(text, known)[cls]
                    or _pronoun(text, cls)
                    or earlier_holders(source[e], source, cls, known)
                )
                words = terms(text) | beside
                if any(_named(h, text, words) for h in claimed):
                    break
                rival = {r for r in beside if not _named(r, c.sentence, claimed | terms(c.sentence))}
                if not rival:
                    break
                # The claim's holder in the equal figure's sentence part must stand beside another figure of its type
                # there, if anywhere (蔡英文则分别为64.2%…).
                part = _part(source[e])
                part_words = terms(part) | _words(part, known)
                # (a pronoun is someone other than the claim's holder only when the sentence names the holder too)
                if rival == {"他"} and not any(_named(h, part, part_words) for h in claimed):
                    meant = _referent(source[e], document, known)
                    if not meant or any(_named(h, " ".join(meant), frozenset(meant)) for h in claimed):
                        break
                    rival = set(meant)
                if any(_named(h, part, part_words) for h in claimed) and not any(
                    j != e and _part(source[j]) == part and (source[j].sentence_start == source[e].sentence_start)
                    and any(_named(h, stretches[j], terms(stretches[j]) | _words(stretches[j], known)) for h in claimed)
                    for j in kind
                ):  # fmt: skip
                    break
                rivals.append(rival)
            else:
                found = (cls, claimed, rivals[0])
                break
        if found is None:
            continue
        _, claimed, rival = found
        theirs = [(sim(i, j), j) for j in kind if j not in equal and not values_equal(c, source[j])[0]
                  and alike_but_direction(c, source[j]) and _holds(claimed, source[j], stretches[j], document,
                                                                   known)]  # fmt: skip
        whose, claim_whose = _as_written(frozenset(rival), v.evidence.sentence), _as_written(claimed, c.sentence)
        said = f"same value, different subject: the source's {v.evidence.text} is {whose}'s"
        # (a figure beside the claim's holder counted in the claim's own unit is the holder's figure of that thing,
        # however little else its sentence shares with the claim: 深圳队一度7连败 for 泰山's streak)
        theirs = [
            (score, j) for score, j in theirs if score >= MATCH_THRESHOLD or (c.unit and source[j].unit == c.unit)
        ]
        best = max(theirs) if theirs else None
        if best is not None:
            s = source[best[1]]
            out[i] = other_thing(c, s, best[0], f"{said}; for {claim_whose} it reports {s.text}", v.evidence)
        else:
            out[i] = Verdict("not_found", c, None, reason=f"{said}; it gives none for {claim_whose}", other=v.evidence)
