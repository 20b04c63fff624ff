#!/usr/bin/env python3
"""Snapshot factx's JSONL output on the shared evaluation texts, or show how two snapshots differ.

A restructuring must leave the output unchanged except for intended fixes; this is how to see it:

    python bench/compare_outputs.py snapshot /tmp/before      # on the old commit
    python bench/compare_outputs.py snapshot /tmp/after       # on the new one
    python bench/compare_outputs.py compare /tmp/before /tmp/after

Each text runs with its gold file's reference date, as the scorer runs it. Skips when ../shared is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def snapshot(out_dir: Path, factx: str) -> int:
    if not (EVAL / "texts").is_dir():
        print(f"skipped: {EVAL} not found")
        return 0
    out_dir.mkdir(parents=True, exist_ok=True)
    for text in sorted((EVAL / "texts").glob("*.txt")):
        gold = EVAL / "gold" / f"{text.stem}.json"
        ref = json.loads(gold.read_text(encoding="utf-8")).get("ref_date") if gold.exists() else None
        cmd = [factx, "extract", "--format", "jsonl", *(["--ref-date", ref] if ref else []), str(text)]
        run = subprocess.run(cmd, capture_output=True, text=True, check=False)
        (out_dir / f"{text.stem}.jsonl").write_text(run.stdout, encoding="utf-8")
    print(f"wrote {len(list(out_dir.glob('*.jsonl')))} outputs to {out_dir}")
    return 0


def _facts(path: Path) -> dict[tuple[int, int, str], dict[str, object]]:
    if not path.exists():
        return {}
    facts = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {(f["start"], f["end"], f["type"]): f for f in facts}


def _brief(f: dict[str, object]) -> str:
    return f"{f['type']} {f['text']!r} = {f['value']}"


def compare(before: Path, after: Path) -> int:
    """One line per added, removed or changed fact (with the fields that changed), then a count."""
    changed = 0
    for old in sorted(before.glob("*.jsonl")):
        a, b = _facts(old), _facts(after / old.name)
        lines = [f"  - {_brief(a[k])}" for k in sorted(a.keys() - b.keys())]
        lines += [f"  + {_brief(b[k])}" for k in sorted(b.keys() - a.keys())]
        for k in sorted(a.keys() & b.keys()):
            fields = sorted(x for x in a[k].keys() | b[k].keys() if a[k].get(x) != b[k].get(x))
            if fields:
                diffs = ", ".join(f"{x}: {a[k].get(x)!r} → {b[k].get(x)!r}" for x in fields if x != "sentence")
                lines.append(f"  ~ {_brief(b[k])}: {diffs or 'sentence'}")
        if lines:
            changed += 1
            print(old.stem)
            print("\n".join(lines))
    print(f"{changed} of {len(list(before.glob('*.jsonl')))} outputs differ")
    return 1 if changed else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "snapshot":
        factx = argv[2] if len(argv) > 2 else str(Path(sys.executable).with_name("factx"))
        return snapshot(Path(argv[1]), factx)
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
