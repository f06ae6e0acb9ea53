"""Wordings first met on pages opened for development on 2026-12-01 (sixteenth
session). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from tests.ingest.helpers import decisions, documents, facts_at, links

SITE = "https://www.ljusdal.se/nyheter/2024/fullmaktige"


def facts_of(text: str, published: str = "2024-03-15") -> SourceFacts:
    return facts_at(text, SITE, published)


def test_a_decision_taken_about_a_plan_with_words_between_is_its_adoption() -> None:
    facts = facts_of(
        "Nytt om kultur\n\n"
        "Kommunfullmäktige i Ljusdals kommun sammanträdde den 11 mars. "
        "Då fattade kommunfullmäktige beslut om en ny kulturplan för Ljusdals kommun. "
        "Socialnämnden fattade i februari beslut om handlingsplan för att minska "
        "ensamheten bland äldre 2024-2027.\n"
    )
    assert decisions(facts) == {}
    adopters = {link.from_id for link in links(facts, LinkType.ADOPTED)}
    assert adopters == {
        "Organization:kommun:2161:kommunfullmaktige",
        "Organization:kommun:2161:socialnamnden",
    }
    assert len(documents(facts)) == 2


def test_a_body_stressing_a_point_of_its_decision_decides_nothing_more() -> None:
    facts = facts_of(
        "Beslut från regionstyrelsen\n\n"
        "Regionstyrelsen i Region Gävleborg sammanträdde den 12 mars. "
        "Regionstyrelsen beslutade att tillstyrka ansökan om medel för en ny cykelväg "
        "längs länsväg 83. Samtidigt understryker regionstyrelsen i sitt beslut att "
        "staten bör stå för minst hälften av kostnaden för cykelvägen.\n"
    )
    texts = [d.summary for d in decisions(facts).values()]
    assert len(texts) == 1
    assert texts[0].startswith("Tillstyrka ansökan")
