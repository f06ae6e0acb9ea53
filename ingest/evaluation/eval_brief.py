"""One line per gold set, and the chosen sets pooled: how to read many sets at once.

Why: a change is judged on the totals of several sets (the held-out ones above all),
and twenty sets of per-label tables hide them; pooling also counts the held-out sets'
misses by label without printing any page's details.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console

from ingest.evaluation.eval_scores import Counts, SetReport

__all__ = ["pooled", "render_brief"]


def pooled(reports: Sequence[SetReport]) -> SetReport:
    """The chosen sets' texts as one set, to count by label over all of them."""
    name = "+".join(r.name for r in reports) if len(reports) <= 3 else "pooled"
    return SetReport(name=name, texts=[t for r in reports for t in r.texts])


def _prf(c: Counts) -> str:
    return f"{c.precision:.3f}/{c.recall:.3f}/{c.f1:.3f}"


def _dates(report: SetReport) -> str:
    total = report.dated
    return f"{total.tp} of {total.gold}" if total.gold else "-"


def render_brief(reports: Sequence[SetReport], console: Console) -> None:
    """A line per set (entities and relations P/R/F1, dates read right, merged nodes),
    and a pooled line when there are several: plain text, never cut to the terminal."""
    rows = [(r.name, r) for r in reports]
    if len(rows) > 1:
        rows.append(("pooled", pooled(reports)))
    width = max(len("set"), *(len(name) for name, _ in rows))
    header = f"{'set':<{width}}  texts  entities P/R/F1    relations P/R/F1   dates     merged"
    console.print(header, markup=False, highlight=False)
    for name, report in rows:
        line = (
            f"{name:<{width}}  {len(report.texts):>5}  {_prf(report.entity_total)}  "
            f"{_prf(report.relation_total)}  {_dates(report):<8}  {len(report.merged):>6}"
        )
        console.print(line, markup=False, highlight=False, soft_wrap=True)
