"""Printing an evaluation: the score tables of a set, and each text's misses and
false positives."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Console
from rich.table import Table

from ingest.evaluation.eval_scores import Counts, SetReport

__all__ = ["render_details", "render_set"]


def _fmt(value: float, defined: bool) -> str:
    return f"{value:.3f}" if defined else "-"


def _row(table: Table, name: str, c: Counts, *, style: str | None = None) -> None:
    table.add_row(
        name,
        str(c.gold),
        str(c.predicted),
        str(c.tp),
        str(c.fp),
        str(c.fn),
        _fmt(c.precision, c.predicted > 0),
        _fmt(c.recall, c.gold > 0),
        _fmt(c.f1, c.gold + c.predicted > 0),
        style=style,
    )


def _table(title: str, first: str, rows: Mapping[str, Counts], total: Counts) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first)
    for column in ("gold", "pred", "TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(column, justify="right")
    for key, c in rows.items():
        _row(table, key, c)
    table.add_section()
    _row(table, "micro total", total, style="bold")
    return table


def render_set(report: SetReport, console: Console) -> None:
    """The score tables of one set: entities per label, relations per type."""
    n = len(report.texts)
    console.print(
        _table(
            f"set {report.name} ({n} text{'s' if n != 1 else ''}): entities",
            "label",
            report.entities,
            report.entity_total,
        )
    )
    console.print(
        _table(f"set {report.name}: relations", "type", report.relations, report.relation_total)
    )


def render_details(report: SetReport, console: Console) -> None:
    """Per text: what gold has that extraction missed, and what it said that gold lacks."""
    for text in report.texts:
        console.rule(f"{report.name}/{text.name}")
        for note in text.notes:
            console.print("  [yellow]note[/yellow] ", end="")
            console.print(note, markup=False, highlight=False, soft_wrap=True)
        for miss in text.misses:
            console.print("  [red]miss[/red] ", end="")
            console.print(miss, markup=False, highlight=False, soft_wrap=True)
        for fp in text.false_positives:
            console.print("  [magenta]false positive[/magenta] ", end="")
            console.print(fp, markup=False, highlight=False, soft_wrap=True)
        if not (text.misses or text.false_positives):
            console.print("  all correct")
