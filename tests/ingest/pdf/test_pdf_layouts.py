"""Acceptance: the plan in every layout (ruled grid, horizontal rules only, no rules,
landscape) gives every activity with who is responsible, when, and the page its row
starts on, in each store; a row or a paragraph the page breaks is one, across both
pages; a table whose header repeats on each page is one table; three columns read in
order. The truth comes from the generator, which records where it put everything."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.plan_pdf import LAYOUTS, PlanPdf
from graph.edges import Direction, LinkType
from graph.nodes import Activity, Goal, NodeLabel, Source, from_record
from graph.store import GraphStore
from ingest.batch import ingest_file
from ingest.readers.pdf_reader import PdfText
from tests.ingest.pdf.test_pdf_reader import page_at


def _rows(pdf: PdfText) -> list[str]:
    return [line for line in pdf.text.split("\n") if line.startswith("| ")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_activity_with_who_when_and_page(
    layout: str, layout_plans: dict[str, PlanPdf], store: GraphStore, tmp_path: Path
) -> None:
    plan = layout_plans[layout]
    truth = plan.truth
    path = tmp_path / f"plan-{layout}.pdf"
    path.write_bytes(plan.data)
    result = ingest_file(store, path)
    assert result.ok, result.error
    [source] = [from_record(r) for r in store.nodes_by_label(NodeLabel.SOURCE)]
    assert isinstance(source, Source)

    goals = store.links_of([truth.document_id], Direction.OUTGOING, [LinkType.HAS_GOAL])
    found_goals = [from_record(r) for r in store.get_nodes([k.to_id for k in goals])]
    assert sorted(g.text for g in found_goals if isinstance(g, Goal)) == sorted(
        t.rstrip(".") for t in truth.goals
    )

    links = store.links_of([truth.document_id], Direction.OUTGOING, [LinkType.HAS_ACTIVITY])
    found = {
        a.description: a
        for a in (from_record(r) for r in store.get_nodes([k.to_id for k in links]))
        if isinstance(a, Activity)
    }
    assert sorted(found) == sorted(a.description for a in truth.activities)
    for expected in truth.activities:
        activity = found[expected.description]
        assert activity.timeframe == expected.timeframe, expected.description
        [mention] = store.mentions_of([activity.id])
        assert mention.evidence.page == expected.page, expected.description
        assert mention.evidence.section == truth.activities_section
        responsible = store.links_of([activity.id], Direction.INCOMING, [LinkType.RESPONSIBLE_FOR])
        assert {(k.from_id, k.title) for k in responsible} == {
            (r.org_id, r.title) for r in expected.responsible
        }, expected.description
        for link in responsible:
            assert [e.page for e in link.evidence] == [expected.page]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_row_broken_by_the_page_is_one_row_across_both_pages(
    layout: str, layout_plans: dict[str, PlanPdf], layout_texts: dict[str, PdfText]
) -> None:
    truth, pdf = layout_plans[layout].truth, layout_texts[layout]
    broken = [a for a in truth.activities if a.last_page != a.page]
    assert bool(broken) == (layout != "ruled")  # the generator breaks rows but in a grid
    for activity in broken:
        [row] = [r for r in _rows(pdf) if r.startswith(f"| {activity.description} |")]
        start = pdf.text.index(row)
        assert page_at(pdf, start) == activity.page
        assert page_at(pdf, start + len(row) - 1) == activity.last_page  # names both pages
        assert start < pdf.page_starts[activity.last_page - 1] < start + len(row)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_repeated_header_continues_one_table(
    layout: str, layout_plans: dict[str, PlanPdf], layout_texts: dict[str, PdfText]
) -> None:
    truth, pdf = layout_plans[layout].truth, layout_texts[layout]
    assert len({a.page for a in truth.activities}) >= 3
    header = "| " + " | ".join(truth.table_header) + " |"
    lines = pdf.text.split("\n")
    assert lines.count(header) == 1
    first = lines.index(header) + 1
    rows = lines[first : first + len(truth.activities)]
    for row, activity in zip(rows, truth.activities, strict=True):
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert (cells[0], cells[2]) == (activity.description, activity.timeframe)
    for activity in truth.activities:
        assert pdf.text.count(activity.description) == 1  # not also as loose text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_paragraph_broken_by_the_page_is_one_paragraph(
    layout: str, layout_plans: dict[str, PlanPdf], layout_texts: dict[str, PdfText]
) -> None:
    truth, pdf = layout_plans[layout].truth, layout_texts[layout]
    assert bool(truth.split_paragraphs) == (layout != "ruled")
    lines = pdf.text.split("\n")
    for paragraph, page in truth.split_paragraphs:
        assert paragraph in lines
        start = pdf.text.index(paragraph)
        assert page_at(pdf, start) == page
        assert page_at(pdf, start + len(paragraph) - 1) == page + 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_columns_are_read_in_order(
    layout: str, layout_plans: dict[str, PlanPdf], layout_texts: dict[str, PdfText]
) -> None:
    truth, pdf = layout_plans[layout].truth, layout_texts[layout]
    assert len(truth.column_paragraphs) == (4 if layout == "ruled" else 6)  # 2 or 3 columns
    lines = pdf.text.split("\n")
    positions = [lines.index(p) for p in truth.column_paragraphs]  # each whole
    assert positions == sorted(positions)


def test_landscape_pages_keep_their_fourth_column(
    layout_plans: dict[str, PlanPdf], layout_texts: dict[str, PdfText]
) -> None:
    truth, pdf = layout_plans["landscape"].truth, layout_texts["landscape"]
    assert truth.table_header[-1] == "Uppföljning"
    rows = [r for r in _rows(pdf) if not r.startswith("| Insats")]
    assert len(rows) == len(truth.activities)
    assert all(len(r.strip("|").split("|")) == 4 and r.split("|")[4].strip() for r in rows)
