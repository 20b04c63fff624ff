"""The plain extract path: `factx [extract] [--format F] [--jobs N] [--quiet] [-r] [--files-from FILE] PATH...`
run without click.

Importing click and building the command group (click's parameter types import uuid, datetime and inspect;
every option of every command is constructed) was a large share of a one-article start, for a command line
that needs none of it. `run()` therefore tries this path first: it takes the command line only when every
argument is one it knows for certain, and then does exactly what `factx extract` does with those options
(the same `BatchRun`, renderer, messages and exit status; the tests compare the two). Anything else, an
option it does not know, `-` for stdin, a format that draws a table, help, a name that may be a command,
returns None and the command line goes to click, which handles it as before.
"""

from __future__ import annotations

import os
from typing import Any

from .env import Environment

# The machine formats (the table needs rich and the option stack's colour handling: click's path).
_FORMATS = ("jsonl", "json", "csv", "tsv")
# The group's commands (`app.COMMAND_MODULES`, which the tests hold this to): a first argument naming one is
# that command even when a file of that name exists.
COMMANDS = frozenset({"extract", "stats", "find", "check", "diff", "timeline", "show"})


# The options this path reads, by the name click gives their parameter: flags, and options taking a value.
_FLAGS = {"-q": "quiet", "--quiet": "quiet", "-r": "recursive", "--recursive": "recursive"}
_VALUED = {"-f": "format", "--format": "format", "-j": "jobs", "--jobs": "jobs", "--files-from": "files_from"}


def parse(args: list[str], stdout_isatty: bool) -> tuple[str, dict[str, Any]] | None:
    """(format, the parameters click would give `extract`) for a command line this path takes, else None."""
    if os.environ.get("_FACTX_COMPLETE"):
        return None  # the shell asks click for completions
    if args and args[0] == "extract":
        args = args[1:]
    elif not args or (not args[0].startswith("-") and (args[0] in COMMANDS or not os.path.lexists(args[0]))):
        # Another command, or `factx NAME` where NAME is no file: a near miss of a command is click's to tell.
        # (`factx --format jsonl a.txt` is extract's, as the group reads it; --help and --version are not
        # options this path knows, so they go to click below.)
        return None
    fmt: str | None = None
    jobs: int | None = None
    quiet = recursive = False
    files_from: str | None = None
    paths: list[str] = []
    seen: set[str] = set()
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if not arg.startswith("-"):
            paths.append(arg)
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in _FLAGS and not eq:
            option = _FLAGS[name]
        elif name in _VALUED:
            option = _VALUED[name]
            if not eq:
                if i == len(args):
                    return None
                value = args[i]
                i += 1
        else:
            return None  # anything else, `-` and `--` included, is click's to read
        if option in seen:
            return None
        seen.add(option)
        if option == "quiet":
            quiet = True
        elif option == "recursive":
            recursive = True
        elif option == "files_from":
            # A list that is a readable file; stdin (-) and a list that cannot be opened are click's to report.
            if value == "-" or not (os.path.isfile(value) and os.access(value, os.R_OK)):
                return None
            files_from = value
        elif option == "format":
            if value not in _FORMATS:
                return None
            fmt = value
        else:
            if not (value.isascii() and value.isdigit()) or int(value) < 1:
                return None
            jobs = int(value)
    if not paths and files_from is None:
        return None
    fmt = fmt or ("table" if stdout_isatty else "jsonl")
    if fmt not in _FORMATS:
        return None
    from ..batch import DEFAULT_TIMEOUT
    from ..inputs import DEFAULT_MAX_DEPTH, DEFAULT_MAX_RATIO, MAX_DOCUMENT_BYTES

    params: dict[str, Any] = {
        "paths": tuple(paths), "recursive": recursive, "follow_symlinks": False, "hidden": False, "include": (),
        "exclude": (), "files_from": files_from, "text_fields": (), "id_field": None, "max_size": MAX_DOCUMENT_BYTES,
        "max_ratio": float(DEFAULT_MAX_RATIO), "max_depth": DEFAULT_MAX_DEPTH, "jobs": jobs,
        "timeout": float(DEFAULT_TIMEOUT), "quiet": quiet, "ref_date": None, "lang": "auto", "currency": None,
        "types": None, "encoding": None,
    }  # fmt: skip
    return fmt, params


def run(args: list[str], env: Environment) -> None:
    """Run `args` as `factx extract` does and exit, when `parse` takes them; return otherwise."""
    parsed = parse(args, env.stdout_isatty)
    if parsed is None:
        return
    fmt, params = parsed
    from .batchrun import BatchRun, _write_fragments

    batch_run = BatchRun(env, params, keep_text=False, render=fmt)  # type: ignore[arg-type]
    batch_run.output_only = True
    batch_run.walker.defer_named = True
    from . import resume_collection

    resume_collection()  # start-up is over: the documents come next

    def render(outcomes: Any) -> None:
        _write_fragments(env.stdout, fmt, outcomes)  # type: ignore[arg-type]
        env.stdout.flush()

    batch_run.execute(render)
