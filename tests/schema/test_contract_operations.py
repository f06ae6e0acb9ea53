"""The contract operations FindDocuments, Lineage and Node, on each store."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import parse, validate

from graph.store import GraphStore
from schema.api import schema
from schema.execute import run_operation
from tests.helpers import (
    CONTRACT,
    KRAMFORS_ID,
    PLAN_ID,
    SEED_002,
    STRATEGY_ID,
    contract_operation,
    ingest_samples,
    run_contract,
)


@pytest.fixture
def samples(store: GraphStore) -> GraphStore:
    ingest_samples(store)
    return store


@pytest.mark.parametrize("name", ["FindDocuments", "Lineage", "Node"])
def test_operation_validates_against_the_schema(name: str) -> None:
    assert validate(schema._schema, parse(contract_operation(name))) == []


def test_lineage_from_the_regional_strategy(samples: GraphStore) -> None:
    data = run_contract(samples, "Lineage", id=STRATEGY_ID)["lineage"]
    assert data["root"] == {"id": STRATEGY_ID}
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes[PLAN_ID]["title"] == "Regional handlingsplan 2022-2026"
    assert nodes[PLAN_ID]["kind"] == "ACTION_PLAN"
    assert (nodes[PLAN_ID]["periodStart"], nodes[PLAN_ID]["periodEnd"]) == (2022, 2026)
    assert nodes[KRAMFORS_ID]["name"] == "Kramfors kommun"
    assert nodes[KRAMFORS_ID]["code"] == "2282"

    def link(type_: str, from_id: str, to_id: str) -> dict[str, Any]:
        found: dict[str, Any]
        (found,) = [
            x
            for x in data["links"]
            if (x["type"], x["from"]["id"], x["to"]["id"]) == (type_, from_id, to_id)
        ]
        return found

    revises = link("REVISES", PLAN_ID, STRATEGY_ID)
    (evidence,) = revises["evidence"]
    assert evidence["source"]["uri"].endswith(SEED_002)
    assert evidence["source"]["publishedOn"] == "2022-06-28"
    assert "revidering av Regional strategi" in evidence["quote"]
    assert evidence["rule"] and 0 < evidence["confidence"] <= 1

    signed = link("SIGNED", KRAMFORS_ID, PLAN_ID)
    assert signed["date"] == "2022-03-22"
    assert signed["evidence"][0]["source"]["uri"].endswith(SEED_002)
    assert "undertecknades" in signed["evidence"][0]["quote"]


def test_lineage_direction_and_depth(samples: GraphStore) -> None:
    outgoing = run_contract(samples, "Lineage", id=STRATEGY_ID, direction="OUTGOING")
    assert [n["id"] for n in outgoing["lineage"]["nodes"]] == [STRATEGY_ID]
    shallow = run_contract(samples, "Lineage", id=STRATEGY_ID, maxDepth=1)["lineage"]
    assert {n["id"] for n in shallow["nodes"]} == {STRATEGY_ID, PLAN_ID}
    assert [x["type"] for x in shallow["links"]] == ["REVISES"]


def test_lineage_errors_are_specific(samples: GraphStore) -> None:
    op = contract_operation("Lineage")
    missing = run_operation(samples, op, {"id": "Document:none"})
    assert missing["errors"][0]["message"] == "no node with id 'Document:none'"
    too_deep = run_operation(samples, op, {"id": STRATEGY_ID, "maxDepth": 50})
    assert "maxDepth must be between 1 and 10" in too_deep["errors"][0]["message"]


def test_find_documents_paginates(samples: GraphStore) -> None:
    first = run_contract(samples, "FindDocuments", text="regional", first=1)["documents"]
    assert first["totalCount"] == 2
    assert first["pageInfo"]["hasNextPage"] is True
    (edge,) = first["edges"]
    after = first["pageInfo"]["endCursor"]
    second = run_contract(samples, "FindDocuments", text="regional", first=1, after=after)
    page2 = second["documents"]
    assert page2["pageInfo"]["hasNextPage"] is False
    ids = {edge["node"]["id"], page2["edges"][0]["node"]["id"]}
    assert ids == {PLAN_ID, STRATEGY_ID}


def test_find_documents_rejects_bad_input(samples: GraphStore) -> None:
    op = contract_operation("FindDocuments")
    bad_cursor = run_operation(samples, op, {"text": "plan", "after": "nonsense"})
    assert "invalid cursor" in bad_cursor["errors"][0]["message"]
    too_many = run_operation(samples, op, {"text": "plan", "first": 1000})
    assert "first must be between 0 and 100" in too_many["errors"][0]["message"]
    empty = run_operation(samples, op, {"text": "  "})
    assert "no words" in empty["errors"][0]["message"]


def test_node_resolves_any_id(samples: GraphStore) -> None:
    assert run_contract(samples, "Node", id=KRAMFORS_ID)["node"] == {
        "id": KRAMFORS_ID,
        "__typename": "Organization",
    }
    assert run_contract(samples, "Node", id=PLAN_ID)["node"]["__typename"] == "Document"
    assert run_contract(samples, "Node", id="Person:none")["node"] is None


def test_nodes_carry_their_own_evidence(samples: GraphStore) -> None:
    query = "query($id: ID!) { node(id: $id) { evidence { quote source { uri } } } }"
    response = run_operation(samples, query, {"id": KRAMFORS_ID})
    evidence = response["data"]["node"]["evidence"]
    # Its name, or "kommunen" on its own pages, where the page speaks of itself.
    assert evidence and all(
        "Kramfors" in e["quote"] or e["quote"].lower().startswith("kommunen") for e in evidence
    )


def test_find_organizations_by_name_and_alias(samples: GraphStore) -> None:
    data = run_contract(samples, "FindOrganizations", name="kramfors")["organizations"]
    (kramfors,) = [e["node"] for e in data["edges"] if e["node"]["id"] == KRAMFORS_ID]
    assert (kramfors["name"], kramfors["kind"], kramfors["code"]) == (
        "Kramfors kommun",
        "MUNICIPALITY",
        "2282",
    )
    assert {
        "date": "2022-03-22",
        "document": {"id": PLAN_ID, "title": "Regional handlingsplan 2022-2026"},
    } in kramfors["signed"]
    assert any(p["person"]["name"] == "Peter Carlstedt" for p in kramfors["people"])
    bas = run_contract(samples, "FindOrganizations", name="BAS-nämnden")["organizations"]
    (committee,) = [e["node"] for e in bas["edges"]]
    assert "BAS-nämnden" in committee["aliases"]
    assert committee["partOf"] == {"id": KRAMFORS_ID, "name": "Kramfors kommun"}


def test_coverage_of_county_22(samples: GraphStore) -> None:
    rows = run_contract(samples, "Coverage", countyCode="22")["coverage"]
    assert [r["municipality"]["code"] for r in rows] == [
        "2260",
        "2262",
        "2280",
        "2281",
        "2282",
        "2283",
        "2284",
    ]
    (kramfors,) = [r for r in rows if r["municipality"]["id"] == KRAMFORS_ID]
    kinds = {d["kind"] for d in kramfors["documents"]}
    assert "GUIDELINE" in kinds
    assert kramfors["signed"] == [
        {
            "date": "2022-03-22",
            "document": {"id": PLAN_ID, "title": "Regional handlingsplan 2022-2026"},
        }
    ]
    others = [r for r in rows if r["municipality"]["id"] != KRAMFORS_ID]
    assert all(r["gaps"] == ["no local steering document in the graph"] for r in others)


def test_coverage_rejects_an_unknown_county(samples: GraphStore) -> None:
    response = run_operation(samples, contract_operation("Coverage"), {"countyCode": "99"})
    error = response["errors"][0]
    assert error["message"] == "unknown county code '99': use a two-digit SCB länskod"
    assert error["extensions"]["code"] == "BAD_USER_INPUT"


def test_signatory_count_and_chain_on_the_samples(samples: GraphStore) -> None:
    query = "query($id: ID!) { node(id: $id) { ... on Document { signatoryCount } } }"
    response = run_operation(samples, query, {"id": PLAN_ID})
    assert response["data"]["node"] == {"signatoryCount": 15}
    activity = run_contract(samples, "FindDocuments", text="handlingsplan")
    assert activity["documents"]["totalCount"] >= 2
    lineage = run_contract(samples, "Lineage", id=KRAMFORS_ID, maxDepth=3)["lineage"]
    activities = [n["id"] for n in lineage["nodes"] if n["__typename"] == "Activity"]
    assert activities
    steps = run_contract(samples, "ResponsibilityChain", id=activities[0])
    chain = steps["responsibilityChain"]["steps"]
    assert [s["relation"] for s in chain][-3:-1] == ["HAS_ACTIVITY", "RESPONSIBLE_FOR"]
    assert chain[0]["node"]["__typename"] == "Document"
    assert chain[-1]["relation"] == "HOLDS_ROLE"
    assert chain[-1]["node"]["name"] == "Jonne Norlin"


def test_search_finds_inflected_words_with_evidence(samples: GraphStore) -> None:
    hits = run_contract(samples, "Search", text="handlingsplanen")["search"]
    ids = [h["node"]["id"] for h in hits]
    assert PLAN_ID in ids
    plan = hits[ids.index(PLAN_ID)]
    assert plan["score"] == 1.0
    assert plan["evidence"] and all(e["source"]["uri"] for e in plan["evidence"])
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert run_contract(samples, "Search", text="qwertyuiop")["search"] == []


def test_the_whole_contract_validates() -> None:
    assert validate(schema._schema, parse(CONTRACT.read_text(encoding="utf-8"))) == []
