"""Which store to use, from configuration."""

from __future__ import annotations

from graph.neo4j_store import Neo4jStore
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from stratgraph.settings import Settings


def open_store(settings: Settings) -> GraphStore:
    """Neo4j when NEO4J_URI is set, else the embedded store in the data directory."""
    store: GraphStore
    if settings.neo4j_uri:
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
        store = Neo4jStore(
            settings.neo4j_uri,
            settings.neo4j_username,
            password,
            settings.neo4j_database,
            timeout=settings.store_timeout,
        )
    else:
        store = SqliteStore(settings.sqlite_path)
    store.setup()
    return store
