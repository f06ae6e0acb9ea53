"""`stratgraph eval`: extraction scored against gold sets, or two annotators' gold
against each other (docs/gold-format.md)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:
    from ingest.evaluation.evaluate import SetReport

console = Console()
err = Console(stderr=True)


def _score(name: str, directory: Path, pages: Path | None, against: Path | None) -> SetReport:
    if against is not None:
        from ingest.evaluation.eval_agreement import agreement_set

        return agreement_set(name, directory, against)
    from ingest.evaluation.evaluate import evaluate_set

    return evaluate_set(name, directory, pages)


def eval_command(
    gold: Annotated[
        Path, typer.Option(help="Directory of gold sets (one sub-directory per set).")
    ] = Path("tests/gold"),
    set_names: Annotated[
        list[str] | None,
        typer.Option("--set", help="Only this set (repeatable); default: every set."),
    ] = None,
    pages: Annotated[
        Path | None,
        typer.Option(help="Real pages' texts (<name>.txt), instead of <set>/pages/."),
    ] = None,
    details: Annotated[
        bool, typer.Option(help="Also list, per text, the misses and false positives.")
    ] = False,
    by_rule: Annotated[
        bool, typer.Option("--by-rule", help="Also print each rule's true and false positives.")
    ] = False,
    brief: Annotated[
        bool,
        typer.Option(
            help="Only a line per set (entities and relations P / R / F1, dates, merged "
            "nodes) and the chosen sets pooled."
        ),
    ] = False,
    pool: Annotated[
        bool,
        typer.Option(
            "--pooled",
            help="Also print the per-label tables of the chosen sets pooled into one.",
        ),
    ] = False,
    against: Annotated[
        Path | None,
        typer.Option(
            help="A second annotator's gold files for pages of the set: score them against "
            "the set's gold instead of running extraction (inter-annotator agreement). "
            "Needs exactly one --set."
        ),
    ] = None,
) -> None:
    """Score extraction against gold annotations (docs/gold-format.md); exit 0 whatever
    the scores, 2 on bad input. Real-page sets whose pages are not rebuilt are skipped."""
    from ingest.evaluation.eval_brief import pooled, render_brief
    from ingest.evaluation.eval_slices import render_dates, render_groups, render_rules
    from ingest.evaluation.evaluate import (
        GoldError,
        PagesMissingError,
        find_sets,
        render_details,
        render_set,
    )

    if not gold.is_dir():
        err.print(f"[red]no gold directory {escape(str(gold))}[/red] (give one with --gold)")
        raise typer.Exit(2)
    for given, what in ((pages, "pages"), (against, "second annotator's")):
        if given is not None and not given.is_dir():
            err.print(f"[red]no {what} directory {escape(str(given))}[/red]")
            raise typer.Exit(2)
    if brief and (details or by_rule):
        err.print("[red]--brief prints a line per set:[/red] drop --details and --by-rule")
        raise typer.Exit(2)
    if against is not None and len(set_names or ()) != 1:
        err.print("[red]--against needs exactly one --set[/red] (the set both annotated)")
        raise typer.Exit(2)
    sets = find_sets(gold)
    unknown = sorted(set(set_names or ()) - set(sets))
    if unknown:
        err.print(f"[red]no such gold set(s) in {escape(str(gold))}:[/red] {', '.join(unknown)}")
        err.print(f"sets: {', '.join(sets) or 'none'}")
        raise typer.Exit(2)
    chosen = [name for name in sets if not set_names or name in set_names]
    if not chosen:
        err.print(f"[red]no gold sets in {escape(str(gold))}[/red]")
        raise typer.Exit(2)
    reports: list[SetReport] = []
    for name in chosen:
        try:
            report = _score(name, sets[name], pages, against)
        except PagesMissingError as exc:
            console.print(
                f"set {name}: skipped, its real pages are not present ({exc}). Public page "
                "text is never committed: rebuild the pages with tests/gold/rebuild_pages.py "
                f"(see {sets[name] / 'README.md'}) or pass --pages DIR.",
                markup=False,
                highlight=False,
            )
            continue
        except GoldError as exc:
            err.print("[red]bad gold file:[/red] ", end="")
            err.print(str(exc), markup=False, highlight=False)
            raise typer.Exit(2) from exc
        if not report.texts:
            console.print(f"set {name}: no gold files yet")
            continue
        reports.append(report)
        if brief:
            continue
        render_set(report, console)
        render_groups(report, console)
        render_dates(report, console)
        if by_rule:
            render_rules(report, console)
        if details:
            render_details(report, console)
        console.print(report.summary(), markup=False, highlight=False)
    if brief and reports:
        render_brief(reports, console)
    if pool and reports:
        total = pooled(reports)
        render_set(total, console)
        render_dates(total, console)
