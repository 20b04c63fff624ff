"""Data-driven extraction corpus: every case under tests/corpus/<lang>/ is one test, run with the language forced
to the folder's name (a code of `factx.languages.LANGS`), so one runner serves every language.

Positive files (money.json, date.json, …) hold `{"text", "ref_date"?, "facts": [...]}` cases. Every expected fact
must be produced with exactly that `text` and `value`, plus every optional field the case gives (`approx`, `max`,
`currency`, `role`, `category`, `unit`, `kind`, `subject`, `grain`); a field given as null must be null. Facts the
case does not list are not checked.

negative.json holds `{"text", "types"?, "ref_date"?}` cases: the text must yield no fact of those types (all types
when `types` is absent).

Values use the contract's JSON form (`Fact.to_dict()`): numbers for money/count/percent/quantity/ordinal, ISO
strings for date/duration. Numbers are compared as decimals rounded to 6 places, strings exactly.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import factx
from factx import FACT_TYPES
from factx.languages import LANGS

CORPUS = Path(__file__).parent / "corpus"
NEGATIVE = "negative.json"
OPTIONAL_FIELDS = ("approx", "max", "currency", "role", "category", "unit", "kind", "subject", "grain")
CASE_KEYS = {"text", "ref_date", "facts", "note"}
NEGATIVE_KEYS = {"text", "ref_date", "types", "note"}
FACT_KEYS = {"type", "text", "value", *OPTIONAL_FIELDS}
_ID_CHARS = 12


def _files() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*/*.json"))


def _load(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{path}: the top level must be a list of cases"
    return data


def _case_id(path: Path, i: int, case: dict[str, Any]) -> str:
    snippet = "".join(case.get("text", "")[:_ID_CHARS].split())
    return f"{path.parent.name}/{path.stem}-{i:03d}-{snippet}"


def _params(negative: bool) -> list[Any]:
    out = []
    for path in _files():
        if (path.name == NEGATIVE) != negative:
            continue
        for i, case in enumerate(_load(path)):
            out.append(pytest.param(case, path.parent.name, id=_case_id(path, i, case)))
    return out


@cache
def _extract(text: str, ref_date: str | None, lang: str) -> tuple[factx.Fact, ...]:
    ref = date.fromisoformat(ref_date) if ref_date else None
    return tuple(factx.extract(text, ref_date=ref, lang=lang))


def _norm(v: Any) -> Any:
    """Numbers as decimals rounded to 6 places (int/float/Decimal alike); everything else unchanged."""
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int | float | Decimal):
        return Decimal(str(v)).quantize(Decimal("0.000001"))
    return v


def _short(d: dict[str, Any]) -> dict[str, Any]:
    """A produced fact without the bulky fields, for failure messages."""
    keep = ("type", "text", "value", *OPTIONAL_FIELDS)
    return {k: d[k] for k in keep if d.get(k) is not None}


def _mismatches(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    out = []
    for key in ("value", *OPTIONAL_FIELDS):
        if key in expected and _norm(expected[key]) != _norm(got.get(key)):
            out.append(f"{key}: expected {expected[key]!r}, got {got.get(key)!r}")
    return out


def _check_spans(text: str, facts: tuple[factx.Fact, ...]) -> None:
    for f in facts:
        assert text[f.start : f.end] == f.text, f"span {f.start}:{f.end} is {text[f.start : f.end]!r}, not {f.text!r}"


def _produced(facts: tuple[factx.Fact, ...]) -> str:
    if not facts:
        return "  (no facts)"
    return "\n".join(f"  {json.dumps(_short(f.to_dict()), ensure_ascii=False)}" for f in facts)


@pytest.mark.parametrize(("case", "lang"), _params(negative=False))
def test_positive(case: dict[str, Any], lang: str) -> None:
    text = case["text"]
    facts = _extract(text, case.get("ref_date"), lang)
    _check_spans(text, facts)
    dicts = [f.to_dict() for f in facts]
    problems = []
    for exp in case["facts"]:
        same_text = [d for d in dicts if d["type"] == exp["type"] and d["text"] == exp["text"]]
        if not same_text:
            problems.append(f"missing {json.dumps(exp, ensure_ascii=False)}")
            continue
        diffs = [_mismatches(exp, d) for d in same_text]
        if all(diffs):
            problems.append(f"wrong {json.dumps(exp, ensure_ascii=False)}: {'; '.join(min(diffs, key=len))}")
    if problems:
        head = f"text: {text}\nref_date: {case.get('ref_date')}"
        pytest.fail("\n".join([head, *problems, "factx produced:", _produced(facts)]), pytrace=False)


@pytest.mark.parametrize(("case", "lang"), _params(negative=True))
def test_negative(case: dict[str, Any], lang: str) -> None:
    text = case["text"]
    facts = _extract(text, case.get("ref_date"), lang)
    _check_spans(text, facts)
    types = set(case.get("types") or FACT_TYPES)
    unwanted = tuple(f for f in facts if f.type in types)
    if unwanted:
        pytest.fail(
            f"text: {text}\nexpected no facts of types {sorted(types)}\nfactx produced:\n{_produced(facts)}",
            pytrace=False,
        )


def test_every_corpus_folder_is_a_language() -> None:
    folders = {p.name for p in CORPUS.iterdir() if p.is_dir()}
    assert folders == set(LANGS), f"corpus folders {sorted(folders)} vs registered languages {sorted(LANGS)}"


def test_corpus_is_well_formed() -> None:
    """Catch typos in the corpus itself: unknown keys or types would otherwise be silently ignored."""
    files = _files()
    assert files, f"no corpus files under {CORPUS}"
    problems = []
    for path in files:
        for i, case in enumerate(_load(path)):
            where = f"{path.relative_to(CORPUS)}[{i}]"
            allowed = NEGATIVE_KEYS if path.name == NEGATIVE else CASE_KEYS
            if not isinstance(case.get("text"), str) or not case["text"]:
                problems.append(f"{where}: no text")
            if set(case) - allowed:
                problems.append(f"{where}: unknown keys {sorted(set(case) - allowed)}")
            if case.get("ref_date"):
                try:
                    date.fromisoformat(case["ref_date"])
                except ValueError:
                    problems.append(f"{where}: bad ref_date {case['ref_date']!r}")
            if path.name == NEGATIVE:
                if set(case.get("types") or ()) - set(FACT_TYPES):
                    problems.append(f"{where}: unknown types {case['types']}")
                continue
            if not case.get("facts"):
                problems.append(f"{where}: no expected facts")
            for exp in case.get("facts") or ():
                if set(exp) - FACT_KEYS:
                    problems.append(f"{where}: unknown fact keys {sorted(set(exp) - FACT_KEYS)}")
                if exp.get("type") not in FACT_TYPES or "text" not in exp or "value" not in exp:
                    problems.append(f"{where}: a fact needs a known type, text and value: {exp}")
                elif exp["text"] not in case["text"]:
                    problems.append(f"{where}: {exp['text']!r} is not in the text")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
