"""The one place that looks at the terminal: standard streams, whether each is a terminal, the width to draw
tables at and whether to use colour (httpie's `Environment` idea).

`run()` makes one `Environment` from the real process and hands it to every command through click's
context object; a test passes its own, e.g. `Environment.fake(stdout_isatty=True)`, to see what a
terminal user sees without one. Nothing else in factx calls `isatty()` or reads the terminal size.

Colour: `--color never` turns it off; otherwise NO_COLOR (any non-empty value, no-color.org) turns it off;
otherwise `--color always` or FORCE_COLOR turns it on; otherwise colour follows whether stdout is a
terminal.

Safety: every console made here shows control characters of what it prints as visible stand-ins
(`render.safe.terminal_text`), and `say` does the same for stderr lines, so no escape sequence of a document
or a file name reaches the terminal.
"""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass, field
from typing import IO, Any, Literal

ColorChoice = Literal["auto", "always", "never"]

# Width for output that goes to a file or pipe: wide enough that tables are not folded for a reader who
# opens the file later; COLUMNS overrides it.
PIPE_WIDTH = 160


class _CurrentStdout:
    """Writes to whatever `sys.stdout` is at the moment: while the progress bar runs on the same terminal it
    wraps sys.stdout to print above the bar, and it may start after the renderer has begun."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()

    def isatty(self) -> bool:
        return sys.stdout.isatty()

    def fileno(self) -> int:
        return sys.stdout.fileno()


@dataclass
class Environment:
    """Streams and terminal facts for one run of the program."""

    stdin: IO[str] = field(default_factory=lambda: sys.stdin)
    stdout: IO[str] = field(default_factory=lambda: _CurrentStdout())  # type: ignore[arg-type,return-value]
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    stdin_isatty: bool = False
    stdout_isatty: bool = False
    stderr_isatty: bool = False
    width: int = PIPE_WIDTH
    no_color_env: bool = False  # NO_COLOR is set
    force_color_env: bool = False  # FORCE_COLOR is set
    color: ColorChoice = "auto"

    @classmethod
    def from_system(cls) -> Environment:
        """The real process: its streams as they are now (click's test runner swaps them), their terminal
        status, the terminal width when stdout is a terminal, COLUMNS (or 160) when it is not."""

        def tty(stream: Any) -> bool:
            try:
                return bool(stream.isatty())
            except (AttributeError, ValueError):  # a closed or exotic stream
                return False

        out_tty = tty(sys.stdout)
        columns = os.environ.get("COLUMNS", "")
        if out_tty:
            import shutil  # here: it imports the compression modules, which a piped run never needs

            width = shutil.get_terminal_size((80, 24)).columns
        else:
            width = int(columns) if columns.isdigit() and int(columns) > 0 else PIPE_WIDTH
        return cls(
            stdin=sys.stdin,
            stdout=_CurrentStdout(),  # type: ignore[arg-type]
            stderr=sys.stderr,
            stdin_isatty=tty(sys.stdin),
            stdout_isatty=out_tty,
            stderr_isatty=tty(sys.stderr),
            width=width,
            no_color_env=bool(os.environ.get("NO_COLOR")),
            force_color_env=bool(os.environ.get("FORCE_COLOR")),
        )

    @classmethod
    def fake(cls, **overrides: Any) -> Environment:
        """In-memory streams (read them back with `.stdout.getvalue()`), 80 columns, no terminal unless
        told otherwise: for tests."""
        values: dict[str, Any] = {"stdin": io.StringIO(), "stdout": io.StringIO(), "stderr": io.StringIO(), "width": 80}
        values.update(overrides)
        return cls(**values)

    @property
    def use_color(self) -> bool:
        if self.color == "never" or self.no_color_env:
            return False
        return self.color == "always" or self.force_color_env or self.stdout_isatty

    def say(self, message: str) -> None:
        """One line on stderr, control characters made visible (a file name may carry escape sequences)."""
        from ..render.safe import terminal_text

        self.stderr.write(terminal_text(message) + "\n")
        self.stderr.flush()

    def console(self) -> Any:
        """A rich console on stdout at this environment's width and colour; a closed pipe raises
        BrokenPipeError (rich would exit 1 by itself) so the command keeps its exit status."""

        class _Console(safe_console_class()):  # type: ignore[misc]
            def on_broken_pipe(self) -> None:
                raise BrokenPipeError

        color = self.use_color
        return _Console(
            file=self.stdout,
            width=self.width,
            highlight=False,
            soft_wrap=False,
            force_terminal=color or self.stdout_isatty,
            no_color=not color,
            # A real terminal says what it can show; forced colour into a pipe uses the 16 basic colours.
            color_system=("auto" if self.stdout_isatty else "standard") if color else None,
        )

    def stderr_console(self) -> Any:
        """A rich console on stderr, for the progress bar."""
        return safe_console_class()(
            file=self.stderr, width=self.width, force_terminal=self.stderr_isatty, highlight=False
        )


def safe_console_class() -> Any:
    """rich's Console, writing every text segment through `terminal_text`. Segments that rich marks as
    control (cursor moves of the progress bar) and the style codes rich adds itself are left alone: only
    text that came from the input is changed, one character for one, so the layout holds."""
    from rich.console import Console
    from rich.segment import Segment

    from ..render.safe import terminal_text

    class SafeConsole(Console):
        def _render_buffer(self, buffer: Any) -> str:
            safe = (seg if seg.control else Segment(terminal_text(seg.text, lines=True), seg.style) for seg in buffer)
            return super()._render_buffer(safe)

    return SafeConsole
