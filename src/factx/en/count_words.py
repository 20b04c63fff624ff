"""The words of English counts as patterns: counted nouns (plural and, for "one", singular), the
describing words and names that may stand between a number and its noun, and the stop words that may not.

Shared by `count` (number + noun) and `count_bare` (numbers whose noun stands elsewhere); the words
themselves live in `tables`.
"""

from __future__ import annotations

from ..patterns import compiled, words_re
from . import tables as en


class _Nouns(dict[str, str]):
    """The counted nouns of the table, and people the table does not list, told by their ending (librarians,
    technicians, hygienists): those endings name people, save the few lists of things that share them."""

    def __missing__(self, key: str) -> str:
        if _PEOPLE_ENDING.fullmatch(key):
            return "people"
        raise KeyError(key)


# "-ists" and "-ians" after at least three letters (not "twists"), but not the lists of things (playlists).
PEOPLE_ENDING = rf"(?!{words_re(en.NOT_PEOPLE_ENDING)}(?![a-z]))[a-z]{{3,}}(?:ists|ians)"
_PEOPLE_ENDING = compiled(PEOPLE_ENDING)
NOUNS = _Nouns({k.lower(): v for k, v in en.COUNT_NOUNS.items()})
MONTH_NAMES = frozenset(m.lower() for m in en.MONTHS)
# A number word ends the gap: "200 rescuers joined six helicopters" counts rescuers, then helicopters.
_STOPS = [*en.COUNT_GAP_STOP, *en.UNIT_WORDS, *en.TEEN_WORDS, *en.TENS_WORDS]
_NOT_STOP = rf"(?!(?i:{words_re(_STOPS)})(?![A-Za-z\-]))"
_NOT_MONTH = rf"(?!(?:{words_re(en.MONTHS)})(?![A-Za-z]))"
# A describing word is lower case ("political"), an acronym ("UK") or a nationality ("British").
# A model code may describe too: "48 F-35 jets", "12 KC-46 tankers", "57 of its E175 jets".
GAP = (
    rf"{_NOT_STOP}{_NOT_MONTH}(?:[a-z][a-z'\-]*|[A-Z]{{2,4}}|(?:[A-Z]\.){{2,3}}|[A-Z][a-z]+(?:an|ish|ese|i|ch|sh)"
    rf"|[A-Z][A-Za-z]{{0,2}}(?:-[0-9]{{1,4}}|[0-9]{{2,4}})[A-Z]?(?![A-Za-z0-9\-]))"
)
# Names may stand before the noun too ("Two Bartholomew County warrants", "two Muslim women"), but never a
# month: "on 3 March police said" has no count.
TITLE = rf"{_NOT_STOP}{_NOT_MONTH}(?:[A-Z][a-z]+(?:-[A-Za-z]+)*|[A-Z]{{2,5}})"
NOUN_RE = rf"(?P<noun>(?i:{words_re(NOUNS)}|{PEOPLE_ENDING}))(?![A-Za-z\-])"
# A number written in digits or as a word below a hundred ("of the nine justices").
# Digits group thousands with commas, but a comma after the number ends its clause ("rose to 87, officials said").
NUMBER_WORD = (
    rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?![0-9])|[0-9]+"
    rf"|(?i:{words_re([*en.UNIT_WORDS, *en.TEEN_WORDS, *en.TENS_WORDS])})(?![A-Za-z]))"
)


def singular(plural: str) -> str | None:
    """The singular of a counted noun ("women" → "woman", "bodies" → "body"), None for collective ones."""
    if plural in en.NO_SINGULAR:
        return None
    if plural in en.SINGULAR_IRREGULAR:
        return en.SINGULAR_IRREGULAR[plural]
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("ches", "shes", "xes", "sses")):
        return plural[:-2]
    if plural.endswith("s") and not plural.endswith("ss") and " " not in plural:
        return plural[:-1]
    return None  # collective nouns (staff, police, cattle) take no "one"


# Singulars that "one" may count ("one woman"), people and items only: "in one case" is an idiom.
SINGULARS = {
    s: cat
    for p, cat in NOUNS.items()
    if cat in en.ONE_COUNT_CATEGORIES
    and (s := singular(p)) is not None
    and (s not in NOUNS or s in en.SINGULAR_IRREGULAR.values())  # "person" is a noun of its own too
}
