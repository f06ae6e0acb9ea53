"""The store contract: every test runs on the embedded store and on a real Neo4j."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from graph import records
from graph.document_query import DocumentQuery, find_documents
from graph.edges import Direction, Link, LinkType, Mention, SourceFacts
from graph.lineage import NodeNotFoundError, lineage
from graph.nodes import (
    Activity,
    Decision,
    DomainNode,
    Goal,
    Initiative,
    NodeLabel,
    Person,
    from_record,
)
from graph.search import search
from graph.store import GraphStore, WriteOutcome
from graph.text_search import find_by_text
from tests.contract.facts import (
    ANKEBY,
    GUIDELINE,
    PLAN,
    STRATEGY,
    TEXT_A,
    evidence,
    facts_a,
    facts_b,
    source,
)
from tests.helpers import ALL_LINKS


def test_setup_is_idempotent(store: GraphStore) -> None:
    store.setup()
    store.setup()
    assert store.counts().total_nodes == 0


def test_written_nodes_read_back_as_written(store: GraphStore) -> None:
    facts = facts_a()
    assert store.write_source(facts) is WriteOutcome.CREATED
    got = {r.id: from_record(r) for r in store.get_nodes([PLAN.id, ANKEBY.id, facts.source.id])}
    assert got[PLAN.id] == PLAN
    assert got[ANKEBY.id] == ANKEBY
    assert got[facts.source.id] == facts.source
    assert store.get_nodes(["Document:no-such"]) == []


def test_counts_by_label_and_type(store: GraphStore) -> None:
    store.write_source(facts_a())
    counts = store.counts()
    assert dict(counts.nodes) == {"Source": 1, "Document": 2, "Organization": 1}
    assert dict(counts.links) == {"SIGNED": 1, "REVISES": 1, "MENTIONS": 3}


def test_same_source_twice_changes_nothing(store: GraphStore) -> None:
    store.write_source(facts_a())
    before = store.counts()
    assert store.write_source(facts_a()) is WriteOutcome.UNCHANGED
    assert store.write_source(facts_a(), force=True) is WriteOutcome.UPDATED
    assert store.counts() == before


def test_changed_source_replaces_its_facts_and_drops_orphans(store: GraphStore) -> None:
    store.write_source(facts_a())
    shorter = facts_a()
    kept_link = shorter.links[0]
    rewritten = SourceFacts(
        source=dataclasses.replace(shorter.source, sha256="changed"),
        nodes=[PLAN, ANKEBY],
        mentions=[m for m in shorter.mentions if m.node_id != STRATEGY.id],
        links=[kept_link],
    )
    assert store.write_source(rewritten) is WriteOutcome.UPDATED
    assert store.get_nodes([STRATEGY.id]) == []
    assert dict(store.counts().links) == {"SIGNED": 1, "MENTIONS": 2}


def test_node_shared_by_two_sources_survives_rewrite_of_one(store: GraphStore) -> None:
    store.write_source(facts_a())
    store.write_source(facts_b())
    emptied = SourceFacts(source=dataclasses.replace(facts_a().source, sha256="empty"))
    store.write_source(emptied)
    assert [r.id for r in store.get_nodes([ANKEBY.id])] == [ANKEBY.id]
    assert store.get_nodes([PLAN.id]) == []


def test_failed_write_leaves_nothing_behind(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.write_source(facts_b())
    before = store.counts()

    def broken(*args: object) -> None:
        raise RuntimeError("disk full")

    # Fails after the source's nodes, mentions and links were written in the transaction,
    # as the nodes it names are re-indexed.
    monkeypatch.setattr("graph.sqlite_write.SqliteWriter.reindex", broken)
    monkeypatch.setattr("graph.neo4j_write.node_row", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        store.write_source(facts_a())
    assert store.counts() == before
    assert store.source_sha256(facts_a().source.id) is None


def test_invalid_facts_are_refused(store: GraphStore) -> None:
    facts = facts_a()
    dangling = SourceFacts(source=facts.source, nodes=[PLAN], links=facts.links[1:])
    with pytest.raises(ValueError, match="absent from the source's nodes"):
        store.write_source(dangling)
    bad_quote = dataclasses.replace(facts.links[1].evidence, quote="not in the text")
    misquoted = dataclasses.replace(
        facts, links=[dataclasses.replace(facts.links[1], evidence=bad_quote)]
    )
    with pytest.raises(ValueError, match="not verbatim"):
        store.write_source(misquoted)
    silent = dataclasses.replace(facts, mentions=facts.mentions[1:])
    with pytest.raises(ValueError, match=f"nodes without evidence: {PLAN.id}"):
        store.write_source(silent)
    assert store.counts().total_nodes == 0


def test_walk_respects_direction_and_depth(store: GraphStore) -> None:
    store.write_source(facts_a())
    store.write_source(facts_b())
    assert store.walk(STRATEGY.id, Direction.BOTH, 5, ALL_LINKS) == {
        STRATEGY.id: 0,
        PLAN.id: 1,
        ANKEBY.id: 2,
        GUIDELINE.id: 3,
    }
    assert store.walk(STRATEGY.id, Direction.BOTH, 1, ALL_LINKS) == {STRATEGY.id: 0, PLAN.id: 1}
    assert store.walk(STRATEGY.id, Direction.OUTGOING, 5, ALL_LINKS) == {STRATEGY.id: 0}
    assert store.walk(ANKEBY.id, Direction.OUTGOING, 5, ALL_LINKS) == {
        ANKEBY.id: 0,
        PLAN.id: 1,
        GUIDELINE.id: 1,
        STRATEGY.id: 2,
    }
    assert store.walk(STRATEGY.id, Direction.INCOMING, 5, ALL_LINKS) == {
        STRATEGY.id: 0,
        PLAN.id: 1,
        ANKEBY.id: 2,
    }
    assert store.walk("Document:no-such", Direction.BOTH, 3, ALL_LINKS) == {}


def test_walk_follows_only_the_given_link_types(store: GraphStore) -> None:
    store.write_source(facts_a())
    store.write_source(facts_b())
    assert store.walk(STRATEGY.id, Direction.BOTH, 5, [LinkType.REVISES]) == {
        STRATEGY.id: 0,
        PLAN.id: 1,
    }
    assert store.walk(ANKEBY.id, Direction.OUTGOING, 5, [LinkType.REVISES]) == {ANKEBY.id: 0}


def test_lineage_carries_links_with_evidence(store: GraphStore) -> None:
    store.write_source(facts_a())
    found = lineage(store, STRATEGY.id, Direction.BOTH, 5)
    assert [n.id for n in found.nodes] == [STRATEGY.id, PLAN.id, ANKEBY.id]
    by_type = {link.type: link for link in found.links}
    assert by_type[LinkType.REVISES].from_id == PLAN.id
    assert by_type[LinkType.REVISES].to_id == STRATEGY.id
    signed = by_type[LinkType.SIGNED]
    assert (signed.from_id, signed.to_id, signed.date) == (ANKEBY.id, PLAN.id, "2022-03-01")
    (evidence,) = signed.evidence
    assert TEXT_A[evidence.start : evidence.end] == evidence.quote
    assert evidence.rule == "test.signed"
    with pytest.raises(NodeNotFoundError):
        lineage(store, "Document:no-such", Direction.BOTH, 5)
    with pytest.raises(ValueError, match="maxDepth"):
        lineage(store, STRATEGY.id, Direction.BOTH, 0)


def test_lineage_at_depth_limit_omits_links_beyond_it(store: GraphStore) -> None:
    store.write_source(facts_a())
    store.write_source(facts_b())
    found = lineage(store, PLAN.id, Direction.BOTH, 1)
    assert {n.id for n in found.nodes} == {PLAN.id, STRATEGY.id, ANKEBY.id}
    assert {link.type for link in found.links} == {LinkType.REVISES, LinkType.SIGNED}


def test_find_documents_by_word_prefixes(store: GraphStore) -> None:
    store.write_source(facts_a())
    store.write_source(facts_b())
    found = find_documents(store, DocumentQuery("regional"))
    assert [r.id for r in found] == [PLAN.id, STRATEGY.id]
    assert [r.id for r in find_documents(store, DocumentQuery("handlingsplan 2022"))] == [PLAN.id]
    assert [r.id for r in find_documents(store, DocumentQuery("VÅLD"))] == [GUIDELINE.id]
    assert find_documents(store, DocumentQuery("regional 2030")) == []
    # Neither engine's query syntax gets through: operators are plain words.
    assert find_documents(store, DocumentQuery('"handlingsplan* (2022')) == find_documents(
        store, DocumentQuery("handlingsplan 2022")
    )
    assert find_documents(store, DocumentQuery('regional" OR * AND NOT (')) == []
    with pytest.raises(ValueError, match="no words"):
        find_documents(store, DocumentQuery("  ** "))


def test_find_documents_by_properties_and_organisation(store: GraphStore) -> None:
    store.write_source(facts_a())
    store.write_source(facts_b())

    def ids(**criteria: Any) -> list[str]:
        return [r.id for r in find_documents(store, DocumentQuery(**criteria))]

    assert ids() == [PLAN.id, STRATEGY.id, GUIDELINE.id]  # by title
    assert ids(kind="strategy") == [STRATEGY.id]
    assert ids(level="municipal") == [GUIDELINE.id]
    # Period overlap: 2021 touches the strategy's last year, 2022 the plan's first.
    assert ids(period_from=2021, period_to=2021) == [STRATEGY.id]
    assert ids(period_from=2021) == [PLAN.id, STRATEGY.id]
    assert ids(period_to=2017) == []
    assert ids(organization_id=ANKEBY.id) == [PLAN.id, GUIDELINE.id]
    assert ids(text="regional", organization_id=ANKEBY.id) == [PLAN.id]
    with pytest.raises(ValueError, match="after periodTo"):
        ids(period_from=2026, period_to=2022)
    with pytest.raises(ValueError, match="countyCode must be 2 digits"):
        ids(county_code="Västernorrland")


def test_mentions_are_node_evidence(store: GraphStore) -> None:
    facts = facts_a()
    store.write_source(facts)
    (mention,) = store.mentions_of([ANKEBY.id])
    assert mention.node_id == ANKEBY.id
    assert mention.evidence.quote == "Ankeby kommun"
    assert mention.evidence.source_id == facts.source.id


def test_sources_are_not_walked(store: GraphStore) -> None:
    facts = facts_a()
    store.write_source(facts)
    assert facts.source.id not in store.walk(PLAN.id, Direction.BOTH, 5, ALL_LINKS)
    assert store.get_nodes([facts.source.id])[0].label is NodeLabel.SOURCE


def test_records_group_links_keeps_every_evidence() -> None:
    rows = [
        {**records.link_row(link), "source_id": f"Source:{i}"}
        for i, link in enumerate(facts_a().links * 2)
    ]
    grouped = records.group_links(rows)
    assert len(grouped) == 2
    assert all(len(link.evidence) == 2 for link in grouped)


def test_every_label_and_link_type_round_trips(store: GraphStore) -> None:
    text = " ".join(f"[{t}]" for t in LinkType)
    src = source("file:///all.txt", text)
    people = [Person(id=f"Person:p{i}", name=f"P {i}") for i in range(len(LinkType))]
    extra: list[DomainNode] = [
        Decision(id="Decision:d", summary="beslut"),
        Activity(id="Activity:a", description="informera"),
        Goal(id="Goal:g", text="mål"),
        Initiative(id="Initiative:i", name="Resurscentrum"),
    ]
    links = [
        Link(t, people[i].id, people[(i + 1) % len(people)].id, evidence(src, f"[{t}]"))
        for i, t in enumerate(LinkType)
    ]
    mentions = [Mention(n.id, evidence(src, "[")) for n in [*people, *extra]]
    facts = SourceFacts(source=src, nodes=[*people, *extra], mentions=mentions, links=links)
    store.write_source(facts)
    counts = store.counts()
    assert dict(counts.links) == {**{str(t): 1 for t in LinkType}, "MENTIONS": len(mentions)}
    assert counts.nodes["Person"] == len(LinkType)
    for node in extra:
        (record,) = store.get_nodes([node.id])
        assert from_record(record) == node
    got = {(x.type, x.from_id, x.to_id) for x in store.links_among([p.id for p in people])}
    assert got == {(x.type, x.from_id, x.to_id) for x in links}


def test_organizations_are_found_by_name_and_alias(store: GraphStore) -> None:
    store.write_source(facts_a())
    assert [r.id for r in find_by_text(store, NodeLabel.ORGANIZATION, "ankeby")] == [ANKEBY.id]
    assert [r.id for r in find_by_text(store, NodeLabel.ORGANIZATION, "kommun ank")] == [ANKEBY.id]
    assert find_by_text(store, NodeLabel.ORGANIZATION, "regional") == []


def test_links_of_a_node_by_direction_and_type(store: GraphStore) -> None:
    store.write_source(facts_a())
    store.write_source(facts_b())
    out = store.links_of([ANKEBY.id], Direction.OUTGOING, [LinkType.SIGNED, LinkType.ADOPTED])
    assert sorted((x.type, x.to_id) for x in out) == [
        (LinkType.ADOPTED, GUIDELINE.id),
        (LinkType.SIGNED, PLAN.id),
    ]
    incoming = store.links_of([PLAN.id, STRATEGY.id], Direction.INCOMING, [LinkType.REVISES])
    assert [(x.from_id, x.to_id) for x in incoming] == [(PLAN.id, STRATEGY.id)]
    assert store.links_of([ANKEBY.id], Direction.INCOMING, list(LinkType)) == []


def test_search_is_swedish_aware_and_cites_quotes(store: GraphStore) -> None:
    store.write_source(facts_a())
    store.write_source(facts_b())
    hits = search(store, "handlingsplanen")
    assert [h.node.id for h in hits] == [PLAN.id]
    assert hits[0].score == pytest.approx(0.6)
    by_quote = search(store, "revideringen")
    assert {h.node.id for h in by_quote} == {PLAN.id, STRATEGY.id}
    assert all(h.evidence[0].quote.startswith("Planen är en revidering") for h in by_quote)
    assert search(store, "undertecknades Ankeby")[0].node.id == ANKEBY.id
    with pytest.raises(ValueError, match="first must be between 1 and 100"):
        search(store, "plan", first=0)


def test_search_forgets_what_a_rewritten_source_no_longer_says(store: GraphStore) -> None:
    store.write_source(facts_a())
    shorter = facts_a()
    rewritten = SourceFacts(
        source=dataclasses.replace(shorter.source, sha256="changed"),
        nodes=[PLAN, ANKEBY],
        mentions=[m for m in shorter.mentions if m.node_id != STRATEGY.id],
        links=[shorter.links[0]],
    )
    store.write_source(rewritten)
    assert search(store, "revidering") == []
    assert [h.node.id for h in search(store, "undertecknades")] == [PLAN.id, ANKEBY.id]
