"""The HTTP app: GraphQL (with GraphiQL), liveness and readiness, CORS, request logs."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.factory import open_store
from graph.store import GraphStore, StoreError
from schema.api import build_schema
from schema.context import IngestAccess, make_context
from schema.heap import settle_heap
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


class RequestLog:
    """ASGI middleware: one log line per HTTP request, with its status and duration.
    Plain ASGI, not @app.middleware("http"), whose extra task and streams per request
    cost more than a small query does."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        began = time.perf_counter()
        status = 0

        async def tracked(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, tracked)
        access_log.info(
            "request",
            extra={
                "method": scope["method"],
                "path": scope["path"],
                "status": status,
                "duration_ms": round((time.perf_counter() - began) * 1000, 1),
            },
        )


def create_app(
    settings: ApiSettings | None = None,
    store: GraphStore | None = None,
    *,
    settle: bool = False,
) -> FastAPI:
    """An app on the given store, or on the one the settings select (opened at start-up).
    `settle`: a serving process's own app, whose start-up heap is frozen once it has
    started, out of the garbage collector's full collections (schema.heap)."""
    config = settings or ApiSettings()
    holder: dict[str, GraphStore] = {}
    if store is not None:
        holder["store"] = store

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        opened = "store" not in holder
        if opened:
            holder["store"] = open_store(config.store_config())
        if settle:
            log.debug("heap settled: %d objects frozen", settle_heap())
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

    # Outermost: every answer is logged, 413s and CORS preflights included.
    app.add_middleware(RequestLog)

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
