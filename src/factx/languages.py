"""The registry of languages: everything the pipeline needs to know about one language, in one entry.

A language is a package (`zh/`, `en/`) whose `language.py` builds a `Language`; this module names where each
entry lives and loads it on first use, so an English run never imports the Chinese recognizers and the reverse.
Adding a language is one package plus one line in `_ENTRIES`; nothing else in the engine tests which language
a document is in.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from typing import NamedTuple

from .document import Doc
from .facets import FacetTable
from .model import Fact

Recognizer = Callable[[Doc], Iterator[Fact]]

# Language code → "module:attribute" of its entry. The first is the default when nothing else decides.
_ENTRIES = {
    "zh": "factx.zh.language:SIMPLIFIED",
    "zh-hant": "factx.zh.language:TRADITIONAL",
    "en": "factx.en.language:ENGLISH",
}
LANGS: tuple[str, ...] = tuple(_ENTRIES)
AUTO = "auto"


def _no_month_day(_norm: str) -> tuple[int, int] | None:
    return None


class Language(NamedTuple):
    """One language: its recognizers and the document-level facts they rely on. (A named tuple, immutable as a
    frozen dataclass would be, and defined at import in a tenth of the time.)"""

    code: str
    # Each recognizer yields candidate facts; the pipeline keeps the best non-overlapping ones.
    recognizers: tuple[Recognizer, ...]
    # (text, normalized text) → (date, the dateline as written) of a dateline with a full date.
    find_dateline: Callable[[str, str], tuple[date, str] | None]
    # Normalized text → ISO code of the currency a bare 元 / dollar sign means here.
    local_currency: Callable[[str], str]
    # Fills subject, role and category of the selected facts (line, column and sentence are already set).
    attach_context: Callable[[Doc, list[Fact]], None]
    # Normalized text → (month, day) of a dateline that gives no year, for the month of a bare day (3日).
    month_day_dateline: Callable[[str], tuple[int, int] | None] = _no_month_day
    # Region variant: bare years of the Republic of China calendar (110年度 is 2021) where the text is Taiwan's.
    roc_years: bool = False
    # Normalized text → sorted (position, currency) of declarations such as （港币，下同）.
    currency_declarations: Callable[[str], list[tuple[int, str]]] = lambda _norm: []
    # Words between a total and an amount after it that make the amount a part of the total (其中, of which).
    part_cues: tuple[str, ...] = ()
    # Words that say what a figure is about in ways that contrast (死亡/受伤, fine/restitution), for check.
    facets: FacetTable | None = None


@cache
def get(code: str) -> Language:
    """The entry for a language code (one of `LANGS`); KeyError for any other."""
    module, attribute = _ENTRIES[code].split(":")
    entry: Language = getattr(importlib.import_module(module), attribute)
    return entry


def resolve(code: str | None, text: str) -> Language:
    """The entry for `code`, or for the language detected in `text` when `code` is None or "auto"."""
    if not code or code == AUTO:
        from .detect import detect_lang

        code = detect_lang(text)
    return get(code)
