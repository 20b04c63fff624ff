"""Text made safe for a terminal: every control character a document or a file name could carry is shown as
a visible stand-in, so no escape sequence from the input reaches the terminal (clipboard writes with OSC 52,
screen clears, hyperlinks, window titles, bidi overrides that reorder what a reader sees).

One helper, `terminal_text`, used for everything printed to a terminal (tables, `show`, stderr lines,
progress); the console of `cli.env` applies it once more to every segment it writes. Machine formats (JSON,
JSONL) never go through it: they stay exact, and JSON escapes control characters itself.

Every replacement is one character for one, so offsets computed on the original text (a figure's span in
a sentence excerpt) stay right on the safe text.
"""

from __future__ import annotations

# C0 controls become the Unicode "control pictures" (ESC → ␛, BEL → ␇), DEL becomes ␡: visible, and a
# reader can still tell what was there.
_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20)}
_TABLE[0x7F] = "\u2421"
# C1 controls (0x9B is a one-byte CSI on some terminals) and the invisible characters that reorder or hide
# text (bidi embeddings, overrides and isolates; line/paragraph separators) have no picture: U+FFFD.
for _c in [*range(0x80, 0xA0), 0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028,
           0x2029]:  # fmt: skip
    _TABLE[_c] = "\ufffd"
# A lone surrogate (undecodable bytes of a file name) cannot be written by a UTF-8 terminal stream.
for _c in range(0xD800, 0xE000):
    _TABLE[_c] = "\ufffd"

_KEEP_LINES = {k: v for k, v in _TABLE.items() if k not in (0x0A, 0x09)}
_ONE_LINE = {**_TABLE, 0x0A: " ", 0x0D: " ", 0x09: " "}


def terminal_text(s: str, *, lines: bool = False) -> str:
    """`s` with every control character visible. `lines=True` keeps newlines and tabs (running text such as
    `show`); otherwise they become spaces (one cell, one stderr line)."""
    return s.translate(_KEEP_LINES if lines else _ONE_LINE)


def is_terminal_safe(s: str, *, lines: bool = False) -> bool:
    """True when `terminal_text` would leave `s` unchanged."""
    return terminal_text(s, lines=lines) == s
