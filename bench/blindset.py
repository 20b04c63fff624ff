#!/usr/bin/env python3
"""Score factx on a blind set (bench/eval3, bench/eval4), or validate its gold files.

Each set's run.py calls `main(argv, here)` with its own directory.

usage:
  run.py [--ids e11,h13] [--verbose] [--cmd "factx extract --format jsonl"]
         (default: this Python -m factx)
  run.py --validate [--ids ...]

Scoring runs `factx extract --format jsonl [--ref-date D] TEXT` on each text the way
../shared/eval/run_eval.py does and scores it with ../shared/eval/score.py (imported
from there; when ../shared is absent it prints a message and exits 0). It prints
precision/recall/F1 per article, per language and in total; --verbose also lists
misses, false positives and wrong values.

--validate needs only this directory: it checks every gold fact's offsets and text,
its type, category, currency, unit, approx word and value format.
"""

import glob
import json
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("FACTX_SHARED_EVAL") or os.path.join(os.path.dirname(ROOT), "shared", "eval")

LANGS = {"en", "zh", "zh-hant"}
TYPES = {"money", "date", "duration", "count", "percent", "quantity", "ordinal", "negative"}
CATS = {"people", "procedures", "projects", "organizations", "places", "times", "items", "other"}
APPROX = {"about", "more_than", "less_than", "at_least", "at_most"}
CURRENCY = re.compile(r"^[A-Z]{3}$")
_D = r"(?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX)(?:T\d\d:\d\d(?::\d\d)?)?)?)?"
DATE = re.compile(rf"^{_D}(?:/{_D})?$")
DURATION = re.compile(
    r"^P(?=\d|T)(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?W)?(?:\d+(?:\.\d+)?D)?"
    r"(?:T(?=\d)(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$"
)
KEYS = {
    "type",
    "text",
    "start",
    "end",
    "value",
    "required",
    "alts",
    "types",
    "approx",
    "max",
    "category",
    "currency",
    "unit",
    "kind",
}


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def value_error(ftype, v):
    """Why v is not a well-formed value for ftype, or None."""
    if ftype == "date":
        return None if isinstance(v, str) and DATE.match(v) else f"date value {v!r} is not ISO 8601"
    if ftype == "duration":
        return None if isinstance(v, str) and DURATION.match(v) else f"duration value {v!r} is not ISO 8601"
    if ftype == "ordinal":
        return None if isinstance(v, int) and not isinstance(v, bool) and v >= 0 else f"ordinal value {v!r}"
    return None if is_num(v) else f"{ftype} value {v!r} is not a number"


def check_doc(gpath):
    errors = []
    name = os.path.splitext(os.path.basename(gpath))[0]
    try:
        gold = _load(gpath)
    except (OSError, ValueError) as e:
        return [f"{name}: cannot read gold: {e}"]
    tpath = os.path.join(os.path.dirname(os.path.dirname(gpath)), "texts", name + ".txt")
    if not os.path.exists(tpath):
        return [f"{name}: missing text {tpath}"]
    text = _read(tpath)
    err = errors.append
    if gold.get("doc") != name + ".txt":
        err(f"{name}: doc is {gold.get('doc')!r}")
    if gold.get("lang") not in LANGS:
        err(f"{name}: lang {gold.get('lang')!r}")
    rd = gold.get("ref_date")
    if rd is not None and not re.match(r"^\d{4}-\d\d-\d\d$", str(rd)):
        err(f"{name}: ref_date {rd!r}")
    lang_ok = {
        "en": lambda s: not re.search(r"[\u4e00-\u9fff]", s),
        "zh": lambda s: True,
        "zh-hant": lambda s: True,
    }.get(gold.get("lang"), lambda s: True)
    if not lang_ok(text):
        err(f"{name}: English text contains CJK characters")
    facts = gold.get("facts")
    if not isinstance(facts, list) or not facts:
        return [*errors, f"{name}: no facts"]
    for i, f in enumerate(facts):
        where = f"{name} fact {i} {f.get('text')!r}"
        extra = set(f) - KEYS
        if extra:
            err(f"{where}: unknown keys {sorted(extra)}")
        t = f.get("type")
        if t not in TYPES:
            err(f"{where}: type {t!r}")
            continue
        s, e = f.get("start"), f.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f"{where}: bad offsets {s}..{e}")
            continue
        if text[s:e] != f.get("text"):
            err(f"{where}: text[{s}:{e}] is {text[s:e]!r}")
        if f["text"] != f["text"].strip():
            err(f"{where}: span has outer whitespace")
        if t == "negative":
            if set(f) - {"type", "text", "start", "end"}:
                err(f"{where}: a negative takes only type, text, start, end")
            continue
        if not isinstance(f.get("required"), bool):
            err(f"{where}: required must be a bool")
        v = f.get("value", "missing")
        if v == "missing":
            err(f"{where}: no value")
        elif v is None:
            if f.get("required"):
                err(f"{where}: a required fact needs a value")
        else:
            msg = value_error(t, v)
            if msg:
                err(f"{where}: {msg}")
        for a in f.get("alts", []):
            msgs = [value_error(x, a) for x in [t, *list(f.get("types", []))]]
            if all(msgs):
                err(f"{where}: alt {msgs[0]}")
        for other in f.get("types", []):
            if other not in TYPES - {"negative"} or other == t:
                err(f"{where}: types has {other!r}")
        if "max" in f:
            msg = value_error(t, f["max"])
            if msg:
                err(f"{where}: max {msg}")
            elif is_num(f["max"]) and is_num(v) and t != "quantity" and f["max"] < v:
                err(f"{where}: max {f['max']} below value {v}")
        if "approx" in f and f["approx"] not in APPROX:
            err(f"{where}: approx {f['approx']!r}")
        if t == "count" and f.get("category") not in CATS:
            err(f"{where}: count needs a category, got {f.get('category')!r}")
        if t != "count" and "category" in f:
            err(f"{where}: category on a {t}")
        if t == "money" and not CURRENCY.match(str(f.get("currency", ""))):
            err(f"{where}: money needs an ISO 4217 currency, got {f.get('currency')!r}")
        if t != "money" and "currency" in f:
            err(f"{where}: currency on a {t}")
        if t == "quantity" and not f.get("unit"):
            err(f"{where}: quantity needs a unit")
        if t == "percent" and "kind" in f and f["kind"] != "points":
            err(f"{where}: kind {f['kind']!r}")
    # spans of two facts of the same type must not overlap (the scorer would let one
    # system fact match both), and a negative must not overlap a scored fact
    spans = sorted(
        (f["start"], f["end"], f["type"], f["text"])
        for f in facts
        if isinstance(f.get("start"), int) and isinstance(f.get("end"), int)
    )
    for i, a in enumerate(spans):
        for b in spans[i + 1 :]:
            if b[0] >= a[1]:
                break
            if a[2] == b[2] or "negative" in (a[2], b[2]):
                err(f"{name}: overlapping spans {a[3]!r} ({a[2]}) and {b[3]!r} ({b[2]})")
    return errors


def validate(here, ids):
    paths = gold_paths(here, ids)
    errors = []
    for p in paths:
        errors += check_doc(p)
    for e in errors:
        print(e)
    n = sum(len(_load(p)["facts"]) for p in paths)
    print(f"validated {len(paths)} gold files, {n} facts: {'OK' if not errors else f'{len(errors)} problems'}")
    return 1 if errors else 0


def gold_paths(here, ids):
    paths = sorted(glob.glob(os.path.join(here, "gold", "*.json")))
    if ids:
        paths = [p for p in paths if os.path.splitext(os.path.basename(p))[0] in ids]
    return paths


def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def _load(path):
    return json.loads(_read(path))


def run_factx(cmd, gold, text_path):
    args = shlex.split(cmd)
    if gold.get("ref_date"):
        args += ["--ref-date", gold["ref_date"]]
    args.append(text_path)
    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=120)
    except OSError as e:
        sys.exit(f"run.py: cannot run {args[0]!r}: {e.strerror} (pass --cmd)")
    system = []
    for line in proc.stdout.splitlines():
        try:
            d = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(d, dict):
            system.append(d)
    return system, proc.returncode


def evaluate(here, ids, cmd, verbose):
    if not os.path.exists(os.path.join(SHARED, "score.py")):
        print(f"skipping: the shared scorer {os.path.join(SHARED, 'score.py')} is absent")
        return 0
    sys.path.insert(0, SHARED)
    from score import prf, score

    by_lang, by_type, total = {}, {}, [0, 0, 0]
    print(f"{'doc':6s} {'lang':8s} {'P':>6s} {'R':>6s} {'F1':>6s}   tp  fn  fp")
    for gpath in gold_paths(here, ids):
        gold = _load(gpath)
        name = os.path.splitext(os.path.basename(gpath))[0]
        system, rc = run_factx(cmd, gold, os.path.join(here, "texts", name + ".txt"))
        per, t, misses, fps, wrong = score(gold, system)
        p, r, f = prf(*t)
        note = f"  (exit {rc})" if rc else ""
        print(f"{name:6s} {gold['lang']:8s} {p:6.3f} {r:6.3f} {f:6.3f} {t[0]:4d}{t[1]:4d}{t[2]:4d}{note}")
        if verbose:
            for g in misses:
                print(f"    MISS {g['type']:9s} {g['text']!r} want {g.get('value')!r}")
            for s in fps:
                print(f"    FP   {s.get('type', ''):9s} {s.get('text')!r} value {s.get('value')!r}")
            for s, g in wrong:
                got, want = s.get("value"), g.get("value")
                print(f"    VAL  {s.get('type', ''):9s} {s.get('text')!r} got {got!r} want {want!r}")
        acc = by_lang.setdefault(gold["lang"], [0, 0, 0])
        for i in range(3):
            acc[i] += t[i]
            total[i] += t[i]
        for ty, v in per.items():
            a = by_type.setdefault(ty, [0, 0, 0])
            for i in range(3):
                a[i] += v[i]
    print()
    for ty, v in sorted(by_type.items()):
        p, r, f = prf(*v)
        print(f"type {ty:9s} P={p:.3f} R={r:.3f} F1={f:.3f} (tp={v[0]} fn={v[1]} fp={v[2]})")
    for lang, v in sorted(by_lang.items()):
        p, r, f = prf(*v)
        print(f"lang {lang:9s} P={p:.3f} R={r:.3f} F1={f:.3f} (tp={v[0]} fn={v[1]} fp={v[2]})")
    p, r, f = prf(*total)
    print(f"total          P={p:.3f} R={r:.3f} F1={f:.3f} (tp={total[0]} fn={total[1]} fp={total[2]})")
    return 0


def main(argv, here):
    ids = None
    if "--ids" in argv:
        ids = {x.strip() for x in argv[argv.index("--ids") + 1].split(",") if x.strip()}
    if "--validate" in argv:
        return validate(here, ids)
    default = f"{shlex.quote(sys.executable)} -m factx extract --format jsonl"
    cmd = argv[argv.index("--cmd") + 1] if "--cmd" in argv else default
    return evaluate(here, ids, cmd, "--verbose" in argv)
