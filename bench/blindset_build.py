#!/usr/bin/env python3
"""Build a blind set's texts and gold files (bench/eval3, bench/eval4) from the annotated sources in its ann/.

Each set's build.py calls `main(argv, here)` with its own directory.

An annotated source is the article with each figure written inline as
    [[TEXT|TYPE|VALUE|OPTIONS]]
TYPE: m money, d date, dur duration, c count, p percent, q quantity, o ordinal, n negative.
VALUE: a number, an ISO string, or null (negatives take no value field).
OPTIONS (space separated): opt (required false); ~ > < >= <= (approx about, more_than,
less_than, at_least, at_most); a currency code (USD GBP ...); a count category;
u=UNIT; max=V; alt=V (repeatable; altn=V keeps V a number for a t=TYPE reading); t=TYPE (other acceptable type); k=KIND.
Header lines before the line '---': '#ref YYYY-MM-DD' and '#lang en|zh|zh-hant'.
Offsets are computed here from the stripped text, never by hand.

usage: build.py [ID ...]
"""

import glob
import json
import os
import re

TYPES = {
    "m": "money",
    "d": "date",
    "dur": "duration",
    "c": "count",
    "p": "percent",
    "q": "quantity",
    "o": "ordinal",
    "n": "negative",
}
APPROX = {"~": "about", ">": "more_than", "<": "less_than", ">=": "at_least", "<=": "at_most"}
CATS = {"people", "procedures", "projects", "organizations", "places", "times", "items", "other"}
CURS = {"CNY", "USD", "HKD", "TWD", "EUR", "GBP", "JPY", "AUD", "INR", "PHP", "CAD", "MOP"}
MARK = re.compile(r"\[\[([^\[\]|]+)\|([a-z]+)(?:\|([^\[\]|]*))?(?:\|([^\[\]|]*))?\]\]")


def num(s, as_text=False):
    s = s.strip()
    if s == "null":
        return None
    if as_text:  # dates and durations stay strings: "2019", "P3Y"
        return s
    try:
        return int(s)
    except ValueError:
        pass
    try:
        return float(s)
    except ValueError:
        return s


def build(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    head, body = raw.split("\n---\n", 1)
    meta = dict(line[1:].split(None, 1) for line in head.splitlines() if line.startswith("#"))
    out, facts, pos = [], [], 0
    n = 0  # length of output so far in code points
    for m in MARK.finditer(body):
        chunk = body[pos : m.start()]
        out.append(chunk)
        n += len(chunk)
        text, code, value, opts = m.group(1), m.group(2), m.group(3), m.group(4) or ""
        if code not in TYPES:
            raise SystemExit(f"{path}: unknown type {code!r} in {m.group(0)}")
        f = {"type": TYPES[code], "text": text, "start": n, "end": n + len(text)}
        if code != "n":
            iso = code in ("d", "dur")
            f["value"] = num(value if value is not None else "null", iso)
            f["required"] = True
            for o in opts.split():
                if o == "opt":
                    f["required"] = False
                elif o in APPROX:
                    f["approx"] = APPROX[o]
                elif o in CATS:
                    f["category"] = o
                elif o in CURS:
                    f["currency"] = o
                elif o.startswith("u="):
                    f["unit"] = o[2:]
                elif o.startswith("max="):
                    f["max"] = num(o[4:], iso)
                elif o.startswith("altn="):  # a numeric alt for another acceptable type
                    f.setdefault("alts", []).append(num(o[5:]))
                elif o.startswith("alt="):
                    f.setdefault("alts", []).append(num(o[4:], iso))
                elif o.startswith("t="):
                    f.setdefault("types", []).append(o[2:])
                elif o.startswith("k="):
                    f["kind"] = o[2:]
                else:
                    raise SystemExit(f"{path}: unknown option {o!r} in {m.group(0)}")
        out.append(text)
        n += len(text)
        pos = m.end()
        facts.append(f)
    out.append(body[pos:])
    doc = "".join(out)
    if "[[" in doc or "]]" in doc:
        raise SystemExit(f"{path}: unparsed markup left near {doc[doc.find('[[') :][:60]!r}")
    name = os.path.splitext(os.path.basename(path))[0]
    for f in facts:
        assert doc[f["start"] : f["end"]] == f["text"]
    gold = {
        "doc": name + ".txt",
        "ref_date": meta.get("ref", "").strip() or None,
        "lang": meta["lang"].strip(),
        "facts": facts,
    }
    here = os.path.dirname(os.path.dirname(os.path.abspath(path)))  # the set: ann/, texts/, gold/
    with open(os.path.join(here, "texts", name + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(doc)
    with open(os.path.join(here, "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    words = len(doc.split()) if gold["lang"] == "en" else sum(1 for ch in doc if "\u4e00" <= ch <= "\u9fff")
    print(f"{name}: {len(facts)} facts, {words} {'words' if gold['lang'] == 'en' else 'CJK chars'}")


def main(argv, here):
    ids = [a for a in argv if not a.startswith("-")]
    paths = sorted(glob.glob(os.path.join(here, "ann", "*.ann")))
    if ids:
        paths = [p for p in paths if os.path.splitext(os.path.basename(p))[0] in ids]
    for p in paths:
        build(p)
