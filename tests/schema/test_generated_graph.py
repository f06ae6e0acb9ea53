"""The API on a larger generated graph (49 municipalities), on each store: filters,
pagination edge cases, coverage, lineage types, responsibility at adoption, and the
store round trips one request takes."""

from __future__ import annotations

from typing import Any

import pytest

from bench.counting_store import CountingStore
from graph.store import GraphStore
from schema.execute import run_operation
from tests.generated import ADOPTED_ON, PLAN, STRATEGY, county_graph, municipality_names
from tests.helpers import run_contract

MUNIS = municipality_names()
N = len(MUNIS)
SIGNERS = [code for i, (code, _) in enumerate(MUNIS) if i % 5]
WITH_PLAN = [code for i, (code, _) in enumerate(MUNIS) if i % 3 == 0]
# The regional two; a riktlinje or rutin, and an avtal, each; the local plans.
DOCUMENTS = 2 + 2 * N + len(WITH_PLAN)


@pytest.fixture
def county(store: GraphStore) -> GraphStore:
    for facts in county_graph():
        store.write_source(facts)
    return store


def _data(store: GraphStore, query: str, **variables: Any) -> dict[str, Any]:
    response = run_operation(store, query, variables)
    assert "errors" not in response, response["errors"]
    data: dict[str, Any] = response["data"]
    return data


DOCS = """query($filter: DocumentFilter!, $first: Int!, $after: String) {
  documents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id kind } }
  }
}"""


def test_the_generated_graph_has_the_expected_shape() -> None:
    assert N == 49
    assert (len(SIGNERS), len(WITH_PLAN), DOCUMENTS) == (39, 17, 117)


def test_paging_through_every_document_of_the_county(county: GraphStore) -> None:
    seen: list[str] = []
    after = None
    pages = 0
    while True:
        page = _data(county, DOCS, filter={"countyCode": "14"}, first=15, after=after)
        docs = page["documents"]
        assert docs["totalCount"] == DOCUMENTS
        assert docs["pageInfo"]["hasPreviousPage"] is (pages > 0)
        seen += [e["node"]["id"] for e in docs["edges"]]
        pages += 1
        if not docs["pageInfo"]["hasNextPage"]:
            break
        after = docs["pageInfo"]["endCursor"]
    assert pages == 8  # 7 x 15 + 12
    assert len(seen) == len(set(seen)) == DOCUMENTS


def test_pagination_edge_cases(county: GraphStore) -> None:
    empty = _data(county, DOCS, filter={}, first=0)["documents"]
    assert (empty["totalCount"], empty["edges"]) == (DOCUMENTS, [])
    assert empty["pageInfo"]["hasNextPage"] is True
    # Paging on from an empty page's endCursor starts where it stood: at the first item.
    on = _data(county, DOCS, filter={}, first=3, after=empty["pageInfo"]["endCursor"])
    first_three = _data(county, DOCS, filter={}, first=3)["documents"]["edges"]
    assert on["documents"]["edges"] == first_three
    later = _data(county, DOCS, filter={}, first=0, after=first_three[-1]["cursor"])
    assert later["documents"]["pageInfo"]["endCursor"] == first_three[-1]["cursor"]
    everything = _data(county, DOCS, filter={"kind": "AGREEMENT"}, first=100)["documents"]
    assert len(everything["edges"]) == N
    assert everything["pageInfo"]["hasNextPage"] is False
    last = everything["edges"][-1]["cursor"]
    beyond = _data(county, DOCS, filter={"kind": "AGREEMENT"}, first=10, after=last)
    beyond = beyond["documents"]
    assert beyond["edges"] == [] and beyond["pageInfo"]["hasNextPage"] is False
    assert beyond["pageInfo"]["hasPreviousPage"] is True
    # A cursor from one listing continues another listing at the same position.
    middle = everything["edges"][9]["cursor"]
    rest = _data(county, DOCS, filter={"kind": "AGREEMENT"}, first=5, after=middle)
    rest = rest["documents"]
    assert [e["node"]["id"] for e in rest["edges"]] == [
        e["node"]["id"] for e in everything["edges"][10:15]
    ]
    nothing = _data(county, DOCS, filter={"text": "finns-inte"}, first=10)["documents"]
    assert nothing == {
        "totalCount": 0,
        "pageInfo": {
            "hasNextPage": False,
            "hasPreviousPage": False,
            "startCursor": None,
            "endCursor": None,
        },
        "edges": [],
    }


def test_document_filters(county: GraphStore) -> None:
    def ids(**criteria: Any) -> set[str]:
        docs = _data(county, DOCS, filter=criteria, first=100)["documents"]
        assert docs["totalCount"] == len(docs["edges"])
        return {e["node"]["id"] for e in docs["edges"]}

    code0, code1 = MUNIS[0][0], MUNIS[1][0]
    assert len(ids(kind="ACTION_PLAN")) == 1 + len(WITH_PLAN)
    assert ids(level="REGIONAL") == {PLAN.id, STRATEGY.id}
    assert ids(level="REGIONAL", periodFrom=2022) == {PLAN.id}
    assert ids(periodFrom=2019, periodTo=2020) == {STRATEGY.id}
    assert len(ids(periodFrom=2024, periodTo=2024)) == 1 + len(WITH_PLAN)
    assert ids(municipalityCode=code0) == {
        f"Document:municipal:agreement:kommun:{code0}",
        f"Document:municipal:guideline:kommun:{code0}",
        f"Document:municipal:action-plan:kommun:{code0}:2023-2026",
    }
    # Municipality 0 adopted its plan through its socialnämnd; municipality 1 signed.
    assert ids(organization=f"Organization:kommun:{code0}") == ids(municipalityCode=code0)
    assert ids(organization=f"Organization:kommun:{code1}") == {
        PLAN.id,
        f"Document:municipal:agreement:kommun:{code1}",
        f"Document:municipal:routine:kommun:{code1}",
    }
    assert ids(countyCode="22") == set()
    assert ids(text="handlingsplan", countyCode="14", kind="ACTION_PLAN") == ids(kind="ACTION_PLAN")


def test_document_filter_errors(county: GraphStore) -> None:
    for criteria, message in (
        ({"periodFrom": 2026, "periodTo": 2020}, "periodFrom (2026) is after periodTo (2020)"),
        ({"municipalityCode": "Kramfors"}, "municipalityCode must be 4 digits"),
        ({"kind": "MEMO"}, "Value 'MEMO' does not exist in 'DocumentKind' enum"),
        ({"countyCode": "99"}, "unknown county code '99'"),
        ({"municipalityCode": "9999"}, "unknown municipality code '9999'"),
    ):
        response = run_operation(county, DOCS, {"filter": criteria, "first": 5})
        (error,) = response["errors"]
        assert message in error["message"]


def test_county_codes_are_checked_alike_everywhere(county: GraphStore) -> None:
    orgs = """query { organizations(filter: {name: "kommun", countyCode: "99"}) { totalCount } }"""
    answers = [
        run_operation(county, orgs, {}),
        run_operation(county, DOCS, {"filter": {"countyCode": "99"}, "first": 5}),
        run_operation(county, """query { coverage(countyCode: "99") { gaps } }""", {}),
    ]
    for answer in answers:
        (error,) = answer["errors"]
        assert error["message"] == "unknown county code '99': use a two-digit SCB länskod"
        assert error["extensions"]["code"] == "BAD_USER_INPUT"


DECISIONS = """query($filter: DecisionFilter) {
  decisions(filter: $filter, first: 100) { totalCount edges { node { id date summary } } }
}"""


def test_decisions_by_body_and_date(county: GraphStore) -> None:
    def count(**criteria: Any) -> int:
        total: int = _data(county, DECISIONS, filter=criteria)["decisions"]["totalCount"]
        return total

    assert count() == len(WITH_PLAN)
    assert count(**{"from": "2023-05-10", "to": "2023-05-10"}) == len(WITH_PLAN)
    assert count(**{"to": "2023-05-09"}) == 0
    assert count(body=f"Organization:kommun:{MUNIS[0][0]}") == 1  # through its committee
    assert count(body=f"Organization:kommun:{MUNIS[1][0]}") == 0
    bad = run_operation(county, DECISIONS, {"filter": {"from": "2024-01-01", "to": "2023-01-01"}})
    assert "is after" in bad["errors"][0]["message"]


def test_an_organisations_decisions_include_its_committees(county: GraphStore) -> None:
    query = """query($id: ID!) { node(id: $id) { ... on Organization { decisions { id } } } }"""
    listed = _data(county, DECISIONS, filter={"body": f"Organization:kommun:{MUNIS[0][0]}"})
    expected = {e["node"]["id"] for e in listed["decisions"]["edges"]}
    municipality = _data(county, query, id=f"Organization:kommun:{MUNIS[0][0]}")["node"]
    assert expected and {d["id"] for d in municipality["decisions"]} == expected
    other = _data(county, query, id=f"Organization:kommun:{MUNIS[1][0]}")["node"]
    assert other["decisions"] == []


def test_lineage_types_follow_only_those_links(county: GraphStore) -> None:
    signed = run_contract(county, "Lineage", id=PLAN.id, maxDepth=1)
    assert len(signed["lineage"]["nodes"]) > 1 + len(SIGNERS)
    query = """query($id: ID!, $types: [LinkType!], $depth: Int = 3) {
      lineage(id: $id, maxDepth: $depth, types: $types) { nodes { id } links { type } }
    }"""
    only = _data(county, query, id=PLAN.id, types=["SIGNED"], depth=1)["lineage"]
    assert len(only["nodes"]) == 1 + len(SIGNERS)
    assert {x["type"] for x in only["links"]} == {"SIGNED"}
    # Two steps more over SIGNED: the signers' avtal, and the county board that co-signed.
    wider = _data(county, query, id=PLAN.id, types=["SIGNED"])["lineage"]
    assert len(wider["nodes"]) == 1 + len(SIGNERS) + len(SIGNERS) + 1
    two = _data(county, query, id=PLAN.id, types=["REVISES", "FOLLOWS_UP"])["lineage"]
    assert {n["id"] for n in two["nodes"]} == {
        PLAN.id,
        STRATEGY.id,
        "Organization:lansstyrelse:14",
    }
    empty = run_operation(county, query, {"id": PLAN.id, "types": []})
    assert "types must name at least one link type" in empty["errors"][0]["message"]


def test_lineage_keeps_the_nearest_nodes_and_says_it_truncated(county: GraphStore) -> None:
    query = """query($id: ID!, $cap: Int!) {
      lineage(id: $id, maxDepth: 3, maxNodes: $cap) {
        truncated nodes { id } links { from { id } to { id } } } }"""
    whole = _data(county, query, id=PLAN.id, cap=2000)["lineage"]
    assert whole["truncated"] is False
    cap = len(SIGNERS) // 2
    part = _data(county, query, id=PLAN.id, cap=cap)["lineage"]
    assert part["truncated"] is True
    kept = [n["id"] for n in part["nodes"]]
    assert len(kept) == cap and kept[0] == PLAN.id
    assert set(kept) < {n["id"] for n in whole["nodes"]}
    # No link points outside the nodes kept.
    assert all({x["from"]["id"], x["to"]["id"]} <= set(kept) for x in part["links"])
    bad = run_operation(county, query, {"id": PLAN.id, "cap": 0})
    assert "maxNodes must be between 1 and 2000" in bad["errors"][0]["message"]


def test_link_evidence_is_bounded_with_a_count(county: GraphStore) -> None:
    query = """query($id: ID!, $first: Int!) {
      lineage(id: $id, maxDepth: 1, types: [SIGNED]) {
        links { evidenceCount evidence(first: $first) { quote } } } }"""
    links = _data(county, query, id=PLAN.id, first=1)["lineage"]["links"]
    assert links and all(x["evidenceCount"] >= 1 for x in links)
    assert all(len(x["evidence"]) == 1 for x in links)
    none = _data(county, query, id=PLAN.id, first=0)["lineage"]["links"]
    assert all(x["evidence"] == [] and x["evidenceCount"] >= 1 for x in none)
    bad = run_operation(county, query, {"id": PLAN.id, "first": 101})
    assert "first must be between 0 and 100" in bad["errors"][0]["message"]


def test_coverage_of_the_generated_county(county: GraphStore) -> None:
    rows = run_contract(county, "Coverage", countyCode="14")["coverage"]
    assert len(rows) == N
    gap = f"signed {PLAN.title} on 2022-03-22, no local handlingsplan adopted since"
    with_gap = {r["municipality"]["code"] for r in rows if gap in r["gaps"]}
    assert with_gap == set(SIGNERS) - set(WITH_PLAN)


def test_responsibility_chain_knows_who_chaired_at_adoption(county: GraphStore) -> None:
    code = WITH_PLAN[1]
    query = """query($id: ID!) { responsibilityChain(id: $id) { steps {
      relation node { id ... on Person { name } } heldAtAdoption date } } }"""
    steps = _data(county, query, id=f"Activity:{code}:1")["responsibilityChain"]["steps"]
    assert steps[0]["node"]["id"] == PLAN.id  # the regional plan it serves, on top
    people = [s for s in steps if s["relation"] == "HOLDS_ROLE"]
    assert [(p["node"]["name"], p["heldAtAdoption"]) for p in people] == [
        (f"Anna Nilsson {code}", True),  # stated chair before ADOPTED_ON
        (f"Bertil Nilsson {code}", None),  # stated after: the graph cannot tell
    ]
    assert all(p["date"] < ADOPTED_ON or p["heldAtAdoption"] is None for p in people)


PAGE = """query($first: Int!) {
  documents(filter: {}, first: $first) {
    edges { node {
      id title
      signatories { date organization { name code } evidence { quote source { uri } } }
      evidence { quote page source { uri publishedOn } }
    } }
  }
}"""


def test_round_trips_do_not_grow_with_the_page(county: GraphStore) -> None:
    counts = {}
    for first in (5, 50):
        counting = CountingStore(county)
        data = _data(counting, PAGE, first=first)
        edges = data["documents"]["edges"]
        assert len(edges) == first
        counts[first] = counting.calls
    for first in (5, 50):  # both pages have signatories, evidence and sources to load
        edges = _data(county, PAGE, first=first)["documents"]["edges"]
        assert all(e["node"]["signatories"] and e["node"]["evidence"] for e in edges[:5])
    assert counts[5] == counts[50]
    assert sum(counts[50].values()) <= 8, counts[50]


def test_the_other_contract_operations_on_the_generated_graph(county: GraphStore) -> None:
    found = run_contract(county, "FindDocuments", text="avtal samverkan", first=100)
    assert found["documents"]["totalCount"] == N
    committees = run_contract(county, "FindOrganizations", name="socialnämnden")
    assert committees["organizations"]["totalCount"] == len(WITH_PLAN)
    for edge in committees["organizations"]["edges"]:
        org = edge["node"]
        assert org["partOf"]["name"] in org["name"]  # "Socialnämnden i Härryda kommun"
        assert [d["summary"] for d in org["decisions"]] == [
            f"Anta Handlingsplan mot våld {org['partOf']['name']} 2023-2026"
        ]
        assert {p["person"]["name"].split()[0] for p in org["people"]} == {"Anna", "Bertil"}
    code, name = MUNIS[3]
    hits = run_contract(county, "Search", text=f"handlingsplanen {name.split()[0]}")["search"]
    assert hits[0]["node"]["id"] == f"Document:municipal:action-plan:kommun:{code}:2023-2026"
    chain = run_contract(county, "ResponsibilityChain", id=f"Activity:{code}:2")
    ids = [s["node"]["id"] for s in chain["responsibilityChain"]["steps"]]
    assert ids[:3] == [
        PLAN.id,
        f"Document:municipal:action-plan:kommun:{code}:2023-2026",
        f"Activity:{code}:2",
    ]
    node = run_contract(county, "Node", id=f"Organization:kommun:{code}")["node"]
    assert node == {"id": f"Organization:kommun:{code}", "__typename": "Organization"}
