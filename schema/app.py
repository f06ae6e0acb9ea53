"""The HTTP app: GraphQL (with GraphiQL) on FastAPI."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from strawberry.fastapi import GraphQLRouter

from graph.factory import open_store
from graph.store import GraphStore
from schema.api import schema
from schema.context import make_context
from stratgraph.settings import Settings


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """An app on the given store, or on the one the settings select (opened at start-up)."""
    holder: dict[str, GraphStore] = {}
    if store is not None:
        holder["store"] = store

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        opened = "store" not in holder
        if opened:
            holder["store"] = open_store(settings or Settings())
        try:
            yield
        finally:
            if opened:
                holder.pop("store").close()

    async def context() -> dict[str, Any]:
        return make_context(holder["store"])

    app = FastAPI(title="stratgraph", lifespan=lifespan)
    app.include_router(
        GraphQLRouter(schema, context_getter=context, graphql_ide="graphiql"), prefix="/graphql"
    )

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "store": holder["store"].name}

    return app
