"""jieba's dictionary, loaded lazily one first character at a time, and jieba's segmenter on top of it.

jieba's own start-up unmarshals its whole prefix dictionary (~500k entries, ~0.65 s here) before the first
cut. factx segments only a few short windows per document (to find the noun a count or amount is about),
so it keeps jieba's dictionary file as the source of truth but stores it once in a cache file grouped by
first character, and builds the entries for a character the first time a window needs them. The
segmentation is jieba's: the cuts factx asks for (without HMM) run in `_DirectCut`, jieba's DAG and best
route over that table, the same words in about half jieba's time (proved against jieba on random strings and
on every window the bulk corpus cuts, tests/test_lexicon_direct_cut.py); an HMM cut, which factx never asks
for, is left to a `jieba.Tokenizer` whose frequency table is filled that way.

The cache file holds the entries in buckets by their first two characters (an entry of one character by
that character), behind a two-level index: first character → where that character's own index sits,
which maps the second character to the bucket. Only the first level is read at start-up; the file is mapped
into memory, a character's index is unmarshalled when the character is first met, and a bucket when a
window holds its two characters (jieba looks up only substrings of the text it cuts, so every entry it may
ask for starts with a pair or a character of that text). A one-article run so reads a few hundred small
buckets, not whole characters' worth: buckets by first character alone made the common ones (中, 大, 国 …)
thousands of entries each, most of the lexicon's share of a one-article run.

Start-up: the cut needs jieba's dictionary file and its two splitting patterns, not its module, so a
one-article run never imports jieba (with the logging, traceback and hashlib it loads, that import was about a
tenth of such a run's CPU time): the package's directory is found without importing it. jieba is imported
for an HMM cut (its Tokenizer) and to check its version before the switch to rjieba. Then `pkg_resources`,
which jieba imports only to open its own data files (falling back to `open()` when that import fails) and
which scans every installed distribution when imported, is hidden for the duration of that import, and
jieba's HMM tables (`jieba.finalseg`) are made lazy, loaded only when an HMM cut runs.

Worker processes: `preload()` fills the whole table at once. The batch pool calls it before forking, so every
worker starts with the table built and shares its pages with the parent instead of building its own copy.
The cache file also holds the whole table ready-made, as two marshalled sections after the buckets: every
word (frequency and tag) and, apart, the prefixes that are not words (jieba's DAG walks them). `preload()`
unmarshals those into fresh dicts instead of merging 12,000 buckets one at a time (two dict updates per
bucket were most of its cost), and with the accelerator it reads only the words: rjieba segments, and tags
and frequencies are asked of words, never of prefixes. The parent of a parallel run does this before any
worker starts, so it is time during which one of two cores has nothing to do.

Accelerator (optional, `pip install 'factx[fast]'`): `preload()` also loads `rjieba`, the Rust port of jieba,
when it is installed, and `cut` (without HMM, which is all factx asks for) then runs there, about ten times
faster, with the same words: both read jieba's dictionary and find the same best route (checked on the
evaluation texts and the bulk corpus: the facts are identical with and without it). rjieba builds its whole
dictionary when imported, which costs nearly as much as a whole one-article run, so it is loaded by
`preload()` and `accelerate()` (worker pools), and otherwise only once the process has cut `_SWITCH_AFTER`
characters in Python: a loop over `factx.extract` ends up on it without asking, a one-article run never
loads it. Tags and frequencies always come from the table above. FACTX_RJIEBA=0 turns it off.
"""

from __future__ import annotations

import marshal
import mmap
import os
import re
import sys
import threading
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from contextlib import suppress
from math import inf, log
from types import ModuleType
from typing import Any

from .lazy import deferred_imports, lazy_submodule
from .patterns import compiled

# Characters a process cuts in Python before it switches to rjieba, when installed. Importing rjieba builds its
# whole dictionary: 0.13-0.21 s of CPU here (six runs), nearly a whole one-article run's 0.23 s (start-up
# included; such a run cuts a few hundred characters). Cutting in Python, the buckets loading as new
# characters come, cost 0.12-0.19 s for the first 10,500 characters (what the first 300 bulk articles cut)
# and 0.33-0.52 s for the first 38,000, against about 0.2 us a character in rjieba. The switch comes when the
# cutting done so far has cost about as much as the import (the rent-or-buy rule: at most twice the cost of
# the better choice, whatever follows). End to end on the first N bulk articles in fresh processes, switching
# at once against never: +0.18 s at 10 articles, about even at 300, 0.2-0.4 s saved at 1,000.
_SWITCH_AFTER = 12_000

_CACHE_VERSION = 8
_MAGIC = b"factx-lexicon-8\n"

# jieba's `re_han_default` (the blocks its cut walks) and `re_skip_default` (how it splits the rest): the texts
# and flags of the same patterns (tests/test_lexicon_direct_cut.py holds them equal to jieba's), so that cutting
# needs no import of jieba: with the logging and hashlib it loads, that import was about a tenth of a one-article
# run's CPU time, for a dictionary path.
JIEBA_BLOCK = ("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
JIEBA_SKIP = ("(\r\n|\\s)", re.U)


def cache_dir() -> str:
    """Where factx keeps its cache files (the lexicon's, the compiled patterns'). A plain path string:
    `pathlib` (with the `urllib.parse` it imports) is a noticeable share of a one-article start."""
    if os.environ.get("FACTX_CACHE_DIR"):
        return os.environ["FACTX_CACHE_DIR"]
    if os.environ.get("XDG_CACHE_HOME"):
        return os.path.join(os.environ["XDG_CACHE_HOME"], "factx")
    return os.path.join(os.path.expanduser("~"), ".cache", "factx")


class _Buckets:
    """jieba's frequency table (a plain dict, as jieba's Tokenizer expects) filled per first character.

    `ensure(text)` loads the entries of every character in `text` before jieba looks at it, so jieba's
    own lookups stay plain dict operations. After `load_words` every word's frequency and tag is in the
    tables (what `tag` and `freq` ask), and the buckets are still loaded for what jieba's own cut needs
    (the prefixes); after `load_all` everything is, and `ensure` has nothing left to do.
    """

    def __init__(self, raw: Mapping[str, bytes]) -> None:
        self._raw = raw
        self.freq: dict[str, int] = {}
        self.tags: dict[str, str] = {}
        self._loaded: set[str] = set()
        self.words_complete = False
        self.complete = False

    def load_words(self) -> None:
        """Every word's frequency and tag, from the cache's words section when it has one."""
        if self.words_complete:
            return
        section = getattr(self._raw, "section", None)
        if section is None:  # no cache file (a read-only home): the buckets are all in memory anyway
            self.load_all()
            return
        freq, tags = section("words")
        # Fresh dicts, filled by one unmarshal each; what was loaded before (a few buckets: their words,
        # with the same values, and their prefixes) is carried over.
        freq.update(self.freq)
        self.freq, self.tags = freq, tags
        self.words_complete = True

    def load_all(self) -> None:
        if self.complete:
            return
        section = getattr(self._raw, "section", None)
        if section is not None:
            self.load_words()
            prefixes: list[str] = section("prefixes")
            self.freq.update(dict.fromkeys(prefixes, 0))
        else:
            for key in list(self._raw):
                if key not in self._loaded:
                    self._load(key)
        self.words_complete = self.complete = True
        # Every bucket is in the tables now; the marshalled copy would only take memory.
        self._raw: Mapping[str, bytes] = {}

    def ensure(self, text: str) -> None:
        """Load every entry jieba may look up while cutting `text`: the entries that start at one of its
        positions, one character long (the bucket of that character) or longer (the bucket of the two
        characters there; jieba's lookups are substrings of the text, so their first two are in it)."""
        if self.complete:
            return
        loaded = self._loaded
        # The pairs as `map(str.__add__, …)` and the checks as `issuperset`: both run in C, and once the
        # common characters are in, a cut finds everything loaded (building a set of the keys each time
        # cost about as much as a tenth of the cut).
        pairs = map(str.__add__, text, text[1:])
        if loaded.issuperset(text) and loaded.issuperset(pairs):
            return
        for key in (*text, *map(str.__add__, text, text[1:])):
            if key not in loaded:
                self._load(key)

    def ensure_word(self, word: str) -> None:
        """Make `word`'s frequency and tag available (its bucket, unless every word is loaded already)."""
        if word and not self.words_complete and word[:2] not in self._loaded:
            self._load(word[:2])

    def _load(self, key: str) -> None:
        self._loaded.add(key)
        raw = self._raw.get(key)
        if raw:
            # Every entry of a bucket starts with its key (and is one character long when the key is),
            # so buckets never overwrite each other.
            freq, tags = marshal.loads(raw)
            self.freq.update(freq)
            self.tags.update(tags)


class _DirectCut:
    """jieba's `Tokenizer.cut(text, HMM=False)`, the same words from the same table, without jieba's layers.

    jieba builds a dict of lists for the DAG, a dict of tuples for the route, takes `max` of a generator per
    position and yields word by word through two generators; here the DAG walk and the route are one loop
    over two lists. What decides the words is kept exactly: a block is what jieba's `re_han_default` matches
    (the rest is split by `re_skip_default` and given character by character, spaces as they are), an
    entry counts as a word when its frequency is not 0, a position's score is `log(freq) - log(total)` plus
    the score after the word (the same operations in the same order, so the same floats), a tie goes to the
    longest word (jieba compares `(score, end)` tuples), a position without a word is the character alone
    with `log(1)`, and single ASCII letters and digits in a row are joined (jieba's `re_eng` buffer).
    """

    def __init__(self, buckets: _Buckets, total: int) -> None:
        self._buckets = buckets
        self._logtotal = log(total)
        # Compiled here, at the first cut, not at import: the pattern cache imports this module for its path.
        self._han = compiled(*JIEBA_BLOCK)
        self._skip = compiled(*JIEBA_SKIP)

    def __call__(self, text: str) -> list[str]:
        han = self._han
        if han.fullmatch(text):  # nearly every window the rules cut
            return self._block(text)
        skip = self._skip
        out: list[str] = []
        for block in han.split(text):
            if not block:
                continue
            if han.match(block):
                out += self._block(block)
            else:
                for part in skip.split(block):
                    if skip.match(part):
                        out.append(part)
                    else:
                        out.extend(part)
        return out

    def _block(self, block: str) -> list[str]:
        buckets = self._buckets
        get = buckets.freq.get  # read each time: `load_words` replaces the dict
        # The buckets are loaded during the walk, as its first two lookups at a position meet them (the
        # character's own bucket, then the pair's, which holds every longer entry starting there): the same
        # string objects are then hashed once for both lookups. A set of the window's keys checked before
        # the cut cost a quarter of the cut, most of it spent making and hashing those strings a second time.
        loaded: set[str] | None = None if buckets.complete else buckets._loaded
        load = buckets._load
        logtotal = self._logtotal
        n = len(block)
        scores = [0.0] * (n + 1)  # the best route's score from each position on
        ends = [0] * n  # where the first word of that route ends (its last character)
        for k in range(n - 1, -1, -1):
            best: float | None = None
            end = k
            frag = block[k]
            if loaded is not None and frag not in loaded:
                load(frag)
            found = get(frag)
            if found is not None and k + 1 < n:  # the character starts entries: the pair's bucket
                if found:
                    best = log(found) - logtotal + scores[k + 1]
                frag = block[k : k + 2]
                if loaded is not None and frag not in loaded:
                    load(frag)
                found = get(frag)
                i = k + 1
            else:
                i = k
            while found is not None:  # a word or a prefix of one: the walk goes on
                if found:
                    score = log(found) - logtotal + scores[i + 1]
                    if best is None or score >= best:
                        best, end = score, i
                i += 1
                if i == n:
                    break
                found = get(block[k : i + 1])
            scores[k] = -logtotal + scores[k + 1] if best is None else best
            ends[k] = end
        words: list[str] = []
        ascii_run = ""
        x = 0
        while x < n:
            y = ends[x] + 1
            word = block[x:y]
            if y - x == 1 and word in _ASCII_ALNUM:
                ascii_run += word
            else:
                if ascii_run:
                    words.append(ascii_run)
                    ascii_run = ""
                words.append(word)
            x = y
        if ascii_run:
            words.append(ascii_run)
        return words


# jieba's `re_eng`: single characters of this set that the route leaves alone are joined into one word.
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class Lexicon:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._buckets: _Buckets | None = None
        self._tokenizer: Any = None  # jieba's, for an HMM cut only (see _hmm_tokenizer)
        self._total = 0
        self._direct: _DirectCut | None = None
        self._fast_cut: Callable[[str, bool], list[str]] | None = None  # rjieba's, once switched to
        # Characters still to cut in Python before the accelerator is tried (see _SWITCH_AFTER); infinite
        # once it has been tried, so that it is tried once.
        self._cut_left: float = _SWITCH_AFTER

    def _init(self) -> None:
        dict_path = os.path.join(_jieba_dir(), "dict.txt")
        stat = os.stat(dict_path)
        name = f"lexicon-v{_CACHE_VERSION}-{stat.st_size}-{int(stat.st_mtime)}.bin"
        cache = os.path.join(cache_dir(), name)
        buckets: Mapping[str, bytes]
        try:
            buckets, total = _MappedBuckets.open(cache)
        except (OSError, EOFError, ValueError, TypeError):
            built, total, sections = _build(dict_path)
            _write_cache(cache, built, total, sections)
            try:  # read back: the run that builds the cache then loads as every later run does
                buckets, total = _MappedBuckets.open(cache)
            except (OSError, EOFError, ValueError, TypeError):
                buckets = built  # not writable: everything is in memory, bucket by bucket
        self._buckets = _Buckets(buckets)
        self._total = total
        self._direct = _DirectCut(self._buckets, total)

    def _ready(self) -> None:
        if self._direct is None:
            with self._lock:
                if self._direct is None:
                    self._init()

    def _hmm_tokenizer(self) -> Any:
        """jieba's Tokenizer on this table, made the first time it is asked for (only an HMM cut needs it;
        building it imports jieba)."""
        self._ready()
        with self._lock:
            tok = self._tokenizer
            if tok is None:
                jieba = _import_jieba()
                jieba.setLogLevel(60)
                tok = jieba.Tokenizer()
                tok.total = self._total
                tok.initialized = True
                self._tokenizer = tok
            tok.FREQ = self._buckets.freq  # type: ignore[union-attr]  # loading may have replaced the dict
        return tok

    def preload(self) -> None:
        """Load jieba and the whole table now (before forking workers), instead of a character at a time, and
        the rjieba accelerator when it is installed. With rjieba, only the words: jieba's prefixes would
        serve jieba's own cut, which then runs only for an HMM cut (and loads them per character)."""
        self._ready()
        with self._lock:
            self._cut_left = inf
            if self._fast_cut is None:
                self._fast_cut = _rjieba_cut()
            buckets = self._buckets
            assert buckets is not None
            if self._fast_cut is None:
                buckets.load_all()
            else:
                buckets.load_words()
        self._hmm_tokenizer()  # made here, before any fork, on the whole table

    def accelerate(self) -> bool:
        """Load the rjieba accelerator, when it is installed, without loading the table: whether `cut` now runs
        in rjieba. What is left to look up then are tags and frequencies of single words, which a pair bucket
        answers for a few microseconds each, so a worker pool need not wait for the whole table to load (the
        0.6 s its parent spent before any worker started) and each worker holds only the buckets it used."""
        self._ready()
        with self._lock:
            self._cut_left = inf
            if self._fast_cut is None:
                self._fast_cut = _rjieba_cut()
        return self._fast_cut is not None

    def keep_in_python(self) -> None:
        """Never switch to the accelerator in this process (a worker pool's early worker, which would otherwise
        hold a private copy of rjieba's dictionary): `cut` stays jieba's, in Python."""
        with self._lock:
            if self._fast_cut is None:
                self._cut_left = inf

    @property
    def preloaded(self) -> bool:
        """Whether `preload()` has run: every word's frequency and tag is in memory."""
        return self._buckets is not None and self._buckets.words_complete

    @property
    def accelerated(self) -> bool:
        """Whether `cut` runs in rjieba."""
        return self._fast_cut is not None

    def cut(self, text: str, hmm: bool = False) -> list[str]:
        fast = self._fast_cut
        if fast is not None and not hmm:
            return fast(text, False)
        self._ready()
        if hmm:
            self._buckets.ensure(text)  # type: ignore[union-attr]
            return list(self._hmm_tokenizer().cut(text, HMM=True))
        left = self._cut_left = self._cut_left - len(text)
        if left <= 0 and self._switch():
            return self._fast_cut(text, False)  # type: ignore[misc]
        return self._direct(text)  # type: ignore[misc]

    def _switch(self) -> bool:
        """Try the accelerator once, when this process has cut enough to pay for its import."""
        with self._lock:
            self._cut_left = inf
            if self._fast_cut is None:
                self._fast_cut = _rjieba_cut()
        return self._fast_cut is not None

    def tag(self, word: str) -> str | None:
        """jieba's part-of-speech tag for a dictionary word (n, v, ns, vn …), None for unknown words."""
        self._ready()
        self._buckets.ensure_word(word)  # type: ignore[union-attr]
        return self._buckets.tags.get(word)  # type: ignore[union-attr]

    def freq(self, word: str) -> int:
        self._ready()
        self._buckets.ensure_word(word)  # type: ignore[union-attr]
        return self._buckets.freq.get(word, 0)  # type: ignore[union-attr]


# The jieba whose dictionary rjieba's was checked against (rjieba carries its own copy).
_RJIEBA_CHECKED_WITH = "0.42.1"


def _rjieba_cut() -> Callable[[str, bool], list[str]] | None:
    """rjieba's `cut(text, hmm)`, or None when it is not installed, FACTX_RJIEBA=0, or jieba is another
    version than the one it was checked against."""
    if os.environ.get("FACTX_RJIEBA", "").strip() == "0":
        return None
    try:
        jieba = _import_jieba()  # its version tells whether rjieba's dictionary is the same
    except ImportError:
        return None
    if getattr(jieba, "__version__", None) != _RJIEBA_CHECKED_WITH:
        return None
    try:
        import rjieba
    except (ImportError, OSError):  # not installed, or a build that does not load here: jieba's words anyway
        return None
    return rjieba.cut  # type: ignore[no-any-return]


def _jieba_dir() -> str:
    """The directory jieba is installed in (its dictionary's), found without importing it."""
    loaded = sys.modules.get("jieba")
    if loaded is None or not getattr(loaded, "__file__", None):
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec("jieba")
        if spec is not None and spec.origin and spec.submodule_search_locations is not None:
            return os.path.dirname(spec.origin)
        loaded = _import_jieba()  # installed some other way: its import tells
    return os.path.dirname(loaded.__file__)  # type: ignore[arg-type]


def _import_jieba() -> ModuleType:
    """`import jieba`, with `pkg_resources` made unimportable meanwhile when nothing has imported it yet: jieba
    then opens its data files with `open()` (its own fallback), which is all that factx needs of it."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # None in sys.modules: ImportError
    try:
        lazy_submodule("jieba", "finalseg")
        # jieba uses tempfile only to write its own cache file, which factx never asks it to.
        with deferred_imports("tempfile"):
            import jieba
    finally:
        if "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]
    return jieba


def _build(dict_path: str) -> tuple[dict[str, bytes], int, dict[str, bytes]]:
    """jieba's dictionary as {key: marshalled (entry → frequency, entry → tag)} where an entry's key is its
    first two characters (its one character for entries of one), its total frequency, and the whole table as
    the cache's two sections: "words" (every word → frequency, every word → tag) and "prefixes" (the
    prefixes that are no word, as a list).

    Prefixes of words get frequency 0, as in jieba's own table (its DAG search walks them); they are
    stored ready-made so that loading a bucket is one `marshal.loads` and two dict updates.
    """
    freqs: dict[str, dict[str, int]] = {}  # first character → its entries, as jieba's table holds them
    tags: dict[str, dict[str, str]] = {}
    words: dict[str, int] = {}
    all_tags: dict[str, str] = {}
    total = 0
    with open(dict_path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, freq = parts[0], int(parts[1])
            total += freq
            freqs.setdefault(word[0], {})[word] = freq
            words[word] = freq
            if len(parts) > 2:
                tags.setdefault(word[0], {})[word] = parts[2]
                all_tags[word] = parts[2]
    buckets: dict[str, bytes] = {}
    prefixes: list[str] = []
    for ch, fr in freqs.items():
        for word in list(fr):
            for i in range(1, len(word)):
                if word[:i] not in fr:
                    fr[word[:i]] = 0
                    prefixes.append(word[:i])
        by_key: dict[str, tuple[dict[str, int], dict[str, str]]] = {}
        char_tags = tags.get(ch, {})
        for entry, f in fr.items():
            bucket = by_key.setdefault(entry[:2], ({}, {}))
            bucket[0][entry] = f
            if entry in char_tags:
                bucket[1][entry] = char_tags[entry]
        for key, bucket in by_key.items():
            buckets[key] = marshal.dumps(bucket)
    sections = {"words": marshal.dumps((words, all_tags)), "prefixes": marshal.dumps(prefixes)}
    return buckets, total, sections


class _MappedBuckets(Mapping[str, bytes]):
    """The buckets of a cache file, read from a memory map when asked for (see the module doc).

    Two levels: the header's index gives, for each first character, where its own index sits; a character's
    index is unmarshalled the first time one of its buckets is asked for. The header's index is the sorted
    first characters as one string and their indexes' offsets as one array (each ending where the next
    begins), looked up by bisection: as a dict of 12,000 tuples it took about 10 ms to unmarshal, a good part
    of what a one-article run spends on the lexicon. It is kept compact, since a worker
    meets thousands of characters (as dicts of tuples they were 40 MB a worker): the bucket of the character
    alone (offset and length, or None), the second characters of its pairs as one string, and their buckets'
    offsets as one array, each bucket ending where the next begins (the last at one more offset).
    """

    def __init__(
        self, data: mmap.mmap, base: int, chars: str, offsets: array[int], sections: dict[str, tuple[int, int]]
    ) -> None:
        self._data = data
        self._base = base
        self._chars = chars  # every first character, sorted
        self._offsets = offsets  # where each one's index starts; one more, where the last one ends
        self._sections = sections
        self._subs: dict[str, tuple[tuple[int, int] | None, str, array[int]]] = {}

    @classmethod
    def open(cls, path: str) -> tuple[_MappedBuckets, int]:
        """The cache at `path` and the dictionary's total frequency; OSError, EOFError, ValueError or
        TypeError when it is missing, cut short or not a cache of this version."""
        with open(path, "rb") as f:
            head = f.read(len(_MAGIC) + 8)
            if len(head) != len(_MAGIC) + 8 or not head.startswith(_MAGIC):
                raise ValueError("not a lexicon cache of this version")
            size = int.from_bytes(head[len(_MAGIC) :], "little")
            chars, raw_offsets, total, sections = marshal.loads(f.read(size))
            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        base = len(head) + size
        offsets = array("q")
        offsets.frombytes(raw_offsets)
        if not isinstance(chars, str) or len(offsets) != len(chars) + 1:
            raise ValueError("lexicon cache index damaged")
        end = max([offsets[-1], *(offset + length for offset, length in sections.values())])
        if not isinstance(total, int) or set(sections) != {"words", "prefixes"} or base + end > len(data):
            raise ValueError("lexicon cache cut short")
        return cls(data, base, chars, offsets, sections), total

    def _slice(self, offset: int, length: int) -> memoryview:
        start = self._base + offset
        return memoryview(self._data)[start : start + length]

    def section(self, name: str) -> Any:
        """A whole-table section ("words" or "prefixes"), unmarshalled straight from the mapping."""
        with self._slice(*self._sections[name]) as part:
            return marshal.loads(part)

    def _sub(self, ch: str) -> tuple[tuple[int, int] | None, str, array[int]]:
        sub = self._subs.get(ch)
        if sub is None:
            i = bisect_left(self._chars, ch)
            if i == len(self._chars) or self._chars[i] != ch:
                raise KeyError(ch)
            with self._slice(self._offsets[i], self._offsets[i + 1] - self._offsets[i]) as part:
                single, seconds, raw = marshal.loads(part)
            offsets = array("q")
            offsets.frombytes(raw)
            if len(offsets) != len(seconds) + (1 if seconds else 0):
                raise ValueError("lexicon cache index damaged")
            sub = self._subs[ch] = (single, seconds, offsets)
        return sub

    def __getitem__(self, key: str) -> bytes:
        if not key or len(key) > 2:
            raise KeyError(key)
        single, seconds, offsets = self._sub(key[0])
        if len(key) == 1:
            if single is None:
                raise KeyError(key)
            offset, length = single
        else:
            i = seconds.find(key[1])
            if i < 0:
                raise KeyError(key)
            offset, length = offsets[i], offsets[i + 1] - offsets[i]
        start = self._base + offset
        return self._data[start : start + length]

    def __iter__(self) -> Iterator[str]:
        for ch in self._chars:
            single, seconds, _offsets = self._sub(ch)
            if single is not None:
                yield ch
            for second in seconds:
                yield ch + second

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _write_cache(path: str, buckets: dict[str, bytes], total: int, sections: dict[str, bytes]) -> None:
    # Buckets grouped by first character, so that a character's pairs lie one after the other (the layout
    # `_MappedBuckets` reads: each pair's bucket ends where the next begins).
    by_char: dict[str, list[str]] = {}
    for key in buckets:
        by_char.setdefault(key[0], []).append(key)
    ordered = [key for keys in by_char.values() for key in sorted(keys, key=len)]
    starts: dict[str, int] = {}
    offset = 0
    for key in ordered:
        starts[key] = offset
        offset += len(buckets[key])
    # The characters' own indexes, in the order of the sorted characters, one after the other.
    chars = "".join(sorted(by_char))
    char_offsets = array("q")
    sub_blobs = []
    for ch in chars:
        keys = by_char[ch]
        single = (starts[ch], len(buckets[ch])) if ch in buckets else None
        pairs = [key for key in keys if len(key) == 2]
        offsets = array("q", [starts[key] for key in pairs])
        if pairs:
            offsets.append(starts[pairs[-1]] + len(buckets[pairs[-1]]))
        blob = marshal.dumps((single, "".join(key[1] for key in pairs), offsets.tobytes()))
        char_offsets.append(offset)
        offset += len(blob)
        sub_blobs.append(blob)
    char_offsets.append(offset)
    section_index: dict[str, tuple[int, int]] = {}
    for name, raw in sections.items():
        section_index[name] = (offset, len(raw))
        offset += len(raw)
    header = marshal.dumps((chars, char_offsets.tobytes(), total, section_index))
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{os.path.splitext(path)[0]}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            f.write(_MAGIC + len(header).to_bytes(8, "little") + header)
            for key in ordered:
                f.write(buckets[key])
            for blob in sub_blobs:
                f.write(blob)
            for raw in sections.values():
                f.write(raw)
        os.replace(tmp, path)
    except OSError:
        return  # a read-only home still works, it only rebuilds the table each run
    prune_older_formats(os.path.dirname(path))


def prune_older_formats(directory: str) -> None:
    """Delete the lexicon caches of older formats in `directory`: no factx of this version reads them again, and
    each is about 28 MB that an upgrade would otherwise leave behind for good. (An older factx sharing the
    directory rebuilds its own in about a second.)"""
    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        version = name.split("-")[1] if name.startswith("lexicon-v") else ""
        if version[1:].isdigit() and int(version[1:]) < _CACHE_VERSION and name.endswith((".bin", ".marshal")):
            with suppress(OSError):
                os.remove(os.path.join(directory, name))


LEXICON = Lexicon()


def tokens(text: str) -> Iterator[tuple[str, str | None]]:
    """(word, tag) pairs for a short window of text."""
    for w in LEXICON.cut(text):
        yield w, LEXICON.tag(w)
