"""Adoption wording first met on fresh pages (2026-11-30, seventh session): the gavel
("klubbad av regionfullmäktige"), a duty to adopt that is no act, a headline adoption
by a board whose text sends the matter on to fullmäktige, and a compound's title kept
against a later plain description. Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from tests.ingest.helpers import documents, facts_at, links

REGION_SITE = "https://www.regionorebrolan.se/nyheter/2024/strategi"
REGION = "Organization:region:18"
RF = "Organization:region:18:regionfullmaktige"
RS = "Organization:region:18:regionstyrelsen"


def facts_of(text: str) -> SourceFacts:
    return facts_at(text, REGION_SITE, "2024-05-14")


def test_a_strategy_klubbad_by_the_assembly_is_its_adoption() -> None:
    facts = facts_of(
        "Ny regional utvecklingsstrategi\n\n"
        "Nu är länets nya regionala utvecklingsstrategi klubbad av regionfullmäktige. "
        "Strategin gäller hela länet.\n"
    )
    (doc,) = documents(facts).values()
    assert [x.from_id for x in links(facts, LinkType.ADOPTED, to_id=doc.id)] == [RF]


def test_a_duty_to_draw_up_and_adopt_is_no_adoption() -> None:
    facts = facts_of(
        "Om utvecklingsstrategin\n\n"
        "Region Örebro län är ansvarig för att utarbeta och fastställa en strategi för "
        "utvecklingen i länet.\n"
    )
    assert links(facts, LinkType.ADOPTED) == []


def test_a_headline_klubbad_by_the_board_that_goes_on_to_the_assembly_is_no_adoption() -> None:
    facts = facts_of(
        "Ny kulturplan klubbad i regionstyrelsen\n\n"
        "Regionstyrelsen behandlade i dag förslaget till Regional kulturplan 2025-2028. "
        "Härnäst går planen vidare till regionfullmäktige för slutgiltigt fastställande.\n"
    )
    assert links(facts, LinkType.ADOPTED) == []


def test_a_headline_adoption_by_the_assembly_itself_stands() -> None:
    facts = facts_of(
        "Ny kulturplan antagen av regionfullmäktige\n\n"
        "Regionfullmäktige antog i dag Regional kulturplan 2025-2028. Planen går vidare "
        "till regionfullmäktige för beslut om budget nästa år.\n"
    )
    (doc,) = documents(facts).values()
    assert {x.from_id for x in links(facts, LinkType.ADOPTED, to_id=doc.id)} == {RF}


def test_a_compound_keeps_its_name_against_a_later_plain_description() -> None:
    facts = facts_of(
        "Region Örebro län antar ny Regional utvecklingsstrategi\n\n"
        "Regionen har tagit fram en strategi för länets utveckling tillsammans med "
        "kommunerna.\n"
    )
    (doc,) = documents(facts).values()
    assert doc.title.startswith("Regional utvecklingsstrategi")
    assert doc.id == "Document:regional:strategy:lan:18:utvecklingsstrategi"


def test_a_body_in_the_genitive_before_the_verb_is_no_adopter() -> None:
    facts = facts_of(
        "Regionfullmäktige i korthet\n\nVidare beslutade regionfullmäktige att godkänna "
        "regionala utvecklingsnämndens årsrapport för 2023 samt att fastställa en ny "
        "kommunikationspolicy för Region Örebro län.\n"
    )
    (doc,) = documents(facts).values()
    assert {x.from_id for x in links(facts, LinkType.ADOPTED, to_id=doc.id)} == {RF}
