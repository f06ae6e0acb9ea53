"""Counted goal lists in more wordings (issue 9): "Fyra prioriterade områden har pekats ut
- A, B, C och D -" (dashes) and "Planen innehåller de tre delarna A, B och C" give as
many goals as the number says; "tre delar: del 1 ..." (a document's sections) gives none;
"Bland de tolv målen finns exempelvis att A, att B och att C" states three. Short
fictional text written for these tests (no real page text)."""

from __future__ import annotations

from graph.nodes import Goal
from tests.ingest.helpers import facts_at

SITE = "https://www.ljungby.se/nyheter/plan"
HEAD = "Publicerad 2021-04-20\n\nKommunen har antagit en ny integrationsplan. "


def _goals(text: str) -> list[str]:
    return sorted(n.text for n in facts_at(text, SITE, None).nodes if isinstance(n, Goal))


def test_areas_pointed_out_after_a_dash_are_goals() -> None:
    text = HEAD + (
        "Tre prioriterade områden har pekats ut \u2013 trygga skolor, fler jobb och bättre "
        "vägar \u2013 och arbetet börjar i höst."
    )
    assert _goals(text) == ["bättre vägar", "fler jobb", "trygga skolor"]


def test_the_counted_parts_named_right_after_are_goals() -> None:
    text = HEAD + "Planen innehåller de tre delarna mottagande, delaktighet och egen försörjning."
    assert _goals(text) == ["delaktighet", "egen försörjning", "mottagande"]


def test_a_document_s_sections_are_no_goals() -> None:
    text = HEAD + "Planen är indelad i tre delar: del 1 Bakgrund, del 2 Mål och del 3 Uppföljning."
    assert _goals(text) == []


def test_goals_given_as_examples_of_what_there_is_are_read_one_per_att() -> None:
    text = HEAD + (
        "Bland de tolv målen finns exempelvis att fler ska få jobb, att skolresultaten ska "
        "höjas och att ingen ska sakna bostad."
    )
    assert _goals(text) == [
        "fler ska få jobb",
        "ingen ska sakna bostad",
        "skolresultaten ska höjas",
    ]


def test_counted_areas_in_brackets_are_goals() -> None:
    text = HEAD + (
        "Planen pekar ut tre prioriterade områden (fler jobb, tryggare skolor och "
        "bättre kollektivtrafik) samt tolv mätbara mål."
    )
    assert _goals(text) == ["bättre kollektivtrafik", "fler jobb", "tryggare skolor"]


def test_a_counted_line_without_a_colon_over_as_many_short_lines_lists_goals() -> None:
    text = HEAD + (
        "\n\nPlanen innehåller tre strategiska områden\n\nTrygga skolor\nFler jobb\n"
        "Bättre vägar\n\nLäs mer i planen."
    )
    assert _goals(text) == ["Bättre vägar", "Fler jobb", "Trygga skolor"]


def test_a_counted_line_without_a_colon_over_sentences_lists_nothing() -> None:
    text = HEAD + (
        "\n\nPlanen innehåller tre strategiska områden\n\nSkolorna ska bli tryggare.\n"
        "Fler ska få jobb.\nVägarna ska bli bättre."
    )
    assert _goals(text) == []


def test_areas_counted_at_a_sentences_end_and_listed_by_the_next_are_goals() -> None:
    text = HEAD + (
        "Planen är inriktad på tre områden. De är trygga skolor, fler jobb samt bättre vägar."
    )
    assert _goals(text) == ["bättre vägar", "fler jobb", "trygga skolor"]


def test_a_next_sentence_listing_another_number_of_items_gives_no_goals() -> None:
    text = HEAD + "Planen är inriktad på tre områden. De är trygga skolor och fler jobb."
    assert _goals(text) == []
