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
import mmap
import os
import re
import sys
import threading
from array import array
from collections.abc import Iterable, Iterator
from operator import attrgetter
from typing import Any, Protocol, TypeVar

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
# as the bytes of an array (unmarshalled as one object, where a list of ints is one object per opcode).
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# Where a record lies in the cache file: (offset after the header, length).
_Where = tuple[int, int]

_CODE = "I"  # the array type of the regex engine's code words (checked against _sre.CODESIZE)


def _pattern_key(pattern: str, flags: int) -> tuple[int, int, str, str]:
    """The index key of a pattern: short, so that the index of a few hundred patterns unmarshals in a fraction
    of a millisecond; patterns sharing it are told apart by the full text stored in their records."""
    return (flags, len(pattern), pattern[:32], pattern[-32:])


def _words_key(words: tuple[str, ...]) -> tuple[int, int, tuple[str, ...], tuple[str, ...]]:
    return (len(words), sum(map(len, words)), words[:3], words[-3:])


class _CompiledCache:
    """The on-disk cache of compiled patterns behind `compiled` (see the module doc).

    The file is an index followed by one marshalled record per pattern (and per `words_re` text). A process
    reads the index when it first asks for a pattern and a record when it asks for that pattern, so a run
    pays for the patterns it uses, not for every pattern any run stored (the file is shared by every factx on
    the machine; whole, it took about as long to unmarshal as a one-article run spends in the regex engine).
    """

    _MAGIC = b"factx-patterns-4\n"
    # Beyond this many entries a save keeps only those this process used: old pattern texts fall away.
    _LIMIT = 4000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # The entries this process knows: read from the file or compiled by it.
        self._entries: dict[tuple[str, int], _Entry] | None = None
        self._used: set[tuple[str, int]] = set()
        # words_re's texts this process knows: sorted word set → pattern text.
        self._words: dict[tuple[str, ...], str] = {}
        self._words_used: set[tuple[str, ...]] = set()
        # The file: its index (key → spans of the records with that key) and its records, memory-mapped.
        self._index: dict[tuple[int, int, str, str], list[_Where]] = {}
        self._words_index: dict[tuple[int, int, tuple[str, ...], tuple[str, ...]], list[_Where]] = {}
        self._data: Any = b""
        self._base = 0
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
            return os.path.join(cache_dir(), f"patterns-v4-{tag}.bin")
        except Exception:  # an interpreter without these internals: no cache
            return None

    @classmethod
    def _open(cls, path: str) -> tuple[Any, int, dict[Any, list[_Where]], dict[Any, list[_Where]]]:
        """The file's records (a memory map), where they start, and its two indexes; OSError, EOFError,
        ValueError or TypeError for a missing, damaged or foreign file."""
        with open(path, "rb") as f:
            head = f.read(len(cls._MAGIC) + 8)
            if len(head) != len(cls._MAGIC) + 8 or not head.startswith(cls._MAGIC):
                raise ValueError("not a pattern cache of this version")
            size = int.from_bytes(head[len(cls._MAGIC) :], "little")
            index, words_index = marshal.loads(f.read(size))
            if not isinstance(index, dict) or not isinstance(words_index, dict):
                raise ValueError("pattern cache index damaged")
            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return data, len(head) + size, index, words_index

    def _ensure_loaded(self) -> dict[tuple[str, int], _Entry]:
        if self._entries is None:
            with self._lock:
                if self._entries is None:
                    path = self._path()
                    if path is None:
                        self._enabled = False
                    else:
                        # No cache yet, or a damaged one: it is rebuilt from what this process compiles.
                        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
                            self._data, self._base, self._index, self._words_index = self._open(path)
                    self._entries = {}
        return self._entries

    def _record(self, span: _Where) -> Any:
        """The record at `span`, or None when it cannot be read (a file cut short)."""
        offset, length = span
        start = self._base + offset
        try:
            if start + length > len(self._data):
                return None
            return marshal.loads(self._data[start : start + length])
        except (EOFError, ValueError, TypeError):
            return None

    def _from_file(self, key: tuple[str, int]) -> _Entry | None:
        for span in self._index.get(_pattern_key(*key), ()):
            record = self._record(span)
            if isinstance(record, tuple) and len(record) == 3 and (record[0], record[1]) == key:
                return record[2]  # type: ignore[no-any-return]
        return None

    def words(self, key: tuple[str, ...]) -> str | None:
        """words_re's text for the word set `key`, when a process before built it."""
        if not self._enabled:
            return None
        self._ensure_loaded()
        text = self._words.get(key)
        if text is None:
            for span in self._words_index.get(_words_key(key), ()):
                record = self._record(span)
                if isinstance(record, tuple) and len(record) == 2 and record[0] == key:
                    text = self._words[key] = record[1]
                    break
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
        entries = self._ensure_loaded()
        entry = entries.get(key)
        if entry is None:
            entry = self._from_file(key)
            if entry is not None:
                entries[key] = entry
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

    def _on_disk(self, path: str) -> tuple[dict[tuple[str, int], _Entry], dict[tuple[str, ...], str]]:
        """Every readable record of the file as it is now (other processes may have added to it)."""
        entries: dict[tuple[str, int], _Entry] = {}
        words: dict[tuple[str, ...], str] = {}
        try:
            data, base, index, words_index = self._open(path)
        except (OSError, EOFError, ValueError, TypeError):
            return entries, words
        reader = _CompiledCache()
        reader._data, reader._base = data, base
        with contextlib.suppress(Exception):  # a damaged file: what was read so far is kept
            for spans in index.values():
                for span in spans:
                    record = reader._record(span)
                    if isinstance(record, tuple) and len(record) == 3:
                        entries[(record[0], record[1])] = record[2]
            for spans in words_index.values():
                for span in spans:
                    record = reader._record(span)
                    if isinstance(record, tuple) and len(record) == 2:
                        words[record[0]] = record[1]
        data.close()
        return entries, words

    def save(self) -> None:
        """Write the cache file when this process compiled patterns it did not find there."""
        path = self._path()
        # A forked child inherits the registration; only the process that compiled writes.
        if path is None or not self._new or self._entries is None or os.getpid() != self._owner:
            return
        entries, words = self._on_disk(path)
        entries.update(self._entries)
        words.update(self._words)
        if len(entries) > self._LIMIT:
            entries = {k: v for k, v in entries.items() if k in self._used}
        if len(words) > self._LIMIT:
            words = {k: v for k, v in words.items() if k in self._words_used}
        records: list[bytes] = []
        index: dict[tuple[int, int, str, str], list[_Where]] = {}
        words_index: dict[tuple[int, int, tuple[str, ...], tuple[str, ...]], list[_Where]] = {}
        offset = 0
        for key, entry in entries.items():
            records.append(marshal.dumps((key[0], key[1], entry)))
            index.setdefault(_pattern_key(*key), []).append((offset, len(records[-1])))
            offset += len(records[-1])
        for wkey, text in words.items():
            records.append(marshal.dumps((wkey, text)))
            words_index.setdefault(_words_key(wkey), []).append((offset, len(records[-1])))
            offset += len(records[-1])
        header = marshal.dumps((index, words_index))
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(tmp, "wb") as f:
                f.write(self._MAGIC + len(header).to_bytes(8, "little") + header)
                f.writelines(records)
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
    Where no one literal opens every match, give one trigger per literal (`more`): any of them found runs the pass
    (a character class of the literals would be scanned character by character, many times slower).
    `pattern` is given as its source and compiled the first time a trigger is found (most runs never need it).
    """

    __slots__ = ("pattern", "trigger", "triggers")

    def __init__(self, pattern: str, trigger: re.Pattern[str], *more: re.Pattern[str]) -> None:
        self.pattern = Lazy(pattern)
        self.trigger = trigger
        self.triggers = (trigger, *more)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for trigger in self.triggers:
            if trigger.search(text) is not None:
                return self.pattern.finditer(text)
        return iter(())


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


class Words:
    """A table of words looked up at a position, longest first: the one ending there (`ending_at`, as
    `longest_suffix`) or starting there (`starting_at`, as `longest_prefix`).

    The rules ask this before nearly every figure, and at most positions no word of the table ends (starts):
    one set lookup of the character there says so before any slice is taken.
    """

    __slots__ = ("firsts", "lasts", "longest", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words: dict[str, None] = dict.fromkeys(w for w in words if w)
        self.longest = max(map(len, self.words), default=0)
        self.firsts = frozenset(w[0] for w in self.words)
        self.lasts = frozenset(w[-1] for w in self.words)

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def ending_at(self, text: str, end: int) -> str | None:
        if 0 < end <= len(text) and text[end - 1] not in self.lasts:
            return None
        return longest_suffix(text, end, self.words, self.longest)

    def starting_at(self, text: str, start: int) -> str | None:
        if 0 <= start < len(text) and text[start] not in self.firsts:
            return None
        return longest_prefix(text, start, self.words, self.longest)


class _Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=_Span)
_START = attrgetter("start")


def non_overlapping(ranked: Iterable[S]) -> list[S]:
    """The items that overlap no better-ranked item, in document order; `ranked` comes best first.

    Spans are non-empty (an empty one is taken as its one position). Kept spans mark their positions in a
    byte map, so testing a candidate costs a `find` over its own span, whatever the number of facts kept
    before it: linear in the input even on a page dense with figures.
    """
    items = list(ranked)
    if not items:
        return []
    # Two plain maxima and comparisons rather than the builtin max() per item: this runs once per candidate.
    taken = bytearray(max(max(item.end for item in items), max(item.start for item in items) + 1))
    kept: list[S] = []
    for item in items:
        s = item.start
        e = item.end if item.end > s else s + 1
        if taken.find(1, s, e) != -1:
            continue
        taken[s:e] = b"\x01" * (e - s)
        kept.append(item)
    kept.sort(key=_START)  # stable: ranks stay in order where starts tie
    return kept
