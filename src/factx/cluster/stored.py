"""Resuming a `--cluster --db` run: what each task is told about the documents the store already holds.

The client never reads a document, so it cannot tell by itself which ones are stored unchanged: that needs
each document's content hash, and a JSONL line's source needs the line parsed. The workers read the
documents anyway, so each task gets the (source → content hash) pairs the store holds for its own inputs,
and skips, before analysing, every document the store's own rule (`store.writer.resume_check`) calls
unchanged, exactly as a local run does. Filtering on the client instead would analyse every stored document
again and throw the result away: a resumed run would cost a whole run.

A partition's share: for a group of files, their sources exactly; for an archive or a dump (whole, a member
range or a byte range), every pair under `SOURCE!` (member and line sources, or the dump's own ids, are
only known once read). The pairs come from the writer's resume set, sorted once, so each share is a
binary search and a walk over its own sources.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from .plan import FilesPart, Part


class StoredIndex:
    def __init__(self, stored: Iterable[tuple[str, str]]) -> None:
        self._hash = dict(stored)  # a source is stored at most once (documents.source is unique)
        self._sources = sorted(self._hash)

    def for_part(self, part: Part) -> dict[str, str]:
        """The pairs a task running `part` needs (see the module doc)."""
        if not self._hash:
            return {}
        if isinstance(part, FilesPart):
            return {it.source: self._hash[it.source] for it in part.items if it.source in self._hash}
        prefix = part.source + "!"
        out: dict[str, str] = {}
        for source in self._sources[bisect.bisect_left(self._sources, prefix) :]:
            if not source.startswith(prefix):
                break
            out[source] = self._hash[source]
        return out
