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

from graph.factory import open_store
from graph.store import GraphStore, StoreError
from schema.api import build_schema
from schema.context import IngestAccess, make_context
from schema.http_guard import (
    BAD_REQUEST,
    BodyLimit,
    RequestBodyError,
    error_response,
)
from schema.settings import ApiSettings
from schema.store_calls import READY_DEADLINE, off_loop, ping_pool
from schema.web import OfflineGraphQLRouter, mount_web
from schema.web_export import export_routes

access_log = logging.getLogger("stratgraph.http")
log = logging.getLogger("stratgraph.api")


def create_app(settings: ApiSettings | None = None, store: GraphStore | None = None) -> FastAPI:
    """An app on the given store, or on the one the settings select (opened at start-up)."""
    config = settings or ApiSettings()
    holder: dict[str, GraphStore] = {}
    if store is not None:
        holder["store"] = store

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        opened = "store" not in holder
        if opened:
            holder["store"] = open_store(config.store_config())
        try:
            yield
        finally:
            if opened:
                holder.pop("store").close()

    api_key = config.api_key.get_secret_value() if config.api_key else None
    fetch_policy = config.fetch_policy()

    async def context(request: Request) -> dict[str, Any]:
        access = IngestAccess(
            api_key=api_key,
            presented_key=request.headers.get("x-api-key"),
            uploads_dir=config.data_dir / "uploads",
            max_upload_bytes=config.max_upload_bytes,
            fetch_policy=fetch_policy,
            ingest_timeout=config.ingest_timeout,
        )
        return make_context(holder["store"], access, deadline=config.store_timeout)

    app = FastAPI(title="stratgraph", lifespan=lifespan)
    app.include_router(
        OfflineGraphQLRouter(
            build_schema(config),
            context_getter=context,
            graphql_ide="graphiql",
            # Uploads for ingestFile only; that mutation checks the API key itself.
            multipart_uploads_enabled=api_key is not None,
        ),
        prefix="/graphql",
    )
    mount_web(app)  # GraphiQL's files and the explorer (schema/web.py)
    app.include_router(export_routes(lambda: holder["store"]))  # open-data downloads

    @app.exception_handler(RequestBodyError)
    async def bad_body(_: Request, exc: RequestBodyError) -> Response:
        log.info("bad request body: %s", exc, extra={"code": BAD_REQUEST})
        return error_response(400, BAD_REQUEST, str(exc))

    # Innermost of the middlewares, so that a 413 is logged and gets CORS headers.
    app.add_middleware(
        BodyLimit,
        max_bytes=config.max_body_bytes,
        max_multipart_bytes=config.max_body_bytes + config.max_upload_bytes,
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
    async def health() -> dict[str, str]:
        """Liveness: the process answers. On the event loop, which no store call
        blocks, so it answers whatever state the store is in."""
        return {"status": "ok"}

    @app.get("/ready")
    async def ready() -> JSONResponse:
        """Readiness: the store answers, within READY_DEADLINE. Why it does not goes to
        the log, not to the client: driver messages name hosts, URIs and paths."""
        try:
            await off_loop(holder["store"].ping, READY_DEADLINE, ping_pool())
        except (StoreError, KeyError) as exc:
            log.warning("not ready: %s", exc)
            return JSONResponse({"status": "unavailable"}, status_code=503)
        return JSONResponse({"status": "ready", "store": holder["store"].name})

    return app
