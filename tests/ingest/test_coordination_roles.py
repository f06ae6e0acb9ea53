"""COORDINATES from a role or a responsibility whose document comes further on
(ingest.rules.coordination_roles), on small invented pages."""

from __future__ import annotations

import pytest

from graph.edges import LinkType, SourceFacts

from .helpers import documents, facts_at, links

POLICY_PAGE = (
    "Klimatpolicy för Sollentuna kommun\n\n"
    "Kommunfullmäktige antog klimatpolicyn den 3 mars 2021.\n\n"
    "Kommunstyrelsen har det övergripande ansvaret för energifrågorna och för "
    "uppföljningen av denna policy."
)


def _coordinates(facts: SourceFacts) -> set[tuple[str, str]]:
    return {
        (x.from_id, x.to_id)
        for x in links(facts, LinkType.COORDINATES)
        if x.evidence.rule == "coordinates.role"
    }


def _only_document(facts: SourceFacts) -> str:
    (doc,) = documents(facts)
    return doc


def test_a_second_object_stands_between_the_responsibility_and_this_policy() -> None:
    facts = facts_at(POLICY_PAGE, "https://www.sollentuna.se/klimat", "2024-05-02")
    ks = "Organization:kommun:0163:kommunstyrelsen"
    assert _coordinates(facts) == {(ks, _only_document(facts))}


@pytest.mark.parametrize(
    ("uri", "text", "holder"),
    [
        (
            "https://www.regiongavleborg.se/nyheter",
            "Regionalt serviceprogram 2023-2030\n\nRegionala utvecklingsnämnden antog det "
            "regionala serviceprogrammet 2023-2030. Region Gävleborg är ansvarig "
            "för att det regionala serviceprogrammet blir verklighet.",
            "Organization:region:21",
        ),
        (
            "https://www.regiondalarna.se/nyheter",
            "Ny utvecklingsstrategi\n\nRegionfullmäktige antog i går den regionala "
            "utvecklingsstrategin. Det hör till Region Dalarnas ansvar att utarbeta, samordna "
            "och utvärdera den regionala utvecklingsstrategin.",
            "Organization:region:20",
        ),
        (
            "https://www.sollentuna.se/ks",
            "Beslut i kommunstyrelsen\n\nKommunfullmäktige gav den 4 maj 2021 "
            "kommunstyrelsen i uppdrag att samordna arbetet med en ny åtgärdsplan "
            "för trygghet.",
            "Organization:kommun:0163:kommunstyrelsen",
        ),
    ],
)
def test_the_holder_is_named_before_the_role_and_the_document_after_it(
    uri: str, text: str, holder: str
) -> None:
    facts = facts_at(text, uri, "2024-05-02")
    assert _coordinates(facts) == {(holder, _only_document(facts))}


def test_who_gave_the_assignment_coordinates_nothing() -> None:
    text = (
        "Regional strategi mot våld\n\nLänsstyrelsen i Dalarnas län har regeringens uppdrag "
        "att samordna genomförandet av strategin."
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/dalarna/nyheter", "2024-05-02")
    holders = {holder for holder, _ in _coordinates(facts)}
    assert "Organization:nationell:regeringen" not in holders


@pytest.mark.parametrize(
    "sentence",
    [
        # negated: no role
        "Kommunstyrelsen har inte det övergripande ansvaret för genomförandet av denna policy.",
        # another organisation between the role and the document: its work, not the policy
        "Kommunstyrelsen har det övergripande ansvaret för att stödja Region Stockholm i "
        "arbetet med denna policy.",
        # the document is in the next clause
        "Kommunstyrelsen har det övergripande ansvaret för miljöarbetet; nämnderna följer "
        "denna policy.",
    ],
)
def test_no_role_is_read_where_the_wording_does_not_give_one(sentence: str) -> None:
    text = "Klimatpolicy för Sollentuna kommun\n\n" + sentence
    facts = facts_at(text, "https://www.sollentuna.se/klimat", "2024-05-02")
    assert _coordinates(facts) == set()


@pytest.mark.parametrize("at", ["på regionen", "vid Region Jönköpings län"])
def test_a_unit_at_an_organisation_coordinates_not_the_organisation(at: str) -> None:
    text = (
        f"Region Jönköpings län\n\nFolkhälsoenheten {at} samordnar arbetet med "
        "handlingsplanen för suicidprevention."
    )
    facts = facts_at(text, "https://www.rjl.se/nyheter/suicid", "2024-05-02")
    assert {x.from_id for x in links(facts, LinkType.COORDINATES)} == {
        "Organization:region:06:folkhalsoenheten"
    }
