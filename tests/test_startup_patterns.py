"""The compiled-pattern cache (issue 13): `patterns.compiled` gives exactly what `re.compile` gives, whether the
pattern comes from the regex compiler or from the cache file a process before wrote, and a missing, damaged or
unwritable cache changes nothing but the time taken."""

from __future__ import annotations

import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factx import patterns
from factx.patterns import _CompiledCache, words_re

CASES = [
    (r"(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<unit>万元|亿元|元)", 0),
    (r"^[ \t]*(?:发布|来源)\s*[:：]\s*(?P<y>(?:19|20)[0-9]{2})年", re.M),
    (r"(?<![A-Za-z])(?:million|billion)\b", re.I),
    (rf"[\u3400-\u9fff]+(?=[，。])|{words_re(['公里', '公斤', '千克', '克'])}", 0),
    (r"(a)(b)?(?P<c>c)\1", 0),
    ("(?!)", 0),
]
TEXT = "发布：2021年3月 来源:2020年 投资4568.5万元，又投1亿元。 A Million and 3 billion 公里，千克。 abca abcaa"


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b  # flags and the opcodes themselves
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [(m.span(), m.groups(), m.groupdict()) for m in a.finditer(TEXT)] == [
        (m.span(), m.groups(), m.groupdict()) for m in b.finditer(TEXT)
    ]


def test_first_and_cached_compiles_equal_re_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path))
    first = _CompiledCache()
    for pattern, flags in CASES:
        _same(first.compile(pattern, flags), re.compile(pattern, flags))
    first.save()
    (written,) = tmp_path.glob("patterns-*.bin")
    second = _CompiledCache()
    for pattern, flags in CASES:
        _same(second.compile(pattern, flags), re.compile(pattern, flags))
    assert second._used == {(p, int(f)) for p, f in CASES}  # every one came from the file
    assert not second._new
    mtime = written.stat().st_mtime_ns
    second.save()  # nothing new: nothing written
    assert written.stat().st_mtime_ns == mtime


def test_damaged_cache_is_ignored_and_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path))
    cache = _CompiledCache()
    for pattern, flags in CASES:
        cache.compile(pattern, flags)
    cache.save()
    (written,) = tmp_path.glob("patterns-*.bin")
    whole = written.read_bytes()
    for broken in (whole[: len(whole) // 2], b"factx-patterns-1\nnot marshal", b"", whole[:20]):
        written.write_bytes(broken)
        again = _CompiledCache()
        for pattern, flags in CASES:
            _same(again.compile(pattern, flags), re.compile(pattern, flags))
        again.save()
        assert written.read_bytes() == whole


def test_an_entry_the_engine_rejects_falls_back_to_re_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache entry whose opcodes are not a valid program (a file from a broken write, say) is refused by the
    engine's own check; the pattern is then compiled as usual and the file is no longer trusted."""
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path))
    cache = _CompiledCache()
    cache._entries = {("x+", 0): (32, array("I", [999, 1, 2]).tobytes(), 0, {}, (None,))}
    _same(cache.compile("x+", 0), re.compile("x+"))
    assert not cache._enabled
    _same(cache.compile("y", 0), re.compile("y"))


def test_unwritable_cache_directory_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("FACTX_CACHE_DIR", str(blocker / "cache"))
    cache = _CompiledCache()
    for pattern, flags in CASES:
        _same(cache.compile(pattern, flags), re.compile(pattern, flags))
    cache.save()  # no exception
    assert list(tmp_path.iterdir()) == [blocker]


def test_lazy_goes_through_the_cache() -> None:
    lazy = patterns.Lazy(r"(?P<n>[0-9]+)年", re.M)
    assert lazy.compiled == re.compile(r"(?P<n>[0-9]+)年", re.M)
    assert lazy.search("今年是2021年").group("n") == "2021"  # type: ignore[union-attr]


def test_a_process_writes_the_cache_at_exit_and_the_next_reads_it(tmp_path: Path) -> None:
    code = (
        "import sys; from factx.patterns import compiled, _CACHE; p = compiled(r'(?P<a>[0-9]+)万元'); "
        "print(len(_CACHE._used), _CACHE._new, p.search('共5万元').group('a'))"
    )
    env = {"FACTX_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert first.stdout.split() == ["1", "True", "5"]
    assert len(list(tmp_path.glob("patterns-*.bin"))) == 1
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert second.stdout.split() == ["1", "False", "5"]  # found in the file: nothing new to write


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.sampled_from("元万亿美金a.b*?|\\()[]{}^$\u00e9\U0001f600"), max_size=5), max_size=12))
def test_words_re_text_is_the_same_from_the_cache(words: list[str]) -> None:
    """The text kept for a word set is the text built for it: matches of every word, longest first."""
    cache = _CompiledCache()
    cache._entries = {}  # a cache without a file behind it
    key = tuple(sorted({w for w in words if w}))
    built = patterns._words_re(key)
    cache.remember_words(key, built)
    assert cache.words(key) == built == words_re(words)
    compiled_re = re.compile(built)
    for w in words:
        if w:
            m = compiled_re.match(w)
            assert m is not None and m.group() == w


def test_words_re_texts_survive_a_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTX_CACHE_DIR", str(tmp_path))
    first = _CompiledCache()
    sets = [("万元", "亿元", "元"), ("公里", "公斤"), ("a.b", "a*")]
    for key in sets:
        assert first.words(key) is None
        first.remember_words(key, patterns._words_re(key))
    first.save()
    second = _CompiledCache()
    assert [second.words(key) for key in sets] == [patterns._words_re(key) for key in sets]
