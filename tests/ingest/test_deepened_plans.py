"""A deepened comprehensive plan is a document of its own, and a sentence that defines a
kind of document names none (ingest.rules.document_likeness, document_newness), on
invented pages."""

from __future__ import annotations

from .helpers import documents, facts_at

PAGE = "https://www.bengtsfors.se/bygga-bo/oversiktsplan"


def _titles(text: str) -> list[str]:
    facts = facts_at(text, PAGE, None)
    return sorted(d.title for d in documents(facts).values())


def test_a_deepened_plan_for_another_place_is_a_document_of_its_own() -> None:
    text = (
        "Översiktsplanering\n\nKommunfullmäktige beslutade att översiktsplan för Bengtsfors "
        "kommun är aktuell. Även en fördjupad översiktsplan för Billingsfors har tagits fram "
        "och antogs av kommunfullmäktige den 13 juni 2013.\n"
    )
    assert _titles(text) == [
        "Fördjupad översiktsplan för Billingsfors",
        "Översiktsplan för Bengtsfors kommun",
    ]


def test_a_deepened_plan_named_without_an_article_is_one_too() -> None:
    text = (
        "Översiktsplanering\n\nKommunfullmäktige beslutade att översiktsplan för Bengtsfors "
        "kommun är aktuell, med undantag av fördjupad översiktsplan för Billingsfors som "
        "förklarades inaktuell.\n"
    )
    assert "Fördjupad översiktsplan för Billingsfors" in _titles(text)


def test_a_sentence_defining_the_kind_names_no_document() -> None:
    text = (
        "Den fördjupade översiktsplanen för Billingsfors är nu redo för granskning.\n\n"
        "Vad är en översiktsplan?\n\nEn översiktsplan är ett strategiskt dokument som pekar "
        "ut riktningen för kommunens utveckling.\n"
    )
    assert _titles(text) == ["Fördjupad översiktsplan för Billingsfors"]
