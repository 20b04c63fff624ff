"""Exit statuses and the stderr lines every command shares, without click: the plain extract path
(`cli.fast`) reports through these without importing the command group (see `app` for what each status
means)."""

from __future__ import annotations

import contextlib
import os
import sys
from enum import IntEnum


class ExitStatus(IntEnum):
    SUCCESS = 0
    FLAGGED = 1
    USAGE = 2
    WRITE_FAILED = 74
    INTERRUPTED = 130


def quiet_pipe() -> None:
    """After `| head` closes the pipe, send what is left to /dev/null so the exit does not complain."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def write_failed(e: OSError) -> tuple[ExitStatus, str]:
    """The status and the one line for output that could not be written; what is left in the buffer is sent
    to /dev/null so that the exit does not add Python's own complaint."""
    quiet_pipe()
    return ExitStatus.WRITE_FAILED, f"factx: cannot write the output ({e.strerror or e})"


def decode_warning(source: str, errors: int, encoding: str | None) -> str:
    """The one stderr line for a document read with undecodable bytes replaced (contract v2)."""
    what = f"{errors} undecodable byte{'s' if errors != 1 else ''}"
    return f"factx: replaced {what} in {source} with U+FFFD (read as {encoding}; the rest of it is read)"
