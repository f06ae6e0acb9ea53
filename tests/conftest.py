"""Shared fixtures: a store of each kind, cleaned up after every test.

The Neo4j store needs a server named by STRATGRAPH_TEST_NEO4J_URI (scripts/test.sh
starts one). Its tests skip without one, except under CI, where they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.neo4j_store import Neo4jStore
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore, StoreError

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
STORE_KINDS = ["sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def neo4j_settings() -> tuple[str, str, str] | None:
    uri = os.environ.get("STRATGRAPH_TEST_NEO4J_URI")
    if not uri:
        return None
    user = os.environ.get("STRATGRAPH_TEST_NEO4J_USERNAME", "neo4j")
    return uri, user, os.environ.get("STRATGRAPH_TEST_NEO4J_PASSWORD", "")


def _neo4j_unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"Neo4j is required under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def neo4j_session_store() -> Iterator[Neo4jStore]:
    settings = neo4j_settings()
    if settings is None:
        _neo4j_unavailable("STRATGRAPH_TEST_NEO4J_URI is not set")
        raise AssertionError("unreachable")
    try:
        # The restricted people's list cached for longer than any test: every restriction
        # a test makes goes through this store, which must see it at once.
        store = Neo4jStore(*settings, restrictions_ttl=600)
    except StoreError as exc:
        _neo4j_unavailable(str(exc))
        raise AssertionError("unreachable") from exc
    store.setup()
    yield store
    store.delete_all()
    store.close()


def _open(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    if kind == "sqlite":
        sqlite = SqliteStore(tmp_path / "graph.sqlite3")
        sqlite.setup()
        yield sqlite
        sqlite.close()
        return
    neo: Neo4jStore = request.getfixturevalue("neo4j_session_store")
    neo.delete_all()
    yield neo
    neo.delete_all()


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """An empty store of each kind."""
    yield from _open(request.param, tmp_path, request)


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[SqliteStore]:
    sqlite = SqliteStore(tmp_path / "graph.sqlite3")
    sqlite.setup()
    yield sqlite
    sqlite.close()
