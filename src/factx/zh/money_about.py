"""What a Chinese money figure is: its role (investment, funding, damages …) and its subject (the measure).

The role comes, in order, from a noun naming the sum right after the amount (1万元应急补助金), a price per
unit before it (每公斤30元), the nearest cue word before it in its clause (总收入为), and, when the clause
names nothing, from the figure it restates: a conversion in brackets (74.96亿(11.80亿美元)) or a change
(比年初增加1613亿元) takes the role and subject of the figure before it. A generic sum word (金额较现时
2000元, 共计折合1.7亿元) reaches back to the cue earlier in the sentence.

The subject is the measure as the sentence names it: the noun phrase that ends at the amount (存款余额为,
工业增加值完成), the sum noun after it (财政储备), or the giver of a gift (香港赛马会捐出).
"""

from __future__ import annotations

import re

from ..document import Doc
from ..model import Fact
from ..normalize import normalize
from ..patterns import Lazy, Words, compiled, is_cjk, words_re
from . import segment
from . import tables as zh

_ROLE_RE = Lazy(words_re(zh.ROLE_CUES))
_SUM_RE = Lazy(words_re(zh.SUM_NOUNS))
_CJK = compiled(r"[\u4e00-\u9fff]+")
# The run ending at a search's end position: one search, where the last of the runs in a window took a loop.
# (Possessive: a run that stops short of the end gives no characters back, so each start is tried once.)
_CJK_TAIL = compiled(r"[\u4e00-\u9fff]++\Z")
_DATE_UNITS = "年月日号时"
_LINKS = Words(zh.MEASURE_LINKS)
_CHANGES = Words(zh.CHANGE_WORDS)
_GIVING = Words(zh.GIVING_VERBS)
_GENERIC = frozenset(zh.GENERIC_MEASURES)
_CUES = Words(zh.ROLE_CUES)
_QUALIFIED = Words([*zh.ROLE_CUES, *zh.MEASURE_QUALIFIERS, "总"])
_PER_UNIT = Lazy(rf"每(?:[0-9一二两三四五六七八九十]+)?(?:{words_re(zh.PRICE_UNITS)})(?:[价售]?[为是:：]?|售价|价格)?$")
# 每户需付16万 / 每人须缴500元: what each payer must hand over is a price (每人奖励1000元 is not: no paying verb).
_PER_PAYER = Lazy(r"每[户人家名位][^，。；,;]{0,3}?(?:需|须|要|应|得)?(?:付|缴|缴交|缴付|支付|缴纳|交)约?$")
# A generic sum word in the amount's clause: the cue that says what the sum is stands earlier in the sentence.
_GENERIC_SUM = Lazy(r"金额|数额|总额|共计折合|折合|涉款")
# Comparison words (比 only before a period: 比上年, 比年初 — 比如 and 比赛 compare nothing).
COMPARED = Lazy(r"较|比(?=[上去年前同])|低于|高于|相比|同比")
_NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "ng", "vn", "j", "nrt", "nrfg", "an"})
_MOD_TAGS = _NOUN_TAGS | {"a", "b", "f", "s"}
_MEASURE_WINDOW = 14
_MEASURE_TOKENS = 4
_SENTENCE_BACK = 60
_NOT_MODIFIERS = frozenset("并和及与或而且又再")
_AFTER_GAP = 2  # 800万元专项善款 / 3.3亿工程 / 16万元的维修费: at most 的 and two modifier characters between
_CLOSING_QUOTES = {"」": "「", "”": "“", "》": "《", "』": "『"}
_QUOTED_MAX = 24
_RESPECTIVELY = frozenset(zh.RESPECTIVELY)
_REMARK_MAX = 12
_MEASURE_SUFFIXES = frozenset(zh.MEASURE_SUFFIXES)
_PLACE_SUFFIXES = frozenset(zh.PLACE_SUFFIXES)
# A project's phase in its name (东成一期总投资, 二期工程): a numeral jieba does not tag as a noun.
_PHASE = compiled(r"[一二三四五六七八九十]{1,2}期")


def money_about(doc: Doc, f: Fact, before: list[Fact]) -> tuple[str | None, str | None]:
    """(role, subject) of money fact `f`; `before` holds the money facts earlier in its sentence."""
    norm = doc.norm
    after = _sum_after(norm, f.end)
    role: str | None = None
    subject: str | None = None
    if after is not None:
        role = zh.SUM_NOUNS[after.group()]
        subject = _phrase_to(doc, f.end + (1 if norm.startswith("的", f.end) else 0), after.end())
    lo = doc.clause_start(f.start, 20)
    if lo >= f.start - 1 and f.start > 1 and norm[f.start - 1] in ":：":
        lo = doc.clause_start(f.start - 1, 20)  # 售价：7930元 — the cue is the label before the colon
    elif lo > 1 and norm[lo : f.start] in _LINKS:
        lo = doc.clause_start(lo - 1, 30)  # 网游业务收入环比增长14%，达41.5亿元: 达 goes on with the clause before
    elif lo == f.start and norm[lo - 1 : lo] == "）":
        # 固定资产投资（不含农户）50847亿元: a remark in brackets between the cue and the amount
        opening = norm.rfind("（", max(0, lo - 20), lo - 1)
        if opening > 0:
            lo = doc.clause_start(opening, 20)
    if role is None and (
        _PER_UNIT.search(norm, max(0, f.start - 6), f.start) or _PER_PAYER.search(norm, max(0, f.start - 10), f.start)
    ):
        role = "price"
    restated = _restated(doc, f, before, lo)
    cue = None if role else _cue_before(norm, lo, f.start)
    if role is None and cue is not None:
        role = _cue_role(norm, lo, cue)
    if role is None and restated is not None:
        role = restated.role
    if role is None and _GENERIC_SUM.search(norm, lo, f.start):
        back = _cue_before(norm, max(doc.index.sentence_span(f.start)[0], f.start - _SENTENCE_BACK), lo)
        role = zh.ROLE_CUES[back.group()] if back else None
    if role is None:  # 两百万元专项经费: the cue may follow the amount
        m = _ROLE_RE.search(norm, f.end, f.end + 4)
        # (past a closing bracket or an opening quote, one modifier character at most and no break:
        # （约合7000美元）慰问金 is the sum's name, but 320万元。投资… names the next sentence's sum)
        gap = norm[f.end : m.start()].lstrip(')）“"「『') if m else ""
        if m and len(gap) <= 1 and not any(c in _NOT_MODIFIERS or not is_cjk(c) for c in gap):
            role = zh.ROLE_CUES[m.group()]
    if subject is None and restated is not None:
        subject = restated.subject
    if subject is None:
        subject = measure_before(doc, f.start)
        if subject is not None and role == "investment":
            subject = _project_of(subject)  # 总投资3.3万亿元: investment takes the project, not the word
    return role, subject


def bare_cue(phrase: str) -> bool:
    """Whether a subject is only a role word with its qualifiers (价值, 计划总投资): it says what kind of sum,
    not what the sum is of."""
    return _project_of(phrase) is None


def _project_of(phrase: str) -> str | None:
    """The phrase without the role words and qualifiers that end it (园区项目计划总投资 → 园区项目); None when
    nothing else is left (年度计划投资): the caller then looks for the project elsewhere in the sentence."""
    norm = normalize(phrase)
    n = len(norm)
    while n:
        tail = _QUALIFIED.ending_at(norm, n)
        if tail is None:
            break
        n -= len(tail)
    return phrase[:n] if n >= 2 else None


def _sum_after(norm: str, end: int) -> re.Match[str] | None:
    """The sum noun right after the amount (after 的 and two modifier characters at most), taking the head:
    the cue that ends last in the run of Chinese characters (800万元专项善款 → 善款)."""
    run = _CJK.match(norm, end, min(len(norm), end + 8))
    if run is None:
        return None
    best = None
    for m in _SUM_RE.finditer(norm, run.start(), run.end()):
        if m.start() - end > _AFTER_GAP + (1 if norm.startswith("的", end) else 0):
            break
        if any(c in _NOT_MODIFIERS for c in norm[end : m.start()]):
            break  # 2.02元并罚款5万元: a conjunction starts another phrase, not a modifier of this sum
        if best is None or m.end() > best.end():
            best = m
    return best


def _cue_before(norm: str, lo: int, start: int) -> re.Match[str] | None:
    best = None
    for m in _ROLE_RE.finditer(norm, lo, start):
        if best is None or (m.end(), len(m.group())) > (best.end(), len(best.group())):
            best = m
    return best


def _cue_role(norm: str, lo: int, cue: re.Match[str]) -> str:
    role = zh.ROLE_CUES[cue.group()]
    if role in ("loss", "damages") and any(
        zh.ROLE_CUES[m.group()] == "compensation" for m in _ROLE_RE.finditer(norm, lo, cue.start())
    ):
        role = "compensation"  # 赔偿受害人损失30万元: the loss is what is paid back
    return role


def _restated(doc: Doc, f: Fact, before: list[Fact], lo: int) -> Fact | None:
    """The earlier figure that `f` restates: a conversion in brackets right after it, or the figure a
    change word before `f` changes (the last money figure before the change, in the same sentence)."""
    if not before:
        return None
    norm = doc.norm
    prev = before[-1]
    gap = norm[prev.end : f.start]
    if gap[:1] in ("(", "（") and len(gap) <= 2:  # 74.96亿(11.80亿美元), （约1.5亿美元）
        return prev
    end = f.start - 1 if f.start > 0 and norm[f.start - 1] in "了为" else f.start  # 增加了5亿元
    if _CHANGES.ending_at(norm, end):
        return prev
    # 出口数达1694亿元，较原先预测数1602亿美元: a figure compared with the one before is the same kind of sum
    return prev if COMPARED.search(norm, lo, f.start) else None


def measure_before(doc: Doc, start: int) -> str | None:
    """The measure named right before an amount: 各项存款余额为 → 各项存款余额; a generic one (损失金额)
    gives way to the noun before it (民间设施估计损失金额 → 民间设施); a verb of giving to the giver."""
    norm = doc.norm
    pos = start
    for _ in range(2):  # 估计损失约: step over at most two linking words
        link = _LINKS.ending_at(norm, pos)
        if link is None:
            break
        pos -= len(link)
    if pos > 1 and norm[pos - 1] in ")）":
        # 每股纯益（EPS）为: a remark in brackets between the measure and the amount
        opening = max(
            norm.rfind("(", max(0, pos - _REMARK_MAX), pos - 1), norm.rfind("（", max(0, pos - _REMARK_MAX), pos - 1)
        )
        if opening > 0:
            pos = opening
    giving = _GIVING.ending_at(norm, pos)
    if giving is not None:
        return _noun_phrase_before(doc, pos - len(giving))
    return _noun_phrase_before(doc, pos)


def _noun_phrase_before(doc: Doc, pos: int) -> str | None:
    norm = doc.norm
    m = _CJK_TAIL.search(norm, max(0, pos - _MEASURE_WINDOW), pos)
    if m is None:
        return None
    begin = m.start()
    if begin > 0 and norm[begin - 1].isdigit() and norm[begin] in _DATE_UNITS:
        begin += 1  # 8月至10月经季节性调整失业率: the run opens on a date's 月, which jieba would join to 经
        if begin >= pos:
            return None
    words = segment.cut(doc, norm[begin:pos])
    cue = _CUES.ending_at(norm, pos)
    if cue is not None and len(words[-1]) < len(cue) and pos - len(cue) >= begin:
        # 营收达 is one jieba word, so 营收 cut alone falls apart (营 / 收): keep the measure word whole
        words = (*segment.cut(doc, norm[begin : pos - len(cue)]), cue)
    first = len(words)  # the phrase is words[first:last]
    last = len(words)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in _RESPECTIVELY and first == i + 1 and all(_is_cue(x) for x in words[first:]):
            return _first_listed(doc, words, i, begin)  # 高雄市及宜兰县分别损失230万元及222万元: the first
        t = segment.tag(w) or ("n" if len(w) > 1 else "")
        if w not in _GENERIC and t not in _MOD_TAGS and w not in zh.ROLE_CUES and not _phase_after_noun(words, i):
            break
        if w in _GENERIC and last == i + 1 and first == i + 1:
            last = i  # 估计损失金额 at the end: generic, the noun before it is what the figure is about
        first = i
        if last - first == _MEASURE_TOKENS:
            break
    while first < last and (segment.tag(words[first]) or "n") in ("a", "b", "f", "s") and last - first > 1:
        first += 1  # a leading modifier adds nothing to the measure
    while first < last and not _is_noun(words[last - 1]):
        last -= 1
    if last - first == 1 and _verb_measure(words, first):
        first -= 1
    if (
        0 < first < last
        and len(words[first - 1]) == 1 < len(words[first])
        and segment.freq(words[first - 1] + words[first])
    ):
        # 可/支配收入: the phrase does not start inside a dictionary word (可支配). Only a character before a
        # word of two or more: two single characters (调/成, 车/内) make words of their own too often.
        first -= 1
    if first == last and last < len(words):
        return _quoted_before(doc, begin + sum(map(len, words[:last])))  # “援助基金”总额: the fund named
    if first >= last or sum(map(len, words[first:last])) < 2:
        return None  # one character (涉价 → 价) says nothing
    start = begin + sum(map(len, words[:first]))
    end = start + sum(map(len, words[first:last]))
    if first and _stolen_first(words[first - 1], words[first]) and end - start > 2:
        start += 1  # 他/人财物: 人 belongs to 他人; the phrase is 财物
    split = zh.MEASURE_SPLITS.get(norm[start:end])
    if split is not None:  # 并处罚金: keep 罚金, written as the text has it
        start = end - len(split)
    return doc.text[start:end]


def _verb_measure(words: tuple[str, ...] | list[str], i: int) -> bool:
    """成交/值: a measure named by the verb before a one-character suffix jieba cut off (成交值, 用电/量)."""
    return (
        i > 0 and words[i] in _MEASURE_SUFFIXES and len(words[i - 1]) >= 2 and segment.tag(words[i - 1]) in ("v", "vn")
    )


def _stolen_first(before: str, word: str) -> bool:
    """Whether jieba gave `word` the last character of the word before it: 他/人财物 for 他人/财物, where the
    character before and the first of `word` make a commoner word, and so does the rest of `word`."""
    if len(before) != 1 or len(word) < 3 or (segment.tag(before) or "")[:1] in ("p", "c", "u", "d"):
        return False  # (从/小金库: a preposition or an adverb takes no character: 从小 is another reading)
    n = segment.freq(word)
    return segment.freq(before + word[0]) > n and segment.freq(word[1:]) > n


def _phase_after_noun(words: tuple[str, ...] | list[str], i: int) -> bool:
    """东成一期: a phase right after the project it divides (连续三期 counts three periods)."""
    return i > 0 and _PHASE.fullmatch(words[i]) is not None and segment.tag(words[i - 1]) in _NOUN_TAGS


def _listed_word(words: tuple[str, ...] | list[str], i: int) -> bool:
    """Whether `words[i]` may stand in a listed thing: a whole word the dictionary knows as a noun (限额/内 is
    no thing that lost or paid), or a place's suffix cut off its name (西川/县)."""
    w = words[i]
    if w in _PLACE_SUFFIXES:
        return i > 0 and len(words[i - 1]) >= 2 and segment.tag(words[i - 1]) in _NOUN_TAGS
    return len(w) >= 2 and segment.tag(w) in _NOUN_TAGS and w not in zh.ROLE_CUES and w not in _GENERIC


def _is_cue(word: str) -> bool:
    return word in _GENERIC or word in zh.ROLE_CUES


def _first_listed(doc: Doc, words: tuple[str, ...] | list[str], at: int, begin: int) -> str | None:
    """The first of the nouns listed before 分别 at `words[at]`: the amount right after the cue is the first
    of the amounts that share it, so it belongs to the first of the things listed (one thing: that thing).
    Dictionary nouns only (not a generic 金额), joined by 和 / 及 / 、; anything else before them ends the list."""
    first = end = at  # the item being read is words[first:end]
    item: tuple[int, int] | None = None  # the earliest whole item read so far
    for i in range(at - 1, -1, -1):
        w = words[i]
        if w in zh.LIST_JOINERS:
            if first == end:
                break  # two joiners, or a joiner right before 分别: no list
            item, first, end = (first, end), i, i
            continue
        if not _listed_word(words, i):
            break
        first = i
    if first < end:
        item = (first, end)
    if item is None:
        return None
    lead = first - 1 if first and segment.tag(words[first - 1]) == "r" else first  # 向其父母: past 其
    if lead and segment.tag(words[lead - 1]) == "p":
        return None  # 向其父母分别捐款, 在限额内分别赔偿: who receives, or where, not who pays
    if item[0] == 0 and begin > 0 and _list_runs_on(doc.norm, begin):
        return None  # the list (北京、上海和广州) or the noun runs on before the window: its first is unknown
    text_start = begin + sum(map(len, words[: item[0]]))
    text_end = text_start + sum(map(len, words[item[0] : item[1]]))
    return doc.text[text_start:text_end] if text_end - text_start >= 2 else None


def _list_runs_on(norm: str, begin: int) -> bool:
    """Whether the words read from `begin` may continue a list or a noun that starts earlier: the window cut a
    run of Chinese characters, or a list joiner stands before it that does not close a clause with a figure
    (北京、上海 is a list of places; 损失5亿元、高雄市 a list of clauses)."""
    before = norm[begin - 1]
    if before in zh.LIST_JOINERS:
        return not any(c.isdigit() for c in norm[max(0, begin - 8) : begin - 1])
    return is_cjk(before)


def _phrase_to(doc: Doc, lo: int, end: int) -> str | None:
    """The text from `lo` to the end of the word that holds the end of a sum noun after an amount (500万元
    储备金: 储备 ends inside 储备金), when it is all Chinese characters."""
    run = _CJK.match(doc.norm, lo, min(len(doc.norm), lo + 10))
    if run is None or run.end() < end:
        return None
    pos = lo
    for w in segment.cut(doc, doc.norm[lo : run.end()]):
        pos += len(w)
        if pos >= end:
            break
    return doc.text[lo:pos]


def _is_noun(word: str) -> bool:
    return (segment.tag(word) or "n") in _NOUN_TAGS or word in zh.ROLE_CUES


def _quoted_before(doc: Doc, pos: int) -> str | None:
    """The name in quotes that ends right before `pos` (「大埔援助基金」总额 → 大埔援助基金), if any."""
    norm = doc.norm
    if pos < 2 or norm[pos - 1] not in _CLOSING_QUOTES:
        return None
    opening = norm.rfind(_CLOSING_QUOTES[norm[pos - 1]], max(0, pos - _QUOTED_MAX), pos - 1)
    if opening < 0 or pos - 1 - opening < 2:
        return None
    return doc.text[opening + 1 : pos - 1]
