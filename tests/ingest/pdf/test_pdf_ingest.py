"""Acceptance: the generated regional plan, ingested as a file into each store, gives its
document, goals and every activity of its three-page table with who is responsible and
when, each with evidence on the right page and under the right heading; a batch with
broken PDFs writes the good one and nothing of the others."""

from __future__ import annotations

from pathlib import Path

from bench.plan_pdf import PlanPdf
from graph.edges import Direction, Evidence, LinkType
from graph.nodes import Activity, Document, DocumentKind, Goal, NodeLabel, Source, from_record
from graph.store import GraphStore
from ingest.batch import ingest_file, ingest_paths
from tests.ingest.pdf.test_pdf_errors import BROKEN, broken_file


def _nodes(store: GraphStore, ids: list[str]) -> list[object]:
    return [from_record(r) for r in store.get_nodes(ids)]


def _evidence(store: GraphStore, node_id: str) -> list[Evidence]:
    return [m.evidence for m in store.mentions_of([node_id])]


def test_plan_pdf_ingests_with_goals_activities_and_pages(
    store: GraphStore, plan: PlanPdf, plan_file: Path
) -> None:
    truth = plan.truth
    result = ingest_file(store, plan_file)
    assert result.ok, result.error

    [source] = [from_record(r) for r in store.nodes_by_label(NodeLabel.SOURCE)]
    assert isinstance(source, Source)
    assert source.media_type == "application/pdf"
    assert source.title == truth.title
    assert len(source.page_starts) == truth.page_count

    [document] = _nodes(store, [truth.document_id])
    assert isinstance(document, Document)
    assert document.kind is DocumentKind(truth.kind)
    assert (document.period_start, document.period_end) == truth.period

    goal_links = store.links_of([truth.document_id], Direction.OUTGOING, [LinkType.HAS_GOAL])
    goals = [g for g in _nodes(store, [k.to_id for k in goal_links]) if isinstance(g, Goal)]
    assert sorted(g.text for g in goals) == sorted(t.rstrip(".") for t in truth.goals)
    for goal in goals:
        [evidence] = _evidence(store, goal.id)
        assert (evidence.page, evidence.section) == (truth.goals_page, truth.goals_section)

    activity_links = store.links_of(
        [truth.document_id], Direction.OUTGOING, [LinkType.HAS_ACTIVITY]
    )
    found = {
        a.description: a
        for a in _nodes(store, [k.to_id for k in activity_links])
        if isinstance(a, Activity)
    }
    assert sorted(found) == sorted(a.description for a in truth.activities)
    for expected in truth.activities:
        activity = found[expected.description]
        assert activity.timeframe == expected.timeframe, expected.description
        [evidence] = _evidence(store, activity.id)
        assert evidence.page == expected.page, expected.description
        assert evidence.section == truth.activities_section
        responsible = store.links_of([activity.id], Direction.INCOMING, [LinkType.RESPONSIBLE_FOR])
        assert {(k.from_id, k.title) for k in responsible} == {
            (r.org_id, r.title) for r in expected.responsible
        }, expected.description
        for link in responsible:
            assert [e.page for e in link.evidence] == [expected.page]


def test_a_batch_writes_the_good_pdf_and_nothing_of_the_broken_ones(
    store: GraphStore, plan: PlanPdf, plan_file: Path, tmp_path: Path
) -> None:
    broken = [broken_file(tmp_path, kind, plan.data) for kind in sorted(BROKEN)]
    results = ingest_paths(store, [*broken[:3], plan_file, *broken[3:]])

    by_origin = {r.origin: r for r in results}
    assert by_origin[str(plan_file)].ok
    for path in broken:
        result = by_origin[str(path)]
        assert not result.ok and result.error and result.error.startswith(f"{path}: ")
    sources = [from_record(r) for r in store.nodes_by_label(NodeLabel.SOURCE)]
    assert [s.uri for s in sources if isinstance(s, Source)] == [plan_file.resolve().as_uri()]
    assert store.get_nodes([plan.truth.document_id])
