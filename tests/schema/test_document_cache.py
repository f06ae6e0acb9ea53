"""Parsed and validated documents kept across requests: limits and error codes still
hold on every repeat, the cost limit still reads each request's variables, and the
request log still gets one line per request."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from fastapi.testclient import TestClient
from graphql import parse

from graph.sqlite_store import SqliteStore
from schema.api import build_schema
from schema.app import create_app
from schema.document_cache import MAX_CACHED_CHARS, DocumentCache
from schema.execute import run_operation
from stratgraph.settings import Settings
from tests.helpers import contract_operation, ingest_samples


def _settings(**values: Any) -> Settings:
    return Settings.model_construct(**values)


def _codes(response: dict[str, Any]) -> list[str]:
    return [e["extensions"]["code"] for e in response.get("errors", [])]


def test_a_repeated_text_is_parsed_and_validated_once() -> None:
    cache = DocumentCache()
    schema = build_schema()._schema
    text = contract_operation("Node")
    first = cache.parse(text, {"max_tokens": 2000})
    assert first is not None
    assert cache.parse(text, {"max_tokens": 2000}) is first
    assert cache.validate(text, first, (), schema) == []
    assert len(cache.validated) == 1
    # Other parse options are another entry: the token limit is part of the key.
    assert cache.parse(text, {"max_tokens": 3000}) is not first


def test_texts_that_fail_or_are_long_are_not_kept() -> None:
    cache = DocumentCache()
    assert cache.parse("{ node(id: ", {}) is None
    long_text = "{ __typename }" + " " * MAX_CACHED_CHARS
    assert cache.parse(long_text, {}) is None
    assert len(cache.parsed) == 0
    assert cache.validate(long_text, parse(long_text), (), build_schema()._schema) is None


def test_the_cache_is_bounded() -> None:
    cache = DocumentCache(maxsize=3)
    for i in range(5):
        assert cache.parse(f"{{ a{i}: __typename }}", {}) is not None
    assert len(cache.parsed) == 3


@pytest.mark.parametrize("repeat", range(3))
def test_limits_refuse_on_every_repeat(sqlite_store: SqliteStore, repeat: int) -> None:
    schema = build_schema(_settings(max_query_depth=3, max_aliases=3, introspection=False))
    deep = '{ lineage(id: "x") { links { evidence { source { uri } } } } }'
    aliases = "{ " + " ".join(f'a{i}: node(id: "x") {{ id }}' for i in range(4)) + " }"
    introspect = "{ __schema { queryType { name } } }"
    for _ in range(repeat + 1):
        depth = run_operation(sqlite_store, deep, schema=schema)
        assert "exceeds maximum operation depth of 3" in depth["errors"][0]["message"]
        assert _codes(depth) == ["GRAPHQL_VALIDATION_FAILED"]
        alias = run_operation(sqlite_store, aliases, schema=schema)
        assert "4 aliases found. Allowed: 3" in alias["errors"][0]["message"]
        intro = run_operation(sqlite_store, introspect, schema=schema)
        assert "introspection" in intro["errors"][0]["message"].lower()


def test_syntax_and_token_errors_are_answered_on_every_repeat(sqlite_store: SqliteStore) -> None:
    schema = build_schema(_settings(max_tokens=50))
    huge = "{ " + " ".join("__typename" for _ in range(60)) + " }"
    for _ in range(2):
        broken = run_operation(sqlite_store, "{ node(id: ", schema=schema)
        assert "Syntax Error" in broken["errors"][0]["message"]
        assert _codes(broken) == ["GRAPHQL_VALIDATION_FAILED"]
        tokens = run_operation(sqlite_store, huge, schema=schema)
        assert "Document contains more than 50 tokens" in tokens["errors"][0]["message"]


def test_the_cost_limit_reads_each_request_s_variables(sqlite_store: SqliteStore) -> None:
    ingest_samples(sqlite_store)
    schema = build_schema(_settings(max_query_cost=500))
    query = """query($first: Int!) { documents(filter: {}, first: $first) {
      edges { node { title signatories { organization { name } evidence { quote } } } } } }"""
    for first, refused in ((5, False), (100, True), (5, False), (100, True)):
        response = run_operation(sqlite_store, query, {"first": first}, schema=schema)
        assert ("errors" in response) is refused
        if refused:
            assert response["errors"][0]["message"].startswith("query cost 4302 exceeds")
            assert _codes(response) == ["GRAPHQL_VALIDATION_FAILED"]


def test_a_cached_invalid_document_still_fails_validation(sqlite_store: SqliteStore) -> None:
    schema = build_schema()
    for _ in range(2):
        response = run_operation(sqlite_store, "{ node(id: 1) { nope } }", schema=schema)
        assert "Cannot query field 'nope'" in response["errors"][0]["message"]
        assert _codes(response) == ["GRAPHQL_VALIDATION_FAILED"]


def test_every_request_is_logged_with_its_status(
    sqlite_store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="stratgraph.http")
    with TestClient(create_app(store=sqlite_store)) as client:
        assert client.post("/graphql", json={"query": "{ __typename }"}).status_code == 200
        assert (
            client.post(
                "/graphql", content=b"[", headers={"content-type": "application/json"}
            ).status_code
            == 400
        )
        assert client.get("/health").status_code == 200
    lines = [r for r in caplog.records if r.name == "stratgraph.http"]
    seen = [(r.method, r.path, r.status) for r in lines]  # type: ignore[attr-defined]
    assert seen == [("POST", "/graphql", 200), ("POST", "/graphql", 400), ("GET", "/health", 200)]
    assert all(r.duration_ms >= 0 for r in lines)  # type: ignore[attr-defined]
