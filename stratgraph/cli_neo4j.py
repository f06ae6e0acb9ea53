"""`stratgraph neo4j start|stop|status`: the local Neo4j server, from the command line."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from stratgraph.neo4j_memory import MemorySizeError, default_settings, resolve
from stratgraph.settings import Settings

if TYPE_CHECKING:
    # Imported when a command runs: the driver is not needed by the other commands.
    from stratgraph.neo4j_server import LocalNeo4j

neo4j_app = typer.Typer(
    help="A local Neo4j 5.26 server, from Maven Central, without Docker.", no_args_is_help=True
)
err = Console(stderr=True)

HomeOption = Annotated[
    Path | None, typer.Option(help="Server files; default: STRATGRAPH_DATA_DIR/neo4j.")
]
PortOption = Annotated[int, typer.Option(help="Bolt port on 127.0.0.1.")]
_DEFAULTS = default_settings()


def _local(
    home: Path | None, port: int, heap: str | None = None, page_cache: str | None = None
) -> LocalNeo4j:
    from stratgraph.neo4j_server import LocalNeo4j

    try:
        default_home = home or Settings().local_neo4j_home
        memory = resolve(heap, page_cache)
    except ValidationError as exc:
        messages = "; ".join(str(e["msg"]) for e in exc.errors())
        err.print(f"[red]configuration error:[/red] {escape(messages)}")
        raise typer.Exit(2) from exc
    except MemorySizeError as exc:
        err.print(f"[red]bad size:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    return LocalNeo4j(home=default_home, port=port, memory=memory)


@neo4j_app.command("start")
def neo4j_start(
    home: HomeOption = None,
    port: PortOption = 7687,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for Bolt.")] = 180,
    heap: Annotated[
        str | None,
        typer.Option(
            help=f"Java heap, e.g. 2g; default a quarter of memory, 512m-8g "
            f"(here {_DEFAULTS.heap_mib}m)."
        ),
    ] = None,
    page_cache: Annotated[
        str | None,
        typer.Option(
            help=f"Page cache, e.g. 4g; default a quarter of memory, 256m-16g "
            f"(here {_DEFAULTS.page_cache_mib}m). Give it the store's size if memory allows."
        ),
    ] = None,
) -> None:
    """Fetch Neo4j (first time only), start it and wait until Bolt answers."""
    from stratgraph.neo4j_server import Neo4jServerError

    server = _local(home, port, heap, page_cache)
    began = time.monotonic()
    try:
        status = server.start(timeout=timeout)
    except Neo4jServerError as exc:
        err.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(1) from exc
    memory = server.memory.describe() if server.memory else ""
    err.print(
        f"Neo4j answers on {status.bolt_uri} (pid {status.pid}, "
        f"{time.monotonic() - began:.1f}s; {memory})"
    )
    typer.echo(f"export NEO4J_URI={status.bolt_uri}")
    typer.echo("export NEO4J_USERNAME=neo4j")
    typer.echo(f"export NEO4J_PASSWORD={server.password()}")


@neo4j_app.command("stop")
def neo4j_stop(home: HomeOption = None, port: PortOption = 7687) -> None:
    """Stop the local server by its PID."""
    stopped = _local(home, port).stop()
    err.print("Neo4j stopped" if stopped else "Neo4j was not running")


@neo4j_app.command("status")
def neo4j_status(home: HomeOption = None, port: PortOption = 7687) -> None:
    """Whether the local server runs and answers."""
    status = _local(home, port).status()
    if not status.running:
        typer.echo("stopped")
        raise typer.Exit(3)
    typer.echo(
        f"running (pid {status.pid}) on {status.bolt_uri}; "
        f"bolt {'answers' if status.answering else 'does not answer'}"
    )
