"""Documents (round 16): a county's genitive names the county's document, and a
commission's product on a page titled by its document is that document. All sentences
are invented."""

from __future__ import annotations

import dataclasses

from graph.edges import SourceFacts
from graph.nodes import Document, Level
from ingest.pipeline import extract
from tests.ingest.helpers import assert_evidence_rules, text_source

ALE_SITE = "https://www.ale.se/nyheter/sida"
LST_SITE = "https://www.lansstyrelsen.se/halland/om-oss/publikationer/sida.html"


def _documents(text: str, uri: str = ALE_SITE) -> list[Document]:
    source = dataclasses.replace(text_source(text, "2025-03-01"), uri=uri)
    facts: SourceFacts = extract(source)
    assert_evidence_rules(facts)
    return [n for n in facts.nodes if isinstance(n, Document)]


def test_a_county_genitive_names_the_county_document_on_a_municipal_page() -> None:
    docs = _documents(
        "Folkhälsorådet i Ale\n\nRådet utgår i sitt arbete från Hallands folkhälsostrategi "
        "när det väljer vilka insatser för unga som ska prioriteras."
    )
    assert [(d.id, d.title) for d in docs] == [
        (
            "Document:regional:strategy:lan:13:hallands-folkhalsostrategi",
            "Hallands folkhälsostrategi",
        )
    ]


def test_a_county_genitive_with_lan_keeps_both_words() -> None:
    docs = _documents(
        "Folkhälsorådet i Ale\n\nRådet utgår i sitt arbete från Hallands läns kulturpolicy "
        "när det väljer vilka insatser för unga som ska prioriteras."
    )
    assert [d.title for d in docs] == ["Hallands läns kulturpolicy"]
    assert docs[0].level is Level.REGIONAL


def test_a_region_genitive_is_the_region_not_a_title() -> None:
    docs = _documents(
        "Folkhälsorådet i Ale\n\nRådet utgår i sitt arbete från Region Hallands kulturplan "
        "när det väljer vilka insatser för unga som ska prioriteras."
    )
    assert not any(d.title.startswith("Hallands") for d in docs)


def test_a_county_genitive_after_the_county_document_names_it_again() -> None:
    docs = _documents(
        "Kulturstrategi i Halland\n\nEn gemensam länsövergripande kulturstrategi antogs "
        "år 2021 av länets parter.\n\nHallands kulturstrategi (pdf)",
        LST_SITE,
    )
    assert len([d for d in docs if d.kind.value == "strategy"]) == 1


def test_a_commission_on_a_page_titled_by_its_document_names_no_other() -> None:
    docs = _documents(
        "Strategi för trygghet i Halland 2024-2027\n\nLänsstyrelsen i Hallands län fick "
        "år 2023 i regeringsuppdrag att ta fram en strategi för länets arbete med "
        "trygghet. Strategin bygger på samtal med kommunerna.",
        LST_SITE,
    )
    assert [(d.period_start, d.period_end) for d in docs] == [(2024, 2027)]


def test_a_commission_on_a_page_of_no_such_document_still_names_one() -> None:
    docs = _documents(
        "Trygghet i länet\n\nLänsstyrelsen i Hallands län fick år 2023 i regeringsuppdrag "
        "att ta fram en strategi för länets arbete med trygghet.",
        LST_SITE,
    )
    assert [d.kind.value for d in docs] == ["strategy"]
