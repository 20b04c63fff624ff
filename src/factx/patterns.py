"""Regex building blocks made from word tables.

`words_re` turns a word list into a trie-shaped pattern, so an alternation of hundreds of units costs one
branch per character instead of one per word, and no table word can smuggle regex syntax into a pattern.

Speed of whole-document passes: Python's regex engine jumps quickly only to a pattern's literal first character
or its first character set (a leading `[0-9]`, a `words_re` alternation). A pattern that opens with a lookbehind
or a lookahead is instead tried at every position, about 20-40 ns a character, and a document goes through some
twenty passes. `Rare` puts a cheap trigger in front of the passes that seldom match.

Start-up: compiling the big patterns costs tens of milliseconds each, a good part of a one-article run. `Lazy`
compiles a pattern the first time it is used, for the patterns most documents never reach (a `Rare` pass's own
pattern, a pass that waits for a word such as 分之, the money context): a run pays only for what it uses.
The patterns every document needs are compiled through `compiled`, which keeps what the regex compiler
made of each pattern (its opcode list and group tables) in a cache file, as .pyc files keep what Python's
compiler made of a module: a later process hands that list straight to the regex engine's constructor
(`_sre.compile`, what `re.compile` itself ends with) and skips the parser and compiler, about 50 times
cheaper. `Lazy` goes through the same cache.

The cache is trusted only as far as it is checked: it is keyed by the pattern text, its flags and the
interpreter's regex engine (cache tag and `_sre.MAGIC`, so another Python never reads it); an entry is
stored only after the pattern it rebuilds compares equal (same flags, same opcodes) to `re.compile`'s own;
and anything unexpected on the way (a missing or unreadable file, internals of another shape, an engine
that rejects the code) falls back to plain `re.compile` for the rest of the process. New entries are
written when the process exits (by the process that compiled them), atomically, so concurrent runs
cannot leave a torn file.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import threading
from array import array
from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

# Chinese characters (the unified ideographs and extension A): one definition for every module that asks.
CJK = "\u3400-\u9fff"


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def words_re(words: Iterable[str]) -> str:
    """A non-capturing pattern matching any of `words`, longest first at each branch.

    The text depends only on the set of words; it is kept in the pattern cache (see the module doc) under
    that set, since building the trie of a table of units cost more than compiling the pattern it becomes.
    """
    key = tuple(sorted({w for w in words if w}))
    text = _CACHE.words(key)
    if text is None:
        text = _words_re(key)
        _CACHE.remember_words(key, text)
    return text


def _words_re(words: tuple[str, ...]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    return _emit(trie)


def _emit(node: dict) -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _emit(node[ch]))
    if not branches:
        return ""
    single = len(branches) == 1
    body = branches[0] if single else "(?:" + "|".join(branches) + ")"
    if end:
        # The word may stop here; trying the longer branch first makes the match longest-first.
        if single and len(branches[0]) == 1:
            return body + "?"
        return "(?:" + body + ")?"
    return body


def char_class(chars: Iterable[str]) -> str:
    """The inside of a `[...]` class matching any of `chars` (single characters), each escaped."""
    return "".join(re.escape(c) for c in sorted(set(chars)))


def lead(chars: Iterable[str]) -> str:
    """A lookahead on the possible first characters of a pattern.

    A pattern that starts with a lookbehind or an optional group is otherwise run in full at every position;
    the lookahead makes most positions fail at once. (It is still a per-position test: a pattern that opens
    with a plain `words_re` alternation is faster without it.)
    """
    return "(?=[" + "".join(sorted({re.escape(c[0]) for c in chars if c})) + "])"


# (pattern, flags) → (flags, code, groups, groupindex, indexgroup): the arguments of `_sre.compile`, the code
# as the bytes of an array (unmarshalled as one object, where a list of ints is one object per opcode: the
# whole file of both languages' patterns took 10 ms to read that way, most of it for patterns a run never uses).
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


_CODE = "I"  # the array type of the regex engine's code words (checked against _sre.CODESIZE)


class _CompiledCache:
    """The on-disk cache of compiled patterns behind `compiled` (see the module doc)."""

    _MAGIC = b"factx-patterns-3\n"
    # Beyond this many entries a save keeps only those this process used: old pattern texts fall away.
    _LIMIT = 4000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, int], _Entry] | None = None
        self._used: set[tuple[str, int]] = set()
        # words_re's texts: sorted word set → pattern text.
        self._words: dict[tuple[str, ...], str] = {}
        self._words_used: set[tuple[str, ...]] = set()
        self._new = False
        self._enabled = True
        self._owner = 0  # the process that registered the save at exit

    def _path(self) -> str | None:
        try:
            import _sre

            from .lexicon import cache_dir

            if array(_CODE).itemsize != _sre.CODESIZE:
                return None
            tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
            return os.path.join(cache_dir(), f"patterns-{tag}.bin")
        except Exception:  # an interpreter without these internals: no cache
            return None

    def _load(self) -> dict[tuple[str, int], _Entry]:
        path = self._path()
        entries: dict[tuple[str, int], _Entry] = {}
        if path is None:
            self._enabled = False
            return entries
        try:
            with open(path, "rb") as f:
                raw = f.read()
            if raw.startswith(self._MAGIC):
                loaded, words = marshal.loads(raw[len(self._MAGIC) :])
                if isinstance(loaded, dict) and isinstance(words, dict):
                    entries = loaded
                    self._words = words
        except (OSError, EOFError, ValueError, TypeError):
            pass  # no cache yet, or a damaged one: it is rebuilt from what this process compiles
        return entries

    def _ensure_loaded(self) -> dict[tuple[str, int], _Entry]:
        if self._entries is None:
            with self._lock:
                if self._entries is None:
                    self._entries = self._load()
        return self._entries

    def words(self, key: tuple[str, ...]) -> str | None:
        """words_re's text for the word set `key`, when a process before built it."""
        if not self._enabled:
            return None
        self._ensure_loaded()
        text = self._words.get(key)
        if text is not None:
            self._words_used.add(key)
        return text

    def remember_words(self, key: tuple[str, ...], text: str) -> None:
        if not self._enabled:
            return
        self._words[key] = text
        self._words_used.add(key)
        self._mark_new()

    def _mark_new(self) -> None:
        if not self._new:
            self._new = True
            self._owner = os.getpid()
            atexit.register(self.save)

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        flags = int(flags)
        if not self._enabled:
            return re.compile(pattern, flags)
        key = (pattern, flags)
        entry = self._ensure_loaded().get(key)
        if entry is not None:
            try:
                import _sre

                final_flags, raw, groups, groupindex, indexgroup = entry
                code = array(_CODE)
                code.frombytes(raw)
                built: re.Pattern[str] = _sre.compile(
                    pattern, final_flags, code.tolist(), groups, groupindex, indexgroup
                )
            except Exception:  # an entry this engine rejects: stop trusting the file
                self._enabled = False
                return re.compile(pattern, flags)
            self._used.add(key)
            return built
        compiled = re.compile(pattern, flags)
        self._remember(key, compiled)
        return compiled

    def _remember(self, key: tuple[str, int], compiled: re.Pattern[str]) -> None:
        pattern, flags = key
        try:
            import _sre
            from re import _compiler, _parser  # type: ignore[attr-defined]

            parsed = _parser.parse(pattern, flags)
            code = [int(c) for c in _compiler._code(parsed, flags)]
            raw = array(_CODE, code).tobytes()
            groupindex = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            entry: _Entry = (
                int(flags | parsed.state.flags),
                raw,
                parsed.state.groups - 1,
                groupindex,
                tuple(indexgroup),
            )
            if _sre.compile(pattern, entry[0], code, *entry[2:]) != compiled:
                raise ValueError("the rebuilt pattern differs from re.compile's")
        except Exception:  # internals of another shape: no cache for this process
            self._enabled = False
            return
        assert self._entries is not None
        self._entries[key] = entry
        self._used.add(key)
        self._mark_new()

    def save(self) -> None:
        """Write the cache file when this process compiled patterns it did not find there."""
        path = self._path()
        # A forked child inherits the registration; only the process that compiled writes.
        if path is None or not self._new or self._entries is None or os.getpid() != self._owner:
            return
        entries = dict(self._entries)
        if len(entries) > self._LIMIT:
            entries = {k: v for k, v in entries.items() if k in self._used}
        words = dict(self._words)
        if len(words) > self._LIMIT:
            words = {k: v for k, v in words.items() if k in self._words_used}
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(tmp, "wb") as f:
                f.write(self._MAGIC + marshal.dumps((entries, words)))
            os.replace(tmp, path)
            self._new = False
        except (OSError, ValueError):
            # A read-only or full disk: the next process compiles again, nothing else changes.
            with contextlib.suppress(OSError):
                os.unlink(tmp)


_CACHE = _CompiledCache()


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, skipping the regex compiler when the cache holds the pattern."""
    return _CACHE.compile(pattern, flags)


class Lazy:
    """A regex compiled on first use, with the three methods the recognizers call (see the module doc)."""

    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        # Two threads may both compile on first use; either result is the same pattern.
        if self._compiled is None:
            self._compiled = compiled(self.pattern, self._flags)
        return self._compiled

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)


class Rare:
    """A whole-document pattern that seldom matches, behind a trigger that every match needs.

    `trigger` must find something in any text where `pattern` matches (a word every match contains, say), and
    should open with a literal so that the engine scans for it quickly: a document without it skips the pass.
    `pattern` is given as its source and compiled the first time a trigger is found (most runs never need it).
    """

    __slots__ = ("pattern", "trigger")

    def __init__(self, pattern: str, trigger: re.Pattern[str]) -> None:
        self.pattern = Lazy(pattern)
        self.trigger = trigger

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.trigger.search(text) is None:
            return iter(())
        return self.pattern.finditer(text)


def last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of `pattern` within text[lo:hi]."""
    found = None
    for found in pattern.finditer(text, lo, hi):  # noqa: B007 - the loop keeps the last one
        pass
    return found


def longest_suffix(text: str, end: int, words: dict[str, object], max_len: int) -> str | None:
    """The longest key of `words` that ends exactly at `end` in `text`, or None."""
    for n in range(min(max_len, end), 0, -1):
        w = text[end - n : end]
        if w in words:
            return w
    return None


def longest_prefix(text: str, start: int, words: dict[str, object], max_len: int) -> str | None:
    """The longest key of `words` that starts exactly at `start` in `text`, or None."""
    for n in range(min(max_len, len(text) - start), 0, -1):
        w = text[start : start + n]
        if w in words:
            return w
    return None


class _Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=_Span)


def non_overlapping(ranked: Iterable[S]) -> list[S]:
    """The items that overlap no better-ranked item, in document order; `ranked` comes best first.

    Spans are non-empty (an empty one is taken as its one position). Kept spans mark their positions in a
    byte map, so testing a candidate costs a `find` over its own span, whatever the number of facts kept
    before it: linear in the input even on a page dense with figures.
    """
    items = list(ranked)
    if not items:
        return []
    taken = bytearray(max(max(item.end, item.start + 1) for item in items))
    kept: list[S] = []
    for item in items:
        s, e = item.start, max(item.end, item.start + 1)
        if taken.find(1, s, e) != -1:
            continue
        taken[s:e] = b"\x01" * (e - s)
        kept.append(item)
    kept.sort(key=lambda item: item.start)  # stable: ranks stay in order where starts tie
    return kept
