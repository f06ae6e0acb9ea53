"""What resolvers get from the request: the store."""

from __future__ import annotations

from typing import Any

from strawberry.types import Info

from graph.store import GraphStore


def make_context(store: GraphStore) -> dict[str, Any]:
    return {"store": store}


def store_of(info: Info) -> GraphStore:
    store: GraphStore = info.context["store"]
    return store
