"""The sample pages through ingest into each store."""

from __future__ import annotations

from pathlib import Path

from graph.edges import Direction
from graph.nodes import NodeLabel, Source, from_record
from graph.store import GraphStore, WriteOutcome
from ingest.batch import expand_paths, ingest_paths
from tests.helpers import (
    ALL_LINKS,
    KRAMFORS_ID,
    PLAN_ID,
    SAMPLES,
    STRATEGY_ID,
    ingest_samples,
    sample_files,
)


def _snapshot(store: GraphStore) -> tuple[set[str], set[tuple[str, str, str]]]:
    """Every node id and every (from, type, to) reachable from the sample graph's hubs."""
    ids: set[str] = set()
    for root in (KRAMFORS_ID, PLAN_ID):
        ids |= set(store.walk(root, Direction.BOTH, 10, ALL_LINKS))
    links = {(x.from_id, str(x.type), x.to_id) for x in store.links_among(sorted(ids))}
    return ids, links


def test_samples_ingest_into_every_store(store: GraphStore) -> None:
    ingest_samples(store)
    counts = store.counts()
    assert counts.nodes["Source"] == 4
    assert counts.links["REVISES"] >= 1
    assert counts.links["SIGNED"] >= 1


def test_ingesting_again_changes_nothing(store: GraphStore) -> None:
    ingest_samples(store)
    before = store.counts()
    results = ingest_paths(store, sample_files())
    assert {r.outcome for r in results} == {WriteOutcome.UNCHANGED}
    assert store.counts() == before
    forced = ingest_paths(store, sample_files(), force=True)
    assert {r.outcome for r in forced} == {WriteOutcome.UPDATED}
    assert store.counts() == before


def test_ingest_order_does_not_change_ids(store: GraphStore, sqlite_store: GraphStore) -> None:
    ingest_samples(store)
    ingest_samples(sqlite_store, list(reversed(sample_files())))
    assert _snapshot(store) == _snapshot(sqlite_store)
    assert store.counts() == sqlite_store.counts()


def test_every_stored_quote_is_verbatim_in_its_source(store: GraphStore) -> None:
    ingest_samples(store)
    ids = sorted(store.walk(KRAMFORS_ID, Direction.BOTH, 10, ALL_LINKS))
    evidence = [e for link in store.links_among(ids) for e in link.evidence]
    evidence += [m.evidence for m in store.mentions_of(ids)]
    assert len(evidence) > 20
    sources = {
        r.id: from_record(r) for r in store.get_nodes(sorted({e.source_id for e in evidence}))
    }
    for e in evidence:
        source = sources[e.source_id]
        assert isinstance(source, Source)
        assert source.text[e.start : e.end] == e.quote


def test_no_contact_details_are_stored(store: GraphStore) -> None:
    ingest_samples(store)
    ids = sorted(store.walk(KRAMFORS_ID, Direction.BOTH, 10, ALL_LINKS))
    for record in store.get_nodes(ids):
        if record.label is NodeLabel.SOURCE:
            continue
        flat = repr(dict(record.props))
        assert "@" not in flat and "0612" not in flat, record


def test_a_bad_file_does_not_stop_the_batch(store: GraphStore, tmp_path: Path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe\x00 not utf-8 \xc3\x28")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    missing = tmp_path / "missing.html"
    files = [bad, pdf, missing, *expand_paths([SAMPLES])]
    results = ingest_paths(store, files)
    errors = {r.origin: r.error for r in results if not r.ok}
    assert set(errors) == {str(bad), str(pdf), str(missing)}
    for origin, message in errors.items():
        assert message is not None and Path(origin).name in message
    assert sum(r.ok for r in results) == 4
    assert store.counts().nodes["Source"] == 4
    assert store.walk(STRATEGY_ID, Direction.BOTH, 1, ALL_LINKS)
