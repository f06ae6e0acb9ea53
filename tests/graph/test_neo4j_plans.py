"""Every Cypher query in queries/ is planned without a scan over all entities: EXPLAIN
with representative parameters on the test Neo4j shows no AllNodesScan and no label
scan of Entity (the label every node has). Indexes and constraints in
queries/schema.cypher cover each lookup."""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources
from typing import Any

import neo4j
import pytest

from graph.edges import Direction, LinkType
from graph.lineage import MAX_DEPTH
from graph.neo4j_reads import lineage_query, organisation_fields_query
from graph.neo4j_store import LINK_TYPES, Neo4jStore, walk_query
from graph.neo4j_write import typed_links_query
from queries import expand, load
from tests.conftest import neo4j_settings
from tests.generated import PLAN, county_graph

pytestmark = pytest.mark.neo4j

# Removing every node is a scan by definition (tests and re-builds only).
SCANS_ALL_BY_DESIGN = {"delete_all"}
QUERIES = sorted(
    [
        name
        for path in resources.files("queries").iterdir()
        if path.name.endswith(".cypher")
        and (name := path.name.removesuffix(".cypher")) not in {"schema"} | SCANS_ALL_BY_DESIGN
    ]
    + ["organisation_fields"]  # composed of body_decisions and links_and_ends_each
)
ROW = {
    "id": "Document:x",
    "label": "Document",
    "key": "k",
    "type": "REVISES",
    "from_id": "Document:x",
    "to_id": "Document:y",
    "node_id": "Document:x",
    "source_id": "Source:s",
    "stems": "plan",
    "props": {"title": "Plan"},
}
PARAMS: dict[str, Any] = {
    "id": "Document:x",
    "ids": ["Document:x", "Organization:kommun:2282"],
    "source_id": "Source:s",
    "label": "Document",
    "types": ["REVISES", "SIGNED"],
    "direction": "BOTH",
    "rows": [ROW],
    "props": {"title": "Plan"},
    "match": "plan*",
    "index": "document_titles",
    "organization": "Organization:kommun:2282",
    "county": "22",
    "municipality": "2282",
    "kind": "action_plan",
    "level": "regional",
    "period_from": 2020,
    "period_to": 2026,
    "offset": 0,
    "sha256": "0" * 64,
    "hashes": ["0" * 64, "1" * 64],
    "n": 2,
    "also_at": ["https://example.se/a"],
    "limit": 10,
    "inner": ["Document:x"],
    "kept": ["Document:x", "Organization:kommun:2282"],
    "max_depth": 4,
    "max_nodes": 500,
    "refs": ["5:0:1"],
    "concerns": True,
    "with_sources": True,
    "requests": [
        {"id": "Organization:kommun:2282", "direction": "OUTGOING", "types": ["SIGNED"]},
        {"id": "Document:x", "direction": "INCOMING", "types": ["SIGNED", "IMPLEMENTS"]},
    ],
}


def _operators(plan: Any) -> Iterator[tuple[str, str]]:
    """(operator, details) of every step of a plan, its children included."""
    if isinstance(plan, dict):
        operator, arguments, children = (
            plan.get("operatorType", ""),
            plan.get("args", plan.get("arguments", {})),
            plan.get("children", []),
        )
    else:
        operator, arguments, children = plan.operator_type, plan.arguments, plan.children
    yield str(operator).split("@")[0], str((arguments or {}).get("Details", ""))
    for child in children:
        yield from _operators(child)


def _scans_all(steps: list[tuple[str, str]]) -> list[str]:
    return [
        f"{op} {details}"
        for op, details in steps
        if op == "AllNodesScan"
        or (op == "NodeByLabelScan" and re.search(r":Entity\b", details))
        # a scan of the id index is a scan of every Entity too
        or (op == "NodeIndexScan" and re.search(r":Entity\(id\)", details))
    ]


def test_the_check_sees_a_scan_over_all_entities(neo4j_session_store: Neo4jStore) -> None:
    settings = neo4j_settings()
    assert settings is not None
    uri, user, password = settings
    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
        for query in (
            "MATCH (n) RETURN n",
            "MATCH (n:Entity) WHERE n.name = 'x' RETURN n",
            "MATCH (n:Entity) WHERE n.id IS NOT NULL RETURN n.id",
        ):
            summary = driver.execute_query("EXPLAIN " + query).summary
            assert _scans_all(list(_operators(summary.plan))), query


@pytest.fixture(scope="module")
def with_data(neo4j_session_store: Neo4jStore) -> Iterator[Neo4jStore]:
    """The generated county in the store: with no data the planner has no statistics,
    and a plan that scans every Entity's id only shows once there is some."""
    neo4j_session_store.delete_all()
    for facts in county_graph():
        neo4j_session_store.write_source(facts)
    yield neo4j_session_store
    neo4j_session_store.delete_all()


@pytest.mark.parametrize("name", QUERIES)
def test_no_query_scans_all_entities(with_data: Neo4jStore, name: str) -> None:
    settings = neo4j_settings()
    assert settings is not None
    uri, user, password = settings
    if name == "organisation_fields":
        text = organisation_fields_query()
    else:
        text = expand(load(name, "cypher"), LINK_TYPES)
    if name == "walk":  # its shape is filled in per request; check the widest one
        text = walk_query(Direction.BOTH, MAX_DEPTH, frozenset(LinkType))
    if name == "lineage":  # its level block is repeated per level
        text = lineage_query()
    if name == "upsert_typed_links":  # one query per link type
        text = typed_links_query(LinkType.SIGNED)
    params = {p: PARAMS[p] for p in set(re.findall(r"\$(\w+)", text))}
    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
        summary = driver.execute_query(neo4j.Query("EXPLAIN " + text), params).summary
    steps = list(_operators(summary.plan))
    assert steps, f"no plan for {name}"
    assert not _scans_all(steps), f"{name}: {_scans_all(steps)}"


# The old lineage carried the walk's lists through its DISTINCTs, and Neo4j counted each
# list again on every kept row: 25 MB for this county's depth-4 walk, past the 1.4 GiB
# transaction limit for the country's. The walk itself holds about 0.4 MB here.
LINEAGE_MEMORY_BOUND = 5_000_000


def test_a_deep_lineage_holds_no_list_per_row(with_data: Neo4jStore) -> None:
    settings = neo4j_settings()
    assert settings is not None
    uri, user, password = settings
    params = {
        "id": PLAN.id,
        "max_depth": 4,
        "max_nodes": 500,
        "direction": "BOTH",
        "types": [str(t) for t in LinkType],
    }
    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
        done = driver.execute_query(neo4j.Query("PROFILE " + lineage_query()), params)
    assert len(done.records[0]["nodes"]) > 100  # a walk wide enough to tell
    assert done.summary.profile is not None
    assert done.summary.profile["args"]["GlobalMemory"] < LINEAGE_MEMORY_BOUND
