"""A Chinese claim whose subject the source introduces only after the figure: another item's, or no figure at all.

Chinese news names what a figure is about before it: 武磊梅开二度，本赛季联赛进球数达到9个. A name, crop or group
the article first writes *after* a figure, in a later clause of that figure's sentence, is the next item of the
story, not the figure's owner: 本赛季联赛进球数达到9个；奥斯卡贡献1球2次助攻 (the 9 goals are not 奥斯卡's);
损失金额1221万元，其次为西瓜、大豆 (the 1221万元 is not the 西瓜's). A supported claim opening with such a subject is
about another thing.

The claim's subject is its opening run of nouns before the figure (time words skipped: 8月, 本赛季, 一季度), or a
person the article names after a title (中场曾文杰). A supported claim is reconsidered when one of them is, for every
source figure with its value, first written in the source after that figure, in a later clause of its sentence that
goes on to another item (one with a figure of its own, one in a later sentence part, or one a word of sequence opens:
其次, 以及, 另有), and never before it in any sentence of the source that holds a figure. A noun in the figure's own
clause after it is left alone: it is the figure's object or the noun it qualifies (高达57%受访者信任议长许宏明;
计划总投资40亿元的凤铝铝业项目), and so is a clause that only says who reports it.
The claim becomes a mismatch against the likeliest figure of its type whose stretch names the noun, else not found.
English is left out: it writes an owner after its figure as often as before ("61% of Labour voters").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Fact
from ..patterns import compiled
from .roles import position, same_sentence
from .similarity import CLAUSE, PART, part_start
from .verdict import Verdict, against_likeliest, alike, settled

_CJK = compiled(r"[\u4e00-\u9fff]")
# jieba tags of the nouns a subject is written with (a name, a place, an organisation, a common noun); a time word
# (t), a number (m) or a verb ends nothing here but is skipped before the run and ends it after.
_NOUN_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "nw", "vn", "an", "j", "l", "i"})
# Words that go on from one item of a list to the next (其次为西瓜, 以及天新冷链物流, 另有).
_SEQUENCE = compiled(r"其次|次之|以及|另有|另外|此外|其余")
_SKIP_TAGS = frozenset({"t", "m", "q", "mq", "f", "r", "x", "eng", "p", "c", "u", "uj", "d"})


def opening_nouns(c: Fact) -> list[str]:
    """The nouns of a Chinese claim's opening run before its figure (8月國際旅客按年上升10.4% → 国际, 旅客), as
    `normalize` folds them; words of two characters or more only."""
    from ..lexicon import LEXICON
    from ..normalize import normalize

    at = position(c)
    part_lo = part_start(c.sentence, at)
    before = normalize(c.sentence[part_lo:at])
    run: list[str] = []
    for w in LEXICON.cut(before):
        if not _CJK.search(w):
            if run:
                break
            continue
        tag = LEXICON.tag(w)
        if tag in _NOUN_TAGS or (len(w) == 1 and run and tag not in _SKIP_TAGS):
            run.append(w)
        elif run or (tag not in _SKIP_TAGS and len(w) >= 2):
            break
    return [w for w in run if len(w) >= 2]


def _first_after(word: str, e: Fact, source: Sequence[Fact]) -> bool:
    """Whether the source first writes `word` after figure `e`, in a later clause of `e`'s own sentence that goes on
    to the next item: one with a figure of its own, one in a later sentence part (；奥斯卡贡献1球2次助攻), or one a word
    of sequence opens (其次为西瓜、大豆)."""
    from ..normalize import normalize

    sentences = {f.sentence_start: f.sentence for f in source}
    for start, sentence in sentences.items():
        if start < e.sentence_start and word in normalize(sentence):
            return False
    here = normalize(e.sentence)
    at = position(e)
    end = at + len(e.text)
    k = here.find(word, end)
    # (only in a later clause: a noun in the figure's own clause after it is its object or the noun it qualifies,
    # 高达57%受访者信任议长许宏明, 计划总投资40亿元的凤铝铝业项目)
    if word in here[:at] or k < 0 or CLAUSE.search(here, end, k) is None:
        return False
    opens = max(m.end() for m in CLAUSE.finditer(here, end, k))
    close = CLAUSE.search(here, k)
    closes = close.start() if close else len(here)
    # (a clause that only says who reports the figure, 统计局昨日公布, goes on to no item)
    own = any(g.type != "date" and same_sentence(g, e)
              and opens <= position(g) < closes for g in source)  # fmt: skip
    # (or a later sentence part: ；中场曾文杰贡献1球1助攻 is a statement of its own, whatever its figures are read as)
    return own or _SEQUENCE.search(here, end, k) is not None or PART.search(here, end, k) is not None


def named_after(out: list[Verdict | None], draft: Sequence[Fact], source: Sequence[Fact],
                by_type: dict[str, list[int]], sim: Any) -> None:  # fmt: skip
    """Turn each supported Chinese claim whose subject the source writes only after every equal figure into a
    mismatch against a figure beside that subject, or not found (in place)."""
    from ..normalize import normalize
    from .holders import titled

    known: frozenset[str] | None = None  # (computed once, when first needed)
    for i, v in enumerate(out):
        if settled(v):
            continue
        c = draft[i]
        if c.type == "date" or not _CJK.search(c.sentence):
            continue
        kind = by_type.get(c.type, ())
        equal = [j for j in kind if alike(c, source[j])]
        if not equal:
            continue
        if known is None:
            known = titled(" ".join({f.sentence for f in (*source, *draft)}))
        # (and a person the article names after a title, 中场曾文杰, whom the dictionary cuts into single characters)
        words = opening_nouns(c) + sorted(p for p in known if p in normalize(_stretch(c)))
        late = [w for w in words if all(_first_after(w, source[j], source) for j in equal)]
        if not late:
            continue
        word = late[0]
        beside = [(sim(i, j), j) for j in kind if j not in equal and word in normalize(_stretch(source[j]))]
        said = f"same value, another subject: the source writes {word} only after its {v.evidence.text}"
        out[i] = against_likeliest(v, max(beside) if beside else None, source, said,
                                   f"for {word} it reports", f"it gives no figure for {word}")  # fmt: skip


def _stretch(f: Fact) -> str:
    """The words of a figure's sentence part before it."""
    at = position(f)
    part_lo = part_start(f.sentence, at)
    return f.sentence[part_lo : at + len(f.text)]
