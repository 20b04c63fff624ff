"""A frame opening a sentence covers every part of it (在年轻选民中，有58%支持吴振宇，…；苏雅琪的不支持度为33%).

Each figure is read with the words of its own sentence part (up to a ；, 而, "while"), and a Chinese sentence lays
out the statements it makes in one group or respect as such parts after one frame (在…中，从…看，…方面，"Among …,").
The frame's words were then missing from every part but the first, so a claim restating a later part with its frame
(在年轻选民中，苏雅琪的不支持度为33%) looked like one about a figure of the first part. The frame's words join the
sentence part of every figure after it, unless that part opens with a frame of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Fact
from ..normalize import normalize
from .wordsets import FRAME

if TYPE_CHECKING:
    from .similarity import Context


def frame_parts(facts: Sequence[Fact], out: list[Context | None]) -> None:
    """Add the words of a frame opening each figure's sentence to its sentence part (in place)."""
    from .roles import position
    from .similarity import part_start, terms

    for i, f in enumerate(facts):
        c = out[i]
        if c is None:
            continue
        frame = FRAME.match(normalize(f.sentence))
        if frame is None:
            continue
        lo = part_start(f.sentence, position(f))
        if lo < frame.end() or FRAME.match(f.sentence, lo):
            continue  # (in the frame's own part, or a part that opens with a frame of its own)
        out[i] = replace(c, part=c.part | terms(frame.group()))
