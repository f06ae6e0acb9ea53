"""Slices of an evaluation: scores per topic, level and page type, per rule, and dates.

Why apart from ingest.evaluation.eval_render: these read a finished SetReport and slice it
other ways than per label and type (the real-page sets' topic, level and page type, and
`stratgraph eval --by-rule`), while ingest.evaluation.eval_render prints the set's own
tables and details.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rich.console import Console
from rich.table import Table

from ingest.evaluation.eval_scores import Counts, SetReport, TextReport

__all__ = ["group_scores", "render_dates", "render_groups", "render_rules"]


def group_scores(
    report: SetReport, key: Callable[[TextReport], str | None]
) -> dict[str, tuple[int, Counts, Counts]]:
    """Group -> (texts, entity total, relation total), for texts that have the key."""
    groups: dict[str, tuple[int, Counts, Counts]] = {}
    for text in report.texts:
        name = key(text)
        if name is None:
            continue
        n, ents, rels = groups.get(name, (0, Counts(), Counts()))
        for c in text.entities.values():
            ents.add(c)
        for c in text.relations.values():
            rels.add(c)
        groups[name] = (n + 1, ents, rels)
    return dict(sorted(groups.items()))


def _pr(c: Counts) -> list[str]:
    return [f"{c.precision:.2f}", f"{c.recall:.2f}", f"{c.f1:.2f}"]


def render_groups(report: SetReport, console: Console) -> None:
    """One table per slicing (topic, level, page type) that the set's gold files record."""
    slicings: Mapping[str, Callable[[TextReport], str | None]] = {
        "topic": lambda t: t.topic,
        "level": lambda t: t.level,
        "page type": lambda t: t.page_type,
    }
    for what, key in slicings.items():
        groups = group_scores(report, key)
        if not groups:
            continue
        table = Table(title=f"set {report.name}: by {what}", title_justify="left")
        table.add_column(what, overflow="fold")
        for column in ("texts", "ent P", "ent R", "ent F1", "rel P", "rel R", "rel F1"):
            table.add_column(column, justify="right")
        for name, (n, ents, rels) in groups.items():
            table.add_row(name, str(n), *_pr(ents), *_pr(rels))
        console.print(table)


def render_rules(report: SetReport, console: Console) -> None:
    """Each rule's true and false positives (mentions of entities, and links)."""
    merged: dict[str, Counts] = {}
    for text in report.texts:
        for rule, c in text.rules.items():
            merged.setdefault(rule, Counts()).add(c)
    table = Table(title=f"set {report.name}: by rule", title_justify="left")
    for column in ("rule", "TP", "FP", "P"):
        table.add_column(column, justify="left" if column == "rule" else "right")
    for rule, c in sorted(merged.items(), key=lambda kv: (-kv[1].fp, kv[0])):
        table.add_row(rule, str(c.tp), str(c.fp), f"{c.precision:.2f}")
    console.print(table)


def render_dates(report: SetReport, console: Console) -> None:
    """How many stated adoption and decision dates were read right."""
    total, merged = report.dated, report.merged
    if total.gold:
        console.print(
            f"set {report.name}: dates of stated adoptions and decisions read right: "
            f"{total.tp} of {total.gold} ({total.tp / total.gold:.0%})",
            markup=False,
            highlight=False,
        )
    console.print(
        f"set {report.name}: gold documents or organisations merged into one node: {len(merged)}",
        markup=False,
        highlight=False,
    )
    for line in merged:
        console.print(f"  {line}", markup=False, highlight=False)
