"""The `factx` command group, its exit statuses and its one error style.

Exit status (`ExitStatus`, the same vocabulary for every command):
  0 SUCCESS      everything read; nothing flagged.
  1 FLAGGED      the command ran to the end and printed its result, but something needs a look: a document
                 could not be read (extract, stats, timeline: the others were still processed), a draft
                 figure is not supported (check), a figure changed (diff).
  2 USAGE        nothing could be done: a bad option, a missing argument, no input, an unknown command, or
                 the input that a review command compares or shows (check, diff, show) cannot be read.
  74 WRITE_FAILED the output could not be written (a full disk: `> /dev/full`, an I/O error); what was
                 written may be incomplete (sysexits' EX_IOERR).
  130 INTERRUPTED Ctrl-C.
A closed output pipe (`| head`) ends quietly and keeps the status the output would have had.

Errors: one line on stderr, `factx: <what> (<why>)`, never a traceback and never click's `Error:`.
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from typing import IO, Any, NoReturn

import click

from .. import __version__
from .env import Environment
from .help import FactxCommand, FactxContext
from .status import ExitStatus, decode_warning, write_failed  # noqa: F401  (re-exported: the commands import them here)

# Every command and the module of `factx.cli` that defines it. A command's module is imported when that
# command runs (or when the list of commands is shown), so each command loads only what it needs.
COMMAND_MODULES = {
    "extract": "extract", "stats": "extract", "find": "find",
    "check": "review", "diff": "review", "timeline": "review", "show": "review",
}  # fmt: skip


def load_all_commands() -> None:
    """Register every command on `main` (for `--help`, and for code that walks `main.commands`)."""
    for module in dict.fromkeys(COMMAND_MODULES.values()):
        import_module(f"{__package__}.{module}")


class InputError(click.ClickException):
    """An input that a command cannot do without could not be read: `factx: cannot read X (why)`, exit 2."""

    exit_code = ExitStatus.USAGE

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"cannot read {source} ({reason})")


def error_line(e: click.ClickException) -> str:
    """click's message in factx's style: `<what> (<why>)`, lower case, no trailing full stop."""
    if isinstance(e, getattr(click.exceptions, "NoArgsIsHelpError", ())):  # `factx` alone, on a terminal (click ≥ 8.2)
        return "no input (give PATH..., pipe a document in, or see 'factx --help')"
    message = e.format_message().strip().rstrip(".")
    if isinstance(e, InputError):
        return message
    message = message[:1].lower() + message[1:]
    if isinstance(e, click.UsageError) and not isinstance(e, _UnknownCommand):
        what, sep, why = message.partition(": ")
        hint = f"see '{e.ctx.command_path} --help'" if e.ctx is not None else "see 'factx --help'"
        return f"{what} ({why}; {hint})" if sep else f"{message} ({hint})"
    return message


class _UnknownCommand(click.UsageError):
    """A first argument that is neither a command nor an existing file, but close to a command's name."""


class FactxGroup(click.Group):
    """`factx PATH…` is short for `factx extract PATH…`; `factx` alone with piped input reads stdin; a
    near-miss command name that is not a file gets a suggestion; errors are printed in factx's style; help
    is wrapped by display width (`help.FactxContext`)."""

    context_class = FactxContext
    command_class = FactxCommand

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMAND_MODULES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            import_module(f"{__package__}.{COMMAND_MODULES[cmd_name]}")
        return self.commands.get(cmd_name)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not isinstance(ctx.obj, Environment):
            ctx.obj = Environment.from_system()
        env: Environment = ctx.obj
        if not args and not env.stdin_isatty:
            args = ["extract"]
        elif args and args[0] not in self.list_commands(ctx) and args[0] not in ("--help", "-h", "--version"):
            first = args[0]
            if not first.startswith("-") and not os.path.lexists(first):
                import difflib

                close = difflib.get_close_matches(first, self.list_commands(ctx), n=1, cutoff=0.6)
                if close and os.sep not in first and "." not in first:
                    raise _UnknownCommand(f"no such command '{first}'; did you mean '{close[0]}'?", ctx)
            args = ["extract", *args]
        return super().parse_args(ctx, args)

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:  # type: ignore[override]
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        env = kwargs.get("obj")
        stderr = env.stderr if isinstance(env, Environment) else None
        try:
            status = super().main(*args, standalone_mode=False, **kwargs)
        except click.ClickException as e:
            fail(error_line(e), e.exit_code, stderr)
        except click.Abort:
            fail("interrupted", ExitStatus.INTERRUPTED, stderr)
        except BrokenPipeError:
            raise  # (`| head`: the entry point ends quietly)
        except Exception as e:
            # A bug outside the per-document barriers (a review rule, a renderer): one line, never a traceback,
            # and a status that cannot pass for "all good" (nothing was compared or written in full).
            fail(f"internal error ({type(e).__name__}: {e}); please report it", ExitStatus.USAGE, stderr)
        sys.exit(status if isinstance(status, int) else ExitStatus.SUCCESS)


def fail(message: str, status: int, stderr: IO[str] | None = None) -> NoReturn:
    """The one error line, `factx: <what> (<why>)`, then exit with `status`."""
    from ..render.safe import terminal_text

    click.echo(terminal_text(f"factx: {message}"), file=stderr or sys.stderr)
    sys.exit(status)


@click.group(name="factx", cls=FactxGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factx")
def main() -> None:
    """Extract every figure from news articles: money, dates, counts, percentages, durations,
    quantities and ordinals, normalized and located.

    \b
    Examples:
      factx article.txt                          tables in the terminal
      factx extract --format jsonl a.txt | jq .  one JSON fact per line
      factx --type money,date --ref-date 2020-07-15 article.txt
      cat article.txt | factx
      factx check source.txt draft.txt           the draft's figures checked

    \b
    Exit status, for every command: 0 success; 1 the result is printed but
    something needs a look (a document not read; a figure not supported; a
    figure changed); 2 usage error, or an input that check, diff or show needs
    cannot be read; 74 the output could not be written; 130 interrupted.
    """
