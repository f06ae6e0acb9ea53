"""The embedded store and Neo4j give the same answers on the same pages."""

from __future__ import annotations

from typing import Any

import pytest

from graph.document_query import DocumentQuery, find_documents
from graph.edges import Direction
from graph.lineage import lineage
from graph.neo4j_store import Neo4jStore
from graph.search import search
from graph.sqlite_store import SqliteStore
from tests.helpers import KRAMFORS_ID, PLAN_ID, STRATEGY_ID, ingest_samples, run_contract

pytestmark = pytest.mark.neo4j


@pytest.fixture
def both(
    sqlite_store: SqliteStore, neo4j_session_store: Neo4jStore
) -> tuple[SqliteStore, Neo4jStore]:
    neo4j_session_store.delete_all()
    ingest_samples(sqlite_store)
    ingest_samples(neo4j_session_store)
    return sqlite_store, neo4j_session_store


@pytest.mark.parametrize("root", [STRATEGY_ID, PLAN_ID, KRAMFORS_ID])
@pytest.mark.parametrize("direction", list(Direction))
@pytest.mark.parametrize("depth", [1, 2, 5])
def test_lineage_is_the_same(
    both: tuple[SqliteStore, Neo4jStore], root: str, direction: Direction, depth: int
) -> None:
    sqlite, neo4j = both
    assert lineage(sqlite, root, direction, depth) == lineage(neo4j, root, direction, depth)


@pytest.mark.parametrize("text", ["regional", "handlingsplan", "strategi 2018", "våld", "xyz"])
def test_document_search_is_the_same(both: tuple[SqliteStore, Neo4jStore], text: str) -> None:
    sqlite, neo4j = both
    assert find_documents(sqlite, DocumentQuery(text)) == find_documents(neo4j, DocumentQuery(text))


def test_counts_are_the_same(both: tuple[SqliteStore, Neo4jStore]) -> None:
    sqlite, neo4j = both
    assert sqlite.counts() == neo4j.counts()


def test_graphql_answers_are_the_same(both: tuple[SqliteStore, Neo4jStore]) -> None:
    sqlite, neo4j = both
    cases: list[tuple[str, dict[str, Any]]] = [
        ("Lineage", {"id": STRATEGY_ID}),
        ("FindDocuments", {"text": "plan", "first": 1}),
        ("Node", {"id": KRAMFORS_ID}),
    ]
    for name, variables in cases:
        assert run_contract(sqlite, name, **variables) == run_contract(neo4j, name, **variables)


@pytest.mark.parametrize("text", ["handlingsplanen", "Kramfors kommun", "våld mot kvinnor", "zzz"])
def test_search_is_the_same(both: tuple[SqliteStore, Neo4jStore], text: str) -> None:
    sqlite, neo4j = both
    assert search(sqlite, text, 50) == search(neo4j, text, 50)
