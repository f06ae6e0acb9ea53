"""The read paths of issue 11 on both stores, on the generated county graph.

Search scores from the stems the stores keep: its answers are those of the rule it
replaced, which read every candidate's quotes and stemmed them again (written out
below as the reference). The lineage walk stops at maxNodes; responsibility chains
and coverage take a handful of store calls and read evidence only when asked for.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import pytest

from bench.counting_store import CountingStore
from graph.body_decisions import body_decisions_by_level
from graph.chain_links import chain_links_by_level
from graph.committees import with_committees
from graph.edges import Direction, Evidence, LinkRecord, LinkType
from graph.lineage import lineage
from graph.nodes import NodeLabel
from graph.organisation_fields import organisation_fields_in_steps
from graph.restricted_view import RestrictedView
from graph.search import MAX_EVIDENCE, NAME_WEIGHT, QUOTE_WEIGHT, Hit, search
from graph.store import GraphStore
from graph.text_match import coverage_of, query_stems, searchable_text, stems
from schema.execute import run_operation
from tests.generated import COUNTY, PLAN, county_graph, municipality_names
from tests.helpers import ALL_LINKS, contract_operation

MUNIS = municipality_names()
PLAN_CODE = MUNIS[3][0]  # i % 3 == 0: it has a local plan, activities and people


@pytest.fixture
def county(store: GraphStore) -> GraphStore:
    for facts in county_graph():
        store.write_source(facts)
    return store


def stemming_search(store: GraphStore, text: str, first: int) -> list[Hit]:
    """The rule search replaced: every quote of every candidate read and stemmed."""
    query = query_stems(text)
    candidates = {hit.node_id for hit in store.search_texts(query, 1_000_000)}
    nodes = [r for r in store.get_nodes(sorted(candidates)) if r.label is not NodeLabel.SOURCE]
    ids = [r.id for r in nodes]
    quotes: dict[str, list[Evidence]] = defaultdict(list)
    for mention in store.mentions_of(ids):
        quotes[mention.node_id].append(mention.evidence)
    for direction in (Direction.OUTGOING, Direction.INCOMING):
        for link in store.links_of(ids, direction, list(LinkType)):
            end = link.from_id if direction is Direction.OUTGOING else link.to_id
            quotes[end].extend(link.evidence)
    hits = []
    for node in nodes:
        name = coverage_of(query, stems(searchable_text(node.label, node.props)))
        rated = sorted(
            {(coverage_of(query, stems(e.quote)), e) for e in quotes[node.id]},
            key=lambda pair: (-pair[0], pair[1].source_id, pair[1].start, pair[1].rule),
        )
        best = rated[0][0] if rated else 0.0
        score = round(NAME_WEIGHT * name + QUOTE_WEIGHT * best, 4)
        matching = [e for share, e in rated if share > 0][:MAX_EVIDENCE]
        hits.append(Hit(score=score, node=node, evidence=matching))
    ranked = sorted((h for h in hits if h.score > 0), key=lambda h: (-h.score, h.node.id))
    return ranked[:first]


def _searches() -> list[str]:
    name = MUNIS[3][1].split()[0]
    return [
        "handlingsplanen",
        f"handlingsplan {name}",
        "våld samverkan",
        "Nilsson ordförande",
        "aktivitet ansvarar socialnämnden",
        f"{name} undertecknade regional",
        "Anna",
        "ingetsådantord",
    ]


def test_search_from_kept_stems_answers_as_stemming_every_quote(county: GraphStore) -> None:
    for text in _searches():
        for first in (1, 7, 100):
            assert search(county, text, first) == stemming_search(county, text, first), text
    assert search(county, "handlingsplanen", 100)  # the queries do find things


def test_search_reads_only_the_quotes_it_shows(county: GraphStore) -> None:
    counting = CountingStore(county)
    hits = search(counting, "våld samverkan", 5)  # every municipality's pages say both
    assert len(hits) == 5 and all(hit.evidence for hit in hits)
    assert counting.calls == {"search_texts": 1, "hit_records": 1}


def test_search_with_sources_reads_them_with_the_hits(county: GraphStore) -> None:
    """The Search operation selects the sources its quotes cite: they come with the hits'
    nodes and quotes, in the same store call."""
    calls, data = _count_calls(county, "Search", None, text="våld samverkan")
    hits = data["search"]
    assert hits and all(h["evidence"] and h["evidence"][0]["source"]["uri"] for h in hits)
    # the restrictions every request reads, the candidates, and what the best show
    assert calls == Counter({"restrictions": 1, "search_texts": 1, "hit_records": 1}), calls


def test_hit_records_answer_as_get_nodes_and_quote_evidence(county: GraphStore) -> None:
    rows = county.search_texts(query_stems("våld samverkan"), 200)
    refs = sorted({r.ref for r in rows if r.ref is not None})[:40]
    ids = [*sorted({r.node_id for r in rows})[:10], "Document:none"]
    for with_sources in (False, True):
        found = county.hit_records(ids, refs, with_sources=with_sources)
        assert sorted(found.nodes, key=lambda r: r.id) == sorted(
            county.get_nodes(ids), key=lambda r: r.id
        )
        evidence = county.quote_evidence(refs)
        assert found.evidence == evidence and len(evidence) == len(refs)
        cited = sorted({e.source_id for e in evidence.values()})
        want = sorted(county.get_nodes(cited), key=lambda r: r.id) if with_sources else []
        assert found.sources == want
    assert county.hit_records([], [], with_sources=True).sources == []


def test_search_through_the_view_does_not_find_a_restricted_person(county: GraphStore) -> None:
    person = f"Person:anna:{PLAN_CODE}"
    found = county.get_nodes([person])
    assert found, "the generated graph names Anna Nilsson in every plan municipality"
    named = search(county, f"Anna Nilsson {PLAN_CODE}", 3)
    assert named[0].node.id == person
    restriction = county.restrict_person(person)
    assert restriction is not None
    try:
        _search_through_view(RestrictedView(county), restriction.alias)
    finally:  # restrictions outlive delete_all, and the Neo4j store is shared
        county.lift_restriction(person)


def _search_through_view(view: GraphStore, alias: str) -> None:
    for text in (f"Anna Nilsson {PLAN_CODE}", "ordförande", "Nilsson"):
        hits = search(view, text, 20)
        assert hits == stemming_search(view, text, 20), text
        assert all(f"Anna Nilsson {PLAN_CODE}" not in e.quote for h in hits for e in h.evidence)
    by_name = search(view, f"Anna Nilsson {PLAN_CODE}", 100)
    assert alias not in {h.node.id for h in by_name}
    assert alias in {h.node.id for h in search(view, "ordförande", 100)}


def test_lineage_stops_walking_at_max_nodes(
    county: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = county.walk(PLAN.id, Direction.BOTH, 6, ALL_LINKS)
    deepest = max(full.values())
    # SQLite walks level by level inside lineage_rows: count levels. Neo4j walks in one
    # query: count its round trips.
    levels = Counter[str]()
    if county.name == "sqlite":
        read_level = county.neighbour_ids

        def counted(*args: Any) -> set[str]:
            levels["read"] += 1
            return read_level(*args)

        monkeypatch.setattr(county, "neighbour_ids", counted)
    else:
        read_text = county._read_text  # type: ignore[attr-defined]

        def trip(text: str, name: str, **params: Any) -> list[dict[str, Any]]:
            levels[name] += 1
            return read_text(text, name, **params)  # type: ignore[no-any-return]

        monkeypatch.setattr(county, "_read_text", trip)
    for max_nodes in (1, 10, 60, len(full), 2000):
        counting = CountingStore(county)
        levels.clear()
        found = lineage(counting, PLAN.id, Direction.BOTH, 6, max_nodes=max_nodes)
        kept = sorted(full, key=lambda i: (full[i], i))[:max_nodes]
        assert [r.id for r in found.nodes] == kept
        assert found.depths == {i: full[i] for i in kept}
        assert found.truncated == (len(full) > max_nodes)
        assert counting.calls == Counter({"lineage_rows": 1})  # one store trip
        if county.name != "sqlite":
            assert levels == Counter({"lineage": 1})  # one query, the walk included
            continue
        walked = levels["read"]
        if max_nodes < len(full):
            # the levels up to the one that passed max_nodes, and no further
            passed = min(
                d for d in range(deepest + 1) if sum(v <= d for v in full.values()) > max_nodes
            )
            assert walked == max(passed, 1) < deepest + 1
        else:
            assert walked <= deepest + 1


def _count_calls(
    store: GraphStore, operation: str, query: str | None, **variables: Any
) -> tuple[Counter[str], dict[str, Any]]:
    counting = CountingStore(store)
    text = query if query is not None else contract_operation(operation)
    response = run_operation(counting, text, variables)
    assert "errors" not in response, response["errors"]
    return counting.calls, response["data"]


CHAIN_WITH_EVIDENCE = """query($id: ID!) { responsibilityChain(id: $id) {
  steps { relation node { id } evidence { quote source { uri } } } } }"""


def test_responsibility_chain_reads_its_links_in_one_call(county: GraphStore) -> None:
    plan = f"Document:municipal:action-plan:kommun:{PLAN_CODE}:2023-2026"
    for start in (plan, f"Activity:{PLAN_CODE}:1", f"Person:anna:{PLAN_CODE}"):
        calls, data = _count_calls(county, "ResponsibilityChain", None, id=start)
        steps = data["responsibilityChain"]["steps"]
        assert steps[0]["node"]["id"] == PLAN.id and len(steps) > 5
        assert calls["chain_links"] == 1 and sum(calls.values()) <= 3, calls
        with_quotes, answer = _count_calls(county, "", CHAIN_WITH_EVIDENCE, id=start)
        quoted = answer["responsibilityChain"]["steps"]
        assert [s["node"]["id"] for s in quoted] == [s["node"]["id"] for s in steps]
        assert all(s["evidence"] for s in quoted[1:])
        # the evidence's sources: one batch for every step, none when not asked for
        assert with_quotes - calls == Counter({"get_nodes": 1}), (with_quotes, calls)


def test_coverage_reads_sources_only_for_the_evidence_asked_for(county: GraphStore) -> None:
    calls, data = _count_calls(county, "Coverage", None, countyCode=COUNTY)
    assert len(data["coverage"]) == len(MUNIS)
    # the rows in one call; the other is the privacy restrictions every request reads
    assert calls["coverage_facts"] == 1 and sum(calls.values()) == 2, calls
    query = """query($c: String!) { coverage(countyCode: $c) {
      signed { document { id } evidence { quote source { uri } } } } }"""
    with_quotes, answer = _count_calls(county, "", query, c=COUNTY)
    assert any(row["signed"] for row in answer["coverage"])
    assert with_quotes - calls == Counter({"get_nodes": 1}), (with_quotes, calls)


def _documents_by_links(store: GraphStore, org_ids: list[str]) -> set[tuple[str, str]]:
    """The reference: what coverage read link by link before organisation_documents."""
    owner_of = with_committees(store, org_ids)
    found = set()
    for link in store.links_of(
        list(owner_of), Direction.OUTGOING, [LinkType.ADOPTED, LinkType.ISSUED]
    ):
        found.add((owner_of[link.from_id], link.to_id))
    decided = store.links_of(list(owner_of), Direction.OUTGOING, [LinkType.DECIDED])
    decision_owner = {link.to_id: owner_of[link.from_id] for link in decided}
    for link in store.links_of(list(decision_owner), Direction.OUTGOING, [LinkType.CONCERNS]):
        found.add((decision_owner[link.from_id], link.to_id))
    return found


def test_organisation_documents_answers_as_the_links_do(county: GraphStore) -> None:
    orgs = [f"Organization:kommun:{code}" for code, _ in MUNIS]
    pairs = county.organisation_documents(orgs)
    assert len(pairs) == len(set(pairs))
    assert set(pairs) == _documents_by_links(county, orgs)
    assert {org for org, _ in pairs} == set(orgs)  # every municipality has some
    one = orgs[3]
    assert set(county.organisation_documents([one])) == {p for p in pairs if p[0] == one}
    assert county.organisation_documents(["Organization:kommun:0000"]) == []


def test_coverage_facts_answers_as_its_three_reads_do(county: GraphStore) -> None:
    orgs = [f"Organization:kommun:{code}" for code, _ in MUNIS] + ["Organization:kommun:0000"]
    facts = county.coverage_facts(orgs)
    assert sorted(facts.documents) == sorted(county.organisation_documents(orgs))
    signed = county.links_of(orgs, Direction.OUTGOING, [LinkType.SIGNED])
    assert signed and sorted(facts.signed, key=repr) == sorted(signed, key=repr)
    wanted = {d for _, d in facts.documents} | {x.to_id for x in signed} | set(orgs)
    expected = sorted(county.get_nodes(sorted(wanted)), key=lambda r: r.id)
    assert sorted(facts.nodes, key=lambda r: r.id) == expected
    assert "Organization:kommun:0000" not in {r.id for r in facts.nodes}
    empty = county.coverage_facts(["Organization:kommun:0000"])
    assert (empty.documents, empty.signed, empty.nodes) == ([], [], [])


@pytest.mark.parametrize("direction", [Direction.OUTGOING, Direction.INCOMING])
def test_links_and_ends_answers_as_links_of_and_get_nodes(
    county: GraphStore, direction: Direction
) -> None:
    ids = [PLAN.id, f"Organization:kommun:{PLAN_CODE}", f"Activity:{PLAN_CODE}:1"]
    for types in ([LinkType.HAS_ACTIVITY], [LinkType.IMPLEMENTS, LinkType.SIGNED], ALL_LINKS):
        links, ends = county.links_and_ends(ids, direction, types)
        expected = county.links_of(ids, direction, types)
        assert sorted(links, key=repr) == sorted(expected, key=repr)
        other = {x.to_id if direction is Direction.OUTGOING else x.from_id for x in expected}
        by_id = sorted(county.get_nodes(sorted(other)), key=lambda r: r.id)
        assert sorted(ends, key=lambda r: r.id) == by_id
    assert links and ends  # the last type set reaches something either way
    assert county.links_and_ends(["Document:none"], direction, ALL_LINKS) == ([], [])


def test_links_and_ends_each_answers_as_each_request_alone(county: GraphStore) -> None:
    """Several nodes' links, each in its own direction and of its own types, in one call:
    every link some request asks for once, and the nodes at the ends away from the
    asking nodes, as links_of and get_nodes per request give them."""
    org = f"Organization:kommun:{PLAN_CODE}"
    requests = [
        (org, Direction.OUTGOING, (LinkType.SIGNED,)),
        (PLAN.id, Direction.OUTGOING, (LinkType.REVISES, LinkType.ADOPTED)),
        (org, Direction.INCOMING, (LinkType.HOLDS_ROLE, LinkType.PART_OF)),
        (PLAN.id, Direction.INCOMING, (LinkType.SIGNED, LinkType.IMPLEMENTS)),
        (f"Activity:{PLAN_CODE}:1", Direction.INCOMING, (LinkType.RESPONSIBLE_FOR,)),
        ("Document:none", Direction.OUTGOING, tuple(ALL_LINKS)),
    ]
    links, ends = county.links_and_ends_each(requests)
    want: dict[tuple[str, str, str], LinkRecord] = {}
    far: set[str] = set()
    for node_id, direction, types in requests:
        for x in county.links_of([node_id], direction, list(types)):
            want[(x.from_id, x.type.value, x.to_id)] = x
            far.add(x.to_id if direction is Direction.OUTGOING else x.from_id)
    assert links == [want[k] for k in sorted(want)]
    assert ends == sorted(county.get_nodes(sorted(far)), key=lambda r: r.id)
    assert {x.type for x in links} == {
        LinkType.SIGNED, LinkType.REVISES, LinkType.PART_OF, LinkType.IMPLEMENTS,
        LinkType.RESPONSIBLE_FOR,
    }  # fmt: skip
    # a type one node asks for is not read for another node of the same direction: the
    # municipality ADOPTED something, but only the plan's ADOPTED links are asked for
    assert county.links_of([org], Direction.OUTGOING, [LinkType.ADOPTED])
    assert not any(x.type is LinkType.ADOPTED for x in links)
    assert county.links_and_ends_each([]) == ([], [])


def test_organisation_fields_answer_as_reading_in_steps(county: GraphStore) -> None:
    """Neo4j reads an organisation page's decisions and links in one query; it must find
    what body_decisions and then links_and_ends_each find (SQLite reads them so)."""
    orgs = [f"Organization:kommun:{code}" for code, _ in MUNIS[:4]]
    requests = [
        (o, d, (t,))
        for o in orgs
        for d, t in (
            (Direction.OUTGOING, LinkType.SIGNED),
            (Direction.INCOMING, LinkType.PART_OF),
            (Direction.INCOMING, LinkType.HOLDS_ROLE),
        )
    ]
    for org_ids, concerns in ((orgs, True), (orgs, False), ([], False)):
        found = county.organisation_fields(org_ids, requests, concerns=concerns)
        want = organisation_fields_in_steps(county, org_ids, requests, concerns=concerns)
        assert sorted(found.decision_links, key=repr) == sorted(want.decision_links, key=repr)
        assert sorted(found.decision_nodes, key=lambda r: r.id) == sorted(
            want.decision_nodes, key=lambda r: r.id
        )
        assert found.links == want.links and found.ends == want.ends
        types = {x.type for x in found.links}
        assert (LinkType.CONCERNS in types) is concerns, (org_ids, concerns)
        assert {LinkType.SIGNED, LinkType.PART_OF} <= types
    assert county.organisation_fields([], [], concerns=False).links == []


def test_chain_links_answers_as_reading_level_by_level(county: GraphStore) -> None:
    """Neo4j reads a chain's links in one query; it must find what the level-by-level
    reading finds, from every kind of start (SQLite reads level by level itself)."""
    starts = [
        PLAN.id,
        f"Document:municipal:action-plan:kommun:{PLAN_CODE}:2023-2026",
        f"Activity:{PLAN_CODE}:1",
        f"Person:anna:{PLAN_CODE}",
        f"Organization:kommun:{PLAN_CODE}",
    ]
    starts += [r.id for r in county.nodes_by_label(NodeLabel.DECISION)[:3]]
    reached = 0
    for start in starts:
        links, nodes = county.chain_links(start)
        want_links, want_nodes = chain_links_by_level(county, start)
        assert sorted(links, key=repr) == sorted(want_links, key=repr), start
        assert sorted(nodes, key=lambda r: r.id) == sorted(want_nodes, key=lambda r: r.id)
        reached += len(links)
    assert reached > 20  # the starts reach documents, activities, bodies and people
    assert county.chain_links("Document:none") == ([], [])


def test_body_decisions_answer_as_reading_level_by_level(county: GraphStore) -> None:
    """Neo4j reads an organisation's bodies and their decisions in one query; it must find
    what the level-by-level reading finds (SQLite reads level by level itself)."""
    orgs = [f"Organization:kommun:{code}" for code, _ in MUNIS] + [
        r.id for r in county.nodes_by_label(NodeLabel.ORGANIZATION)[:6]
    ]
    links, nodes = county.body_decisions(orgs)
    want_links, want_nodes = body_decisions_by_level(county, orgs)
    assert sorted(links, key=repr) == sorted(want_links, key=repr)
    assert sorted(nodes, key=lambda r: r.id) == sorted(want_nodes, key=lambda r: r.id)
    assert {x.type for x in links} == {LinkType.PART_OF, LinkType.DECIDED}
    assert county.body_decisions(["Organization:none"]) == ([], [])


def test_find_organizations_reads_decisions_in_one_call(county: GraphStore) -> None:
    calls, data = _count_calls(county, "FindOrganizations", None, name=MUNIS[0][1])
    assert data["organizations"]["edges"]
    # the decisions of every body, the links of the organisations in both directions and
    # those of their decisions: one call
    assert calls["organisation_fields"] == 1, calls
    assert not {"body_decisions", "links_and_ends_each", "links_and_ends"} & set(calls), calls
