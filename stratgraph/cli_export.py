"""`stratgraph export`: the graph, or a county's part of it, as JSON-LD or CSV."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

err = Console(stderr=True)


class ExportFormat(StrEnum):
    JSONLD = "jsonld"
    CSV = "csv"


def export_command(
    format: Annotated[ExportFormat, typer.Option(help="jsonld or csv.")] = ExportFormat.JSONLD,
    county: Annotated[
        str | None,
        typer.Option(help='Only this county (two-digit SCB länskod, e.g. "22").'),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            help="Write here: JSON-LD to a file; CSV to a .zip file or else a directory "
            "(one file per node kind and relationship type). JSON-LD without it goes to "
            "standard output."
        ),
    ] = None,
) -> None:
    """Export open data: JSON-LD (Popolo, PROV-O, ELI/DCTERMS) or CSV with joinable ids."""
    from schema.export import csv_files, snapshot, write_csv
    from schema.export_jsonld import jsonld_document
    from stratgraph.cli import _store

    if format is ExportFormat.CSV and output is None:
        err.print("[red]CSV needs --output:[/red] a .zip file or a directory")
        raise typer.Exit(2)
    store = _store()
    try:
        snap = snapshot(store, county)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    if format is ExportFormat.CSV:
        assert output is not None
        write_csv(csv_files(snap), output)
    else:
        text = json.dumps(jsonld_document(snap), ensure_ascii=False, indent=1) + "\n"
        if output is None:
            typer.echo(text, nl=False)
            return
        output.write_text(text, encoding="utf-8")
    err.print(f"wrote {len(snap.nodes)} nodes and {len(snap.links)} links to {escape(str(output))}")
