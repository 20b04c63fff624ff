"""Start-up: a one-article extract compiles none of factx's patterns with the regex compiler once the pattern
cache is warm (issue 13), and the facet table, which only `check` reads, is built on first use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factx.facets import FacetTable

# Runs the console script with `re.compile` watched and reports, on stderr, each call made from a factx module.
PROBE = """
import json, re, sys
seen = []
original = re.compile
def watched(pattern, flags=0):
    caller = sys._getframe(1).f_globals.get("__name__") or ""
    if caller.startswith("factx"):
        seen.append([caller, str(pattern)[:60]])
    return original(pattern, flags)
re.compile = watched
sys.argv = ["factx", "extract", "--format", "jsonl", sys.argv[1]]
from factx.cli import run
try:
    run()
except SystemExit:
    pass
sys.stderr.write("\\nCOMPILED " + json.dumps(seen) + "\\n")
"""


def compiled_by_factx(article: Path, tmp_path: Path) -> list[list[str]]:
    p = subprocess.run(
        [sys.executable, "-c", PROBE, str(article)], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip(), "the article gave no output"
    return json.loads(p.stderr.rsplit("\nCOMPILED ", 1)[1])  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "text",
    [
        "2021年5月3日，公司宣布投资4568万元，新建16个项目，增长4.3%。\n",
        "2021年5月3日，公司宣佈投資4568萬元，新建16個項目，增長4.3%。\n",
        "On May 3, 2021 the council said it would spend $45.7 million on new schools, up 4.3% on last year.\n",
    ],
    ids=["zh", "zh-hant", "en"],
)
def test_warm_extract_compiles_no_factx_pattern(text: str, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    compiled_by_factx(article, tmp_path)  # the first run may fill the cache
    assert compiled_by_factx(article, tmp_path) == []


def test_facet_table_waits_for_its_first_use() -> None:
    table = FacetTable.build({"死亡": "casualty:dead", "Injured": "casualty:injured"}, frozenset({"Injured"}))
    assert "pattern" not in vars(table) and "words" not in vars(table)
    assert table.near_only == frozenset({"injured"})
    assert table.words == {"死亡": "casualty:dead", "injured": "casualty:injured"}
    assert [m.group() for m in table.pattern.finditer("3人死亡, 5 INJURED, uninjured")] == ["死亡", "INJURED"]


# In a fresh interpreter (the language tables are shared by every test of a session): whether the table was
# built after an extract, and after an analysis with facets, with the facets that analysis read.
FACETS_PROBE = """
import json
from factx import languages
from factx.pipeline import analyze
table = languages.get("zh").facets
analyze("事故造成3人死亡，5人受伤。", lang="zh")
built_by_extract = "pattern" in vars(table)
facts = analyze("事故造成3人死亡，5人受伤。", lang="zh", facets=True).facts
print(json.dumps([built_by_extract, "pattern" in vars(table), {f.text: f.facets for f in facts}]))
"""


def test_extract_leaves_the_facet_table_unbuilt_and_check_builds_it(tmp_path: Path) -> None:
    p = subprocess.run([sys.executable, "-c", FACETS_PROBE], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert p.returncode == 0, p.stderr
    built_by_extract, built_by_check, facets = json.loads(p.stdout)
    assert (built_by_extract, built_by_check) == (False, True)
    assert facets == {"3人": ["casualty:dead"], "5人": ["casualty:injured"]}
