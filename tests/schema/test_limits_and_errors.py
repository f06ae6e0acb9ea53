"""Safety: limits that reject abusive queries, coded errors, no leaked internals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.nodes import NodeRecord
from graph.sqlite_store import SqliteStore
from schema.api import build_schema
from schema.app import create_app
from schema.execute import run_operation
from stratgraph.settings import Settings
from tests.helpers import STRATEGY_ID, ingest_samples


def _settings(**values: Any) -> Settings:
    return Settings.model_construct(**values)


def _error(response: dict[str, Any]) -> dict[str, Any]:
    errors = response["errors"]
    assert len(errors) >= 1
    first: dict[str, Any] = errors[0]
    return first


def test_deep_queries_are_rejected(sqlite_store: SqliteStore) -> None:
    schema = build_schema(_settings(max_query_depth=3))
    deep = '{ lineage(id: "x") { links { evidence { source { uri } } } } }'
    error = _error(run_operation(sqlite_store, deep, schema=schema))
    assert "exceeds maximum operation depth of 3" in error["message"]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


def test_alias_floods_are_rejected(sqlite_store: SqliteStore) -> None:
    schema = build_schema(_settings(max_aliases=3))
    query = "{ " + " ".join(f'a{i}: node(id: "x") {{ id }}' for i in range(4)) + " }"
    error = _error(run_operation(sqlite_store, query, schema=schema))
    assert "4 aliases found. Allowed: 3" in error["message"]


def test_huge_documents_are_rejected(sqlite_store: SqliteStore) -> None:
    schema = build_schema(_settings(max_tokens=50))
    query = "{ " + " ".join("__typename" for _ in range(60)) + " }"
    error = _error(run_operation(sqlite_store, query, schema=schema))
    assert "Document contains more than 50 tokens" in error["message"]


def test_introspection_can_be_turned_off(sqlite_store: SqliteStore) -> None:
    query = "{ __schema { queryType { name } } }"
    on = run_operation(sqlite_store, query)
    assert on["data"] == {"__schema": {"queryType": {"name": "Query"}}}
    schema = build_schema(_settings(introspection=False))
    error = _error(run_operation(sqlite_store, query, schema=schema))
    assert "introspection" in error["message"].lower()


def test_errors_carry_codes(sqlite_store: SqliteStore) -> None:
    ingest_samples(sqlite_store)
    missing = run_operation(sqlite_store, '{ lineage(id: "Document:none") { root { id } } }')
    assert _error(missing)["extensions"]["code"] == "NOT_FOUND"
    bad = run_operation(
        sqlite_store, f'{{ lineage(id: "{STRATEGY_ID}", maxDepth: 0) {{ root {{ id }} }} }}'
    )
    assert _error(bad)["extensions"]["code"] == "BAD_USER_INPUT"
    invalid = run_operation(sqlite_store, "{ lineage { root { id } } }")
    assert _error(invalid)["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


class _BrokenStore(SqliteStore):
    def get_nodes(self, ids: Sequence[str]) -> list[NodeRecord]:
        raise RuntimeError("secret table name in /var/lib/x")


def test_unexpected_errors_are_masked(tmp_path: Any) -> None:
    store = _BrokenStore(tmp_path / "g.sqlite3")
    store.setup()
    error = _error(run_operation(store, '{ node(id: "x") { id } }'))
    assert error["message"] == "internal error"
    assert error["extensions"] == {"code": "INTERNAL_SERVER_ERROR"}
    assert "secret" not in repr(error)
    store.close()


def test_http_refuses_batches_and_honours_cors(sqlite_store: SqliteStore) -> None:
    settings = _settings(cors_origins=["https://portal.example.se"])
    with TestClient(create_app(settings, sqlite_store)) as client:
        batch = client.post("/graphql", json=[{"query": "{ __typename }"}] * 2)
        assert batch.status_code == 400
        (error,) = batch.json()["errors"]  # a coded GraphQL error, not plain text
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
        allowed = client.options(
            "/graphql",
            headers={
                "Origin": "https://portal.example.se",
                "Access-Control-Request-Method": "POST",
            },
        )
        assert allowed.headers["access-control-allow-origin"] == "https://portal.example.se"
        other = client.post(
            "/graphql", json={"query": "{ __typename }"}, headers={"Origin": "https://evil.example"}
        )
        assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize("first", [-1, 101])
def test_page_size_is_bounded(sqlite_store: SqliteStore, first: int) -> None:
    query = f'{{ documents(filter: {{text: "plan"}}, first: {first}) {{ totalCount }} }}'
    error = _error(run_operation(sqlite_store, query))
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "first must be between 0 and 100" in error["message"]


def test_costly_queries_are_rejected_before_they_run(sqlite_store: SqliteStore) -> None:
    ingest_samples(sqlite_store)
    schema = build_schema(_settings(max_query_cost=500))
    query = """query($first: Int!) { documents(filter: {}, first: $first) {
      edges { node { title signatories { organization { name } evidence { quote } } } } } }"""
    cheap = run_operation(sqlite_store, query, {"first": 5}, schema=schema)
    assert "errors" not in cheap
    costly = _error(run_operation(sqlite_store, query, {"first": 100}, schema=schema))
    # documents + edges, 100 x (node, title, signatories), 500 x (organization, name,
    # evidence), 2500 quotes: unbounded lists (signatories, evidence) count 5 each.
    assert costly["message"].startswith("query cost 4302 exceeds the limit of 500")
    assert costly["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


def test_query_cost_counts_fields_times_list_sizes() -> None:
    from graphql import parse

    from schema.api import schema
    from schema.cost import DEFAULT_LIST_SIZE, estimate_cost

    def cost(text: str, **variables: Any) -> int:
        document = parse(text)
        operation = document.definitions[-1]
        fragments = {d.name.value: d for d in document.definitions[:-1]}  # type: ignore[attr-defined]
        return estimate_cost(schema._schema, operation, fragments, variables)  # type: ignore[arg-type]

    assert cost('{ node(id: "x") { id } }') == 2
    # documents 1, edges 1, node 3, title 3 (three documents per page).
    assert cost("{ documents(filter: {}, first: 3) { edges { node { title } } } }") == 8
    # A connection's own fields resolve once, whatever the page size.
    assert cost("{ documents(filter: {}, first: 50) { totalCount } }") == 2
    # The schema's default page size (10) when first is not given.
    assert cost("{ documents(filter: {}) { edges { cursor } } }") == 12
    # A list without first: DEFAULT_LIST_SIZE items; a variable's value is used.
    assert cost('{ lineage(id: "x") { nodes { id } } }') == 2 + DEFAULT_LIST_SIZE
    assert cost('query($n: Int!) { search(text: "a", first: $n) { score } }', n=7) == 8
    # Fragments count as if written out.
    assert cost(
        "fragment F on Document { title } { documents(filter: {}, first: 2) "
        "{ edges { node { ...F } } } }"
    ) == cost("{ documents(filter: {}, first: 2) { edges { node { title } } } }")
