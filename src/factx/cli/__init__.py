"""Command line: the `factx` group (`app`), the environment it runs in (`env`), the options every analysing
command shares (`options`), the batch commands `extract` and `stats` (`extract`, their store hook in `store`),
`find` across a store (`find`) and the review commands
`check`, `diff`, `timeline` and `show` (`review`).

Commands register themselves on `main` when their module is imported; this package imports them in
order, and nothing imports this package back, so there is no cycle.
"""

from __future__ import annotations

import sys

from . import extract, find, review
from .app import ExitStatus, FactxGroup, fail, main
from .env import Environment


def run() -> None:
    """The `factx` console script: one Environment for the whole run, handed down through click's context."""
    try:
        main(obj=Environment.from_system())
    except KeyboardInterrupt:
        fail("interrupted", ExitStatus.INTERRUPTED)
    sys.exit(ExitStatus.SUCCESS)


__all__ = ["Environment", "ExitStatus", "FactxGroup", "extract", "find", "main", "review", "run"]
