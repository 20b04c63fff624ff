#!/usr/bin/env python3
"""Score what factx says each money and count figure is about, against hand annotations of dev2.

usage: about_accuracy.py [--cmd "factx extract --format jsonl"] [--lang en|hant|zh] [--verbose] [--json]

The annotations in bench/about/gold/ give, for every money and count fact of the dev2 gold
(../shared/eval/gold/d2-*.json), the role (money), the subject and the category (count); the README
beside them states the rules. Each annotation file first passes a validation: every fact names a gold
fact by start/end with the same type and text, every money and count fact of the gold is annotated once,
roles and categories come from the contract's tables, and each subject and alternative is an exact
substring of the article. Any problem is printed and the script stops with exit status 2.

Then the extractor runs on each dev2 text the way ../shared/eval/run_eval.py runs it: the command, then
`--ref-date D` when the gold has a ref_date, then the text path, JSONL on stdout. Each annotated fact is
matched to the system fact of the same type whose span overlaps it most (earliest on a tie); a system fact
may serve more than one annotated fact. Over the annotated facts:

- role accuracy: money facts matched with the same role / annotated money facts;
- subject accuracy: facts matched with a system subject that overlaps the gold subject or an alternative
  / annotated facts (a null gold subject is met only by a null system subject);
- category accuracy: count facts matched with the same category / annotated count facts.

An unmatched fact counts wrong everywhere. Two subjects overlap when, after case folding, either
- one of them holds a CJK character and their longest common substring is at least min(2, length of
  the gold string) characters long (a one-character gold subject such as 車 needs that character; a
  one-character system subject never meets a longer gold subject), or
- neither does and they share a word (letters, digits, ' and -) outside a short stopword list, a final
  "s" ignored so that "vehicle" meets "vehicles".

Without ../shared/eval the script prints `skipped: ...` and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "bench" / "about" / "gold"
EVAL = ROOT.parent / "shared" / "eval"

ROLES = frozenset(
    [
        "investment",
        "funding",
        "donation",
        "revenue",
        "profit",
        "loss",
        "price",
        "fine",
        "compensation",
        "damages",
        "salary",
        "budget",
        "value",
        "other",
    ]
)
CATEGORIES = frozenset(["people", "procedures", "projects", "organizations", "places", "times", "items", "other"])
SCORED_TYPES = ("money", "count")
LANGS = ("en", "hant", "zh")

# Function words that would make any two English phrases "overlap".
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "and",
        "or",
        "from",
        "as",
        "per",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
    ]
)
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
WORD = re.compile(r"[\w'-]+")

Fact = dict[str, Any]


def lang_of(doc: str) -> str:
    """The language tag in a dev2 file name: d2-hant-03.txt -> hant."""
    parts = doc.split("-")
    return parts[1] if len(parts) > 2 else "?"


def longest_common_substring(a: str, b: str) -> int:
    """Length of the longest common substring (dynamic programming; subjects are short)."""
    best = 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def content_words(s: str) -> set[str]:
    """Words of an English phrase without stopwords, a plural "s" dropped."""
    words = set()
    for w in WORD.findall(s):
        w = w.strip("'-")
        if not w or w in STOPWORDS:
            continue
        words.add(w[:-1] if len(w) > 3 and w.endswith("s") else w)
    return words


def subjects_overlap(system: str, gold: str) -> bool:
    """The overlap rule of the module docstring."""
    a, b = system.casefold().strip(), gold.casefold().strip()
    if not a or not b:
        return False
    if CJK.search(a) or CJK.search(b):
        # Only the gold's length relaxes the two-character floor: a stray one-character system
        # subject (區, 激) would otherwise meet every gold phrase that happens to contain it.
        return longest_common_substring(a, b) >= min(2, len(b))
    return bool(content_words(a) & content_words(b))


def subject_ok(system: str | None, gold: Fact) -> bool:
    """Whether a system subject meets the gold subject or one of its alternatives."""
    wanted = gold.get("subject")
    if wanted is None:
        return system is None
    if not system:
        return False
    return any(subjects_overlap(system, g) for g in [wanted, *gold.get("subject_alts", [])])


def validate(ann_path: Path) -> list[str]:
    """Problems of one annotation file against its gold file and article; empty when it is sound."""
    where = ann_path.name
    try:
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        doc = ann["doc"]
        gold = json.loads((EVAL / "gold" / (Path(doc).stem + ".json")).read_text(encoding="utf-8"))
        text = (EVAL / "texts" / doc).read_text(encoding="utf-8")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [f"{where}: cannot read annotation, gold or text ({exc})"]
    problems = []
    gold_by_span = {(f["start"], f["end"]): f for f in gold["facts"] if f["type"] in SCORED_TYPES}
    seen = set()
    for i, fact in enumerate(ann.get("facts", [])):
        at = f"{where} fact {i} {fact.get('text')!r}"
        span = (fact.get("start"), fact.get("end"))
        g = gold_by_span.get(span)
        if g is None:
            problems.append(f"{at}: no money/count gold fact at {span}")
            continue
        if span in seen:
            problems.append(f"{at}: annotated twice")
        seen.add(span)
        if fact.get("type") != g["type"]:
            problems.append(f"{at}: type {fact.get('type')} but gold says {g['type']}")
        if fact.get("text") != g["text"] or text[span[0] : span[1]] != g["text"]:
            problems.append(f"{at}: text differs from the gold or the article (gold {g['text']!r})")
        if g["type"] == "money" and fact.get("role") not in ROLES:
            problems.append(f"{at}: role {fact.get('role')!r} not in the role table")
        if g["type"] == "count" and fact.get("category") not in CATEGORIES:
            problems.append(f"{at}: category {fact.get('category')!r} not in the category table")
        subjects = [fact.get("subject"), *fact.get("subject_alts", [])]
        for s in subjects:
            if s is not None and (not isinstance(s, str) or not s or s not in text):
                problems.append(f"{at}: subject {s!r} is not a substring of the article")
    for span, g in gold_by_span.items():
        if span not in seen:
            problems.append(f"{where}: gold {g['type']} fact {g['text']!r} at {span} is not annotated")
    return problems


def default_cmd() -> str:
    """`factx extract --format jsonl` with the factx installed next to this interpreter, else on PATH."""
    script = Path(sys.executable).with_name("factx")
    found = str(script) if script.exists() else shutil.which("factx") or "factx"
    return f"{shlex.quote(found)} extract --format jsonl"


def run_extractor(cmd: str, doc: str) -> tuple[list[Fact], int]:
    """System facts for one dev2 text, run as run_eval.py runs it; and the exit status."""
    gold = json.loads((EVAL / "gold" / (Path(doc).stem + ".json")).read_text(encoding="utf-8"))
    args = shlex.split(cmd)
    if gold.get("ref_date"):
        args += ["--ref-date", gold["ref_date"]]
    args.append(str(EVAL / "texts" / doc))
    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"{doc}: extractor failed: {exc}", file=sys.stderr)
        return [], -1
    facts = []
    for line in proc.stdout.splitlines():
        try:
            d = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(d, dict):
            facts.append(d)
    return facts, proc.returncode


def best_match(gold: Fact, system: list[Fact]) -> Fact | None:
    """The system fact of the gold's type whose span overlaps the gold span most; earliest on a tie."""
    best, best_len = None, 0
    for s in system:
        if s.get("type") != gold["type"] or not isinstance(s.get("start"), int) or not isinstance(s.get("end"), int):
            continue
        overlap = min(s["end"], gold["end"]) - max(s["start"], gold["start"])
        if overlap > best_len:
            best, best_len = s, overlap
    return best


@dataclass
class Tally:
    """Correct / total per measure for one language or overall."""

    counts: dict[str, list[int]] = field(default_factory=dict)

    def add(self, measure: str, ok: bool) -> None:
        c = self.counts.setdefault(measure, [0, 0])
        c[0] += ok
        c[1] += 1

    def rate(self, measure: str) -> tuple[int, int, float | None]:
        ok, n = self.counts.get(measure, [0, 0])
        return ok, n, (ok / n if n else None)


MEASURES = ("matched", "role", "subject", "subject.money", "subject.count", "category")


def score_doc(ann: dict[str, Any], system: list[Fact], tallies: list[Tally], misses: list[dict[str, Any]]) -> None:
    """Add one document's annotated facts to the tallies; record every miss."""
    for g in ann["facts"]:
        s = best_match(g, system)
        sys_subject = s.get("subject") if s else None
        results = {"matched": s is not None, "subject": s is not None and subject_ok(sys_subject, g)}
        results[f"subject.{g['type']}"] = results["subject"]
        if g["type"] == "money":
            results["role"] = s is not None and s.get("role") == g["role"]
        else:
            results["category"] = s is not None and s.get("category") == g["category"]
        for t in tallies:
            for measure, ok in results.items():
                t.add(measure, ok)
        failed = [m for m in ("role", "subject", "category") if m in results and not results[m]]
        if failed:
            misses.append(
                {
                    "doc": ann["doc"],
                    "type": g["type"],
                    "text": g["text"],
                    "start": g["start"],
                    "failed": failed,
                    "gold": {k: g.get(k) for k in ("role", "subject", "subject_alts", "category") if k in g},
                    "system": None
                    if s is None
                    else {k: s.get(k) for k in ("text", "role", "subject", "category") if k in s or k == "subject"},
                }
            )


def print_report(tallies: dict[str, Tally]) -> None:
    """One row per language and overall, one column per measure."""
    head = f"{'set':8s}" + "".join(f"{m:>22s}" for m in MEASURES)
    print(head)
    for name, t in tallies.items():
        cells = []
        for m in MEASURES:
            ok, n, r = t.rate(m)
            cells.append(f"{ok:>4d}/{n:<4d} " + ("   -  " if r is None else f"{r:6.3f}"))
        print(f"{name:8s}" + "".join(f"{c:>22s}" for c in cells))


def print_miss(m: dict[str, Any]) -> None:
    """One miss: where, which measures failed, gold against system."""
    g = m["gold"]
    want = " ".join(f"{k}={v}" for k, v in g.items() if k != "subject_alts")
    if g.get("subject_alts"):
        want += f" (alts {'/'.join(g['subject_alts'])})"
    got = "unmatched" if m["system"] is None else " ".join(f"{k}={v}" for k, v in m["system"].items())
    print(f"  MISS {m['doc']} {m['type']} {m['text']!r} [{','.join(m['failed'])}]  want {want}  |  got {got}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cmd", default=None, help="extractor command (default: factx extract --format jsonl)")
    parser.add_argument("--lang", choices=LANGS, help="score one language only")
    parser.add_argument("--verbose", action="store_true", help="list every miss: doc, text, gold against system")
    parser.add_argument("--json", action="store_true", help="print the numbers and misses as one JSON object")
    opts = parser.parse_args(argv)
    if not (EVAL / "gold").is_dir() or not (EVAL / "texts").is_dir():
        print(f"skipped: ../shared/eval not found ({EVAL})")
        return 0
    files = sorted(ANNOTATIONS.glob("d2-*.json"))
    if opts.lang:
        files = [f for f in files if lang_of(f.name) == opts.lang]
    problems = [p for f in files for p in validate(f)]
    n_facts = sum(len(json.loads(f.read_text(encoding="utf-8")).get("facts", [])) for f in files) if not problems else 0
    if problems:
        for p in problems:
            print(f"INVALID {p}", file=sys.stderr)
        print(f"validation failed: {len(problems)} problems in {len(files)} annotation files", file=sys.stderr)
        return 2
    cmd = opts.cmd or default_cmd()
    overall = Tally()
    per_lang: dict[str, Tally] = {}
    misses: list[dict[str, Any]] = []
    failures = []
    for f in files:
        ann = json.loads(f.read_text(encoding="utf-8"))
        system, rc = run_extractor(cmd, ann["doc"])
        if rc != 0:
            failures.append(f"{ann['doc']} exit {rc}")
        lang_tally = per_lang.setdefault(lang_of(ann["doc"]), Tally())
        score_doc(ann, system, [lang_tally, overall], misses)
    tallies = {lang: per_lang[lang] for lang in LANGS if lang in per_lang} | {"overall": overall}
    if opts.json:
        out = {
            "cmd": cmd,
            "files": len(files),
            "facts": n_facts,
            "extractor_failures": failures,
            "scores": {
                name: {m: dict(zip(("correct", "total", "accuracy"), t.rate(m), strict=True)) for m in MEASURES}
                for name, t in tallies.items()
            },
            "misses": misses,
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"validation: {len(files)} annotation files, {n_facts} facts, no problems")
    print(f"cmd: {cmd}")
    if failures:
        print(f"extractor failures: {', '.join(failures)}")
    print_report(tallies)
    if opts.verbose:
        for m in misses:
            print_miss(m)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        from factx.options import quiet_pipe

        quiet_pipe()
        sys.exit(0)
