"""Words a draft may use for the source's: how `check` folds inflections and synonyms before comparing words.

A reporter restating a figure rarely keeps the source's words: "rose" for "up", "killed" for "dead", 遇难 for 死亡,
"averaged" for "average", "hospitalised" for "taken to hospital". Comparing the words around two figures (which
figure a claim is about) must see those as one word, or a faithful paraphrase reads as a claim about another
figure. Two sources of language data are folded here:

- the facet words of each language (`FACET_WORDS`: 死亡/遇难/丧生, rose/climbed/grew), each folded to the first
  word of its facet, since the facet already says they mean the same;
- `SYNONYMS` below: the check's own groups of words that mean the same thing for what a figure is about.

English words are also cut to a rough stem (average, averaged → averag; losses, loss → loss), the same cut for a
name and for any other word so that the two stay comparable.
"""

from __future__ import annotations

import re
from functools import cache

from ..patterns import compiled

# Each group is one meaning; a word of a group is folded to the group's first word. Words only (no phrases): the
# comparison is word by word. Kept to words that name what a figure is about, never ones that tell figures apart.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("hospital", "hospitalised", "hospitalized", "hospitalisation", "hospitalization"),
    ("vehicle", "car", "cars", "vehicles", "auto", "autos"),
    ("people", "persons", "person", "individuals"),
    ("legalized", "legalised", "legalization", "legalisation"),
    ("arrested", "detained", "arrest", "arrests", "detention"),
    ("passengers", "passenger", "travellers", "travelers"),
    ("guidance", "forecast", "outlook"),
    ("loan", "loans", "financed", "financing"),
    ("fire", "blaze", "inferno"),
    ("extinguished", "put out"),
    ("bought", "buy", "buys", "buying", "purchased", "purchase", "purchases", "purchasing"),
    ("buyers", "buyer", "consumers", "consumer", "customers", "customer", "shoppers", "shopper"),
    # (company results: "earned" is the profit line and "took" the takings, as the English money roles read them;
    # "net income" is folded as a phrase in `similarity.terms`)
    ("profit", "earned", "earn", "earns", "pretax", "pre-tax"),
    ("revenue", "takings", "took", "taken", "receipts", "grossed"),
    # (a noun for the verb a source uses, and the verb for its noun: "the theft went on for nine years" for "stealing
    # … over nine years"; "sales rose 12%" for "74,000 were sold …, up 12 percent", "sales" being the revenue facet)
    ("theft", "thefts", "stole", "stolen", "stealing"),  # (not "steals": a basketball statistic)
    ("revenue", "sold", "sell", "sells", "selling"),
    # (money gathered from others, as a fundraising story words it: an appeal "raised", "brought in" or "collected" it)
    ("raised", "raise", "raises", "raising", "brought", "collected", "collect", "collects", "collecting"),
    # (an event a date dates, as other styles word it: construction "is to begin" or "is expected to start"; a plant
    # "will close" or "will shut")
    ("start", "starts", "started", "starting", "begin", "begins", "began", "begun"),
    ("close", "closes", "closed", "closure", "closures", "shut", "shuts", "shutdown"),
    # (jobs and pay as other styles word them: a plant "cut", "shed", "eliminated" or "axed" jobs; "factories" are the
    # manufacturers; wages are pay)
    ("cut", "cuts", "cutting", "shed", "sheds", "shedding", "eliminate", "eliminates", "eliminated", "eliminating",
     "axe", "axes", "axed", "slash", "slashes", "slashed", "layoffs", "laid"),
    ("manufacturers", "manufacturer", "factories", "factory", "manufacturing"),
    ("hired", "hire", "hires", "hiring", "recruited", "recruit", "recruits", "recruiting"),
    ("wages", "wage", "pay", "salaries", "salary"),
    # (who watched a game or a show, as other styles call them)
    ("crowd", "fans", "spectators", "attendance", "audience"),
    ("旅客", "游客", "访客"),
    # (who a count of people is, as news of other styles calls the same people: a company's staff or workforce, a
    # city's 居民 or 市民; never words that tell two groups apart, such as staff and customers)
    ("staff", "workforce", "employees", "employee", "workers", "worker", "personnel", "staffers", "headcount"),
    ("jobs", "job", "positions"),
    ("residents", "resident", "inhabitants", "inhabitant"),
    # (a chain's shops, as other styles call them)
    ("stores", "store", "shops", "shop", "outlets", "outlet"),
    ("门店", "店铺", "分店"),
    ("员工", "职工", "雇员"),
    ("居民", "市民"),
    ("民众", "群众"),
    # (a city's, county's or province's government by its short name: 市府 is the 市政府, no rival kind of it)
    # (who answered a poll, as Hong Kong and mainland styles call them: 被访者 in one, 受访者 in the other)
    ("受访者", "被访者", "受访人士"),
    # (the halves of a game: 上半场 in a mainland report is 上半时 in another)
    ("上半场", "上半时"),
    ("下半场", "下半时"),
    ("市政府", "市府"),
    ("县政府", "县府"),
    ("省政府", "省府"),
)  # fmt: skip


# Names a reporter writes short or long (the United States, the U.S. and the US; the Federal Reserve and the Fed): each
# is read as its short form on both sides, so a draft's "US sales" or "the Fed" meets the source's long form. The short
# forms in capitals stay out of the names that say whose a figure is, as every acronym does (`similarity.names`).
_ALIASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (compiled(r"\b(?:the\s+)?United\s+States\b|(?<![A-Za-z])U\.\s?S\.(?:\s?A\.)?(?![A-Za-z$])"), "US"),
    (compiled(r"\b(?:the\s+)?United\s+Kingdom\b|(?<![A-Za-z])U\.\s?K\.(?![A-Za-z])|\b(?:Great\s+)?Britain\b"), "UK"),
    (compiled(r"\b(?:the\s+)?European\s+Union\b"), "EU"),
    (compiled(r"\bFederal\s+Reserve(?:\s+Board)?\b"), "Fed"),
)


def short_names(text: str) -> str:
    """`text` with each long form of a name written its short way (the United States → US, the Federal Reserve →
    Fed), for comparing words only: never for what the output shows."""
    if not any(w in text for w in ("United", "U.", "Britain", "European", "Federal")):
        return text
    for pattern, short in _ALIASES:
        text = pattern.sub(short, text)
    return text


# Words that place a date inside its period ("late 2025", "the autumn of 2026", 年底, 上旬): part of how the date is
# written, never the event it dates.
DATE_QUALIFIERS: frozenset[str] = frozenset(
    ("late", "early", "mid", "middle", "end", "beginning", "autumn", "fall", "spring", "summer", "winter", "latter",
     "turn")
)  # fmt: skip


# How an English sentence opens when its subject is someone named before ("It took $42.8m", "The airline will
# pay"): whose figure it is, is then read from the sentence before.
REFERRING = compiled(
    r"\s*(?:it|its|he|his|she|her|they|their|the (?:company|airline|carrier|firm|group|retailer|bank|team|club|"
    r"player|chain|insurer|lender|developer|automaker|carmaker))\b",
    re.IGNORECASE,
)
# How a Chinese sentence opens when it goes on about what the one before named (其中，…; 该公司…; 他…): its figures are
# that subject's. Not any sentence without a name: 为整治养老诈骗，江川市决定… names its own actor in a word no name
# test knows.
ZH_REFERRING = compiled(r"\s*(?:其中|其|该|該|他|她|它|此|这|這)")
# Capitalized words that open a sentence without naming anyone ("Of the participants", "In October").
LEADING_WORDS: frozenset[str] = frozenset(
    ("of", "in", "on", "at", "for", "by", "with", "as", "after", "before", "since", "from", "to", "about", "among",
     "a", "an", "the", "this", "that", "these", "those", "some", "many", "most", "all", "no", "but", "and", "while",
     "when", "if", "although", "despite", "during", "over", "under", "up", "down", "analysts", "officials")
)  # fmt: skip


# Count classifiers the engine files under no category that still say what is counted: a count of 户 is of
# households, never of the people a claim counts (台東縣114戶 停電 is no 114人受傷). Written as normalized.
UNIT_CATEGORIES: dict[str, str] = {"户": "households"}
# What a count of persons is called when the text does not say who they are.
GENERIC_PEOPLE: frozenset[str] = frozenset({"people", "persons", "person", "individuals", "人"})
# How the name of an administrative place ends (高雄市, 屏东县): such a place says whose a figure is. Normalized.
PLACE_ENDS: tuple[str, ...] = tuple("市县省区镇乡村州")


# English words that say nothing of what a figure is about, beyond the function words every comparison drops:
# "so far", "plus", "still" (Eleven states plus D.C.; 208,560 so far this year).
VAGUE_WORDS: frozenset[str] = frozenset(
    ("plus", "far", "still", "now", "also", "just", "some", "about", "around", "nearly", "almost", "more", "less",
     "least", "only", "even", "yet", "already", "there", "here", "all", "each", "per", "such", "another", "other",
     # (a budget line "gets" its sum as every other line does: the item says what a figure is about, not the verb)
     "get", "gets", "getting", "got",
     # (a modal the function words leave out: "must repay" and "was ordered to pay" state one order)
     "must", "shall",
     # (the base of a change, written or left out: "11.3% lower than a year earlier" for "down 11.3%"; the year or
     # month beside it says which base)
     "earlier", "ago",
     # (the company an article is about: "The company's sales" names the article's firm, whichever figure it is)
     "company", "companies", "firm", "firms")
)  # fmt: skip


def stem(low: str) -> str:
    """A rough English stem of a lower-cased word: one inflection cut (-ing, -ed, -es, -s but not -ss), then a
    final e (average and averaged meet at averag; cases and case at cas)."""
    for suffix in ("ing", "ed", "es", "s"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3 and not (suffix == "s" and low.endswith("ss")):
            low = low[: -len(suffix)]
            break
    if low.endswith("e") and len(low) > 3:
        low = low[:-1]
    return low


@cache
def _facet_words() -> frozenset[str]:
    from ..en.tables import FACET_WORDS as EN
    from ..zh.tables import FACET_WORDS as ZH

    return frozenset(w.lower() for table in (ZH, EN) for w in table)


@cache
def facet_words(facet: str) -> tuple[str, ...]:
    """The words (lower-cased, both languages) that name a facet: money:loss → loss, losses, net loss, 亏损 …"""
    from ..en.tables import FACET_WORDS as EN
    from ..zh.tables import FACET_WORDS as ZH

    # (one-character Chinese words are left out: 亏 or 死 right before a figure says too little)
    return tuple(w.lower() for table in (ZH, EN) for w, f in table.items() if f == facet and len(w) > 1)


@cache
def group_facets(group: str) -> tuple[str, ...]:
    """Every facet of a group, in both languages' tables (direction → direction:up, direction:down)."""
    from ..en.tables import FACET_WORDS as EN
    from ..zh.tables import FACET_WORDS as ZH

    return tuple(sorted({f for table in (ZH, EN) for f in table.values() if f.split(":", 1)[0] == group}))


def facet_word(low: str) -> bool:
    """Whether a lower-cased word is one of the facet words (死亡, missing, rose)."""
    return low in _facet_words()


@cache
def _folds() -> dict[str, str]:
    from ..en.tables import FACET_WORDS as EN
    from ..zh.tables import FACET_WORDS as ZH

    out: dict[str, str] = {}
    for table in (ZH, EN):
        first: dict[str, str] = {}
        for word, facet in table.items():
            head = first.setdefault(facet, word.lower())
            if " " not in word:
                out.setdefault(word.lower(), head)
    for group in SYNONYMS:
        for word in group:
            if " " not in word:
                out.setdefault(word.lower(), group[0])
    return out


def fold(low: str) -> str | None:
    """The word a lower-cased word stands for when it is a facet word or in a synonym group (遇难 → 死亡,
    climbed → rose), else None."""
    return _folds().get(low)


# Common Chinese surnames (Simplified, as `normalize` folds Traditional): a word the dictionary tags as a name, or a
# single character it leaves alone, that starts with one of these opens a person's full name (苏贞昌, 黄美玲, 陈志辉).
# Kept to surnames; a character that is mostly a word of its own is taken as a name only where jieba leaves it single
# and tags it as a name or a noun.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
    "汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤柯翁庄洪赖游詹蓝温连邢"
)


# Chinese characters that negate the word they open (不满意度, 未成年, 非法, 无效): the word they open is not the word
# without them. terms() keeps such a character with the word it negates.
NEGATIONS = frozenset("不未非无没沒無")


# A frame opening a sentence (在年轻选民中，…; 从期限看，…; "Among voters under 30, …"): the group or respect every
# statement of the sentence is made in, each sentence part after a ；or "while" included, until a part opens
# with a frame of its own.
FRAME = compiled(
    r"\s*(?:(?:在|从|從|对|對|就|按|依)[^，,；;。！？!?]{1,24}?(?:之中|当中|當中|中|里|裡|内|內|方面|来看|來看|看|而言|来说|來說)"
    r"|(?:Among|Across|Within)\s[^,;.!?]{2,60}?)\s*[，,]"
)
