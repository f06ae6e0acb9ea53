"""The documents listing done in the store (one query that filters, sorts and pages)
gives what the rules of graph.document_query give in Python, on each store."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from graph.committees import with_committees
from graph.document_filter import DocumentQuery, sort_title
from graph.document_query import document_page, find_documents
from graph.edges import Direction, LinkType
from graph.geography import county_of, municipality_of
from graph.nodes import NodeLabel, NodeRecord
from graph.store import GraphStore
from tests.generated import REGION, county_graph, municipality_names

MUNIS = [code for code, _ in municipality_names()]
OWN = [LinkType.ADOPTED, LinkType.ISSUED, LinkType.SIGNED, LinkType.FOLLOWS_UP]


def _reference(store: GraphStore, q: DocumentQuery) -> list[NodeRecord]:
    """The listing as it was computed before it moved into the stores."""
    found = sorted(store.nodes_by_label(NodeLabel.DOCUMENT), key=lambda r: (sort_title(r), r.id))
    allowed: set[str] | None = None
    if q.organization_id is not None:
        owners = list(with_committees(store, [q.organization_id]))
        own = [*OWN, LinkType.COORDINATES]
        allowed = {x.to_id for x in store.links_of(owners, Direction.OUTGOING, own)}
        decided = [x.to_id for x in store.links_of(owners, Direction.OUTGOING, [LinkType.DECIDED])]
        allowed |= {
            x.to_id for x in store.links_of(decided, Direction.OUTGOING, [LinkType.CONCERNS])
        }

    def keep(r: NodeRecord) -> bool:
        p = r.props
        if allowed is not None and r.id not in allowed:
            return False
        if q.kind is not None and p.get("kind") != q.kind:
            return False
        if q.level is not None and p.get("level") != q.level:
            return False
        if q.county_code is not None and county_of(r) != q.county_code:
            return False
        if q.municipality_code is not None and municipality_of(r) != q.municipality_code:
            return False
        if q.period_from is None and q.period_to is None:
            return True
        start, end = p.get("period_start"), p.get("period_end")
        if not isinstance(start, int):
            return False
        end = end if isinstance(end, int) else start
        return (q.period_to is None or start <= q.period_to) and (
            q.period_from is None or end >= q.period_from
        )

    return [r for r in found if keep(r)]


@pytest.fixture
def county(store: GraphStore) -> GraphStore:
    for facts in county_graph():
        store.write_source(facts)
    return store


QUERIES: list[dict[str, Any]] = [
    {},
    {"county_code": "14"},
    {"county_code": "22"},
    {"municipality_code": MUNIS[0]},
    {"municipality_code": MUNIS[3], "kind": "action_plan"},
    {"county_code": "14", "level": "regional"},
    {"kind": "agreement"},
    {"level": "municipal", "kind": "routine"},
    {"period_from": 2021, "period_to": 2022},
    {"period_from": 2024},
    {"period_to": 2019, "county_code": "14"},
    {"organization_id": REGION.id},
    {"organization_id": f"Organization:kommun:{MUNIS[0]}"},
    {"organization_id": f"Organization:kommun:{MUNIS[3]}", "kind": "action_plan"},
    {"organization_id": f"Organization:kommun:{MUNIS[3]}", "county_code": "01"},
    {"organization_id": "Organization:none"},
]


@pytest.mark.parametrize("criteria", QUERIES, ids=[str(q) for q in QUERIES])
def test_the_store_lists_what_the_rules_say(county: GraphStore, criteria: dict[str, Any]) -> None:
    query = DocumentQuery(**criteria)
    expected = _reference(county, query)
    assert find_documents(county, query) == expected
    for offset, limit in itertools.product((0, 1, 7, len(expected), 500), (0, 1, 10)):
        page = document_page(county, query, offset, limit)
        assert page.total == len(expected)
        assert page.records == expected[offset : offset + limit]


def test_listing_keys_are_not_node_properties(county: GraphStore) -> None:
    (record, *_) = find_documents(county, DocumentQuery(county_code="14"))
    assert not {"sort_title", "county_code", "municipality_code"} & set(record.props)
    assert county.get_nodes([record.id]) == [record]


def test_a_rewritten_source_moves_its_documents_keys(county: GraphStore) -> None:
    facts = county_graph()[1]
    code = MUNIS[0]
    before = find_documents(county, DocumentQuery(municipality_code=code))
    assert before
    # The municipality's page, rewritten to name nothing of its own: its documents go.
    bare = type(facts)(source=facts.source, nodes=[], mentions=[], links=[])
    county.write_source(bare, force=True)
    assert find_documents(county, DocumentQuery(municipality_code=code)) == []
    county.write_source(facts, force=True)
    assert find_documents(county, DocumentQuery(municipality_code=code)) == before
