"""The Neo4j a benchmark may use: the configured one, and only when it is empty.

Benchmarks write synthetic data and empty the database afterwards, so they refuse
a database that already holds anything.
"""

from __future__ import annotations

from graph.neo4j_store import DEFAULT_TIMEOUT, Neo4jStore
from stratgraph.settings import Settings


def empty_neo4j(
    timeout: float = DEFAULT_TIMEOUT, restrictions_ttl: float = 0.0
) -> tuple[Neo4jStore | None, str]:
    """(store, its URI), or (None, why it is skipped); `restrictions_ttl` as a serving
    process keeps the restricted people's list (0: read for every request)."""
    settings = Settings()
    if not settings.neo4j_uri or settings.neo4j_password is None:
        return None, "skipped: NEO4J_URI and NEO4J_PASSWORD are not set"
    store = Neo4jStore(
        settings.neo4j_uri,
        settings.neo4j_username,
        settings.neo4j_password.get_secret_value(),
        settings.neo4j_database,
        timeout=timeout,
        restrictions_ttl=restrictions_ttl,
    )
    store.setup()
    if store.counts().total_nodes:
        store.close()
        return None, f"skipped: the database at {settings.neo4j_uri} is not empty"
    return store, settings.neo4j_uri


def neo4j_env(uri: str) -> dict[str, str]:
    """The environment a served `stratgraph` needs to reach the configured Neo4j at uri."""
    settings = Settings()
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
    return {
        "NEO4J_URI": uri,
        "NEO4J_USERNAME": settings.neo4j_username,
        "NEO4J_PASSWORD": password,
        "NEO4J_DATABASE": settings.neo4j_database,
    }
