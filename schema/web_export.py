"""Open-data downloads over HTTP: the same exports as `stratgraph export`, and the
county coverage CSV of `stratgraph report coverage`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from graph.store import GraphStore, StoreError
from schema.export import Snapshot, csv_files, csv_zip, snapshot
from schema.export_jsonld import context, jsonld_document
from schema.report import ReportFormat, coverage_table, render
from schema.store_calls import off_loop

JSONLD = "application/ld+json"
# An export reads the whole graph (or a county's part): more time than one API answer.
EXPORT_DEADLINE = 60.0
T = TypeVar("T")
County = Annotated[str | None, Query(pattern=r"^\d{2}$", description="two-digit SCB länskod")]


def export_routes(store: Callable[[], GraphStore]) -> APIRouter:
    router = APIRouter(prefix="/export", tags=["export"])

    def _name(stem: str, county: str | None, suffix: str) -> dict[str, str]:
        name = f"{stem}-{county}{suffix}" if county else f"{stem}{suffix}"
        return {"Content-Disposition": f'attachment; filename="{name}"'}

    async def _run(work: Callable[[], T]) -> T:
        try:
            return await off_loop(work, EXPORT_DEADLINE)
        except ValueError as exc:  # an unknown county
            raise HTTPException(400, str(exc)) from exc
        except StoreError as exc:
            raise HTTPException(503, "the store is unavailable") from exc

    async def _snapshot(county: str | None) -> Snapshot:
        return await _run(lambda: snapshot(store(), county))

    @router.get("/context.jsonld")
    async def published_context() -> JSONResponse:
        """The @context every JSON-LD export refers to."""
        return JSONResponse(context(), media_type=JSONLD)

    @router.get("/graph.jsonld")
    async def graph_jsonld(request: Request, county: County = None) -> Response:
        snap = await _snapshot(county)
        url = str(request.url_for("published_context"))
        body = json.dumps(jsonld_document(snap, url), ensure_ascii=False)
        return Response(body, media_type=JSONLD, headers=_name("stratgraph", county, ".jsonld"))

    @router.get("/graph-csv.zip")
    async def graph_csv(county: County = None) -> Response:
        snap = await _snapshot(county)
        body = csv_zip(csv_files(snap))
        return Response(
            body, media_type="application/zip", headers=_name("stratgraph-csv", county, ".zip")
        )

    @router.get("/coverage.csv")
    async def coverage_csv(county: Annotated[str, Query(pattern=r"^\d{2}$")]) -> Response:
        """Byte for byte what `stratgraph report coverage --county NN` prints."""
        table = await _run(lambda: coverage_table(store(), county))
        return Response(
            render(table, ReportFormat.CSV),
            media_type="text/csv; charset=utf-8",
            headers=_name("tackning", county, ".csv"),
        )

    return router
