"""Evidence that runs over a page break names both pages (issue 15, item 2): a table row
or a paragraph the page breaks is one, and a quote across the break carries its start
page (``page``) and the page it ends on (``end_page``, GraphQL ``endPage``), in each
store, in the API and in the exports. A quote on one page has no end page."""

from __future__ import annotations

import csv
import dataclasses
import io
import sqlite3
from pathlib import Path

import pytest

from bench.plan_pdf import LAYOUTS, ActivityTruth, PlanPdf
from graph.edges import Direction, Evidence, LinkType, SourceFacts
from graph.nodes import Activity, NodeLabel, Source, from_record
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from ingest.batch import ingest_file
from ingest.facts import FactSink
from queries import statements
from schema.execute import run_operation
from schema.export import csv_files, snapshot
from schema.export_jsonld import jsonld_document
from tests.contract.facts import PLAN, facts_a

# Fictional text: a paragraph that the page breaks after "gemensam".
_PAGE_ONE = "Styrgruppen ska ta fram en gemensam "
_PAGE_TWO = "rutin för uppföljning under året. Nämnden beslutar om budgeten."
_BROKEN = [x for x in LAYOUTS if x != "ruled"]  # the ruled plan breaks no row
_ACTIVITY_EVIDENCE = """
query ($id: ID!) { node(id: $id) { ... on Activity { evidence { quote page endPage } } } }
"""


def _source(text: str, page_starts: list[int]) -> Source:
    return Source(
        id="Source:test",
        uri="file:///plan.pdf",
        sha256="0" * 64,
        media_type="application/pdf",
        text=text,
        page_starts=page_starts,
    )


def test_a_quote_across_a_page_break_names_its_end_page() -> None:
    sink = FactSink(_source(_PAGE_ONE + _PAGE_TWO, [0, len(_PAGE_ONE)]))
    across = sink.evidence(0, len(_PAGE_ONE) + len("rutin för uppföljning"), "t", 0.9)
    assert across is not None
    assert across.quote == "Styrgruppen ska ta fram en gemensam rutin för uppföljning"
    assert (across.page, across.end_page) == (1, 2)
    first = sink.evidence(0, len("Styrgruppen"), "t", 0.9)
    assert first is not None and (first.page, first.end_page) == (1, None)
    # Ending just before the break (the trailing space is stripped): one page.
    before = sink.evidence(0, len(_PAGE_ONE), "t", 0.9)
    assert before is not None and (before.page, before.end_page) == (1, None)
    second = sink.evidence(len(_PAGE_ONE), len(_PAGE_ONE) + len("rutin"), "t", 0.9)
    assert second is not None and (second.page, second.end_page) == (2, None)


def test_an_unpaged_source_has_no_pages() -> None:
    sink = FactSink(_source(_PAGE_ONE + _PAGE_TWO, []))
    e = sink.evidence(0, len(_PAGE_ONE) + 5, "t", 0.9)
    assert e is not None and (e.page, e.end_page) == (None, None)


def _ingested(store: GraphStore, plan: PlanPdf, tmp_path: Path) -> Source:
    path = tmp_path / "plan.pdf"
    path.write_bytes(plan.data)
    result = ingest_file(store, path)
    assert result.ok, result.error
    [source] = [from_record(r) for r in store.nodes_by_label(NodeLabel.SOURCE)]
    assert isinstance(source, Source)
    return source


def _activities(store: GraphStore, plan: PlanPdf) -> dict[str, Activity]:
    links = store.links_of([plan.truth.document_id], Direction.OUTGOING, [LinkType.HAS_ACTIVITY])
    found = (from_record(r) for r in store.get_nodes([k.to_id for k in links]))
    return {a.description: a for a in found if isinstance(a, Activity)}


def _evidence_of(store: GraphStore, activity_id: str) -> list[Evidence]:
    """The activity's own evidence and that of who is responsible for it."""
    responsible = store.links_of([activity_id], Direction.INCOMING, [LinkType.RESPONSIBLE_FOR])
    return [m.evidence for m in store.mentions_of([activity_id])] + [
        e for link in responsible for e in link.evidence
    ]


def _spans(e: Evidence, offset: int) -> bool:
    return e.start < offset < e.end


@pytest.mark.parametrize("layout", _BROKEN)
def test_a_row_broken_by_the_page_gives_evidence_on_both_pages(
    layout: str, layout_plans: dict[str, PlanPdf], store: GraphStore, tmp_path: Path
) -> None:
    plan = layout_plans[layout]
    source = _ingested(store, plan, tmp_path)
    found = _activities(store, plan)
    assert sorted(found) == sorted(a.description for a in plan.truth.activities)
    across: list[tuple[ActivityTruth, Evidence]] = []
    for expected in plan.truth.activities:
        evidence = _evidence_of(store, found[expected.description].id)
        assert evidence, expected.description
        if expected.last_page == expected.page:
            assert all(e.end_page is None for e in evidence), expected.description
            continue
        page_break = source.page_starts[expected.last_page - 1]
        for e in evidence:
            if _spans(e, page_break):
                assert (e.page, e.end_page) == (expected.page, expected.last_page), e.quote
                across.append((expected, e))
            else:
                assert e.end_page is None, e.quote
    # Every layout breaks a row inside a cell that facts are read from.
    assert across, [a.description for a in plan.truth.activities if a.last_page != a.page]


@pytest.mark.parametrize("layout", ["horizontal"])
def test_the_end_page_in_the_api_and_the_exports(
    layout: str, layout_plans: dict[str, PlanPdf], store: GraphStore, tmp_path: Path
) -> None:
    plan = layout_plans[layout]
    _ingested(store, plan, tmp_path)
    found = _activities(store, plan)
    [broken] = [a for a in plan.truth.activities if a.last_page != a.page]
    activity = found[broken.description]
    [mention] = store.mentions_of([activity.id])
    assert (mention.evidence.page, mention.evidence.end_page) == (broken.page, broken.last_page)

    response = run_operation(store, _ACTIVITY_EVIDENCE, {"id": activity.id})
    assert "errors" not in response, response
    assert response["data"]["node"]["evidence"] == [
        {"quote": broken.description, "page": broken.page, "endPage": broken.last_page}
    ]
    calm = next(a for a in plan.truth.activities if a.last_page == a.page)
    response = run_operation(store, _ACTIVITY_EVIDENCE, {"id": found[calm.description].id})
    assert [e["endPage"] for e in response["data"]["node"]["evidence"]] == [None]

    snap = snapshot(store)
    rows = list(csv.DictReader(io.StringIO(csv_files(snap)["evidence.csv"])))
    [row] = [r for r in rows if r["fact_id"] == activity.id]
    assert (row["page"], row["end_page"]) == (str(broken.page), str(broken.last_page))
    assert all(r["end_page"] == "" for r in rows if r["fact_id"] == found[calm.description].id)
    graph = jsonld_document(snap)["@graph"]
    [item] = [n for n in graph if n.get("identifier") == activity.id]
    [derivation] = item["qualifiedDerivation"]
    assert (derivation["page"], derivation["end_page"]) == (broken.page, broken.last_page)


def _with_end_page(facts: SourceFacts) -> SourceFacts:
    """facts_a with the plan's mention given an end page, as if it ran over a break."""
    mentions = [
        dataclasses.replace(m, evidence=dataclasses.replace(m.evidence, page=1, end_page=2))
        if m.node_id == PLAN.id
        else m
        for m in facts.mentions
    ]
    return dataclasses.replace(facts, mentions=mentions)


def test_end_pages_are_stored_and_read_back(store: GraphStore) -> None:
    store.write_source(_with_end_page(facts_a()))
    [mention] = store.mentions_of([PLAN.id])
    assert (mention.evidence.page, mention.evidence.end_page) == (1, 2)
    links = store.links_of([PLAN.id], Direction.OUTGOING, list(LinkType))
    assert links and all(e.end_page is None for x in links for e in x.evidence)


def test_a_store_without_end_page_columns_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        for statement in statements("schema", "sql"):
            conn.execute(
                statement.replace(",\n    end_page       INTEGER", "").replace(
                    ",\n    end_page   INTEGER", ""
                )
            )
        for table in ("links", "mentions"):
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            assert "end_page" not in columns and "section" in columns  # the old layout
    store = SqliteStore(path)
    store.setup()
    store.setup()  # idempotent
    store.write_source(_with_end_page(facts_a()))
    [mention] = store.mentions_of([PLAN.id])
    assert mention.evidence.end_page == 2
    store.close()
