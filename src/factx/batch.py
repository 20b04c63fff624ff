"""Run `analyze` over a stream of work items (from `inputs.Walker`) and yield one `Outcome` per document,
in input order, streamed.

- `jobs == 1`, or a single document: everything runs in this process; no pool is started, so a one-article
  run pays nothing for parallelism. The per-document time limit uses an interval timer (SIGALRM) there.
- `jobs > 1`: that many worker processes (fork where available). Before forking, the parent of a run of
  at least `WARM_UP_MIN_DOCS` documents warms up (`warm_up`): it loads the rjieba accelerator (or, without
  it, the whole jieba-based lexicon, which jieba's own cut walks), imports what the workers import lazily
  and analyses a sentence of each language met among the first documents, then freezes the garbage
  collector's view of all that. Workers so start with everything built and share those pages with the
  parent (copy-on-write) instead of each building and holding its own copy (a language met only later is
  imported by each worker that meets it). Readying the segmenter (rjieba's import) is most of that time, so
  one early worker is forked just before it and analyses the first documents meanwhile, cutting in Python,
  until the warm workers start (`_Pool._warm_start`). Workers receive small chunks of work items, load and decode them
  themselves (reading is parallel too) and answer one message
  per document. At most `window` documents, and about `WINDOW_BYTES` of document bytes (archive members,
  stdin), are between "read from the input" and "handed to the caller", so memory stays flat however large
  the input or its members are, and output keeps the input order.
- `Settings.render` (jsonl, json, csv, tsv): each document is also serialized where it was analysed, with
  the renderers of `factx.render`, and its facts are not shipped back. The parent is the one serial part of
  a parallel run; unpickling Fact objects and encoding JSON there cost as much as a whole worker's share
  of the overhead, so this is what lets `--jobs 2` approach twice the speed of `--jobs 1`. A run in one
  process gains nothing from it: there the facts come back and the caller writes them piece by piece.

Nothing is lost: every item yields exactly one Outcome. A document that cannot be loaded, raises inside the
engine, exceeds the time limit (the worker is killed and replaced) or kills its worker (the crash is charged
to the document the worker was on; the rest of its chunk is re-queued) becomes an Outcome with `status`
"failed" and a one-line `result.error`; binary content is "skipped". Ctrl-C in the parent kills the workers
(they ignore SIGINT themselves, so the parent decides) and propagates KeyboardInterrupt.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import math
import os
import signal
import stat
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import IO, TYPE_CHECKING, Any, Literal

from .inputs import Failed, FileItem, Item, SourceError, SourceOptions, load
from .model import DocResult, ValueTooLarge, check_facts, check_unrendered
from .pipeline import analyze
from .render.fact_json import document_json, fact_lines_utf8
from .render.facts import write_csv, write_jsonl

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

Status = Literal["ok", "failed", "skipped"]
Rendered = Literal["jsonl", "json", "csv", "tsv"]
DEFAULT_TIMEOUT = 60.0
CHUNK = 16  # documents per message to a worker: amortizes IPC, small enough to balance the load
WINDOW_PER_JOB = 4 * CHUNK
# Bytes of documents the parent holds at once (archive members and stdin travel as bytes): without it the
# window above times 20 MB members is gigabytes. One document is always let in, whatever its size.
WINDOW_BYTES = 128 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    """How every document is analysed; picklable, sent to each worker once. (A dataclass: the cluster makes
    changed copies with `dataclasses.replace`. The other records of this module are plain classes: defining a
    dataclass costs about a millisecond at import, its methods being generated as source text and compiled.)"""

    ref_date: date | None = None
    lang: str = "auto"
    currency: str | None = None  # the currency of a bare 元 when the document does not decide it
    types: tuple[str, ...] | None = None
    sources: SourceOptions = field(default_factory=SourceOptions)
    keep_text: bool = False  # only the table renderer quotes the text; don't ship it back otherwise
    timeout: float | None = DEFAULT_TIMEOUT
    render: Rendered | None = None  # serialize each document where it is analysed (see the module doc)


class Outcome:
    """One document's result. With `Settings.render`, a worker process sends `rendered`, its output fragment,
    and leaves `result.facts` empty (`n_facts` still counts them); a run in one process leaves `rendered`
    None and the facts to the caller, who writes them piece by piece (`write_fragment`), unless asked to
    render (`run(render_serially=True)`). The fragment is text, or its UTF-8 bytes from a worker of the
    local pool (`_Pool`)."""

    __slots__ = ("chars", "n_facts", "rendered", "result", "status")
    _FIELDS = ("result", "status", "chars", "n_facts", "rendered")

    def __init__(
        self,
        result: DocResult,
        status: Status,
        chars: int = 0,
        n_facts: int = 0,
        rendered: str | bytes | None = None,
    ) -> None:
        self.result = result
        self.status = status
        self.chars = chars
        self.n_facts = n_facts
        self.rendered = rendered

    def _values(self) -> tuple[Any, ...]:
        return (self.result, self.status, self.chars, self.n_facts, self.rendered)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined, no-any-return]

    __hash__ = None  # type: ignore[assignment]  # mutable, as a dataclass with eq is

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(self._FIELDS, self._values(), strict=True))
        return f"{self.__class__.__qualname__}({inner})"


def render_fragment(fmt: Rendered, r: DocResult) -> str | bytes:
    """One document's share of the output: its jsonl lines, its csv/tsv rows without the header, or its
    JSON object (the element of the json array, without separators). The jsonl lines come as their UTF-8
    bytes (`fact_lines_utf8`), unless they hold text UTF-8 cannot encode."""
    if fmt == "json":
        return document_json(r)  # json.dumps(r.to_dict(), ensure_ascii=False), byte for byte
    if fmt == "jsonl":
        data = fact_lines_utf8(r.source, r.facts)
        if data is not None:
            return data
    buf = io.StringIO()
    write_fragment(buf, fmt, r)
    return buf.getvalue()


def write_fragment(out: IO[str], fmt: Rendered, r: DocResult) -> None:
    """`render_fragment` written straight to `out`, in pieces of a bounded size for jsonl/csv/tsv: a page with
    300,000 figures is never held as one string of its whole output."""
    if fmt == "json":
        out.write(document_json(r))
    elif fmt == "jsonl":
        write_jsonl(out, [r])
    else:
        write_csv(out, [r], delimiter="\t" if fmt == "tsv" else ",", header=False)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def failure(source: str, reason: str, skipped: bool = False) -> Outcome:
    reason = " ".join(reason.split()) or "unknown error"
    if skipped:
        return Outcome(DocResult(source=source, facts=[], error=f"skipped: {reason}"), "skipped")
    return Outcome(DocResult(source=source, facts=[], error=reason), "failed")


class _Timeout(BaseException):
    """Raised by the alarm in serial mode; a BaseException so the engine's fault barrier can't swallow it."""


def process(item: Item, settings: Settings, render_max: float = math.inf) -> Outcome:
    """Load and analyse one document; never raises for a bad document. With `settings.render`, a document of
    at most `render_max` facts is rendered here; a larger one keeps its facts for the caller to write."""
    if isinstance(item, Failed):
        return failure(item.source, item.error, item.skipped)
    try:
        doc = load(item, settings.sources)
    except SourceError as e:
        return failure(e.source or item.source, str(e), e.skipped)
    except Exception as e:  # a fault barrier here too: a loader bug costs one document, not the batch
        return failure(item.source, f"internal error while reading: {type(e).__name__}: {e}")
    # The page's own publication date (HTML metadata) stands in for --ref-date when none is given.
    ref = settings.ref_date or doc.ref_date
    try:
        a = analyze(doc.text, ref_date=ref, lang=settings.lang, types=settings.types,
                    currency=settings.currency)  # fmt: skip
    except Exception as e:  # a fault barrier: one document's engine bug must not end the batch
        return failure(doc.source, f"internal error: {type(e).__name__}: {e}")
    if settings.ref_date is None and doc.ref_date is not None:
        a.ref_date_source = doc.ref_date_source
    result = DocResult(
        source=doc.source, facts=a.facts, encoding=doc.encoding, lang=a.lang,
        ref_date=a.ref_date.isoformat() if a.ref_date else None, ref_date_source=a.ref_date_source,
        text=doc.text if settings.keep_text else "", decode_errors=doc.decode_errors,
    )  # fmt: skip
    out = Outcome(result, "ok", len(doc.text), len(a.facts))
    try:
        # Rendering is inside the barrier too: a value no format can write (a 4,300-digit figure) costs
        # this document only, and the output of the others stays valid. Rendering refuses such a value
        # itself (the JSON template even a duration's amounts; for csv/tsv `check_unrendered` does that
        # part), so the values are not read twice.
        if settings.render and len(a.facts) <= render_max:
            if settings.render == "csv" or settings.render == "tsv":
                check_unrendered(a.facts)
            out.rendered = render_fragment(settings.render, result)
            result.facts = []
        else:
            check_facts(a.facts)
    except ValueTooLarge as e:
        return failure(doc.source, str(e))
    except Exception as e:
        return failure(doc.source, f"internal error while writing: {type(e).__name__}: {e}")
    return out


# Sentences written for the warm-up (not from any article), one per language: its recognizers, the lexicon and
# the date resolution run once in the parent, so whatever they build on first use is built before the fork.
_WARM_UP_TEXTS = {
    "zh": "2023年3月5日，市政府宣布投入1.2亿元，为全市约3000名学生新建两所学校，工期18个月，完成率达到95%。",
    "zh-hant": "台北市政府於去年12月表示，將編列新台幣5億元預算，協助逾2千戶家庭，補助期間為三年。",
    "en": "On March 5, 2023, the council approved $12 million for two new schools serving about 3,000 pupils, "
    "a project expected to take 18 months; 95% of residents backed it.",
}
_warmed = False
# Runs with fewer documents than this skip the warm-up: loading the whole lexicon (about a second of CPU)
# costs more than each worker loading the part its few documents need.
WARM_UP_MIN_DOCS = 64


def warm_up(langs: Iterable[str] | None = None) -> None:
    """Build in this process what every worker would otherwise build for itself (see the module doc): for the
    languages `langs` (default: every one). Done once per process; results do not depend on it, since
    everything it builds is built the same way later (a worker imports another language when it meets one)."""
    global _warmed
    if _warmed:
        return
    from .lexicon import LEXICON

    _warm_imports(langs)
    if _segmented(langs):
        # With rjieba the workers only look up tags and frequencies of words, a pair bucket each, loaded by
        # the worker that needs it; without it jieba's own cut walks the whole table, loaded here once.
        if not LEXICON.accelerate():
            LEXICON.preload()
        with contextlib.suppress(Exception):  # what the accelerator builds on its first cut, if anything
            LEXICON.cut(_WARM_UP_TEXTS["zh"])
    _freeze()
    _warmed = True


def _segmented(langs: Iterable[str] | None) -> bool:
    """Whether documents of `langs` are segmented (only Chinese is)."""
    return langs is None or any(lang.startswith("zh") for lang in langs)


def _segmenter_pending(langs: Iterable[str] | None) -> bool:
    """Whether the warm-up for `langs` still has the segmenter to ready: the long part of it (rjieba builds its
    whole dictionary when imported, a quarter of a second; without rjieba the whole table loads)."""
    from .lexicon import LEXICON

    return not _warmed and _segmented(langs) and not (LEXICON.accelerated or LEXICON.preloaded)


def _freeze() -> None:
    """Objects that exist now stay where they are: a collection in a worker would otherwise write to every one
    of them (the collector's bookkeeping) and so copy their pages into the worker."""
    import gc

    gc.freeze()


_imported: set[str] = set()


def _warm_imports(langs: Iterable[str] | None = None) -> None:
    """The first half of the warm-up: the modules of the languages `langs` (default: every one; their patterns
    are compiled as they are imported) and what the workers import lazily, by analysing a sentence of each."""
    import json  # noqa: F401  (imported lazily by the JSONL loader and the renderers)
    import pickle  # noqa: F401  (imported lazily by the worker loop)

    for lang in _WARM_UP_TEXTS if langs is None else langs:
        if lang in _imported or lang not in _WARM_UP_TEXTS:
            continue
        with contextlib.suppress(Exception):  # a warm-up must never stop a batch; the documents will tell
            analyze(_WARM_UP_TEXTS[lang])
        _imported.add(lang)


# The early worker's one chunk (see `_Pool._warm_start`): more documents than it can analyse while the segmenter
# loads (about 80 articles), since it stops when told; and a bound on the bytes of documents sent along.
EARLY_DOCS = 160
EARLY_BYTES = 8 * 1024 * 1024

# How many of the first documents tell the warm-up which languages to import (see `_Pool._head_languages`),
# and the largest file read for that (a worker reads it again).
LANGUAGE_SAMPLE = 16
LANGUAGE_SAMPLE_BYTES = 256 * 1024


def _peek(items: Iterator[Item]) -> list[Item]:
    """The first items, up to WARM_UP_MIN_DOCS of them or about half the byte window (documents held in
    memory: stdin, archive members), to decide whether the run is large enough to warm up for."""
    head: list[Item] = []
    size = 0
    for item in items:
        head.append(item)
        size += len(getattr(item, "data", b""))
        # Two at least: fewer means the run is serial.
        if len(head) >= 2 and (len(head) >= WARM_UP_MIN_DOCS or size > WINDOW_BYTES // 2):
            break
    return head


def run(
    items: Iterable[Item],
    settings: Settings,
    jobs: int | None = None,
    render_serially: bool = False,
    as_bytes: bool = False,
) -> Iterator[Outcome]:
    """One Outcome per item, in order. Close the generator (or let it finish) to stop any workers.

    In one process, `settings.render` is left out (every Outcome keeps its facts) unless `render_serially`:
    then documents of up to `SERIAL_RENDER_MAX_FACTS` facts come rendered, as from a worker. `as_bytes`:
    workers send each rendered fragment as its UTF-8 bytes, for a caller that writes them as they are."""
    jobs = jobs or default_jobs()
    it = iter(items)
    if jobs <= 1:
        yield from _serial(it, settings, render_serially)
        return
    head = _peek(it)
    if len(head) < 2:
        yield from _serial(iter(head), settings, render_serially)
        return
    # A few documents are not worth the warm-up's fixed cost in the parent (it runs before any worker
    # starts): their workers load only what those documents need.
    pool = _Pool(settings, jobs, warm=len(head) >= WARM_UP_MIN_DOCS)
    pool.as_bytes = as_bytes
    try:
        yield from pool.run(itertools.chain(head, it))
    finally:
        pool.close()


# --- serial -------------------------------------------------------------------------------------------


# In one process a document of at most this many facts is rendered where it is analysed (with
# `run(render_serially=True)`): its output is one write anyway (`render.facts` writes 1,024 facts at a time),
# and rendering right away lets the rendering refuse an unwritable value itself (`model.check_unrendered`)
# instead of every value being checked first. A larger document keeps its facts, which the caller writes
# piece by piece (`write_fragment`), so a page with 300,000 figures is never also held as one string.
SERIAL_RENDER_MAX_FACTS = 1024


def _serial(items: Iterator[Item], settings: Settings, render_serially: bool = False) -> Iterator[Outcome]:
    render_max: float = SERIAL_RENDER_MAX_FACTS
    if not render_serially:
        settings = replace(settings, render=None)
        render_max = math.inf
    limit = settings.timeout
    use_alarm = bool(limit) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    previous: Any = None
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        for item in items:
            try:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, limit)  # type: ignore[arg-type]
                out = process(item, settings, render_max)
            except _Timeout:
                out = failure(item.source, f"timed out after {limit:g} s")
            finally:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            yield out  # the timer is off while the caller writes output
    finally:
        if use_alarm:
            signal.signal(signal.SIGALRM, previous)


def _on_alarm(_signum: int, _frame: object) -> None:
    raise _Timeout


# --- worker processes ---------------------------------------------------------------------------------

# The parent's ends of all worker pipes. A forked worker closes its copies, so that a worker's death is seen
# as end-of-file by the parent and not kept open by its siblings.
_PARENT_ENDS: list[Connection] = []
# A second chunk is sent to a busy worker only when it is this small, so the send can never block on a full
# pipe (the worker reads its pipe only between chunks, while we might be waiting to send).
PREFETCH_MAX_BYTES = 32 * 1024

Wire = tuple[Any, ...]


def _to_wire(o: Outcome) -> Wire:
    # Plain tuples: unpickling dataclasses with slots goes through a slow Python __setstate__, and the parent
    # unpickles every document of the run.
    r = o.result
    return (o.status, o.chars, o.n_facts, o.rendered, r.source, r.facts, r.encoding, r.lang, r.ref_date,
            r.ref_date_source, r.error, r.text, r.decode_errors)  # fmt: skip


def _from_wire(t: Wire) -> Outcome:
    status, chars, n_facts, rendered, *doc = t
    result = DocResult(*doc[:2], encoding=doc[2], lang=doc[3], ref_date=doc[4], ref_date_source=doc[5],
                       error=doc[6], text=doc[7], decode_errors=doc[8])  # fmt: skip
    return Outcome(result, status, chars, n_facts, rendered)


def _worker_main(
    conn: Connection, settings: Settings, progress: Any, early: bool = False, as_bytes: bool = False
) -> None:
    """Answers each chunk of (index, item) with one message of (index, outcome) pairs. While a document is
    being processed, `progress` (shared memory) holds its index and start time, so the parent can charge a
    crash or a time-out to exactly that document without a message per document; its third slot, set by the
    parent, retires the worker: it answers the documents of its chunk done so far (the parent re-queues the
    rest) and exits. An `early` worker (see `_Pool._warm_start`) segments in Python throughout. `as_bytes`:
    each rendered fragment is sent as its UTF-8 bytes (see `_Pool`)."""
    if early:
        from .lexicon import LEXICON

        LEXICON.keep_in_python()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent stops us
    for c in _PARENT_ENDS:
        with contextlib.suppress(OSError):
            c.close()
    try:  # a stray print in a worker must never reach the parent's output stream
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
    except OSError:
        pass
    import pickle

    clock = time.monotonic
    retirable = len(progress) > 2  # a pool that starts its workers its own way may give the two slots only
    try:
        while True:
            data = conn.recv_bytes()
            if not data:
                return
            done = []
            for idx, item in pickle.loads(data):
                if retirable and progress[2]:
                    break
                progress[0] = idx
                progress[1] = clock()
                out = process(item, settings)
                if as_bytes and out.rendered is not None:
                    out.rendered = _utf8(out.rendered)
                done.append((idx, _to_wire(out)))
            progress[1] = 0.0
            conn.send(done)
            if retirable and progress[2]:
                return
    except (EOFError, OSError):
        return  # the parent is gone


def _utf8(text: str | bytes) -> str | bytes:
    """A fragment's UTF-8 bytes; the text itself when it holds what UTF-8 cannot encode (a lone surrogate),
    left to the parent's output stream to encode or refuse as it would any text."""
    try:
        return text.encode("utf-8") if text.__class__ is str else text  # type: ignore[union-attr]
    except UnicodeEncodeError:
        return text


class _Worker:
    __slots__ = ("chunks", "conn", "process", "progress", "retiring")

    def __init__(self, process: Any, conn: Connection, progress: Any) -> None:
        self.process = process
        self.conn = conn
        # Shared: [index of the current document, its start time (monotonic) or 0, 1 once told to retire].
        self.progress = progress
        self.chunks: deque[list[tuple[int, Item]]] = deque()  # sent, not yet answered
        self.retiring = False  # told to stop: gets no more work and is not replaced when it exits


class _Pool:
    """The worker processes of a parallel run.

    With `as_bytes` its workers send rendered fragments as UTF-8 bytes: a caller that writes them to a byte
    stream then neither decodes them from the message nor encodes them again (`render.sink`).

    The warm workers start once the warm-up is done; while the parent readies the segmenter, an early worker
    forked with the languages already imported uses the other core (`_warm_start`). (A cold worker forked
    before anything was imported was measured earlier: it spent most of that time loading the whole lexicon
    a character at a time for itself, adding as much CPU time as it saved and ~60 MB of private memory; the
    early worker reads only the pair buckets its few dozen documents ask for.)
    """

    as_bytes = False

    def __init__(self, settings: Settings, jobs: int, warm: bool = True) -> None:
        import multiprocessing as mp

        methods = mp.get_all_start_methods()
        # fork: workers start in milliseconds with factx already imported. The parent runs no threads (the
        # progress bar refreshes from the main loop), so forking is safe.
        self._mp = mp.get_context("fork" if "fork" in methods else "spawn")
        self.settings = settings
        self.jobs = jobs
        self.window = jobs * WINDOW_PER_JOB
        self.window_bytes = WINDOW_BYTES
        self.held: dict[int, int] = {}  # index → bytes held for documents not yet handed to the caller
        self.held_bytes = 0
        self.workers: list[_Worker] = []
        self.queue: deque[tuple[int, Item]] = deque()
        self.done: dict[int, Outcome] = {}
        self._idle_deaths = 0
        # Warming up happens in run(), once the first documents tell which languages to warm up.
        self._warming = warm and self._mp.get_start_method() == "fork" and not _warmed
        if self._warming:  # the early worker's chunk is read before the warm-up (see `_warm_start`)
            self.window = max(self.window, EARLY_DOCS)
        if not self._warming:
            for _ in range(jobs):
                self.workers.append(self._spawn())

    def _spawn(self) -> _Worker:
        return self._fork(early=False)

    def _fork(self, early: bool) -> _Worker:
        parent_end, child_end = self._mp.Pipe(duplex=True)
        progress = self._mp.RawArray("d", 3)
        _PARENT_ENDS.append(parent_end)
        p = self._mp.Process(target=_worker_main, args=(child_end, self.settings, progress, early, self.as_bytes),
                             daemon=True, name="factx-worker")  # fmt: skip
        p.start()
        child_end.close()
        return _Worker(p, parent_end, progress)

    def _warm_start(self) -> None:
        """Warm up for the languages of the first documents, then fork the workers.

        Readying the segmenter is most of the warm-up (importing rjieba builds its whole dictionary, about a
        quarter of a second that holds the GIL), and meanwhile the other core would have nothing to do. So
        when it is still to be done, an early worker is forked first, with the languages imported but not
        the segmenter: it takes the documents read so far and cuts in Python, as a run in one process does
        for its first documents (the same words). Once the segmenter is ready it is told to retire: it
        answers the documents it finished, the rest go back to the queue, and the warm workers, which share
        the segmenter with this process, take over. It never loads rjieba itself (that would be a private
        copy of its dictionary, 33 MB).
        """
        langs = self._head_languages()
        early = None
        # Only where the workers are this class's own (a subclass that starts them its own way has none).
        if _segmenter_pending(langs) and self.queue and type(self)._spawn is _Pool._spawn:
            _warm_imports(langs)
            _freeze()
            early = self._fork(early=True)
            self.workers.append(early)
            self._send_early(early)
        warm_up(langs)
        if early is not None:
            early.progress[2] = 1.0
            early.retiring = True
            with contextlib.suppress(OSError):  # it may be waiting for more work: an empty message ends it
                early.conn.send_bytes(b"")
        for _ in range(self.jobs):
            self.workers.append(self._spawn())

    def _send_early(self, w: _Worker) -> None:
        """The documents read so far, as one chunk, to the early worker (which stops partway when told)."""
        import pickle

        chunk: list[tuple[int, Item]] = []
        size = 0
        while self.queue and len(chunk) < EARLY_DOCS and (not chunk or size < EARLY_BYTES):
            pair = self.queue.popleft()
            chunk.append(pair)
            size += len(getattr(pair[1], "data", b""))
        w.chunks.append(chunk)
        with contextlib.suppress(OSError):  # if it died, _wait sees the sentinel and re-queues the chunk
            w.conn.send_bytes(pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL))

    def _head_languages(self) -> set[str] | None:
        """The languages of the first documents, so that the warm-up imports only those: a run of Chinese
        articles need not wait for the English recognizers to compile (a worker imports a language itself
        when it meets one). None, every language, when the first documents cannot be read cheaply here."""
        from .languages import LANGS

        if self.settings.lang in LANGS:
            return {self.settings.lang}
        from .detect import detect_lang

        langs = set()
        for _idx, item in itertools.islice(self.queue, LANGUAGE_SAMPLE):
            if getattr(item, "kind", "text") != "text":
                continue  # HTML: its reader would be imported here for nothing
            if isinstance(item, FileItem):
                try:  # read twice (here and by a worker) only a small regular file, never a pipe
                    st = os.stat(item.path)
                except OSError:
                    continue
                if not stat.S_ISREG(st.st_mode) or st.st_size > LANGUAGE_SAMPLE_BYTES:
                    continue
            try:
                doc = load(item, self.settings.sources)
            except Exception:  # the worker that loads it again reports why; here it only tells nothing
                continue
            langs.add(detect_lang(doc.text))
        return langs or None

    def run(self, items: Iterator[Item]) -> Iterator[Outcome]:
        next_in = next_out = 0
        exhausted = False
        while True:
            while (
                not exhausted
                and next_in - next_out < self.window
                and (self.held_bytes < self.window_bytes or next_in == next_out)
            ):
                try:
                    item = next(items)
                except StopIteration:
                    exhausted = True
                    break
                if isinstance(item, Failed):
                    self.done[next_in] = failure(item.source, item.error, item.skipped)
                else:
                    self.queue.append((next_in, item))
                    size = len(getattr(item, "data", b""))
                    if size:
                        self.held[next_in] = size
                        self.held_bytes += size
                next_in += 1
            if self._warming:
                self._warming = False
                self._warm_start()
                self.window = self.jobs * WINDOW_PER_JOB
            self._dispatch()
            emitted = False
            while next_out in self.done:
                out = self.done.pop(next_out)
                self.held_bytes -= self.held.pop(next_out, 0)
                next_out += 1
                emitted = True
                yield out
            if exhausted and next_out == next_in:
                return
            if not emitted:
                self._wait()

    def _dispatch(self) -> None:
        import pickle

        for w in self.workers:
            if w.retiring:
                continue
            while self.queue and len(w.chunks) < 2:
                n = max(1, min(CHUNK, len(self.queue) // (2 * self.jobs)))
                chunk = [self.queue.popleft() for _ in range(min(n, len(self.queue)))]
                data = pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL)
                if w.chunks and len(data) > PREFETCH_MAX_BYTES:
                    self.queue.extendleft(reversed(chunk))  # too big to queue behind a busy worker
                    break
                w.chunks.append(chunk)
                with contextlib.suppress(OSError):  # if it died, _wait sees the sentinel and re-queues the chunk
                    w.conn.send_bytes(data)

    def _wait(self) -> None:
        busy = [w for w in self.workers if w.chunks]
        if not busy:
            return
        limit = self.settings.timeout
        timeout = 1.0
        if limit:
            starts = [w.progress[1] for w in busy if w.progress[1] > 0]
            if starts:
                timeout = max(0.0, min(timeout, min(starts) + limit - time.monotonic()))
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in self.workers]
        ready = _ready(handles, timeout)
        now = time.monotonic()
        for w in list(self.workers):
            dead = w.process.sentinel in ready
            if w.conn in ready or dead:
                dead = self._drain(w) or dead
            if dead:
                w.process.join(0.1)
                if w.retiring and not w.chunks:  # it answered everything it was given and exited, as told
                    self._remove(w)
                else:
                    self._replace(w, f"worker process crashed ({_describe_exit(w.process.exitcode)})")
                continue
            started = w.progress[1]
            if w.chunks and limit and started > 0 and now - started > limit:
                w.process.kill()
                w.process.join(1.0)
                self._replace(w, f"timed out after {limit:g} s")

    def _drain(self, w: _Worker) -> bool:
        """Collect every answered chunk; True when the worker's pipe is closed (it died)."""
        try:
            while _ready([w.conn], 0.0):
                answers = w.conn.recv()
                chunk = w.chunks.popleft() if w.chunks else []
                for idx, wire in answers:
                    self.done[idx] = _from_wire(wire)
                if len(answers) < len(chunk):  # a retired worker stopped partway: the rest is still to do
                    answered = {idx for idx, _ in answers}
                    self.queue.extendleft(reversed([pair for pair in chunk if pair[0] not in answered]))
        except (EOFError, OSError):
            return True
        return False

    def _replace(self, w: _Worker, reason: str) -> None:
        """Charge `reason` to the document the worker was on, re-queue the rest of its work (answers it had
        not sent yet are recomputed), and start a new worker in its place."""
        current = int(w.progress[0]) if w.progress[1] > 0 else None
        pending = [pair for chunk in w.chunks for pair in chunk]
        w.chunks.clear()
        charged = False
        for idx, item in pending:
            if idx == current:
                self.done[idx] = failure(item.source, reason)
                charged = True
        if w.retiring:  # no successor: the warm workers take its documents
            self.queue.extendleft(reversed([p for p in pending if p[0] != current]))
            self._remove(w)
            return
        if not charged:
            # Died between documents: nothing to blame. Bounded, so a worker that cannot even start ends
            # the run instead of looping.
            self._idle_deaths += 1
            if self._idle_deaths > 3 * self.jobs:
                raise RuntimeError(f"worker processes keep failing ({reason})")
        self.queue.extendleft(reversed([p for p in pending if p[0] != current]))
        self._close_conn(w)
        self.workers[self.workers.index(w)] = self._spawn()

    def _remove(self, w: _Worker) -> None:
        self._close_conn(w)
        self.workers.remove(w)

    @staticmethod
    def _close_conn(w: _Worker) -> None:
        with contextlib.suppress(OSError):
            w.conn.close()
        if w.conn in _PARENT_ENDS:
            _PARENT_ENDS.remove(w.conn)

    def close(self) -> None:
        """Stop every worker. Called on normal end, Ctrl-C or a closed output pipe alike: there is nothing
        to flush in a worker, so stopping is a kill and never waits on a stuck document."""
        for w in self.workers:
            if w.process.is_alive():
                w.process.kill()
        for w in self.workers:
            w.process.join(2.0)
            self._close_conn(w)
        self.workers.clear()


def _ready(handles: list[Any], timeout: float) -> set[Any]:
    """The handles (connections, process sentinels) ready to read within `timeout` seconds, as
    `multiprocessing.connection.wait` gives them, in one `poll` call where there is one: `wait` builds a
    selector object on every call, and the parent waits hundreds of times in a run (a third of its own time
    between documents went there)."""
    import select  # here: a one-article run never waits on a worker

    if not hasattr(select, "poll"):
        from multiprocessing.connection import wait

        return set(wait(handles, timeout))
    poller = select.poll()
    by_fd = {}
    for h in handles:
        fd = h if h.__class__ is int else h.fileno()
        by_fd[fd] = h
        poller.register(fd, select.POLLIN)  # hang-ups and errors are reported too: recv then says which
    return {by_fd[fd] for fd, _events in poller.poll(timeout * 1000)}


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"
