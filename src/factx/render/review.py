"""The tables of `factx check` (each draft figure with its verdict and evidence) and `factx diff` (figures
added, removed and changed between two versions).

Both keep every column at 80 columns: below `WIDE` cells the table folds the location into the verdict
cell and the note under the sentence, instead of letting rich squeeze a figure column until it is cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ..model import Fact
from ..review.check import Verdict
from ..review.diff import Change
from .layout import Unbroken
from .values import excerpt_figures, human_value

# Below this console width the tables stack cells instead of adding columns.
WIDE = 120


class Reviewed(Protocol):
    """What the tables need of an analysed input (`factx.cli.review.Doc`)."""

    source: str
    text: str
    facts: list[Fact]
    extra: dict[str, Any]

    def ref_note(self) -> str: ...


VERDICT_STYLE = {"supported": "green", "mismatch": "red", "not_found": "yellow"}
VERDICT_MARK = {"supported": "✓ supported", "mismatch": "✗ mismatch", "not_found": "? not found"}
CHANGE_STYLE = {"added": "green", "removed": "red", "changed": "yellow", "unchanged": "dim"}
CHANGE_MARK = {"added": "+ added", "removed": "− removed", "changed": "~ changed", "unchanged": "= same"}


def _where(doc: Reviewed | None, f: Fact) -> str:
    return f"{doc.source if doc else '?'}:{f.line}:{f.column}"


def _snippet(
    doc: Reviewed | None,
    f: Fact,
    style: str,
    above: str = "",
    note: str = "",
    note_style: str = "",
    lead: str = "",
) -> Any:
    """The figure's sentence, cut around it, the figure in bold; in the narrow layout with the figure and
    its value (`lead`) and its location (`above`) on top and the note below. Folded in the cell without
    splitting a figure."""
    from rich.text import Text

    if doc is None:
        return Unbroken(Text(f.sentence))
    s, spans = excerpt_figures(doc.text, f, 16, doc.facts)
    t = Text()
    keep: list[tuple[int, int]] = []
    if lead:
        t.append(lead + "\n", style=f"bold {style}")
        keep.append((0, len(lead)))
    if above:
        t.append(above + "\n", style="dim")
    shift = len(t.plain)
    t.append(Text(s, style="dim"))
    t.stylize(f"bold {style} not dim", spans[0][0] + shift, spans[0][1] + shift)
    if note:
        t.append("\n")
        start = len(t.plain)
        t.append(Text(note, style=note_style))
        keep += _quoted_figures(note, start, doc.facts)
    return Unbroken(t, keep + [(a + shift, b + shift) for a, b in spans])


def _quoted_figures(note: str, offset: int, facts: Sequence[Fact]) -> list[tuple[int, int]]:
    """Spans of figures that a note quotes ("the source gives 今年6月8日至12日"), to keep them whole."""
    spans = []
    for text in {f.text for f in facts if len(f.text) > 1}:
        i = note.find(text)
        while i >= 0:
            spans.append((offset + i, offset + i + len(text)))
            i = note.find(text, i + len(text))
    spans.sort(key=lambda sp: (sp[0], -sp[1]))
    kept: list[tuple[int, int]] = []
    for a, b in spans:  # the longest of overlapping quotes wins
        if not kept or a >= kept[-1][1]:
            kept.append((a, b))
    return kept


def _note(detail: str, difference: str | None) -> str:
    if difference and difference not in detail:
        return f"{difference}: {detail}" if detail else difference
    return detail


def check_table(
    console: Any,
    verdicts: Sequence[Verdict],
    origin: dict[int, Reviewed],
    sources: Sequence[Reviewed],
    drafts: Sequence[Reviewed],
) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    head = Text()
    head.append("draft ", style="dim")
    head.append(", ".join(d.source for d in drafts[:3]) + (" …" if len(drafts) > 3 else ""), style="bold")
    head.append(f" ({drafts[0].ref_note()})" if drafts else "", style="dim")
    head.append("  vs source ", style="dim")
    head.append(", ".join(d.source for d in sources), style="bold")
    head.append(f" ({sources[0].ref_note()})", style="dim")
    console.print(head)
    if not verdicts:
        console.print(Text("the draft has no figure to check", style="yellow"))
        return
    wide = console.width >= WIDE
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_lines=not wide)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("Verdict" if wide else "Verdict / at", no_wrap=True)
    table.add_column("Draft figure", no_wrap=True)
    if wide:
        table.add_column("At", justify="right", style="dim", no_wrap=True)
        table.add_column("Source evidence", no_wrap=True)
        table.add_column("Source sentence", ratio=2, min_width=16)
        table.add_column("Note", ratio=1, min_width=8)
    else:  # evidence, its place, sentence and note stacked in one cell that folds
        table.add_column("Source evidence / sentence / note", ratio=1, min_width=20)
    for k, v in enumerate(verdicts, 1):
        style = VERDICT_STYLE[v.verdict]
        if v.verdict == "mismatch" and v.severity == "minor":
            style = "dark_orange"
        minor = " (minor)" if v.severity == "minor" else ""
        claim = Text(v.claim.text, style=f"bold {style}")
        claim.append(f"\n{human_value(v.claim)}", style="dim")
        d_doc = origin.get(id(v.claim))
        at = f"{v.claim.line}:{v.claim.column}" if d_doc and not d_doc.extra.get("claim") else _where(d_doc, v.claim)
        # A plain match needs no words; every other verdict says why (the check record's `reason`).
        plain = v.verdict == "supported" and not v.detail
        note = "" if plain else (v.reason or _note(v.detail, v.difference))
        e_doc = origin.get(id(v.evidence)) if v.evidence is not None else None
        if wide:
            verdict = Text(VERDICT_MARK[v.verdict] + minor, style=f"bold {style}")
            if v.evidence is not None:
                ev = Text(v.evidence.text, style="bold")
                ev.append(f"\n{human_value(v.evidence)}", style="dim")
                ev.append(f"\n{_where(e_doc, v.evidence)}", style="dim")
                sent = _snippet(e_doc, v.evidence, style)
            else:
                ev, sent = Text("—", style="dim"), Unbroken(Text(""))
            table.add_row(str(k), verdict, claim, Text(at), ev, sent, Unbroken(Text(note, style=style)))
            continue
        verdict = Text(VERDICT_MARK[v.verdict], style=f"bold {style}")
        verdict.append(f"\n{minor.strip()}" if minor else "", style=style)
        verdict.append(f"\n{at}", style="dim")
        if v.evidence is not None:
            head = f"{v.evidence.text}  {human_value(v.evidence)}"
            cell = _snippet(e_doc, v.evidence, style, above=_where(e_doc, v.evidence), note=note, note_style=style,
                            lead=head)  # fmt: skip
        else:
            cell = Unbroken(Text(f"—\n{note}" if note else "—", style=style))
        table.add_row(str(k), verdict, claim, cell)
    console.print(table)
    counts = {k: sum(v.verdict == k for v in verdicts) for k in VERDICT_STYLE}
    minor = sum(v.severity == "minor" for v in verdicts)
    summary = Text(f"{len(verdicts)} figures: ")
    summary.append(f"{counts['supported']} supported", style="green")
    summary.append(", ")
    summary.append(f"{counts['mismatch']} mismatched" + (f" ({minor} minor)" if minor else ""), style="red")
    summary.append(", ")
    summary.append(f"{counts['not_found']} not found", style="yellow")
    console.print(summary)


def _fig(f: Fact, style: str) -> Any:
    from rich.text import Text

    t = Text(f.text, style=f"bold {style}")
    t.append(f"\n{human_value(f)}", style="dim")
    t.append(f"\n{f.line}:{f.column}", style="dim")
    return t


def diff_table(console: Any, changes: Sequence[Change], old: Reviewed, new: Reviewed) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    head = Text()
    head.append(old.source, style="bold red")
    head.append(f" ({old.ref_note()})  →  ", style="dim")
    head.append(new.source, style="bold green")
    head.append(f" ({new.ref_note()})", style="dim")
    console.print(head)
    real = [c for c in changes if c.change != "unchanged"]
    if not changes:
        console.print(Text("no figure changed", style="green"))
        return
    wide = console.width >= WIDE
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_lines=not wide)
    table.add_column("Change", no_wrap=True)
    if wide:
        table.add_column("Old", no_wrap=True)
        table.add_column("", no_wrap=True)
        table.add_column("New", no_wrap=True)
        table.add_column("Sentence", ratio=2, min_width=16)
        table.add_column("Note", ratio=1, min_width=8)
    else:  # old above new in one column; the note under the sentence
        table.add_column("Old → new", no_wrap=True)
        table.add_column("Sentence / note", ratio=1, min_width=20)
    for c in changes:
        style = CHANGE_STYLE[c.change]
        if c.change == "changed" and c.severity == "minor":
            style = "dark_orange"
        old_cell = _fig(c.old, "red") if c.old else Text("—", style="dim")
        new_cell = _fig(c.new, "green") if c.new else Text("—", style="dim")
        shown = c.new if c.new is not None else c.old
        assert shown is not None
        doc = new if c.new is not None else old
        note = _note(c.detail, c.difference)
        mark = Text(CHANGE_MARK[c.change], style=f"bold {style}")
        if wide:
            arrow = "→" if c.change in ("changed", "unchanged") else ""
            sent = _snippet(doc, shown, style)
            table.add_row(mark, old_cell, arrow, new_cell, sent, Unbroken(Text(note, style=style)))
        else:
            both = Text.assemble(old_cell, Text("\n→ ", style="dim"), new_cell)
            table.add_row(mark, both, _snippet(doc, shown, style, note=note, note_style=style))
    console.print(table)
    counts = {k: sum(c.change == k for c in real) for k in ("added", "removed", "changed")}
    console.print(f"{counts['changed']} changed, {counts['added']} added, {counts['removed']} removed")
