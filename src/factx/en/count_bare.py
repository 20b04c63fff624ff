"""Bare English counts: a number with no noun after it whose counted thing the sentence names elsewhere.

"the blast killed at least 14 and wounded 60" (a harm verb before), "the death toll rose to 128" (a toll
cue), "forcing 300,000 to flee" (people driven from home), "confirmed cases rose to 1,200" (a counted noun
leading a level verb), "bowled out for 187" (cricket runs; a batter's "made an unbeaten 104" is read in
`cricket`), "45 teachers, 12 more than in 2018" (a difference), "Of the 50 banks, 31 rose" (a group named at
the sentence start), "1,049 derailments …, down from 1,360" and "1,250 homes were destroyed and another
3,800 damaged" (a count given again), "a population of 38 million" (a noun made of people). The first shapes
ask for the clause to go on bare after the number, so "killed 12 percent" or "rose to 40 points" stay what
they are.
"""

from __future__ import annotations

from ..document import Doc
from ..patterns import compiled, last_match, words_re
from . import context, cricket
from . import tables as en
from .count_words import GAP, NOUN_RE, NOUNS, NUMBER_WORD, TITLE
from .numbers import Num

# What may follow a bare count: the clause ends or goes on with a preposition or "and".
_BARE_END = compiled(rf"\s*(?:[.,;:!?)]|$|(?i:{words_re(en.BARE_COUNT_NEXT)})(?![A-Za-z]))")
_CLAUSE_BREAK = compiled(r"[.;:!?\n]\s|[;\n]|,\s(?:but|while|whereas|although|and)\s")
_SENTENCE_END = compiled(r"[.!?]\s|\n")
_HARMED = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.HARM_VERBS)})\s+(?:(?i:{words_re(en.APPROX_BEFORE)})\s+)?$")
_HARMED_BACK = 40
_HARM_AFTER = compiled(rf"\s+((?i:{words_re(en.HARM_AFTER_WORDS)}))(?![A-Za-z\-])")
_DISPLACED = compiled(rf"\s+(?P<w>(?i:{words_re(en.DISPLACED_AFTER)}))(?![A-Za-z])")
_TOLL = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.TOLL_CUES)})(?![A-Za-z])")
_TOLL_LEAD = frozenset(en.TOLL_NUMBER_LEAD)
_TOLL_BACK = 90
_RUNS = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.RUNS_CUES)})\s+$")
_RUNS_CONTEXT = compiled(rf"(?<![A-Za-z])(?i:{words_re(en.RUNS_CONTEXT_WORDS)})(?![A-Za-z])")
_RUNS_WINDOW = 160
# "11.1 assists per game, nearly four more than his average": a bare difference counts the noun before.
_MORE_THAN = compiled(r"\s+(?i:more|fewer|less)\s+than(?![A-Za-z])")
_NOUN_WORD = compiled(rf"(?<![A-Za-z\-]){NOUN_RE}")
_MORE_THAN_BACK = 60
# "Of the 30 Dow stocks, 22 rose and 8 fell": the sentence opens on the group, bare numbers then count it.
_OF_GROUP = compiled(
    rf"(?<![A-Za-z])Of\s+(?:the|its|their|these|those)(?:\s+[0-9][0-9,]*)?(?:\s+{TITLE})?(?:\s+[0-9][0-9,]*)?"
    rf"(?:\s+{GAP}){{0,2}}\s+{NOUN_RE}"
)
_OF_GROUP_BACK = 100
# "confirmed cases rose to 1,200", "the number of applicants has reached 350".
_PARTICIPLE = rf"(?:(?i:{words_re(en.LEVEL_NOUN_PARTICIPLES)})\s+)?"
# "Building permits, a guide to future construction, rose 2.4% to 1.49 million": an aside without figures.
_ASIDE = r"(?:,\s[^,.;:!?0-9\n]{3,60},)?"
_LEVEL = compiled(
    rf"(?P<of>(?i:number\s+of)\s+)?(?:{GAP}\s+){{0,2}}{NOUN_RE}{_ASIDE}\s+{_PARTICIPLE}(?:(?i:has|have|had)\s+)?"
    rf"(?i:{words_re(en.LEVEL_VERBS)})\s+$"
)
# "claims rose by 42 per cent to 96,000": the change as a rate between the verb and the level.
_LEVEL_RATE = compiled(
    rf"(?:{GAP}\s+){{0,2}}{NOUN_RE}{_ASIDE}\s+{_PARTICIPLE}(?:(?i:has|have|had)\s+)?"
    rf"(?i:{words_re(v[: -len(' to')] for v in en.LEVEL_VERBS if v.endswith(' to'))})\s+(?:(?i:by)\s+)?"
    r"(?:(?i:about|around|nearly|almost|some|roughly|more\s+than)\s+)?[0-9]+(?:\.[0-9]+)?\s?"
    r"(?:%|(?i:per\s?cent|percent|pc)(?![A-Za-z])),?\s+(?i:to)\s+$"
)
_LEVEL_BACK = 140  # room for an aside between the noun and its verb
_PEOPLE_LEVEL_BACK = 80
# The noun a level's noun phrase is headed by when an "of" phrase follows it: "Starts of single-family homes".
_OF_HEAD = compiled(rf"(?<![A-Za-z\-])(?P<head>[A-Za-z]+)\s+of\s+(?:{GAP}\s+){{0,2}}\Z")
_OF_HEAD_BACK = 50
_COUNT_HEADS = frozenset(en.LEVEL_COUNT_HEADS)
# "Attendance at the league's 380 matches averaged 38,500": a noun made of people, a few words, a level verb.
_PEOPLE_LEVEL = compiled(
    rf"(?<![A-Za-z])(?P<noun>(?i:{words_re(en.PEOPLE_LEVEL_NOUNS)}))(?:\s+(?i:at|for|of|in|on)\s+[^.;:!?\n]{{0,40}}?)?"
    rf"\s+(?:(?i:has|have|had)\s+)?(?i:{words_re((*en.LEVEL_VERBS, *en.PEOPLE_LEVEL_VERBS))})\s+$"
)
# "bringing staff to 2,310", "reducing the number of branches to 48": a carrying verb, then the noun it moves.
_CARRY = compiled(
    rf"(?<![A-Za-z])(?i:{words_re(en.COUNT_CARRY_VERBS)})\s+(?:(?i:the|its|their|our|his|her)\s+)?"
    rf"(?:(?i:(?:total\s+)?number\s+of)\s+)?(?:{GAP}\s+){{0,2}}{NOUN_RE}(?:\s+(?i:numbers?|count))?\s+(?i:to)\s+$"
)
_NUMBER_OF_LEVEL = compiled(
    rf"(?<![A-Za-z])(?i:the\s+(?:total\s+|overall\s+|combined\s+)?number\s+of)\s+(?:{GAP}\s+){{0,2}}{NOUN_RE}[^.;:!?\n]{{0,80}}?\s"
    rf"(?:(?i:has|have|had)\s+)?(?i:{words_re((*en.LEVEL_VERBS, *en.PEOPLE_LEVEL_VERBS))})\s+$"
)
_BE = tuple(f" {v}" for v in en.PEOPLE_LEVEL_VERBS)
_NUMBER_OF_BACK = 180
_LEVEL_CATEGORIES = frozenset(en.LEVEL_CATEGORIES)
_LEVEL_NOUNS = frozenset(en.LEVEL_NOUNS)
# "1,049 derailments …, down from 1,360 in 2013": a count given again (see `tables.COUNT_RESTATE_LEAD`).
_RESTATE_LEAD = compiled(
    rf"(?<![A-Za-z])(?i:{words_re(en.COUNT_RESTATE_LEAD)})\s+(?:(?i:{words_re(en.APPROX_BEFORE)})\s+)?$"
)
_NEXT_SENTENCE_LEAD = compiled(rf"(?i:{words_re(en.COUNT_RESTATE_NEXT_SENTENCE)})(?![A-Za-z])")
_CHANGED = compiled(rf"(?i:{words_re(en.COUNT_CHANGED_LEAD)})")
# "17 shots to Ashbourne's nine", "12 corners to their three": the other side's count of the same thing.
_VERSUS = compiled(
    rf"(?<![0-9A-Za-z.,$£€]){NUMBER_WORD}(?:\s+{GAP}){{0,2}}\s+{NOUN_RE}\s+to\s+"
    rf"(?:(?:[A-Z][A-Za-z\-]+\s+){{0,2}}[A-Z][A-Za-z\-]+['’]s?|their|his|her|its)\s+$"
)
# "backed by 312 votes to 204": a tally's other side, bare, right after "NOUN to" (votes, seats: a count
# that is only ever set against another; not "cut 200 jobs to 1,500").
_TALLY = compiled(rf"(?<![0-9A-Za-z.,$£€]){NUMBER_WORD}\s+(?P<noun>(?i:{words_re(en.TALLY_NOUNS)}))\s+to\s+$")
_VERSUS_BACK = 80
_RESTATE_LEAD_BACK = max(map(len, en.COUNT_RESTATE_LEAD)) + max(map(len, en.APPROX_BEFORE)) + 4
_RESTATE_NEXT = compiled(
    rf"\s+(?:(?i:{words_re(en.COUNT_RESTATE_VERBS)})|[a-z]+ed)(?![A-Za-z])|\s*[.,;:!?)](?:\s|$)|\s*$"
    rf"|\s+(?i:in|on|a|last|next|this|the|over|during|at|under|since|by)\s"
)
_COUNTED = compiled(
    rf"(?<![0-9A-Za-z.,$£€])(?:{NUMBER_WORD}(?:\.[0-9]+)?)(?:\s+(?i:million|billion))?(?:\s+{GAP}){{0,2}}"
    rf"\s+{NOUN_RE}"
)
_RATE_NEXT = compiled(r"\s*(?:%|(?i:percent|per\s+cent|pc)(?![A-Za-z]))")
# "a population of 38 million", "a crowd of about 40,000": a bare number after a noun made of people.
_PEOPLE_OF = compiled(
    rf"(?<![A-Za-z])(?P<noun>(?i:{words_re(en.PEOPLE_OF_NOUNS)}))\s+of\s+(?:(?i:{words_re(en.APPROX_BEFORE)})\s+)?$"
)
_OF_GROUP_VERB = compiled(rf"\s+(?i:{words_re(en.OF_GROUP_VERBS)})(?![A-Za-z])")


# "100 people …, 27 of whom were taken to hospital": a part of the group counted just before.
_OF_WHOM = compiled(r"\s+of\s+(?:whom|them|those|which)(?![A-Za-z])")
# "and nine are still missing", "10,000 have been displaced": a number whose verb gives its people a state.
_STATE = compiled(
    rf"\s+(?i:are|were|remain|remained|was|is|(?:have|has|had)\s+been)\s+(?:(?i:still|now|also|later)\s+)?"
    rf"(?P<state>(?i:{words_re(en.BARE_STATE_WORDS)}))(?![A-Za-z])"
)

# "Of those, 14 were children and three were police officers": what the number is, after are/were.
_WERE_NOUN = compiled(rf"\s+(?i:are|were)\s+(?:(?i:also|all)\s+)?(?P<gap>(?:{GAP}\s+){{0,2}}){NOUN_RE}")


def bare_count(doc: Doc, n: Num) -> tuple[str, str | None, str] | None:
    """(category, subject, rule) when bare `n` counts something named nearby; None otherwise."""
    norm = doc.norm
    bare = _BARE_END.match(norm, n.end) is not None
    if bare and _HARMED.search(norm, max(0, n.start - _HARMED_BACK), n.start):
        return "people", None, "count.en.harmed"  # "killing at least 12"
    harm = _HARM_AFTER.match(norm, n.end)
    if harm is not None and not context.year_digits(doc, n.start, n.end):
        return "people", harm.group(1), "count.en.harmed_after"  # "3 killed in downtown shooting", "2 dead"
    displaced = _DISPLACED.match(norm, n.end)
    if (
        displaced is not None
        and not context.year_digits(doc, n.start, n.end)
        and n.value == n.value.to_integral_value()
    ):
        return "people", None, "count.en.displaced"  # "forcing more than 300,000 to flee"
    if bare:
        cue = _toll_cue(doc, n)
        if cue is not None:
            return "people", cue, "count.en.toll"
        if _runs(doc, n):
            return "other", "runs", "count.en.runs"
        noun = _level_noun(doc, n)
        if noun is not None:
            return NOUNS[noun.lower()], noun, "count.en.level"
        if not context.year_digits(doc, n.start, n.end):
            start = _before_approx(doc, n)
            crowd = _PEOPLE_LEVEL.search(norm, max(0, start - _PEOPLE_LEVEL_BACK), start)
            if crowd is not None:
                return "people", crowd.group("noun").lower(), "count.en.people_level"
    if cricket.bare_runs(doc, n):  # asks for its own ends: "31 not out", "71 off 84 balls"
        return "other", "runs", "count.en.cricket_runs"
    if cricket.bowling_wickets(doc, n):
        return NOUNS["wickets"], "wickets", "count.en.cricket_wickets"
    noun = _compared_noun(doc, n)
    if noun is not None:
        return NOUNS[noun.lower()], noun, "count.en.more_than"
    if bare or not _RATE_NEXT.match(norm, n.end):
        of = _PEOPLE_OF.search(norm, max(0, n.start - 40), n.start)
        if of is not None and not context.year_digits(doc, n.start, n.end):
            return "people", of.group("noun").lower(), "count.en.people_of"
    noun = _restated_noun(doc, n)
    if noun is not None:
        return NOUNS[noun.lower()], noun, "count.en.restated"
    noun = _group_noun(doc, n)
    if noun is not None:
        return NOUNS[noun.lower()], noun, "count.en.of_group"
    if bare:
        m = _VERSUS.search(norm, max(0, n.start - _VERSUS_BACK), n.start)
        if m is not None:
            return NOUNS[m.group("noun").lower()], m.group("noun"), "count.en.versus"
        m = _TALLY.search(norm, max(0, n.start - _VERSUS_BACK), n.start)
        if m is not None and not context.year_digits(doc, n.start, n.end):
            return NOUNS[m.group("noun").lower()], m.group("noun"), "count.en.tally"
    if _OF_WHOM.match(norm, n.end):
        noun = _noun_before(doc, n, _OF_GROUP_BACK)
        if noun is not None:
            return NOUNS[noun.lower()], noun, "count.en.of_whom"
    state = _STATE.match(norm, n.end)
    if state is not None and not context.year_digits(
        doc, n.start, n.end
    ):  # (`count._countable` let only whole numbers through)
        return "people", state.group("state"), "count.en.state"
    were = _WERE_NOUN.match(norm, n.end)
    if were is not None and not context.year_digits(doc, n.start, n.end):
        noun = were.group("noun")
        return NOUNS[noun.lower()], doc.text[were.start("gap") : were.end("noun")].strip(), "count.en.were"
    return None


def _noun_before(doc: Doc, n: Num, back: int) -> str | None:
    """The last counted noun before `n` in its sentence, at most `back` characters away ("45 teachers, 12
    more than …", "100 people …, 27 of whom")."""
    norm = doc.norm
    lo = max(0, n.start - back)
    end = last_match(_SENTENCE_END, norm, lo, n.start)
    m = last_match(_NOUN_WORD, norm, end.end() if end else lo, n.start)
    if m is None or m.group("noun").lower() == "times":
        return None
    return m.group("noun")


def _before_approx(doc: Doc, n: Num) -> int:
    """Where `n` starts with the approximation word before it: "dropped to about 74,000" → "about"."""
    found = context.approx_before(doc, n.start)
    return found[0] if found else n.start


def _toll_cue(doc: Doc, n: Num) -> str | None:
    """The toll cue ("death toll") of a bare number after "rose to", "stood at" in the same clause."""
    norm = doc.norm
    start = _before_approx(doc, n)
    if context.word_before(doc, start) not in _TOLL_LEAD:
        return None
    lo = max(0, start - _TOLL_BACK)
    brk = last_match(_CLAUSE_BREAK, norm, lo, n.start)
    if brk is not None:
        lo = brk.end()
    m = last_match(_TOLL, norm, lo, n.start)
    return m.group().lower() if m else None


def _level_noun(doc: Doc, n: Num) -> str | None:
    """The counted noun leading "rose to", "reached" right before bare `n` ("cases rose to 1,200")."""
    norm = doc.norm
    start = _before_approx(doc, n)
    lo = max(0, start - _LEVEL_BACK)
    for m in (*_LEVEL.finditer(norm, lo, start), *_LEVEL_RATE.finditer(norm, lo, start)):
        if m.end() != start:
            continue
        noun = m.group("noun")
        head = _OF_HEAD.search(norm, max(0, m.start("noun") - _OF_HEAD_BACK), m.start("noun"))
        if head is not None and not m.groupdict().get("of") and head.group("head").lower() not in _COUNT_HEADS:
            if head.group("head").lower() not in _LEVEL_NOUNS:
                continue  # "Prices of homes rose to 12,000": what rose is the head, no count of homes
            noun = head.group("head")  # "Starts of single-family homes … dropped 6.2% to 892,000" counts starts
        if m.groupdict().get("of") or NOUNS[noun.lower()] in _LEVEL_CATEGORIES or noun.lower() in _LEVEL_NOUNS:
            return noun
    carry = _CARRY.search(norm, lo, start)
    if carry is not None:
        return carry.group("noun")
    # "the number of measles cases linked to an outbreak in west Texas has risen to 87": words between the
    # noun and its verb, in a clause that opens on "the number of"
    far = _NUMBER_OF_LEVEL.search(norm, max(0, start - _NUMBER_OF_BACK), start)
    if far is not None and not any(c.isdigit() for c in norm[far.end("noun") : start]):
        if far.group().rstrip().endswith(_BE) and context.year_digits(doc, n.start, n.end):
            return None  # "the number of homes … was 2019 …": a year may follow "was", not "rose to"
        return far.group("noun")
    return None


def _runs(doc: Doc, n: Num) -> bool:
    """A bare total of runs: "bowled out for 212", "a target of 260", with cricket words close by."""
    norm = doc.norm
    if not _RUNS.search(norm, max(0, n.start - 24), n.start):
        return False
    lo, hi = max(0, n.start - _RUNS_WINDOW), min(len(norm), n.end + _RUNS_WINDOW)
    return _RUNS_CONTEXT.search(norm, lo, hi) is not None


def _compared_noun(doc: Doc, n: Num) -> str | None:
    """The count noun shortly before a bare "N more than" in the same sentence, if any."""
    norm = doc.norm
    if not _MORE_THAN.match(norm, n.end):
        return None
    return _noun_before(doc, n, _MORE_THAN_BACK)


def restate_next(doc: Doc, n: Num) -> bool:
    """Whether what follows bare `n` lets it give a count again: the clause ends, a verb or a time follows
    ("down from 1,360 in 2013", "another 3,800 damaged"); a year (four digits) never does."""
    return not context.year_digits(doc, n.start, n.end) and _RESTATE_NEXT.match(doc.norm, n.end) is not None


def _restated_noun(doc: Doc, n: Num) -> str | None:
    """The noun of the count shortly before bare `n` in its sentence when `n` gives that count again ("down
    from 1,360") or for another part ("and another 3,800 damaged"), with no other figure between them."""
    norm = doc.norm
    lead = _RESTATE_LEAD.search(norm, max(0, n.start - _RESTATE_LEAD_BACK), n.start)
    if lead is None or not restate_next(doc, n):
        return None
    lo = max(0, lead.start() - en.COUNT_RESTATE_BACK)
    end = last_match(_SENTENCE_END, norm, lo, lead.start())
    if end is not None and not norm[end.end() : lead.start()].strip() and _NEXT_SENTENCE_LEAD.match(norm, lead.start()):
        # "rescued 23 people overnight. A further 60 were moved": more of the count of the sentence before
        end = last_match(_SENTENCE_END, norm, lo, end.start())
    m = last_match(_COUNTED, norm, end.end() if end else lo, lead.start())
    if m is None or m.group("noun").lower() == "times" or any(c.isdigit() for c in norm[m.end() : lead.start()]):
        return None
    if _CHANGED.match(norm, lead.start()) and not norm[m.end() : lead.start()].isspace():
        return None  # "the budget was cut to 10 million": the change is the budget's, not the count's
    return m.group("noun")


def _group_noun(doc: Doc, n: Num) -> str | None:
    """The noun of the "Of the … NOUN" opening of the sentence when bare `n` and a verb follow it."""
    norm = doc.norm
    if not _OF_GROUP_VERB.match(norm, n.end):
        return None
    m = last_match(_OF_GROUP, norm, max(0, n.start - _OF_GROUP_BACK), n.start)
    if m is None or _SENTENCE_END.search(norm, m.end(), n.start):
        return None
    return m.group("noun")
