"""The lexicon cache: writing one of this format removes the caches of older formats beside it, and nothing else."""

from __future__ import annotations

from pathlib import Path

from factx import lexicon


def test_older_formats_are_removed_and_everything_else_kept(tmp_path: Path) -> None:
    current = f"lexicon-v{lexicon._CACHE_VERSION}-0.42.1-5071852-1.bin"
    kept = [current, f"lexicon-v{lexicon._CACHE_VERSION}-0.42.1-5071852-2.bin", "patterns-v4-cpython.bin", "notes.txt",
            "lexicon-vX-odd.bin", f"lexicon-v{lexicon._CACHE_VERSION + 1}-0.42.1-1-1.bin"]  # fmt: skip
    removed = ["lexicon-v2-0.42.1-5071852-1.marshal", f"lexicon-v{lexicon._CACHE_VERSION - 1}-0.42.1-5071852-1.bin"]
    for name in kept + removed:
        (tmp_path / name).write_bytes(b"x")
    lexicon.prune_older_formats(str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept)


def test_a_missing_directory_is_no_error(tmp_path: Path) -> None:
    lexicon.prune_older_formats(str(tmp_path / "absent"))
