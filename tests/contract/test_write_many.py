"""write_many: a batch of sources ends as the same sources written one by one, and a
source that cannot be written fails alone, leaving nothing of itself behind."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from bench.synthetic import national_source
from graph.document_filter import DocumentQuery
from graph.edges import Evidence, Link, Mention, SourceFacts
from graph.ids import digest, make_id
from graph.nodes import NodeLabel
from graph.records import link_row
from graph.store import GraphStore, StoreError, WriteOutcome, WriteResult
from ingest.batch import ingest_paths
from tests.contract.facts import ANKEBY, GUIDELINE, PLAN, TEXT_A, facts_a, facts_b
from tests.helpers import sample_files

CREATED, UPDATED, UNCHANGED = WriteOutcome.CREATED, WriteOutcome.UPDATED, WriteOutcome.UNCHANGED


def _at(facts: SourceFacts, uri: str) -> SourceFacts:
    """The same bytes read at another uri."""
    new_id = make_id("Source", digest(uri))

    def moved(e: Evidence) -> Evidence:
        return dataclasses.replace(e, source_id=new_id)

    return SourceFacts(
        source=dataclasses.replace(facts.source, id=new_id, uri=uri),
        nodes=facts.nodes,
        mentions=[Mention(m.node_id, moved(m.evidence)) for m in facts.mentions],
        links=[dataclasses.replace(x, evidence=moved(x.evidence)) for x in facts.links],
    )


def _batch() -> list[SourceFacts]:
    """New sources naming shared hubs, a source changed within the batch, its bytes at
    another uri, and a source repeated unchanged."""
    changed = facts_a(TEXT_A + " Planen följs upp årligen.")
    return [
        facts_a(),
        facts_b(),
        *(national_source(i) for i in range(0, 580, 60)),  # ten municipalities, shared hubs
        national_source(1),
        changed,
        _at(changed, "https://mirror.example.se/a.txt"),
        facts_b(),
        national_source(61),
    ]


def _snapshot(store: GraphStore) -> dict[str, Any]:
    """What the API can see of the graph: nodes, links, mentions, indexes, listing."""
    nodes = sorted(
        (r.id, str(r.label), json.dumps(r.props, sort_keys=True, ensure_ascii=False))
        for label in NodeLabel
        for r in store.nodes_by_label(label)
    )
    ids = [n[0] for n in nodes]
    total, listed = store.documents(DocumentQuery(), 0, None)
    return {
        "counts": store.counts(),
        "nodes": nodes,
        "links": sorted(repr(x) for x in store.links_among(ids)),
        "mentions": sorted(repr(m) for m in store.mentions_of(ids)),
        "search": sorted(store.search_candidates(["kommun", "plan", "mål"])),
        "titles": sorted(r.id for r in store.text_candidates(NodeLabel.DOCUMENT, ["plan"])),
        "names": sorted(r.id for r in store.text_candidates(NodeLabel.ORGANIZATION, ["an"])),
        "listing": (total, [r.id for r in listed]),
    }


def test_a_batch_ends_as_its_sources_written_one_by_one(store: GraphStore) -> None:
    one_by_one = [store.write_source(facts) for facts in _batch()]
    expected = _snapshot(store)
    store.delete_all()
    assert store.write_many(_batch()) == one_by_one
    assert one_by_one[:12] == [CREATED] * 12
    assert one_by_one[12:] == [CREATED, UPDATED, UNCHANGED, UNCHANGED, CREATED]
    assert _snapshot(store) == expected
    # The mirror is another location of the changed source, written in the same batch.
    (source,) = store.get_nodes([facts_a().source.id])
    assert source.props["also_at"] == ["https://mirror.example.se/a.txt"]


def test_a_batch_of_rewrites_ends_as_one_by_one(store: GraphStore) -> None:
    first = [facts_a(), facts_b(), *(national_source(i) for i in range(0, 290, 29))]
    assert set(store.write_many(first)) == {CREATED}
    again = [
        facts_a(TEXT_A + " Planen följs upp varje kvartal."),
        *(national_source(i) for i in range(0, 290, 58)),
    ]
    outcomes = [store.write_source(f, force=True) for f in again]
    expected = _snapshot(store)
    store.delete_all()
    assert set(store.write_many(first)) == {CREATED}
    assert store.write_many(again, force=True) == outcomes == [UPDATED] * 6
    assert _snapshot(store) == expected


def test_a_source_the_store_refuses_fails_alone(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = facts_b().source.id

    def refusing(link: Link) -> dict[str, object]:
        if link.evidence.source_id == bad:
            raise StoreError("refused")
        return link_row(link)

    # In the transaction on SQLite, before it on Neo4j: either way the batch fails first.
    monkeypatch.setattr("graph.sqlite_write.link_row", refusing)
    monkeypatch.setattr("graph.neo4j_write.link_row", refusing)
    results = store.write_many([facts_a(), facts_b(), national_source(5)])
    assert results[0] is CREATED and results[2] is CREATED
    assert isinstance(results[1], StoreError)
    assert store.source_sha256(bad) is None
    assert store.get_nodes([GUIDELINE.id]) == []
    assert {r.id for r in store.get_nodes([PLAN.id, ANKEBY.id])} == {PLAN.id, ANKEBY.id}
    assert store.source_sha256(national_source(5).source.id) is not None


def test_invalid_facts_fail_alone_in_a_batch(store: GraphStore) -> None:
    facts = facts_a()
    dangling = SourceFacts(source=facts.source, nodes=[PLAN], links=facts.links[1:])
    results = store.write_many([dangling, facts_b()])
    assert isinstance(results[0], ValueError)
    assert "absent from the source's nodes" in str(results[0])
    assert results[1] is CREATED
    assert store.source_sha256(facts.source.id) is None
    assert store.write_many([]) == []


def test_ingest_paths_writes_in_batches_and_reports_each_file(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, *rest = sample_files()[:3]
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a PDF at all")
    files = [first, broken, *rest]
    sizes: list[int] = []
    real = store.write_many

    def counted(batch: list[SourceFacts], *, force: bool = False) -> list[WriteResult]:
        sizes.append(len(batch))
        return real(batch, force=force)

    monkeypatch.setattr(store, "write_many", counted)
    results = ingest_paths(store, files, batch=2)
    assert [r.origin for r in results] == [str(f) for f in files]
    assert [r.outcome for r in results] == [CREATED, None, CREATED, CREATED]
    assert results[1].error
    assert sizes == [2, 1]
    assert all(r.nodes and r.links for r in results if r.ok)
