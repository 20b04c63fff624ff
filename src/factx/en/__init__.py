"""English recognizers (issue: Traditional Chinese and English articles).

`RECOGNIZERS` lists functions `recognize(doc: Doc) -> Iterator[Fact]`, run by the pipeline for English
documents exactly like the Chinese ones in `factx.pipeline.ZH_RECOGNIZERS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..dims.common import Doc
from ..model import Fact

RECOGNIZERS: tuple[Callable[[Doc], Iterator[Fact]], ...] = ()
