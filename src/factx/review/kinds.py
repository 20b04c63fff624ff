"""Unshared kinds: a claim that names one kind of thing where the equal source figure names another.

"全县全年秋粮产量39603吨" against "全年谷物产量39603吨"; "西瓜损失金额1221万元" against a sentence about 二期水稻 whose
损失金额 is 1221万元; "第二产业增加值同比增长13.5%" against "其中完成工业增加值40653万元，同比增长13.5%". The number is
the same, the counted thing is not: the claim's noun is nowhere in the equal figure's sentence part, and a noun of
that figure's own words is nowhere in the claim. Both must be nouns the dictionary knows (Chinese only: an English
word's part of speech is not known here), and neither a word of the article's topic (named beside many figures,
so telling no figure from another).

The claim then becomes a mismatch against the source figure that does stand beside the claim's noun (秋粮产量
39368吨), or not found when no figure does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from .verdict import MATCH_THRESHOLD, Verdict, alike, different_thing, other_thing, settled

_NOUNS = frozenset({"n", "nz", "ns", "nt", "nl", "ng"})


def _noun(w: str, places: bool = True) -> bool:
    from ..lexicon import LEXICON

    tag = LEXICON.tag(w)
    return not w.isascii() and len(w) >= 2 and tag in _NOUNS and (places or tag != "ns")


def unshared_kind(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                  by_type: dict[str, list[int]], dr_ctx: list[Any], src_ctx: list[Any], sim: Any) -> None:  # fmt: skip
    """Turn each supported claim whose equal figures all name another kind of thing than the claim into a mismatch
    against a figure of the claim's kind, or into not found (in place)."""
    from .owners import _absent, _present, _topic_words

    topic: frozenset[str] | None = None
    for i, v in enumerate(out):
        if settled(v):
            continue
        c, ctx = draft[i], dr_ctx[i]
        if topic is None:
            topic = _topic_words(source, src_ctx)
        # The claim's own words (its stretch of its clause) name the kind it counts.
        kinds = frozenset(w for w in ctx.terms if _noun(w)) - topic
        if not kinds:
            continue
        said = ctx.terms | ctx.scope | ctx.clause
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        pairs = []
        wide = False  # (some equal figure's kind was read from its sentence part)
        for e in equal:
            ev = src_ctx[e]
            missing = _absent(kinds, ev.part | ev.clause | ev.scope)
            # (the figure's own stretch names its kind; a place is an owner, which `owners` weighs)
            theirs = frozenset(w for w in _absent(ev.terms - topic, said) if _noun(w, places=False))
            if not ev.terms - topic and c.type != "date" and not (missing and theirs):
                # A figure whose own words are all the article's (同比多增69.11亿元 at the end of a chain of
                # figures) is of the kind its sentence part opens with (其中，人民币各项贷款余额为…); the claim's
                # kind is missing there unless written whole (贷款 there is no 中长期贷款).
                theirs = frozenset(w for w in _absent(ev.part - topic, said) if _noun(w, places=False))
                near = ev.part | ev.clause | ev.scope
                missing = frozenset(w for w in kinds if _noun(w, places=False)
                                    and not any(x == w or w in x for x in near))  # fmt: skip
                wide = wide or bool(theirs and missing)
            pairs.append((missing, theirs) if missing and theirs else None)
        if not equal or None in pairs:
            continue
        missing, theirs = pairs[0]  # type: ignore[misc]
        # The claim's kind must be one the source quantifies elsewhere (秋粮产量39368吨): a noun the source never
        # puts beside a figure of this type is more likely the draft's own wording (农业 for a county's loss). Read
        # from a part, it must open another part (中长期贷款余额为…，同比多增61.19亿元).
        parts = {(source[e].sentence_start, src_ctx[e].part) for e in equal}
        others = [(sim(i, j), j) for j in kind if j not in equal and different_thing(c, source[j]) is None
                  and (_present(missing, src_ctx[j].terms | src_ctx[j].scope)
                       or (wide and _present(missing, src_ctx[j].part)
                           and (source[j].sentence_start, src_ctx[j].part) not in parts))]  # fmt: skip
        if not others:
            continue
        best = max(others)
        w, x = "/".join(sorted(missing)), "/".join(sorted(theirs))
        said_of = f"same value, different subject: the source's {v.evidence.text} is about {x}, not {w}"
        if best[0] >= MATCH_THRESHOLD:
            s = source[best[1]]
            out[i] = other_thing(c, s, best[0], f"{said_of}; for {w} it reports {s.text}", v.evidence)
        else:
            out[i] = Verdict("not_found", c, None, reason=f"{said_of}; it gives none for {w}", other=v.evidence)
