"""`stratgraph person show|erase|restrict|erasures`: personal data from the command line
(docs/privacy.md)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from graph.privacy import NotAPersonError

if TYPE_CHECKING:
    from graph.person_facts import PersonFacts, PersonLink, Quote
    from graph.store import GraphStore

person_app = typer.Typer(
    help="What the graph holds about a person; erasure and restriction.", no_args_is_help=True
)
console = Console()
err = Console(stderr=True)


def _store() -> GraphStore:
    from stratgraph.cli import _store as open_configured

    return open_configured()


@person_app.command("show")
def show(
    person: Annotated[str, typer.Argument(help="A person's id, or words of their name.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Every fact about a person: the node, roles with dates, links, and the quotes that
    name them, each with its source. Exit 1 when no person matches."""
    from graph.person_facts import find_people, person_facts

    store = _store()
    try:
        found = [person_facts(store, p) for p in find_people(store, person)]
    except ValueError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    if as_json:
        typer.echo(json.dumps([f.as_json() for f in found], ensure_ascii=False, indent=2))
    else:
        for facts in found:
            _print_facts(facts)
    if not found:
        err.print(f"no person matches {escape(person)!r}")
        raise typer.Exit(1)


def _print_facts(facts: PersonFacts) -> None:
    party = f" ({escape(facts.party)})" if facts.party else ""
    restricted = " [yellow]restricted[/yellow]" if facts.restricted else ""
    console.print(f"[bold]{escape(facts.name)}[/bold]{party}  {escape(facts.id)}{restricted}")
    for caption, links in (("roles", facts.roles), ("links", facts.links)):
        if links:
            console.print(_links_table(caption, links))
    for caption, quotes in (
        ("quotes that name them", facts.mentions),
        ("other quotes with their name", facts.other_quotes),
    ):
        if quotes:
            console.print(_quotes_table(caption, quotes))


def _links_table(caption: str, links: list[PersonLink]) -> Table:
    table = Table(title=caption, title_justify="left")
    for column in ("type", "title", "other end", "stated", "evidence"):
        table.add_column(column)
    for x in links:
        arrow = "->" if x.direction == "OUTGOING" else "<-"
        other = f"{arrow} {x.other_name} ({x.other_id})"
        evidence = "\n".join(_cite(q) for q in x.evidence)
        table.add_row(*(escape(v) for v in (x.type, x.title or "", other, x.date or "", evidence)))
    return table


def _quotes_table(caption: str, quotes: list[Quote]) -> Table:
    table = Table(title=caption, title_justify="left")
    table.add_column("quote")
    table.add_column("source")
    for q in quotes:
        table.add_row(escape(q.quote), escape(_source(q)))
    return table


def _source(q: Quote) -> str:
    page = f", page {q.page}" if q.page else ""
    published = f" ({q.source.published_on})" if q.source.published_on else ""
    return f"{q.source.uri}{published}{page}"


def _cite(q: Quote) -> str:
    return f'"{q.quote}" ({_source(q)})'


@person_app.command("erase")
def erase(
    person_id: Annotated[str, typer.Argument(help="The person's id (Person:...).")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Erase a person: node, links and mentions removed, their name redacted in every
    stored quote and source text, the erasure logged (id, salted hash, time), and every
    later ingest keeps them out. Exit 1 when there is no such person."""
    if not yes and not typer.confirm(f"Erase {person_id} for good?"):
        raise typer.Exit(1)
    store = _store()
    try:
        report = store.erase_person(person_id)
    except NotAPersonError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    if report is None:
        err.print(f"no person {escape(person_id)!r}")
        raise typer.Exit(1)
    e = report.erasure
    console.print(f"erased: erasure {e.erasure_id} at {e.erased_at}, subject hash {e.subject_hash}")
    console.print(
        f"removed {report.links_removed} links and {report.mentions_removed} mentions; "
        f"redacted {report.sources_redacted} sources, {report.quotes_redacted} quotes "
        f"and {report.nodes_redacted} other nodes"
    )


@person_app.command("restrict")
def restrict(
    person_id: Annotated[str, typer.Argument(help="The person's id (Person:...).")],
    lift: Annotated[bool, typer.Option("--lift", help="Lift the restriction.")] = False,
) -> None:
    """Restrict a person: API answers show them as "role holder", with their roles and
    chains, under another id. --lift ends it. Exit 1 when there is no such person."""
    store = _store()
    try:
        if lift:
            lifted = store.lift_restriction(person_id)
            console.print("restriction lifted" if lifted else "no restriction was in force")
            return
        restriction = store.restrict_person(person_id)
    except NotAPersonError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    if restriction is None:
        err.print(f"no person {escape(person_id)!r}")
        raise typer.Exit(1)
    console.print(f'restricted; API answers show {escape(restriction.alias)} as "role holder"')


@person_app.command("erasures")
def erasures() -> None:
    """The erasure log: id, salted hash and time of each erasure, oldest first."""
    store = _store()
    try:
        log = store.erasures()
    finally:
        store.close()
    table = Table(title=f"erasures in {store.name}")
    for column in ("erasure id", "erased at", "subject hash"):
        table.add_column(column)
    for e in log:
        table.add_row(e.erasure_id, e.erased_at, e.subject_hash)
    console.print(table)
