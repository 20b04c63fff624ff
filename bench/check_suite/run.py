#!/usr/bin/env python3
"""Score `factx check` verdicts against a labelled suite of (source, claim, figure, expected verdict) cases.

usage: run.py [--cases DIR] [--texts DIR] [--factx CMD] [--jobs N] [--json] [--show-failures]

Each case is one line of a `*.jsonl` file under the cases directory (see README.md for the format). For every
case the claim sentence is written to a temporary draft file and the real CLI is run as
`factx check SOURCE DRAFT --format json`. The record whose claim fact overlaps the case's `figure` (located in
the claim by substring search) gives the answered verdict; no such record is an extraction miss, which is
reported on its own line and counted as "not supported" in every metric.

Sources are either `eval:NAME` (a file of the shared evaluation texts, read in place and never copied) or a
path relative to the suite directory (the parent of the cases directory), such as `articles/NAME.txt`, or
`bulk:N`: the N-th article (0-based; articles are separated by blank lines) of the shared real-news corpus
`../shared/corpus/bulk.txt`, written to a temporary file for the run and never copied into the repository. When
the shared texts are absent, `eval:` and `bulk:` cases are skipped with a message; when nothing is left to run
the script exits 0 after saying so.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

SUITE = Path(__file__).resolve().parent
ROOT = SUITE.parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "eval" / "texts"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bulk.txt"
VERDICTS = ("supported", "mismatch", "not_found")
REQUIRED = ("id", "lang", "source", "claim", "figure", "expected", "category")
# Answer recorded when no claim fact overlaps the figure: the check never looked at the figure at all.
MISS = "extraction_miss"


@dataclass
class Case:
    """One labelled case, plus where it came from (for error messages)."""

    id: str
    lang: str
    source: str
    claim: str
    figure: str
    expected: str
    category: str
    why: str = ""
    origin: str = ""


@dataclass
class Outcome:
    """What factx answered for one case."""

    case: Case
    answer: str  # a verdict, MISS, or "error"
    detail: str = ""
    evidence: str = ""
    all_claims: list[str] = field(default_factory=list)


def default_factx() -> list[str]:
    """The installed `factx` next to this interpreter, else the one on PATH, else `python -m factx`."""
    script = Path(sys.executable).with_name("factx")
    if script.exists():
        return [str(script)]
    found = shutil.which("factx")
    return [found] if found else [sys.executable, "-m", "factx"]


def load_cases(cases_dir: Path) -> tuple[list[Case], list[str]]:
    """Every case of every `*.jsonl` file in `cases_dir`; malformed lines are returned as problems, not raised."""
    cases: list[Case] = []
    problems: list[str] = []
    seen: set[str] = set()
    for path in sorted(cases_dir.glob("*.jsonl")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path.name}: unreadable ({exc})")
            continue
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            where = f"{path.name}:{lineno}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not JSON ({exc.msg})")
                continue
            if not isinstance(raw, dict):
                problems.append(f"{where}: not a JSON object")
                continue
            missing = [key for key in REQUIRED if not isinstance(raw.get(key), str) or not raw.get(key)]
            if missing:
                problems.append(f"{where}: missing {', '.join(missing)}")
                continue
            if raw["expected"] not in VERDICTS:
                problems.append(f"{where}: expected must be one of {', '.join(VERDICTS)}")
                continue
            if raw["figure"] not in raw["claim"]:
                problems.append(f"{where}: figure {raw['figure']!r} is not a substring of the claim")
                continue
            if raw["source"].startswith("bulk:") and not raw["source"].removeprefix("bulk:").isdigit():
                problems.append(f"{where}: a bulk: source is bulk:N, N an article number")
                continue
            if raw["id"] in seen:
                problems.append(f"{where}: duplicate id {raw['id']}")
                continue
            seen.add(raw["id"])
            known = {key: raw[key] for key in (*REQUIRED, "why") if key in raw}
            cases.append(Case(**known, origin=where))
    return cases, problems


def split_part(cases: list[Case], part: str) -> list[Case]:
    """One half of a suite, split by source article so that no article's claims sit in both halves."""
    sources = sorted({c.source for c in cases})
    wanted = {source for index, source in enumerate(sources) if index % 2 == (part == "test")}
    return [c for c in cases if c.source in wanted]


class BulkArticles:
    """The articles of the shared corpus that `bulk:N` sources name, each written once to a temporary file."""

    def __init__(self, corpus: Path) -> None:
        self.corpus = corpus
        self._articles: list[str] | None = None
        self._dir = Path(tempfile.mkdtemp(prefix="check-suite-bulk-"))

    def articles(self) -> list[str]:
        if self._articles is None:
            text = self.corpus.read_text(encoding="utf-8")
            self._articles = [a.strip("\n") for a in text.split("\n\n") if a.strip()]
        return self._articles

    def path(self, index: int) -> Path:
        articles = self.articles()
        target = self._dir / f"bulk-{index}.txt"
        if not target.exists():
            article = articles[index] if 0 <= index < len(articles) else ""
            target.write_text(article + "\n", encoding="utf-8")
        return target

    def close(self) -> None:
        shutil.rmtree(self._dir, ignore_errors=True)


BULK: BulkArticles | None = None


def source_path(case: Case, suite_dir: Path, texts: Path) -> Path:
    """The file a case's `source` names."""
    if case.source.startswith("eval:"):
        return texts / case.source.removeprefix("eval:")
    if case.source.startswith("bulk:"):
        assert BULK is not None, "bulk: sources need the corpus (main sets BULK)"
        return BULK.path(int(case.source.removeprefix("bulk:")))
    path = Path(case.source)
    return path if path.is_absolute() else suite_dir / path


def pick_record(records: Iterable[dict], start: int, end: int) -> dict | None:
    """The check record whose claim fact overlaps [start, end) the most (ties: the first)."""
    best: dict | None = None
    best_overlap = 0
    for record in records:
        claim = record.get("claim") or {}
        lo, hi = claim.get("start"), claim.get("end")
        if not isinstance(lo, int) or not isinstance(hi, int):
            continue
        overlap = min(hi, end) - max(lo, start)
        if overlap > best_overlap:
            best, best_overlap = record, overlap
    return best


def _subprocess(factx: list[str]) -> Callable[[list[str]], tuple[int, str, str]]:
    def invoke(args: list[str]) -> tuple[int, str, str]:
        proc = subprocess.run([*factx, *args], capture_output=True, text=True, encoding="utf-8", check=False)
        return proc.returncode, proc.stdout, proc.stderr

    return invoke


def _in_process() -> Callable[[list[str]], tuple[int, str, str]]:
    """The same command line through click's test runner in this interpreter: no start-up per case (the
    interpreter must be the one factx is installed in)."""
    from click.testing import CliRunner

    from factx.cli import main as factx_main

    runner = CliRunner()

    def invoke(args: list[str]) -> tuple[int, str, str]:
        result = runner.invoke(factx_main, args)
        return result.exit_code, result.stdout, result.stderr

    return invoke


def run_case(case: Case, invoke: Callable[[list[str]], tuple[int, str, str]], suite_dir: Path, texts: Path) -> Outcome:
    """Run `factx check` on one case and read the verdict of the record covering its figure."""
    source = source_path(case, suite_dir, texts)
    if not source.is_file():
        return Outcome(case, "error", f"source not found: {source}")
    with tempfile.TemporaryDirectory(prefix="factx-checksuite-") as tmp:
        draft = Path(tmp) / "draft.txt"
        # The claim is the whole draft, so claim offsets in the output are offsets into the claim string.
        draft.write_text(case.claim + "\n", encoding="utf-8")
        code, stdout, stderr = invoke(["check", str(source), str(draft), "--format", "json"])
    if code not in (0, 1):
        return Outcome(case, "error", f"exit {code}: {stderr.strip()[:200]}")
    try:
        records = json.loads(stdout or "[]")
    except json.JSONDecodeError:
        return Outcome(case, "error", f"output is not JSON: {stdout[:200]!r}")
    if not isinstance(records, list):
        return Outcome(case, "error", "output is not a JSON list")
    start = case.claim.index(case.figure)
    record = pick_record(records, start, start + len(case.figure))
    texts_seen = [str((r.get("claim") or {}).get("text")) for r in records]
    if record is None:
        return Outcome(case, MISS, all_claims=texts_seen)
    evidence = record.get("evidence") or {}
    detail = str(record.get("reason") or record.get("detail") or record.get("difference") or "")
    return Outcome(
        case,
        str(record.get("verdict")),
        detail=detail,
        evidence=str(evidence.get("text", "")) if isinstance(evidence, dict) else "",
        all_claims=texts_seen,
    )


def share(hits: int, total: int) -> float | None:
    """hits/total, or None when there is nothing to divide."""
    return hits / total if total else None


def metrics(outcomes: list[Outcome]) -> dict:
    """The headline metrics (see README.md for their definitions)."""
    should_not = [o for o in outcomes if o.case.expected != "supported"]
    exp_mismatch = [o for o in outcomes if o.case.expected == "mismatch"]
    exp_supported = [o for o in outcomes if o.case.expected == "supported"]
    exp_not_found = [o for o in outcomes if o.case.expected == "not_found"]
    return {
        "cases": len(outcomes),
        "exact": share(sum(o.answer == o.case.expected for o in outcomes), len(outcomes)),
        "false_supported": share(sum(o.answer == "supported" for o in should_not), len(should_not)),
        "mismatch_recall": share(sum(o.answer == "mismatch" for o in exp_mismatch), len(exp_mismatch)),
        "supported_recall": share(sum(o.answer == "supported" for o in exp_supported), len(exp_supported)),
        "not_found_recall": share(sum(o.answer == "not_found" for o in exp_not_found), len(exp_not_found)),
        "extraction_misses": sum(o.answer == MISS for o in outcomes),
        "errors": sum(o.answer == "error" for o in outcomes),
    }


def breakdown(outcomes: list[Outcome], key: str) -> dict[str, dict]:
    """Per-group counts: cases, exact answers, answered supported though it should not be, misses."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[getattr(outcome.case, key)].append(outcome)
    table: dict[str, dict] = {}
    for name in sorted(groups):
        group = groups[name]
        row = metrics(group)
        row["expected"] = dict(sorted(_count(o.case.expected for o in group).items()))
        row["answered"] = dict(sorted(_count(o.answer for o in group).items()))
        table[name] = row
    return table


def _count(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for value in values:
        counts[value] += 1
    return dict(counts)


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def print_table(title: str, table: dict[str, dict]) -> None:
    """One row per group: cases, exact, false_supported, mismatch and supported recall, misses."""
    print(f"\n{title}")
    width = max([len(title), *map(len, table)]) + 1
    print(f"{'':{width}} {'cases':>5} {'exact':>6} {'f_supp':>6} {'mm_rec':>6} {'sp_rec':>6} {'nf_rec':>6} {'miss':>4}")
    for name, row in table.items():
        print(
            f"{name:{width}} {row['cases']:5d} {_pct(row['exact'])} {_pct(row['false_supported'])} "
            f"{_pct(row['mismatch_recall'])} {_pct(row['supported_recall'])} {_pct(row['not_found_recall'])} "
            f"{row['extraction_misses']:4d}"
        )


def print_failures(outcomes: list[Outcome]) -> None:
    """Every case whose answer differs from its label, with factx's evidence and the labeller's reason."""
    wrong = [o for o in outcomes if o.answer != o.case.expected]
    print(f"\nfailures ({len(wrong)})")
    for o in wrong:
        c = o.case
        print(f"- {c.id} [{c.lang} {c.category}] expected {c.expected}, got {o.answer}")
        print(f"    claim: {c.claim}   figure: {c.figure}")
        if o.evidence or o.detail:
            print(f"    factx: evidence {o.evidence!r} {o.detail}")
        if o.answer == MISS:
            print(f"    factx claim figures: {o.all_claims}")
        if c.why:
            print(f"    why: {c.why}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=SUITE / "cases", help="directory of *.jsonl case files")
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="where eval:NAME sources live")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus bulk:N sources index")
    parser.add_argument("--show-bulk", type=int, metavar="N", help="print article N of the corpus (for writing cases)")
    parser.add_argument("--factx", help="command that runs factx (default: the factx next to this interpreter)")
    parser.add_argument("--jobs", type=int, default=2, help="cases run in parallel (default 2)")
    parser.add_argument(
        "--inproc",
        action="store_true",
        help="run the CLI inside this interpreter (fast; for development, one case at a time)",
    )
    parser.add_argument(
        "--part",
        choices=("tune", "test"),
        help="only the tuning or the test half of the suite: source articles in sorted order, alternately tune, test",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--show-failures", action="store_true", help="list every case answered wrongly")
    args = parser.parse_args(argv)

    global BULK
    BULK = BulkArticles(args.corpus)
    atexit.register(BULK.close)
    if args.show_bulk is not None:
        articles = BULK.articles()
        print(articles[args.show_bulk] if 0 <= args.show_bulk < len(articles) else f"no article {args.show_bulk}")
        return 0
    if not args.cases.is_dir():
        print(f"cases directory not found: {args.cases}", file=sys.stderr)
        return 2
    cases, problems = load_cases(args.cases)
    for problem in problems:
        print(f"bad case: {problem}", file=sys.stderr)
    if args.part:
        cases = split_part(cases, args.part)
    shared_sources = (("eval:", args.texts, args.texts.is_dir()), ("bulk:", args.corpus, args.corpus.is_file()))
    for prefix, shared, present in shared_sources:
        if present:
            continue
        skipped = [c for c in cases if c.source.startswith(prefix)]
        cases = [c for c in cases if not c.source.startswith(prefix)]
        if skipped:
            print(f"skipped: {len(skipped)} {prefix} cases, {shared} not found", file=sys.stderr)
    if not cases:
        print("skipped: no runnable cases")
        return 0

    suite_dir = args.cases.resolve().parent
    if any(c.source.startswith("bulk:") for c in cases):
        BULK.articles()  # read once, before the worker threads need it
    if args.inproc:
        invoke = _in_process()
        outcomes = [run_case(c, invoke, suite_dir, args.texts) for c in cases]
    else:
        invoke = _subprocess(shlex.split(args.factx) if args.factx else default_factx())
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            outcomes = list(pool.map(lambda c: run_case(c, invoke, suite_dir, args.texts), cases))

    report = {
        "overall": metrics(outcomes),
        "by_category": breakdown(outcomes, "category"),
        "by_lang": breakdown(outcomes, "lang"),
        "bad_cases": problems,
    }
    if args.json:
        report["cases"] = [
            {"id": o.case.id, "expected": o.case.expected, "answer": o.answer, "evidence": o.evidence} for o in outcomes
        ]
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    overall = report["overall"]
    print(f"cases {overall['cases']}  exact {_pct(overall['exact'])}")
    print(f"false_supported  {_pct(overall['false_supported'])}   (target <= 2%)")
    print(f"mismatch recall  {_pct(overall['mismatch_recall'])}   (target >= 90%)")
    print(f"supported recall {_pct(overall['supported_recall'])}   (target >= 90%)")
    print(f"not_found recall {_pct(overall['not_found_recall'])}")
    print(f"extraction misses {overall['extraction_misses']}   errors {overall['errors']}")
    print_table("by category", report["by_category"])
    print_table("by language", report["by_lang"])
    if args.show_failures:
        print_failures(outcomes)
    for o in outcomes:
        if o.answer == "error":
            print(f"error: {o.case.id} ({o.case.origin}): {o.detail}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `--show-bulk N | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
