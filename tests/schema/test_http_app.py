"""The HTTP app: GraphiQL and GraphQL over HTTP."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graph.sqlite_store import SqliteStore
from schema.app import create_app
from tests.helpers import STRATEGY_ID, contract_operation, ingest_samples


def test_graphiql_and_graphql_over_http(sqlite_store: SqliteStore) -> None:
    ingest_samples(sqlite_store)
    with TestClient(create_app(store=sqlite_store)) as client:
        page = client.get("/graphql", headers={"Accept": "text/html"})
        assert page.status_code == 200
        assert "graphiql" in page.text.lower()
        response = client.post(
            "/graphql",
            json={"query": contract_operation("Lineage"), "variables": {"id": STRATEGY_ID}},
        )
        assert response.status_code == 200
        types = {x["type"] for x in response.json()["data"]["lineage"]["links"]}
        assert {"REVISES", "SIGNED"} <= types
        assert client.get("/health").json() == {"status": "ok"}
        assert client.get("/ready").json() == {"status": "ready", "store": "sqlite"}
