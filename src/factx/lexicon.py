"""jieba's dictionary, loaded lazily one first character at a time, and jieba's segmenter on top of it.

jieba's own start-up unmarshals its whole prefix dictionary (~500k entries, ~0.65 s here) before the first
cut. factx segments only a few short windows per document (to find the noun a count or amount is about),
so it keeps jieba's dictionary file as the source of truth but stores it once in a cache file grouped by
first character, and builds the entries for a character the first time a window needs them. The
segmentation itself (DAG, best route, HMM for unknown words) is jieba's, run by a `jieba.Tokenizer`
whose frequency table is filled that way.

Start-up: jieba imports `pkg_resources` only to open its own data files and falls back to `open()` when that
import fails; `pkg_resources` scans every installed distribution when imported, which cost more than the
rest of jieba's import. `_import_jieba` hides it for the duration of that import.

Worker processes: `preload()` fills the whole table at once. The batch pool calls it before forking, so every
worker starts with the table built and shares its pages with the parent instead of building its own copy.
"""

from __future__ import annotations

import marshal
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

_CACHE_VERSION = 2


def _cache_dir() -> Path:
    if os.environ.get("FACTX_CACHE_DIR"):
        return Path(os.environ["FACTX_CACHE_DIR"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "factx"
    return Path.home() / ".cache" / "factx"


class _Buckets:
    """jieba's frequency table (a plain dict, as jieba's Tokenizer expects) filled per first character.

    `ensure(text)` loads the entries of every character in `text` before jieba looks at it, so jieba's
    own lookups stay plain dict operations.
    """

    def __init__(self, raw: dict[str, bytes]) -> None:
        self._raw = raw
        self.freq: dict[str, int] = {}
        self.tags: dict[str, str] = {}
        self._loaded: set[str] = set()

    def load_all(self) -> None:
        for ch in list(self._raw):
            if ch not in self._loaded:
                self._load(ch)
        # Every bucket is in the tables now; the marshalled copy would only take memory.
        self._raw = {}

    def ensure(self, text: str) -> None:
        loaded = self._loaded
        for ch in set(text):
            if ch not in loaded:
                self._load(ch)

    def _load(self, ch: str) -> None:
        self._loaded.add(ch)
        raw = self._raw.get(ch)
        if raw:
            # Every key of a bucket starts with its character, so buckets never overwrite each other.
            freq, tags = marshal.loads(raw)
            self.freq.update(freq)
            self.tags.update(tags)


class Lexicon:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._buckets: _Buckets | None = None
        self._tokenizer = None

    def _init(self) -> None:
        jieba = _import_jieba()
        jieba.setLogLevel(60)
        dict_path = Path(jieba.__file__).parent / "dict.txt"
        stat = dict_path.stat()
        name = f"lexicon-v{_CACHE_VERSION}-{jieba.__version__}-{stat.st_size}-{int(stat.st_mtime)}.marshal"
        cache = _cache_dir() / name
        buckets, total = None, None
        try:
            with open(cache, "rb") as f:
                buckets, total = marshal.load(f)
        except (OSError, EOFError, ValueError, TypeError):
            buckets, total = _build(dict_path)
            _write_cache(cache, buckets, total)
        self._buckets = _Buckets(buckets)
        tok = jieba.Tokenizer()
        tok.FREQ = self._buckets.freq
        tok.total = total
        tok.initialized = True
        self._tokenizer = tok

    def _ready(self) -> None:
        if self._tokenizer is None:
            with self._lock:
                if self._tokenizer is None:
                    self._init()

    def preload(self) -> None:
        """Load jieba and the whole table now (before forking workers), instead of a character at a time."""
        self._ready()
        with self._lock:
            self._buckets.load_all()  # type: ignore[union-attr]

    def cut(self, text: str, hmm: bool = False) -> list[str]:
        self._ready()
        self._buckets.ensure(text)  # type: ignore[union-attr]
        return list(self._tokenizer.cut(text, HMM=hmm))  # type: ignore[union-attr]

    def tag(self, word: str) -> str | None:
        """jieba's part-of-speech tag for a dictionary word (n, v, ns, vn …), None for unknown words."""
        self._ready()
        self._buckets.ensure(word[:1])  # type: ignore[union-attr]
        return self._buckets.tags.get(word)  # type: ignore[union-attr]

    def freq(self, word: str) -> int:
        self._ready()
        self._buckets.ensure(word[:1])  # type: ignore[union-attr]
        return self._buckets.freq.get(word, 0)  # type: ignore[union-attr]


def _import_jieba() -> ModuleType:
    """`import jieba`, with `pkg_resources` made unimportable meanwhile when nothing has imported it yet: jieba
    then opens its data files with `open()` (its own fallback), which is all that factx needs of it."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # None in sys.modules: ImportError
    try:
        import jieba
    finally:
        if "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]
    return jieba


def _build(dict_path: Path) -> tuple[dict[str, bytes], int]:
    """jieba's dictionary as {first character: marshalled (word → frequency, word → tag)}.

    Prefixes of words get frequency 0, as in jieba's own table (its DAG search walks them); they are
    stored ready-made so that loading a bucket is one `marshal.loads` and two dict updates.
    """
    freqs: dict[str, dict[str, int]] = {}
    tags: dict[str, dict[str, str]] = {}
    total = 0
    with open(dict_path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, freq = parts[0], int(parts[1])
            total += freq
            freqs.setdefault(word[0], {})[word] = freq
            if len(parts) > 2:
                tags.setdefault(word[0], {})[word] = parts[2]
    buckets: dict[str, bytes] = {}
    for ch, fr in freqs.items():
        for word in list(fr):
            for i in range(1, len(word)):
                fr.setdefault(word[:i], 0)
        buckets[ch] = marshal.dumps((fr, tags.get(ch, {})))
    return buckets, total


def _write_cache(path: Path, buckets: dict[str, bytes], total: int) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            marshal.dump((buckets, total), f)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home still works, it only rebuilds the table each run


LEXICON = Lexicon()


def tokens(text: str) -> Iterator[tuple[str, str | None]]:
    """(word, tag) pairs for a short window of text."""
    for w in LEXICON.cut(text):
        yield w, LEXICON.tag(w)
