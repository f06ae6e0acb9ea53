"""A source whose content is byte-identical (same sha256) to a stored one, found at
another uri, is recorded as another location of that source, not as new facts."""

from __future__ import annotations

from dataclasses import replace

from graph.edges import Direction, Evidence, LinkType, Mention, SourceFacts
from graph.ids import digest, make_id
from graph.nodes import NodeLabel, Source, from_record
from graph.store import GraphStore, WriteOutcome
from tests.contract.facts import ANKEBY, PLAN, facts_a


def _at(facts: SourceFacts, uri: str) -> SourceFacts:
    """The same facts read from the same bytes at another uri."""
    new_id = make_id("Source", digest(uri))

    def moved(e: Evidence) -> Evidence:
        return replace(e, source_id=new_id)

    return SourceFacts(
        source=replace(facts.source, id=new_id, uri=uri),
        nodes=facts.nodes,
        mentions=[Mention(m.node_id, moved(m.evidence)) for m in facts.mentions],
        links=[replace(x, evidence=moved(x.evidence)) for x in facts.links],
    )


def _sources(store: GraphStore) -> list[Source]:
    found = [from_record(r) for r in store.nodes_by_label(NodeLabel.SOURCE)]
    return [s for s in found if isinstance(s, Source)]


def test_same_bytes_at_another_uri_is_another_location(store: GraphStore) -> None:
    original = facts_a()
    assert store.write_source(original) is WriteOutcome.CREATED
    counts = store.counts()
    mirror = _at(original, "https://mirror.example.se/a.txt")
    assert store.write_source(mirror) is WriteOutcome.UNCHANGED
    assert store.write_source(mirror) is WriteOutcome.UNCHANGED  # recorded once
    assert store.write_source(_at(original, "https://third.example.se/a")) is (
        WriteOutcome.UNCHANGED
    )
    assert store.counts() == counts  # no new source, nodes, links or evidence
    (source,) = _sources(store)
    assert source.id == original.source.id
    assert source.also_at == ["https://mirror.example.se/a.txt", "https://third.example.se/a"]
    (link, *_) = store.links_of([ANKEBY.id], Direction.OUTGOING, [LinkType.SIGNED])
    assert [e.source_id for e in link.evidence] == [original.source.id]
    assert {m.evidence.source_id for m in store.mentions_of([PLAN.id])} == {original.source.id}


def test_locations_outlive_a_rewrite_and_other_content_is_a_new_source(
    store: GraphStore,
) -> None:
    original = facts_a()
    store.write_source(original)
    store.write_source(_at(original, "https://mirror.example.se/a.txt"))
    store.write_source(original, force=True)
    (source,) = _sources(store)
    assert source.also_at == ["https://mirror.example.se/a.txt"]
    changed = facts_a(original.source.text + " Mer text.")
    other = _at(changed, "https://other.example.se/a.txt")
    assert store.write_source(other) is WriteOutcome.CREATED
    assert len(_sources(store)) == 2
