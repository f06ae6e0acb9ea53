"""A document titled in sentence case after a definite compound, when the page sets the
title as its heading too; an EU funding programme is no steering document. Short
fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from tests.ingest.helpers import documents, facts_at

REGION = "https://www.regionorebrolan.se/nyheter/strategi"


def test_a_sentence_case_title_the_page_also_sets_as_its_heading() -> None:
    facts = facts_at(
        "Ny strategi\n\nEtt län där alla kan växa\n\nDen 3 maj fattade regionfullmäktige "
        "beslut om att anta utvecklingsstrategin Ett län där alla kan växa. Läs mer nedan.\n",
        REGION,
        "2024-05-04",
    )
    assert "Document:regional:strategy:lan:18:ett-lan-dar-alla-kan-vaxa" in documents(facts)


def test_without_the_heading_the_words_after_the_compound_are_no_title() -> None:
    facts = facts_at(
        "Ny strategi\n\nDen 3 maj fattade regionfullmäktige beslut om att anta "
        "utvecklingsstrategin Ett län där alla kan växa. Läs mer nedan.\n",
        REGION,
        "2024-05-04",
    )
    assert not any("ett-lan-dar" in d for d in documents(facts)), documents(facts)


def test_an_eu_funding_programme_is_no_steering_document() -> None:
    facts = facts_at(
        "Nyheter\n\nÖrebro kommun har beviljats tre miljoner kronor från EU-programmet "
        "Interreg Nordsjö för att delta i ett projekt.\n",
        "https://www.orebro.se/nyheter/eu",
        "2024-05-04",
    )
    assert not any("eu-program" in d for d in documents(facts)), documents(facts)
