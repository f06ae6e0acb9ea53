"""read_pdf on the generated plan: what the text must and must not hold, against the truth
the generator recorded while laying the plan out."""

from __future__ import annotations

import bisect
import re
import unicodedata

import pytest

from bench.plan_pdf import PlanPdf, build_plan
from ingest.readers.pdf_reader import PdfText, read_pdf

HEADER_ROW = "| Aktivitet | Ansvarig | Tidplan |"


def page_at(pdf: PdfText, offset: int) -> int:
    return max(1, bisect.bisect_right(pdf.page_starts, offset))


def lines(pdf: PdfText) -> list[str]:
    return pdf.text.split("\n")


def test_title_and_page_count(plan: PlanPdf, plan_text: PdfText) -> None:
    assert plan_text.title == plan.truth.title
    assert plan_text.page_count == plan.truth.page_count == len(plan_text.page_starts)


def test_text_is_nfc_with_unix_newlines(plan_text: PdfText) -> None:
    assert unicodedata.is_normalized("NFC", plan_text.text)
    assert "\r" not in plan_text.text
    assert plan_text.text == plan_text.text.strip()


def test_running_headers_and_footers_are_gone(plan: PlanPdf, plan_text: PdfText) -> None:
    assert plan.truth.running_lines  # the generator did draw them
    for line in plan.truth.running_lines:
        assert line not in plan_text.text
    assert not re.search(r"Sida \d+ av \d+", plan_text.text)


def test_bare_page_numbers_are_gone() -> None:
    plan = build_plan(page_numbers="bare")
    pdf = read_pdf(plan.data, "bare.pdf")
    assert not [line for line in lines(pdf) if line.strip().isdigit()]
    assert plan.truth.running_lines[0] not in pdf.text


def test_words_hyphenated_at_line_ends_are_joined(plan: PlanPdf, plan_text: PdfText) -> None:
    words = {h.word.rstrip(",.") for h in plan.truth.hyphenated}
    assert {"fortbildningsinsatser", "Västernorrland", "utvecklingsområden"} <= words
    for h in plan.truth.hyphenated:
        assert h.word in plan_text.text
        assert f"{h.head}-" not in plan_text.text


def test_suspended_compound_keeps_its_hyphen(plan: PlanPdf, plan_text: PdfText) -> None:
    assert "kvinno- och" in plan.truth.kept_hyphens
    for kept in plan.truth.kept_hyphens:
        assert kept in plan_text.text
    assert "kvinno- och flickjourer" in plan_text.text
    assert "kvinnooch" not in plan_text.text


def test_ligatures_are_plain_letters(plan: PlanPdf, plan_text: PdfText) -> None:
    assert not set("\ufb00\ufb01\ufb02\ufb03\ufb04") & set(plan_text.text)
    for word in plan.truth.ligature_words:
        assert re.search(rf"\b{word}\b", plan_text.text), word


def test_two_columns_are_read_column_by_column(plan: PlanPdf, plan_text: PdfText) -> None:
    found = lines(plan_text)
    positions = []
    for paragraph in plan.truth.column_paragraphs:
        assert paragraph in found, paragraph  # whole: not interleaved with the other column
        positions.append(found.index(paragraph))
    assert positions == sorted(positions)


def test_headings_stand_alone_and_are_sections(plan: PlanPdf, plan_text: PdfText) -> None:
    text = plan_text.text
    titles = plan_text.section_titles
    expected = [title for title, _ in plan.truth.headings]
    assert [t for t in titles if t in expected] == expected
    for start, title in zip(plan_text.section_starts, titles, strict=True):
        assert text[start : start + len(title)] == title
        assert start == 0 or text[start - 1] == "\n"
        assert text[start + len(title) : start + len(title) + 1] in ("", "\n")
    for title, page in plan.truth.headings:
        start = plan_text.section_starts[titles.index(title)]
        assert page_at(plan_text, start) == page, title
    assert titles[0] == plan.truth.title  # the title page's heading


def test_goals_are_bullet_lines_under_their_heading(plan: PlanPdf, plan_text: PdfText) -> None:
    found = lines(plan_text)
    heading = found.index(plan.truth.goals_section)
    items = [line for line in found[heading + 1 :] if line][: len(plan.truth.goals)]
    assert items == [f"\u2022 {goal}" for goal in plan.truth.goals]


def test_the_three_page_table_is_one_table(plan: PlanPdf, plan_text: PdfText) -> None:
    activities = plan.truth.activities
    assert len({a.page for a in activities}) == 3  # the generator did spread it
    found = lines(plan_text)
    assert found.count(HEADER_ROW) == 1  # the repeated header rows are dropped
    first = found.index(HEADER_ROW) + 1
    rows = found[first : first + len(activities)]
    for row, activity in zip(rows, activities, strict=True):
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert cells[0] == activity.description
        assert cells[2] == activity.timeframe


def test_table_rows_stand_on_their_pages(plan: PlanPdf, plan_text: PdfText) -> None:
    text = plan_text.text
    for activity in plan.truth.activities:
        row = text.index(f"| {activity.description} |")
        assert page_at(plan_text, row) == activity.page, activity.description


def test_table_text_is_not_repeated_as_loose_words(plan: PlanPdf, plan_text: PdfText) -> None:
    for activity in plan.truth.activities:
        assert plan_text.text.count(activity.description) == 1
    assert plan_text.text.count("Tidplan") == 1


def test_pages_start_where_their_text_starts(plan: PlanPdf, plan_text: PdfText) -> None:
    starts = plan_text.page_starts
    assert starts[0] == 0
    assert starts == sorted(starts)
    text = plan_text.text
    assert text[starts[1] :].startswith("Innehåll")
    assert text[starts[2] :].startswith("1 Inledning")
    # A page that opens with the table's continuation follows the page before with one
    # line break (the table goes on); every other page follows a blank line.
    continued = {a.page for a in plan.truth.activities} - {plan.truth.activities[0].page}
    assert len(continued) == 2
    for page, start in enumerate(starts[1:], start=2):
        separator = "\n" if page in continued else "\n\n"
        before = text[:start]
        assert before.endswith(separator) and not before.endswith("\n" + separator), page


def test_both_backends_read_the_same_text(plan: PlanPdf, plan_text: PdfText) -> None:
    assert read_pdf(plan.data, "plan.pdf", use_pdfium=False) == plan_text


@pytest.mark.parametrize("heading", ["Mål", "Målsättningar"])
def test_goal_heading_variants(heading: str) -> None:
    plan = build_plan(goals_heading=heading)
    found = lines(read_pdf(plan.data, "plan.pdf"))
    index = found.index(heading)
    assert found[index + 2] == f"\u2022 {plan.truth.goals[0]}"
