"""Workers that start warm (issue 13): the lexicon loaded whole before forking gives the same words, tags
and frequencies as the one loaded a character at a time; jieba loads without pkg_resources and leaves no
trace of that; the faster JSONL writer and surrogate check write and read exactly what they did before."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from factx import lexicon
from factx.batch import Settings, run, write_fragment
from factx.inputs import BytesItem, LineItem, SourceOptions, load
from factx.lexicon import Lexicon
from factx.model import DocResult, Fact
from factx.pipeline import analyze
from factx.render.facts import write_jsonl

SENTENCES = [
    "市政府今年投入专项资金，支持中小企业数字化转型。",
    "這家醫院去年為偏鄉兒童完成先天性心臟病手術。",
    "研究团队在实验室里连续工作了三个星期才得到结果。",
]


def test_preloaded_lexicon_segments_like_the_lazy_one() -> None:
    lazy, whole = Lexicon(), Lexicon()
    whole.preload()
    for s in SENTENCES:
        assert whole.cut(s) == lazy.cut(s)
        assert whole.cut(s, hmm=True) == lazy.cut(s, hmm=True)
        for w in lazy.cut(s):
            assert (whole.tag(w), whole.freq(w)) == (lazy.tag(w), lazy.freq(w))


@pytest.mark.parametrize("accelerator", ["1", "0"])
def test_whole_table_sections_hold_what_the_buckets_hold(
    accelerator: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """preload() reads the cache's whole-table sections: every word's frequency and tag, and (without rjieba)
    the prefixes too, exactly the entries that loading all 12,000 buckets one by one gives."""
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("FACTX_RJIEBA", accelerator)
    buckets = Lexicon()
    buckets.cut("市政府")  # writes the cache; this lexicon then goes on bucket by bucket
    table = buckets._buckets
    assert table is not None
    for ch in list(table._raw):
        table.ensure(ch)
    whole = Lexicon()
    whole.preload()
    assert whole.preloaded and not buckets.preloaded
    loaded = whole._buckets
    assert loaded is not None and whole._tokenizer is not None
    assert loaded.tags == table.tags and len(loaded.tags) > 300_000
    if whole.accelerated:
        assert loaded.freq == {w: f for w, f in table.freq.items() if w in table.tags}
    else:
        assert loaded.freq == table.freq and loaded.complete
    assert whole._tokenizer.FREQ is loaded.freq
    for s in SENTENCES:
        assert whole.cut(s, hmm=True) == buckets.cut(s, hmm=True)


def test_preload_after_a_few_lazy_buckets_keeps_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that analysed a document before a parallel run (buckets loaded one by one) and then
    preloads keeps what it had: jieba's own cut still finds the prefixes of the buckets it loaded."""
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path))
    fresh, used = Lexicon(), Lexicon()
    before = [used.cut(s, hmm=True) for s in SENTENCES]
    used.preload()
    assert [used.cut(s, hmm=True) for s in SENTENCES] == before == [fresh.cut(s, hmm=True) for s in SENTENCES]
    for s in SENTENCES:
        for w in fresh.cut(s):
            assert (used.tag(w), used.freq(w)) == (fresh.tag(w), fresh.freq(w))


def test_a_plain_cut_never_imports_jieba_and_an_hmm_cut_loads_it_without_pkg_resources() -> None:
    """Cutting reads jieba's dictionary but not its module (its import, with logging and hashlib, was a tenth of
    a one-article run); an HMM cut needs jieba's Tokenizer and imports it then, with `pkg_resources` hidden
    meanwhile and left importable afterwards."""
    code = (
        "import sys, importlib.util; from factx.lexicon import LEXICON; LEXICON.cut('市政府投入资金'); "
        "plain = 'jieba' in sys.modules; LEXICON.cut('小明种下了梭梭树', hmm=True); "
        "print(plain, 'jieba' in sys.modules, 'pkg_resources' in sys.modules, "
        "importlib.util.find_spec('pkg_resources') is not None or 'absent')"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    after_plain, after_hmm, stub_left, importable = p.stdout.split()
    assert (after_plain, after_hmm, stub_left) == ("False", "True", "False"), p.stderr
    assert importable in ("True", "absent")  # a None left in sys.modules would make find_spec raise


def test_parallel_run_warms_up_before_forking_and_matches_serial() -> None:
    code = """
import json
from factx import batch
from factx.batch import Settings, run
from factx.inputs import BytesItem
from factx.lexicon import LEXICON
texts = json.loads(input())
items = [BytesItem(f"d{i}", t.encode()) for i, t in enumerate(texts * 40)]
two = [[f.to_dict() for f in o.result.facts] for o in run(items, Settings(), 2)]
warm = batch._warmed and (LEXICON.preloaded or LEXICON.accelerated)
one = [[f.to_dict() for f in o.result.facts] for o in run(items, Settings(), 1)]
print(json.dumps([warm, one == two, sum(map(len, one))]))
"""
    texts = ["今年投资4568万元建设16个重点项目。", "去年共有49名儿童接受手术，增长4.3%。"]
    p = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True, timeout=300
    )
    warm, same, n_facts = json.loads(p.stdout)
    assert warm and same and n_facts > 0


WARM_CRASH = """
import json, os
from factx import batch
from factx.batch import Settings, run
from factx.inputs import BytesItem
real = batch.analyze

def crashing(text, **kw):
    if "CRASH" in text:
        os._exit(3)
    return real(text, **kw)

batch.analyze = crashing  # workers are forked after this, so they run it too
n = int(input())
items = [BytesItem(f"d{i}", ("CRASH" if i == 7 else "今年投资4568万元。").encode()) for i in range(n)]
outs = list(run(items, Settings(), 2))
print(json.dumps([batch._warmed, [o.status for o in outs], outs[7].result.error]))
"""


def test_warm_workers_still_cost_one_document_per_crash() -> None:
    p = subprocess.run([sys.executable, "-c", WARM_CRASH], input="70", capture_output=True, text=True, timeout=300)
    warmed, statuses, error = json.loads(p.stdout)
    assert warmed
    assert statuses == ["ok"] * 7 + ["failed"] + ["ok"] * 62
    assert "worker process crashed (exit status 3)" in error


def test_small_parallel_run_skips_the_warm_up() -> None:
    p = subprocess.run([sys.executable, "-c", WARM_CRASH], input="12", capture_output=True, text=True, timeout=300)
    warmed, statuses, _error = json.loads(p.stdout)
    assert not warmed
    assert statuses.count("failed") == 1 and len(statuses) == 12


def test_serial_run_does_not_warm_up() -> None:
    """A one-process run loads only what its documents need (the one-article start-up stays small)."""
    code = (
        "from factx import batch; from factx.batch import Settings, run; from factx.inputs import BytesItem; "
        "list(run([BytesItem('a', '投资5万元。'.encode())], Settings(), 1)); print(batch._warmed)"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.stdout.strip() == "False"


def _dumps_per_fact(results: list[DocResult]) -> str:
    return "".join(
        json.dumps({"source": r.source, **f.to_dict()}, ensure_ascii=False) + "\n" for r in results for f in r.facts
    )


def test_jsonl_writer_writes_what_json_dumps_writes() -> None:
    a = analyze("2021年5月3日，公司宣布投资4568万元，新建16个项目，增长4.3%，约0.000001%的误差。")
    odd = Fact(
        "quantity", 'a "quoted"\n\u2028 line\\', 0, 5, Decimal("0.000001"), max=Decimal("1" + "0" * 300),
        unit="km", subject="\x00\x1f\u00e9中", sentence="\t",
    )  # fmt: skip
    results = [
        DocResult("a.txt", a.facts),
        DocResult("empty.txt", []),
        DocResult('weird \u00e9\u4e2d "name".txt', [odd]),
    ]
    out = io.StringIO()
    write_jsonl(out, results)
    assert out.getvalue() == _dumps_per_fact(results)
    assert len(a.facts) >= 4


def test_jsonl_surrogates_become_replacement_characters_in_place() -> None:
    line = json.dumps({"id": 1, "text": "投资\ud800了5万元\udfff。😀"}, ensure_ascii=True).encode() + b"\n"
    doc = load(LineItem("dump.jsonl", 1, line), SourceOptions())
    assert doc.text == "投资\ufffd了5万元\ufffd。😀"
    clean = load(LineItem("dump.jsonl", 2, json.dumps({"text": "投资5万元。😀"}).encode()), SourceOptions())
    assert clean.text == "投资5万元。😀"


def test_rendered_fragments_match_the_writer() -> None:
    items = [BytesItem("a", "今年投资4568万元。".encode()), BytesItem("b", "增长4.3%。".encode())]
    fragments = [o.rendered for o in run(items, Settings(render="jsonl"), 2)]  # pool workers render
    assert all(isinstance(f, bytes) for f in fragments)  # jsonl lines are made as UTF-8 (fact_lines_utf8)
    rendered = b"".join(fragments).decode()  # type: ignore[arg-type]
    plain = [o.result for o in run(items, Settings(), 1)]
    assert rendered == _dumps_per_fact(plain)
    # In one process nothing is pre-rendered: the facts come back for the caller to write piece by piece.
    serial = list(run(items, Settings(render="jsonl"), 1))
    assert all(o.rendered is None for o in serial)
    assert [len(o.result.facts) for o in serial] == [len(r.facts) for r in plain]
    out = io.StringIO()
    for o in serial:
        write_fragment(out, "jsonl", o.result)
    assert out.getvalue() == rendered


def test_lexicon_cache_cut_short_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path))
    first = Lexicon()
    words = [first.cut(s) for s in SENTENCES]
    (cache,) = tmp_path.glob(f"lexicon-v{lexicon._CACHE_VERSION}-*.bin")
    size = cache.stat().st_size
    for broken in (cache.read_bytes()[: size // 2], b"not a cache at all", b""):
        cache.write_bytes(broken)
        again = Lexicon()
        assert [again.cut(s) for s in SENTENCES] == words
        assert cache.stat().st_size == size  # written again, whole


HMM_PROBE = """
import json, sys
if sys.argv[1] == "eager":
    import jieba  # the plain import: jieba loads its HMM tables at once
from factx.lexicon import LEXICON
plain = [LEXICON.cut(s) for s in json.loads(sys.argv[2])]
loaded_before_hmm = "jieba.finalseg.prob_emit" in sys.modules
hmm = [LEXICON.cut(s, hmm=True) for s in json.loads(sys.argv[2])]
print(json.dumps([plain, hmm, loaded_before_hmm]))
"""


def test_jieba_hmm_tables_load_only_for_an_hmm_cut() -> None:
    sentences = json.dumps([*SENTENCES, "小明昨天在库布齐沙漠种下了三棵梭梭树"])
    runs = {}
    for mode in ("lazy", "eager"):
        p = subprocess.run(
            [sys.executable, "-c", HMM_PROBE, mode, sentences], capture_output=True, text=True, timeout=120
        )
        runs[mode] = json.loads(p.stdout)
    assert runs["lazy"][2] is False and runs["eager"][2] is True
    assert runs["lazy"][:2] == runs["eager"][:2]


LANGUAGE_PROBE = """
import json, sys
from factx.batch import Settings, render_fragment, run
from factx.inputs import BytesItem
texts = json.loads(input())
items = [BytesItem(f"d{i}", t.encode()) for i, t in enumerate(texts)]
two = [o.rendered for o in run(items, Settings(render="jsonl"), 2)]
in_parent = sorted(m for m in ("factx.zh.language", "factx.en.language") if m in sys.modules)
# a serial run leaves rendering to its caller
one = [render_fragment("jsonl", o.result) for o in run(items, Settings(render="jsonl"), 1)]
print(json.dumps([in_parent, one == two, sum(bool(r) for r in one)]))
"""

ZH = "今年投资4568万元建设16个重点项目，增长4.3%。"
EN = "The council approved $12 million for 16 projects, up 4.3% on last year."


@pytest.mark.parametrize(
    ("texts", "parent_imports"),
    [
        ([ZH] * 80, ["factx.zh.language"]),  # a Chinese run does not wait for the English recognizers
        ([EN] * 80, ["factx.en.language"]),
        # Chinese first, English later: the workers import English themselves, the output is the same.
        ([ZH] * 40 + [EN] * 40, ["factx.zh.language"]),
        ([ZH, EN] * 40, ["factx.en.language", "factx.zh.language"]),
    ],
)
def test_warm_up_imports_the_languages_of_the_first_documents(texts: list[str], parent_imports: list[str]) -> None:
    p = subprocess.run(
        [sys.executable, "-c", LANGUAGE_PROBE], input=json.dumps(texts), capture_output=True, text=True, timeout=300
    )
    in_parent, same, with_facts = json.loads(p.stdout)
    assert in_parent == parent_imports
    assert same and with_facts == len(texts)


def test_ctrl_c_during_the_warm_up_leaves_no_worker() -> None:
    code = """
import json, multiprocessing, time
from factx.batch import Settings, run
from factx.inputs import BytesItem
from factx.lexicon import LEXICON

def interrupted():
    raise KeyboardInterrupt

LEXICON.preload = LEXICON.accelerate = interrupted  # whichever the warm-up calls
items = [BytesItem(f"d{i}", "今年投资4568万元。".encode()) for i in range(100)]
try:
    list(run(items, Settings(), 2))
    print(json.dumps("finished"))
except KeyboardInterrupt:
    time.sleep(0.2)
    print(json.dumps([p.name for p in multiprocessing.active_children()]))
"""
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert json.loads(p.stdout) == []
