"""The web face's files: GraphiQL and the explorer, served from the package itself.

Everything they load comes from ``schema/static`` (built from ``frontend/`` and
committed), so both work on a machine without internet access.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from schema.http_guard import GuardedGraphQLRouter

STATIC = Path(__file__).resolve().parent / "static"


class OfflineGraphQLRouter(GuardedGraphQLRouter):
    """The guarded router, with GraphiQL from the app's own files, not a CDN."""

    @property
    def graphql_ide_html(self) -> str:
        return (STATIC / "graphiql.html").read_text(encoding="utf-8")


def mount_web(app: FastAPI) -> None:
    """Serve the static files under /static and the explorer at /explore."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/explore", include_in_schema=False)
    async def explore() -> FileResponse:
        return FileResponse(STATIC / "explore.html", media_type="text/html")
