"""Command line: the `factx` group (`app`), the environment it runs in (`env`), the options every analysing
command shares (`options`), the batch commands `extract` and `stats` (`extract`, their store hook in `store`),
`find` across a store (`find`) and the review commands
`check`, `diff`, `timeline` and `show` (`review`).

Commands register themselves on `main` when their module is imported. The console script (`run`) imports a
command's module only when that command runs (`app.COMMAND_MODULES`), so `factx extract` never loads the
review commands and `factx check` never loads the batch machinery. Importing `main` from this package, as
library code and the tests do, gives the group with every command registered. Nothing imports this package
back, so there is no cycle.

The plain `factx [extract] --format jsonl FILE...` (and the other machine formats, --jobs, --quiet) is run
by `fast` without click at all: `run` tries it first, and any other command line goes to click.

Start-up is inside the Ctrl-C guard: `run` imports everything it needs within its `try`, so a Ctrl-C while
factx is still loading exits 130 with the same one line as a Ctrl-C later on, never with a traceback.
"""

from __future__ import annotations

import gc
import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import ExitStatus, FactxGroup, main
    from .env import Environment

INTERRUPTED = 130  # app.ExitStatus.INTERRUPTED, known here before app is imported

__all__ = ["Environment", "ExitStatus", "FactxGroup", "extract", "find", "main", "review", "run"]


def __getattr__(name: str) -> Any:
    if name in ("extract", "find", "review"):
        return import_module(f".{name}", __name__)
    if name == "Environment":
        return import_module(".env", __name__).Environment
    if name in ("ExitStatus", "FactxGroup", "main"):
        app = import_module(".app", __name__)
        app.load_all_commands()
        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def run() -> None:
    """The `factx` console script: one Environment for the whole run, handed down through click's context."""
    # The collector is off while factx loads: the modules allocate tens of thousands of objects that live for
    # the whole run, and the collections those allocations set off walk them in vain (3% of a one-article
    # run's instructions). It resumes before any document is read (`resume_collection`).
    gc.disable()
    try:
        from .env import Environment

        env = Environment.from_system()
        from . import fast

        fast.run(sys.argv[1:], env)  # exits when it takes the command line (see `fast`)
        from .app import main

        resume_collection()
        main(obj=env)
    except KeyboardInterrupt:
        _interrupted()
    sys.exit(0)


def resume_collection() -> None:
    """Turn the collector back on after start-up (see `run`), with what start-up made frozen out of its walks:
    it lives for the whole run anyway, and a worker forked later does not copy its pages by marking them."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _interrupted() -> None:
    """Ctrl-C before click took over (while importing, or making the Environment): the one line, exit 130.
    Written without factx's helpers, which may be what was being imported; a second Ctrl-C is ignored."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        sys.stderr.write("factx: interrupted\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass  # no usable stderr: the status still says it
    sys.exit(INTERRUPTED)
