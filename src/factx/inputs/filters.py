"""Which walked files are read: glob patterns against a file's name and its path relative to the directory
or archive walked (`--include`, `--exclude`)."""

from __future__ import annotations

from fnmatch import fnmatchcase


def matches(patterns: tuple[str, ...], name: str, rel: str) -> bool:
    return any(fnmatchcase(name, p) or fnmatchcase(rel, p) for p in patterns)
