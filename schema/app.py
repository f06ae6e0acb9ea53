"""The HTTP app: GraphQL (with GraphiQL), liveness and readiness, CORS, request logs."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from strawberry.fastapi import GraphQLRouter

from graph.factory import open_store
from graph.store import GraphStore, StoreError
from schema.api import build_schema
from schema.context import IngestAccess, make_context
from stratgraph.settings import Settings

access_log = logging.getLogger("stratgraph.http")


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """An app on the given store, or on the one the settings select (opened at start-up)."""
    config = settings or Settings()
    holder: dict[str, GraphStore] = {}
    if store is not None:
        holder["store"] = store

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        opened = "store" not in holder
        if opened:
            holder["store"] = open_store(config)
        try:
            yield
        finally:
            if opened:
                holder.pop("store").close()

    api_key = config.api_key.get_secret_value() if config.api_key else None

    async def context(request: Request) -> dict[str, Any]:
        access = IngestAccess(
            api_key=api_key,
            presented_key=request.headers.get("x-api-key"),
            uploads_dir=config.data_dir / "uploads",
            max_upload_bytes=config.max_upload_bytes,
        )
        return make_context(holder["store"], access)

    app = FastAPI(title="stratgraph", lifespan=lifespan)
    app.include_router(
        GraphQLRouter(
            build_schema(config),
            context_getter=context,
            graphql_ide="graphiql",
            # Uploads for ingestFile only; that mutation checks the API key itself.
            multipart_uploads_enabled=api_key is not None,
        ),
        prefix="/graphql",
    )
    if config.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=config.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "Authorization", "X-API-Key"],
        )

    @app.middleware("http")
    async def log_requests(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        began = time.perf_counter()
        response = await call_next(request)
        access_log.info(
            "request",
            extra={
                "method": request.method,
                "path": request.url.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - began) * 1000, 1),
            },
        )
        return response

    @app.get("/health")
    def health() -> dict[str, str]:
        """Liveness: the process answers."""
        return {"status": "ok"}

    @app.get("/ready")
    def ready() -> JSONResponse:
        """Readiness: the store answers."""
        try:
            holder["store"].ping()
        except (StoreError, KeyError) as exc:
            return JSONResponse({"status": "unavailable", "reason": str(exc)}, status_code=503)
        return JSONResponse({"status": "ready", "store": holder["store"].name})

    return app
