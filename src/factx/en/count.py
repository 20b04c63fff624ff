"""Counts in English: 1,200 people, 86 operations, three companies, 16 political parties, 2m customers,
a dozen firms, between 3 and 5 banks — a number and a counted noun from the table, with up to two
describing words between them (three when names lead: "two United States service members"). The noun
gives the category and, with those words, the subject.

Beyond "number + noun" a few shapes name the counted thing close by: "seven of LeBron's assists" (the
noun after "of"), "won 12 of 13" (a part of a whole), "a four-game homestand" (a noun glued by a hyphen),
"one woman" (a singular noun after "one"), "scored 34 points" (a player's points), "11.1 assists per game"
(an average). Bare numbers whose noun the sentence names further away ("the death toll rose to 128")
are read by `count_bare`; the word patterns live in `count_words`.

Other bare numbers are never counts: without a counted noun a number is too often a score, an index level
or part of a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..document import Doc
from ..model import Fact
from ..patterns import compiled, words_re
from . import context, count_bare, cricket, money
from . import tables as en
from .count_bare import bare_count
from .count_words import GAP, MONTH_NAMES, NOUN_RE, NOUNS, NUMBER_WORD, SINGULARS, TITLE
from .numbers import Num, scan

# A counted noun among the describing words, with a verb after it: "Two firefighters suffered minor injuries"
# counts firefighters, not injuries.
_GAP_WORD = compiled(r"[A-Za-z][A-Za-z'\-]*")
_VERB_WORD = compiled(
    rf"(?:{words_re((*en.PAST_VERBS, *en.AUXILIARY_VERBS))}|(?!{words_re(en.PAST_ED_NOT)}$)[a-z]{{2,}}ed)", re.I
)


def _noun_before_verb(norm: str, start: int, m: re.Match[str]) -> re.Match[str]:
    """`m` cut after the first counted noun of its describing words when a verb follows that noun there."""
    words = list(_GAP_WORD.finditer(norm, m.start("gap"), m.end("gap")))
    for k, w in enumerate(words):
        if w.group().lower() in NOUNS and any(_VERB_WORD.fullmatch(x.group()) for x in words[k + 1 :]):
            return _NOUN.match(norm, start, w.end()) or m
    return m


_MULTIPLIER = compiled(
    rf"\s+(?!(?i:over\s+(?:{words_re(en.TIMES_OVER_PERIOD)}))(?![A-Za-z]))"
    rf"(?i:{words_re(en.TIMES_MULTIPLIER_NEXT)})(?![A-Za-z])"
)
_NOUN = compiled(rf"(?P<gap>(?:\s+{TITLE}){{1,2}}\s+{GAP}|(?:\s+{TITLE}){{1,3}}|(?:\s+{GAP}){{0,3}})\s+{NOUN_RE}")
_RANGE_SEP = compiled(r"\s*(?:[-–—]|to|and|or)\s*", re.I)
_DATE_CUES = frozenset(en.DATE_CUES)
_NOT_COUNT_AFTER = frozenset(("aged", "age", "ages", *en.COUNT_RATE_BASE_BEFORE))
# "one in five children" is a rate (percent.py), not five children.
_ONE_IN = compiled(
    rf"(?<![A-Za-z0-9.,])(?i:a|(?P<d>[0-9]+)|(?P<w>{words_re(en.UNIT_WORDS)}))\s+(?:in|out\s+of)\s+(?:every\s+)?$"
)
# An average: "11.1 assists per game", "2.4 children a family".
_PER = compiled(r"\s+(?i:per|a|an|each)\s+[A-Za-z]")
_DECIMAL_NOUNS = frozenset(en.DECIMAL_COUNT_NOUNS)
# "seven of LeBron's assists", "three of its commanders", "four of their 15 overs".
# "seven of the company's 19 plants": a possessive after "the" is a determiner too.
_OF_DET = r"(?:the(?:\s+[a-z]+['’]s)?|its|their|his|her|our|your|these|those|[A-Z][A-Za-z]+['’]s?)"
_OF_NOUN = compiled(
    rf"\s+of\s+(?:{_OF_DET}(?:\s+(?i:last|first|past|next|previous))?"
    rf"(?:(?:\s+(?i:{words_re(en.OF_WHOLE_ADJECTIVES)}))?\s+{NUMBER_WORD})?|{NUMBER_WORD})"
    rf"(?P<gap>(?:\s+{GAP}){{0,2}})\s+{NOUN_RE}"
)
_OF_NUM = compiled(
    rf"\s+of\s+(?P<span>(?i:{words_re(en.OF_WHOLE_DETERMINERS)})\s+(?i:{words_re(en.OF_WHOLE_SPANS)})\s+)?"
)
_OF_NEXT = compiled(rf"\s*(?:[.,;:!?)]|$|(?i:{words_re(en.OF_COUNT_NEXT)})(?![A-Za-z]))")
_HYPHEN = compiled(rf"-(?P<noun>(?i:{words_re(en.HYPHEN_COUNT_NOUNS)}))(?![A-Za-z\-])")
# A model written in the plural counts that many machines: "the roughly 600 E175s registered", "48 F-35s",
# "three Boeing 737s" (bare digits only after a maker's name, so "in the 1990s" stays a decade).
_MODEL_PLURAL = compiled(
    r"\s+(?P<model>[A-Z]{1,3}-?[0-9]{2,4}[A-Z]?|[A-Z][a-z]+\s+[0-9]{3}(?:-[0-9]{3})?)s(?![A-Za-z0-9'’\-])"
)
_SCORE_CUES = frozenset(en.SCORE_CUES)
_GAME_SCORE_CUES = frozenset(en.GAME_SCORE_CUES)
_POINTS = compiled(r"\s+points(?![A-Za-z\-])")
# "25 points, 11 rebounds and 10 assists": points listed with other sports figures.
_POINTS_LIST = compiled(
    rf",?\s+(?:and\s+)?(?:[0-9]+|[a-z]+)\s+(?i:{words_re(k for k, v in NOUNS.items() if v == 'other')})(?![A-Za-z\-])"
)
_ONE_NOUN = compiled(
    rf"(?P<gap>(?:\s+{GAP}){{0,2}})\s+(?P<noun>(?i:{words_re(SINGULARS)}))(?![A-Za-z\-])"
    rf"(?!\s+(?i:{words_re(en.ONE_VETO_AFTER)})(?![A-Za-z]))"
)
_ONE_VETO_BEFORE = frozenset(en.ONE_VETO_BEFORE)
_RESTATE_LEAD = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.COUNT_RESTATE_FROM)})\s+$")
_SENTENCE_END = compiled(r"[.!?]\s|\n")
# A capitalised word, not the first of its sentence, right before the number: "the new Pixel 8 chips".
_NAME_LEAD = compiled(r"(?<=[a-z,] )(?:[A-Z][a-z]+|[a-z]+[A-Z][A-Za-z]*) $")
_NAME_LEAD_OK = frozenset((*en.COUNT_NAME_LEAD_OK, *en.MONTHS))
# A year after a month, a quarter or a half: "June 2026 sales", "Q3 2026 revenue".
_PERIOD_YEAR = compiled(rf"(?<![A-Za-z])(?:(?:{words_re(en.MONTHS)})\.?|[QH][1-4]) (?:1[89]|20)[0-9]{{2}}$")
_PERIOD_YEAR_BACK = 12


def recognize(doc: Doc) -> Iterator[Fact]:
    norm = doc.norm
    nums = scan(doc).nums
    last: Fact | None = None  # the count before, which a bare number after "from" may give again
    for i, n in enumerate(nums):
        m = _NOUN.match(norm, n.end)
        if m is not None and m.group("gap"):
            m = _noun_before_verb(norm, n.end, m)
        if m is None or _is_one(doc, n):
            found = list(_without_noun(doc, nums, i))
            if not found and last is not None:
                again = _restated(doc, n, last)
                if again is None and last.start <= nums[i - 1].start < last.end:
                    # The readings of a bare number after a count: the number just before it is that count's.
                    again = next((f for rule in _AFTER_COUNT if (f := rule(doc, n, last)) is not None), None)
                found = [again] if again is not None else []
            last = found[-1] if found else last
            yield from found
            continue
        decimal = _PER.match(norm, m.end()) is not None or m.group("noun").lower() in _DECIMAL_NOUNS
        if not _countable(doc, n, average=decimal) or (decimal and cricket.rate_end(doc, n) is not None):
            continue  # "5.3 runs an over" is a run rate (a quantity), not a count of runs
        if m.group("noun").lower() == "times" and (m.group("gap") or _MULTIPLIER.match(norm, m.end())):
            continue  # "three times as much": a multiplier
        if any(c.isupper() for c in m.group("gap")) and context.word_before(doc, n.start) in MONTH_NAMES:
            continue  # "on March 5 Apple shares rose": a date, then a name
        if _model_number(doc, n):
            continue  # "the Pixel 8 chips", "Apollo 13 astronauts": a name with a number in it
        if _PERIOD_YEAR.search(norm, max(0, n.start - _PERIOD_YEAR_BACK), n.end):
            continue  # "In June 2026 sales rose", "Q3 2026 revenue": the year of a date, then a noun
        start, low, high = n.start, n.value, None
        prev = nums[i - 1] if i > 0 else None
        if prev is not None and _countable(doc, prev) and prev.value < n.value:
            sep = _RANGE_SEP.fullmatch(norm, prev.end, n.start)
            if sep is not None:
                word = sep.group().strip().lower()
                lead = context.word_before(doc, prev.start)
                if word in ("and",) and lead == "between":
                    start = context.between_start(doc, prev.start)
                    low, high = prev.value, n.value
                elif word != "and":
                    start, low, high = prev.start, prev.value, n.value  # 3-5 banks, two or three firms
        noun = m.group("noun").lower()
        subject = doc.text[m.start("gap") : m.end("noun")].strip()
        last = _fact(doc, start, m.end(), low, NOUNS[noun], subject, "count.en", high)
        yield last


def _restated(doc: Doc, n: Num, last: Fact) -> Fact | None:
    """Bare `n` after "from" / "up from" / "compared with" that gives the count just before it in the
    sentence again, with nothing but words between: "dropped to about 74,000 from nearly 76,000"."""
    norm = doc.norm
    start = context.with_approx(doc, n.start, n.end)[0]
    lead = _RESTATE_LEAD.search(norm, max(0, start - 16), start)
    if lead is None or last.end > lead.start() or lead.start() - last.end > en.COUNT_RESTATE_BACK:
        return None
    if (last.subject or "").lower() == "times":
        return None  # "rose 3 times in a week, up from 2": times are read too loosely to carry over
    between = norm[last.end : lead.start()]
    if any(c.isdigit() for c in between) or _SENTENCE_END.search(between) or not _countable(doc, n):
        return None
    if not count_bare.restate_next(doc, n):
        return None
    return _fact(doc, n.start, n.end, n.value, last.category or "other", last.subject, "count.en.restated")


_ELIDED_BEFORE = frozenset(en.COUNT_ELIDED_BEFORE)
_ELIDED_CATEGORIES = frozenset(en.COUNT_ELIDED_CATEGORIES)
_ELIDED_VERBS = frozenset(en.COUNT_ELIDED_VERBS)
_ELIDED_END = compiled(r"\s*(?:[.;!?](?:\s|$)|$)")


def _elided(doc: Doc, n: Num, last: Fact) -> Fact | None:
    """Bare `n` ending its sentence after a preposition, a part of the count just before it (`last`, which holds
    the number before `n`) with its noun left out: "inspected all 57 of its jets and replaced sensors on
    six" (see `tables.COUNT_ELIDED_BEFORE`)."""
    if last.category not in _ELIDED_CATEGORIES or last.max is not None or not n.value < last.value:
        return None
    before = context.word_before(doc, n.start)
    if (before not in _ELIDED_BEFORE and before not in _ELIDED_VERBS) or not _ELIDED_END.match(doc.norm, n.end):
        return None
    if _SENTENCE_END.search(doc.norm, last.end, n.start):
        return None  # another figure stands between, or another sentence
    if not _countable(doc, n):
        return None
    return _fact(doc, n.start, n.end, n.value, last.category, last.subject, "count.en.elided")


_SUBJECT_LEAD = frozenset(en.COUNT_SUBJECT_LEAD)
_SUBJECT_AFTER = compiled(
    rf"\s+(?:(?i:{words_re(en.COUNT_SUBJECT_ADVERBS)})\s+)?(?i:{words_re(en.COUNT_SUBJECT_VERBS)})(?![A-Za-z])"
)
_CLAUSE_COMMA = compiled(r"[,;]\s*$")


def _subject_part(doc: Doc, n: Num, last: Fact) -> Fact | None:
    """Bare `n` as the subject of the next clause, a part of the count just before it in its sentence: "three
    people were treated and two were taken to hospital" (see `tables.COUNT_SUBJECT_LEAD`)."""
    if last.category not in _ELIDED_CATEGORIES or last.max is not None or not n.value < last.value:
        return None
    if not _SUBJECT_AFTER.match(doc.norm, n.end):
        return None
    start = context.with_approx(doc, n.start, n.end)[0]
    led = context.word_before(doc, start) in _SUBJECT_LEAD
    if not led and not _CLAUSE_COMMA.search(doc.norm, max(0, start - 4), start):
        return None
    if _SENTENCE_END.search(doc.norm, last.end, n.start):
        return None
    if context.year_digits(doc, n.start, n.end) or not _countable(doc, n):
        return None  # "and 2024 was a record year"
    return _fact(doc, n.start, n.end, n.value, last.category, last.subject, "count.en.subject_part")


_LEFT_LEAD = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.COUNT_LEFT_LEAD)})\s+$")
_LEFT_AFTER = compiled(rf"\s+(?i:{words_re(en.COUNT_LEFT_AFTER)})\s*[.,;!?]")
_LEFT_BACK = 120


def _left(doc: Doc, n: Num, last: Fact) -> Fact | None:
    """Bare `n` after "there are" and before "left", what remains of the count just before it, at most one
    sentence back: "We've played 18 games. There are 28 left." """
    norm = doc.norm
    if (last.category not in _ELIDED_CATEGORIES and last.category != "times") or last.max is not None:
        return None
    if not _LEFT_AFTER.match(norm, n.end) or not _LEFT_LEAD.search(norm, max(0, n.start - 24), n.start):
        return None
    if n.start - last.end > _LEFT_BACK or not _countable(doc, n):
        return None
    if len(_SENTENCE_END.findall(norm, last.end, n.start)) > 1:
        return None
    return _fact(doc, n.start, n.end, n.value, last.category, last.subject, "count.en.left")


# "cut 200 jobs in Leeds and 150 in York", "cases rose to 40 in Leeds and 31 in York": the next item of a list
# whose items differ by the place or the time after the same preposition.
_PARALLEL = compiled(
    rf"\s+(?P<prep>(?i:{words_re(en.COUNT_PARALLEL_PREPOSITIONS)}))\s+[A-Za-z][A-Za-z'’\- ]{{0,40}}?,?\s+and\s+"
)


def _parallel(doc: Doc, n: Num, last: Fact) -> Fact | None:
    """Bare `n` as the next item of the count just before it, each followed by the same preposition."""
    norm = doc.norm
    if last.max is not None:
        return None
    m = _PARALLEL.fullmatch(norm, last.end, n.start)
    if m is None or not norm.startswith(f" {m.group('prep')} ", n.end) or context.year_digits(doc, n.start, n.end):
        return None
    if not _countable(doc, n):
        return None
    return _fact(doc, n.start, n.end, n.value, last.category or "other", last.subject, "count.en.parallel")


# "closed 14 schools on Monday and six more on Tuesday": more of the count just before; "412 beds, of which 38
# are in intensive care": a part of it, named before the number.
_MORE_AFTER = compiled(rf"\s+more(?:\s*(?:[.,;!?]|$)|\s+(?i:{words_re(en.COUNT_MORE_NEXT)})\s)")
_OF_WHICH_BEFORE = compiled(r"(?<![A-Za-z])(?i:of\s+(?:which|whom|them|these|those)),?\s+$")


def _more_or_part(doc: Doc, n: Num, last: Fact) -> Fact | None:
    """Bare `n` as more of the count just before it ("and six more on Tuesday") or a part of it named first
    ("of which 38 are …"), in its sentence with no other figure between."""
    norm = doc.norm
    if last.category not in _ELIDED_CATEGORIES or last.max is not None:
        return None
    if _SENTENCE_END.search(norm, last.end, n.start):
        return None
    if context.year_digits(doc, n.start, n.end) or not _countable(doc, n):
        return None
    if _MORE_AFTER.match(norm, n.end):
        return _fact(doc, n.start, n.end, n.value, last.category, last.subject, "count.en.more")
    if n.value < last.value and _OF_WHICH_BEFORE.search(norm, max(0, n.start - 20), n.start):
        return _fact(doc, n.start, n.end, n.value, last.category, last.subject, "count.en.of_which")
    return None


# "Two participants died, one in each group", "eight teams, four in each pool": the count just before, shared out.
_EACH_AFTER = compiled(r"\s+(?:(?i:in|from|on|at|for)\s+each\s+[a-z]|(?i:each|apiece)\s*[.,;!?])")
_EACH_LEAD = compiled(r"(?:,|\band)\s+$")


def _each(doc: Doc, n: Num, last: Fact) -> Fact | None:
    """Bare `n` sharing out the count just before it in its sentence ("one in each group"); "one" is a count
    here, as the number of each share."""
    norm = doc.norm
    if last.category not in _ELIDED_CATEGORIES or last.max is not None or not 0 < n.value < last.value:
        return None
    if n.value != n.value.to_integral_value() or not _EACH_AFTER.match(norm, n.end):
        return None
    if not _EACH_LEAD.search(norm, max(0, n.start - 6), n.start):
        return None
    if _SENTENCE_END.search(norm, last.end, n.start):
        return None
    return _fact(doc, n.start, n.end, n.value, last.category, last.subject, "count.en.each")


def _without_noun(doc: Doc, nums: list[Num], i: int) -> Iterator[Fact]:
    """Counts whose noun stands elsewhere than right after the number (see the module docstring)."""
    norm, n = doc.norm, nums[i]
    if _is_one(doc, n):
        m = _ONE_NOUN.match(norm, n.end)
        if m is not None and context.word_before(doc, n.start) not in _ONE_VETO_BEFORE:
            noun = m.group("noun").lower()
            subject = doc.text[m.start("gap") : m.end("noun")].strip()
            yield _fact(doc, n.start, m.end(), n.value, SINGULARS[noun], subject, "count.en.one")
        return
    if not _countable(doc, n):
        return
    m = _OF_NOUN.match(norm, n.end)
    if m is not None:
        noun = m.group("noun").lower()
        subject = doc.text[m.start("gap") : m.end("noun")].strip()
        yield _fact(doc, n.start, n.end, n.value, NOUNS[noun], subject, "count.en.of")
        return
    whole = nums[i + 1] if i + 1 < len(nums) else None
    if whole is not None and _part_of(doc, n, whole):
        yield _fact(doc, n.start, n.end, n.value, "other", None, "count.en.part")  # won 12 of 13
        return
    m = _HYPHEN.match(norm, n.end)
    if m is not None:
        noun = m.group("noun").lower()
        yield _fact(doc, n.start, m.end(), n.value, en.HYPHEN_COUNT_NOUNS[noun], noun, "count.en.hyphen")
        return
    m = _MODEL_PLURAL.match(norm, n.end)
    if m is not None:
        yield _fact(doc, n.start, m.end(), n.value, "items", m.group("model"), "count.en.model_plural")
        return
    points_end = player_points(doc, n)
    if points_end is not None:
        yield _fact(doc, n.start, points_end, n.value, "other", "points", "count.en.points")
        return
    prev = nums[i - 1] if i > 0 else None
    if prev is not None and _part_of(doc, prev, n):
        yield _fact(doc, n.start, n.end, n.value, "other", None, "count.en.whole")  # won 12 of 13
        return
    listed = _listed_before(doc, nums, i)
    if listed is not None:
        subject = doc.text[listed.start("gap") : listed.end("noun")].strip()
        yield _fact(doc, n.start, n.end, n.value, NOUNS[listed.group("noun").lower()], subject, "count.en.listed")
        return
    found = bare_count(doc, n)
    if found is not None:
        yield _fact(doc, n.start, n.end, n.value, *found)
        return
    m = _open_plural(doc, n)
    if m is not None:
        subject = doc.text[m.start("gap") : m.end("noun")].strip()
        yield _fact(doc, n.start, m.end(), n.value, "other", subject, "count.en.open")


# A number and a plural noun the table does not list ("240 bakers", "2,000 counterfeit handbags", "nine
# fintechs"): a lower-case word ending in a plural "s" (not "ss", "us", "is"), after at most one describing
# word, that is no unit, time or verb (`tables.OPEN_PLURAL_NOT`).
_OPEN_NOT = rf"(?!(?i:{words_re(en.OPEN_PLURAL_NOT)})(?![A-Za-z\-]))"
_OPEN_PLURAL = compiled(
    rf"(?P<gap>(?:\s+{_OPEN_NOT}{GAP})?)\s+(?P<noun>{_OPEN_NOT}[a-z][a-z\-]{{2,}}(?<![siu'’\-])s)"
    r"(?![A-Za-z0-9\-'’])"
)
_OPEN_AFTER_NAME = compiled(r"(?:[A-Z][\w&.\-]*|No\.?|[Nn]umber)\s+$")
# Capitalized words that open a sentence before its count rather than name it: "About 240 bakers".
_OPEN_LEADS = frozenset((*en.APPROX_BEFORE, "the", "some", "all", "only", "another", "just", "and", "but"))


def _open_plural(doc: Doc, n: Num) -> re.Match[str] | None:
    """The open-class noun counted by `n` (see `_OPEN_PLURAL`), when `n` is a whole count of two or more that
    no name leads: not "the S&P 500 rises", "Route 66 diners", "No. 10 officials", where the number is part of
    a name."""
    if n.value < 2 or _model_number(doc, n):
        return None
    norm = doc.norm
    lead = _OPEN_AFTER_NAME.search(norm, max(0, n.start - 24), n.start)
    if lead is not None and lead.group().strip().lower() not in _OPEN_LEADS:
        return None
    return _OPEN_PLURAL.match(norm, n.end)


_LIST_JOIN = compiled(r",\s*(?:and\s+)?|\s+and\s+")
_LIST_MAX = 5


def _listed_before(doc: Doc, nums: list[Num], i: int) -> re.Match[str] | None:
    """The noun of the count that ends a list bare `nums[i]` opens: "12 and 15 players", "40, 55 and 120 homes"
    (after "between", "12 and 15" is one range; "or" joins a range too, read with the noun's count)."""
    norm, n = doc.norm, nums[i]
    if context.word_before(doc, n.start) == "between" or context.year_digits(doc, n.start, n.end):
        return None
    for j in range(i + 1, min(len(nums), i + _LIST_MAX)):
        nxt = nums[j]
        if not _LIST_JOIN.fullmatch(norm, nums[j - 1].end, nxt.start) or nxt.words != n.words:
            return None
        if context.year_digits(doc, nxt.start, nxt.end) or not _countable(doc, nxt):
            return None
        m = _NOUN.match(norm, nxt.end)
        if m is not None:
            return None if m.group("noun").lower() == "times" else m
    return None


def _model_number(doc: Doc, n: Num) -> bool:
    """Whether `n` is the number of a name: a few digits right after a capitalised word inside a sentence."""
    text = doc.norm[n.start : n.end]
    if not text.isdigit() or len(text) > en.COUNT_NAME_MAX_DIGITS:
        return False
    m = _NAME_LEAD.search(doc.norm, max(0, n.start - 30), n.start)
    if m is None:
        return False
    lead = m.group().strip()
    # "gives Republicans 20 seats": a group of people written as a name receives the count, names no model
    return lead not in _NAME_LEAD_OK and NOUNS.get(lead.lower()) != "people"


def _is_one(doc: Doc, n: Num) -> bool:
    return n.words and doc.norm[n.start : n.end].lower() == "one"


def _part_of(doc: Doc, part: Num, whole: Num) -> bool:
    """Whether "PART of WHOLE" stands bare ("won 12 of 13 after", "won seven of their last 10"): two counts of the
    same unnamed thing. Bare, the two are written alike; "of their last" joins a word to digits as well."""
    m = _OF_NUM.fullmatch(doc.norm, part.end, whole.start)
    return (
        m is not None
        and (part.words == whole.words or m.group("span") is not None)
        and part.value <= whole.value
        and _OF_NEXT.match(doc.norm, whole.end) is not None
        and _countable(doc, part)
        and _countable(doc, whole)
    )


def player_points(doc: Doc, n: Num) -> int | None:
    """End of "points" when `n` points are a player's score ("scored 34 points", "25 points, 11 rebounds")
    rather than an index move ("the Dow fell 102.2 points"); None otherwise."""
    m = _POINTS.match(doc.norm, n.end)
    if m is None or n.value != n.value.to_integral_value():
        return None
    word = context.word_before(doc, n.start)
    if word in _SCORE_CUES or _POINTS_LIST.match(doc.norm, m.end()):
        return m.end()
    if word in _GAME_SCORE_CUES and context.game_text(doc):
        return m.end()  # "Davis added 24 points" in a game report
    return None


def _fact(
    doc: Doc, start: int, end: int, value: Decimal, category: str, subject: str | None, rule: str,
    high: Decimal | None = None,
) -> Fact:  # fmt: skip
    start, end, approx = context.with_approx(doc, start, end)
    return Fact(type="count", text=doc.text[start:end], start=start, end=end, value=value, max=high,
                approx=approx, category=category, subject=subject, rule=rule)  # fmt: skip


def _rate_of(doc: Doc, n: Num) -> bool:
    """Whether `n` is the whole of a rate: "one in five children", "3 out of 10 voters" (not "212 in 48.3
    overs", where the first number is the larger)."""
    m = _ONE_IN.search(doc.norm, max(0, n.start - 16), n.start)
    if m is None:
        return False
    part = int(m.group("d")) if m.group("d") else en.UNIT_WORDS.get((m.group("w") or "").lower(), 1)
    return part < n.value


def _countable(doc: Doc, n: Num, average: bool = False) -> bool:
    if n.value <= 0 or (n.value != n.value.to_integral_value() and not average):
        return False  # 2.5 people is no count, but 11.1 assists per game is an average
    if n.words and n.value < en.MIN_WORD_COUNT:
        return False  # "one" is a pronoun or an article more often than a count
    if money.is_amount(doc, n) or _rate_of(doc, n):
        return False
    before = context.word_before(doc, n.start).rstrip(".")
    if before in _NOT_COUNT_AFTER or (before in MONTH_NAMES and n.value <= 31 and not n.words):
        return False  # "aged 45 living near schools" is an age, "per 100,000 residents" a rate's base;
        # "on June 5 many people" is a date
    text = doc.norm[n.start : n.end]
    if text.isdigit() and len(text) == 4 and 1900 <= n.value <= 2100:
        return before not in _DATE_CUES  # "in 2004 companies …": a year
    return True


# Tried in order on a bare number right after a count (`recognize`).
_AFTER_COUNT = (_elided, _subject_part, _left, _parallel, _more_or_part, _each)
