"""English recognizers (issue: Traditional Chinese and English articles).

`RECOGNIZERS` lists functions `recognize(doc: Doc) -> Iterator[Fact]`, run by the pipeline for English
documents exactly like the Chinese ones in `factx.pipeline.ZH_RECOGNIZERS`. They share one number scan per
document (`numbers.scan`); the tables they read are in `factx.lang.en`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..dims.common import Doc
from ..model import Fact
from . import count, date, duration, money, ordinal, percent, quantity

RECOGNIZERS: tuple[Callable[[Doc], Iterator[Fact]], ...] = (
    date.recognize,
    money.recognize,
    percent.recognize,
    duration.recognize,
    count.recognize,
    quantity.recognize,
    ordinal.recognize,
)
