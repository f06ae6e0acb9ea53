"""The `stratgraph` command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from graph.store import GraphStore, StoreError

if TYPE_CHECKING:
    from ingest.batch import FileResult
from stratgraph.cli_eval import eval_command
from stratgraph.cli_export import export_command
from stratgraph.cli_neo4j import neo4j_app
from stratgraph.cli_person import person_app
from stratgraph.settings import Settings

# From this many files on, `ingest` extracts in worker processes by default.
_PARALLEL_FROM = 8

app = typer.Typer(
    help="Knowledge graph of Swedish public-sector steering documents.", no_args_is_help=True
)
app.add_typer(neo4j_app, name="neo4j")
app.add_typer(person_app, name="person")
app.command("export")(export_command)
app.command("eval")(eval_command)
report_app = typer.Typer(help="Tables for the follow-up reporting to SKR.", no_args_is_help=True)
app.add_typer(report_app, name="report")
console = Console()
err = Console(stderr=True)


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        messages = "; ".join(str(e["msg"]) for e in exc.errors())
        err.print(f"[red]configuration error:[/red] {escape(messages)}")
        raise typer.Exit(2) from exc


def _store() -> GraphStore:
    from graph.factory import open_store

    try:
        return open_store(_settings().store_config())
    except StoreError as exc:
        err.print(f"[red]store error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc


@app.command()
def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(help=".txt/.html/.pdf files, directories, or http(s) URLs."),
    ],
    force: Annotated[
        bool, typer.Option(help="Re-extract sources whose content is unchanged.")
    ] = False,
    follow_pdfs: Annotated[
        bool, typer.Option(help="Also ingest the PDFs a fetched web page links to.")
    ] = False,
    allow_local: Annotated[
        bool,
        typer.Option(
            help="Also fetch URLs on loopback, private and other non-public addresses "
            "(by default only public ones and STRATGRAPH_FETCH_ALLOW are fetched)."
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Worker processes that read and extract files (default: the usable "
            f"cores from {_PARALLEL_FROM} files on, else 1; 1 = in this process).",
        ),
    ] = None,
) -> None:
    """Extract facts from files and web pages into the configured store.

    A source that fails is reported with its reason and nothing of it is written;
    the rest go on, and the exit code is 1 if any failed."""
    from ingest.batch import expand_paths, ingest_paths, ingest_url
    from ingest.readers.address_policy import GuardedClient
    from ingest.workers import usable_cores

    urls = [s for s in sources if s.lower().startswith(("http://", "https://"))]
    files = expand_paths([Path(s) for s in sources if s not in urls])
    if not files and not urls:
        err.print("[red]no .txt, .html or .pdf files and no URLs in the given sources[/red]")
        raise typer.Exit(2)
    policy = _settings().fetch_policy(any_address=allow_local)
    store = _store()
    results: list[FileResult] = []
    try:
        with Progress(console=err, transient=True) as progress, GuardedClient(policy) as client:
            task = progress.add_task("ingesting", total=len(files) + len(urls))

            def report(result: FileResult, advance: int = 1) -> None:
                progress.update(task, advance=advance, description=escape(result.origin))
                if not result.ok:
                    err.print(f"[red]error:[/red] {escape(str(result.error))}")

            # Files are written in batches (one transaction each): an unchanged or failed
            # file is reported at once, the others when their batch is written.
            # Starting workers takes about 2 s: a handful of files is done sooner here.
            workers = jobs or (usable_cores() if len(files) >= _PARALLEL_FROM else 1)
            results += ingest_paths(store, files, force=force, on_done=report, jobs=workers)
            for url in urls:
                progress.update(task, description=escape(url))
                fetched = ingest_url(
                    store, url, follow_pdfs=follow_pdfs, force=force, client=client
                )
                for i, result in enumerate(fetched):
                    report(result, advance=1 if i == 0 else 0)
                results += fetched
        counts = store.counts()
    finally:
        store.close()
    _print_summary(results, store.name, counts.total_nodes, counts.total_links)
    failed = sum(not r.ok for r in results)
    if failed:
        err.print(f"[red]{failed} of {len(results)} sources failed[/red]")
        raise typer.Exit(1)


def _print_summary(results: list[FileResult], store_name: str, nodes: int, links: int) -> None:
    table = Table(title=f"ingest into {store_name}")
    for column in ("source", "outcome", "nodes", "links"):
        table.add_column(column)
    for r in results:
        outcome = str(r.outcome) if r.ok else "[red]failed[/red]"
        table.add_row(escape(r.origin), outcome, str(r.nodes), str(r.links))
    console.print(table)
    tally = {name: 0 for name in ("created", "updated", "unchanged")}
    for r in results:
        if r.ok:
            tally[str(r.outcome)] += 1
    written = [r for r in results if r.ok and str(r.outcome) != "unchanged"]
    console.print(
        f"sources: {tally['created']} created, {tally['unchanged']} unchanged, "
        f"{tally['updated']} updated, {sum(not r.ok for r in results)} failed; "
        f"written: {sum(r.nodes for r in written)} nodes, "
        f"{sum(r.links for r in written)} relationships (a node named by two sources "
        "counts for each)"
    )
    console.print(f"graph now: {nodes} nodes, {links} relationships (mentions included)")


@app.command()
def query(
    operation: Annotated[str, typer.Argument(help="A .graphql file, or the operation text.")],
    variables: Annotated[str | None, typer.Option(help="Variables as a JSON object.")] = None,
    operation_name: Annotated[
        str | None, typer.Option(help="Which operation of a multi-operation document.")
    ] = None,
) -> None:
    """Run a GraphQL operation in-process and print the JSON result."""
    import logging

    from schema.execute import run_operation

    # The errors are in the printed JSON; strawberry's tracebacks would only repeat them.
    logging.getLogger("strawberry.execution").setLevel(logging.CRITICAL)

    document = _operation_text(operation)
    parsed: dict[str, Any] | None = None
    if variables is not None:
        try:
            parsed = json.loads(variables)
        except json.JSONDecodeError as exc:
            err.print(f"[red]--variables is not valid JSON:[/red] {escape(str(exc))}")
            raise typer.Exit(2) from exc
        if not isinstance(parsed, dict):
            err.print("[red]--variables must be a JSON object[/red]")
            raise typer.Exit(2)
    store = _store()
    try:
        response = run_operation(store, document, parsed, operation_name)
    finally:
        store.close()
    typer.echo(json.dumps(response, ensure_ascii=False, indent=2))
    if "errors" in response:
        raise typer.Exit(1)


def _operation_text(operation: str) -> str:
    """The operation itself when it has a selection set ("{"), else the file it names."""
    if "{" in operation:
        return operation
    try:
        return Path(operation).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        err.print(f"[red]no such file:[/red] {escape(operation)} (nor is it an operation)")
        raise typer.Exit(2) from exc
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"[red]cannot read {escape(operation)}:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Default: STRATGRAPH_HOST.")] = None,
    port: Annotated[int | None, typer.Option(help="Default: STRATGRAPH_PORT.")] = None,
    workers: Annotated[
        int | None,
        typer.Option(min=1, max=64, help="Server processes; default: STRATGRAPH_WORKERS (1)."),
    ] = None,
) -> None:
    """Serve GraphQL (with GraphiQL) at http://HOST:PORT/graphql."""
    import uvicorn

    from schema.app import create_app
    from stratgraph.logs import configure_logging

    configure_logging()
    settings = _settings()
    store = _store()  # opened here too, so a store that cannot open fails before serving
    bind_host, bind_port = host or settings.host, port or settings.port
    processes = workers or settings.workers
    err.print(
        f"GraphiQL on http://{bind_host}:{bind_port}/graphql (store: {store.name}, "
        f"{processes} process{'es' if processes > 1 else ''})"
    )
    if processes > 1:
        from stratgraph.serving import serve_workers

        store.close()
        serve_workers(bind_host, bind_port, processes)
        return
    # stratgraph's own JSON request log replaces uvicorn's access log.
    try:
        served = create_app(settings, store, settle=True)  # schema.heap
        uvicorn.run(served, host=bind_host, port=bind_port, access_log=False)
    finally:
        store.close()


@app.command()
def stats() -> None:
    """Count nodes per label and relationships per type."""
    store = _store()
    try:
        counts = store.counts()
    finally:
        store.close()
    for title, column, found in (
        ("nodes", "label", counts.nodes),
        ("relationships", "type", counts.links),
    ):
        table = Table(title=f"{title} in {store.name}")
        table.add_column(column)
        table.add_column("count", justify="right")
        for name, n in sorted(found.items()):
            table.add_row(name, str(n))
        table.add_section()
        table.add_row("total", str(sum(found.values())))
        console.print(table)


@report_app.command("coverage")
def report_coverage(
    county: Annotated[str, typer.Option(help='Two-digit SCB länskod, e.g. "22".')],
    format: Annotated[str, typer.Option(help="csv, json or md.")] = "csv",
    output: Annotated[
        Path | None, typer.Option(help="Write to this file instead of standard output.")
    ] = None,
) -> None:
    """Per-municipality follow-up coverage of a county: documents, signed plans, gaps."""
    from schema.report import ReportFormat, coverage_table, render

    try:
        fmt = ReportFormat(format.lower())
    except ValueError:
        err.print(f"[red]unknown format {escape(repr(format))}:[/red] use csv, json or md")
        raise typer.Exit(2) from None
    store = _store()
    try:
        table = coverage_table(store, county)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    text = render(table, fmt)
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {len(table)} municipalities to {escape(str(output))}")


@app.command("schema")
def print_schema() -> None:
    """Print the GraphQL schema (SDL)."""
    from schema.api import schema

    typer.echo(schema.as_str())
