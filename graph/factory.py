"""Which store to use, from the store's part of the configuration."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph.neo4j_store import Neo4jStore
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore


@dataclass(frozen=True)
class StoreConfig:
    """The values open_store needs; the settings (schema.settings) build one, so that
    graph/ does not depend on the configuration layers above it."""

    sqlite_path: Path
    neo4j_uri: str | None
    neo4j_username: str
    neo4j_password: str
    neo4j_database: str
    timeout: float
    restrictions_ttl: float = 0.0  # seconds Neo4j reuses the restricted people's list


def open_store(config: StoreConfig) -> GraphStore:
    """Neo4j when a Neo4j URI is given, else the embedded store at sqlite_path."""
    store: GraphStore
    if config.neo4j_uri:
        store = Neo4jStore(
            config.neo4j_uri,
            config.neo4j_username,
            config.neo4j_password,
            config.neo4j_database,
            timeout=config.timeout,
            restrictions_ttl=config.restrictions_ttl,
        )
    else:
        store = SqliteStore(config.sqlite_path)
    store.setup()
    return store
