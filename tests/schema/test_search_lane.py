"""Search runs on its own thread of the process (schema.store_calls.search_pool): its
scoring is bound by the interpreter, so searches of one process run one after another and
never hold the threads the other reads use."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from schema.execute import execute_operation
from tests.helpers import STRATEGY_ID, contract_operation, ingest_samples

SEARCH = contract_operation("Search")
NODE = "query($id: ID!) { node(id: $id) { id } }"


class SlowSearches:
    """Passes every call on; search_texts takes a while and counts how many run at once,
    and every call records the thread it ran on."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner = inner
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0
        self.threads: dict[str, set[str]] = {}

    def __getattr__(self, name: str) -> Any:
        target = getattr(self.inner, name)
        if not callable(target):
            return target

        def call(*args: Any, **kwargs: Any) -> Any:
            with self.lock:
                self.threads.setdefault(name, set()).add(threading.current_thread().name)
            if name != "search_texts":
                return target(*args, **kwargs)
            with self.lock:
                self.running += 1
                self.most = max(self.most, self.running)
            try:
                time.sleep(0.05)
                return target(*args, **kwargs)
            finally:
                with self.lock:
                    self.running -= 1

        return call


def test_searches_run_one_at_a_time_on_their_own_thread(sqlite_store: SqliteStore) -> None:
    ingest_samples(sqlite_store)
    store = SlowSearches(sqlite_store)

    async def requests() -> list[dict[str, Any]]:
        searches = [
            execute_operation(store, SEARCH, {"text": text})
            for text in ("handlingsplanen", "Kramfors", "våld", "regional strategi")
        ]
        return await asyncio.gather(*searches, execute_operation(store, NODE, {"id": STRATEGY_ID}))

    responses = asyncio.run(requests())
    assert all("errors" not in r for r in responses), responses
    assert all(r["data"]["search"] for r in responses[:4])
    assert store.most == 1  # four searches asked at once ran one after another
    assert store.threads["search_texts"] == {"stratgraph-search_0"}
    assert store.threads["hit_records"] == {"stratgraph-search_0"}
    # the node query's read ran on the store threads, not queued behind the searches
    assert all(name.startswith("stratgraph-store") for name in store.threads["get_nodes"])
