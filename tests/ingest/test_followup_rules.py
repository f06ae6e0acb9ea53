"""Follow-up and coordination of documents, and decision dates from the same meeting."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Decision
from tests.ingest.helpers import facts_of

from .helpers import links

LST = "Organization:lansstyrelse:24"
REGION = "Organization:region:24"

_facts = facts_of


PLAN = (
    "Länsstyrelsen Västerbotten\n\n"
    "Länsstyrelsen i Västerbottens län har tagit fram en regional handlingsplan mot våld "
    "för 2024\u20132028. "
)


def test_samordnar_genomforandet_och_foljer_upp_tillsammans_med() -> None:
    facts = _facts(
        PLAN + "Länsstyrelsen samordnar genomförandet och följer upp handlingsplanen årligen "
        "tillsammans med Region Västerbotten."
    )
    assert {k.from_id for k in links(facts, LinkType.COORDINATES)} == {LST}
    assert {k.from_id for k in links(facts, LinkType.FOLLOWS_UP)} == {LST, REGION}


def test_uppfoljningen_gors_av() -> None:
    facts = _facts(PLAN + "Uppföljningen görs av Region Västerbotten två gånger per år.")
    [k] = links(facts, LinkType.FOLLOWS_UP)
    assert k.from_id == REGION and k.evidence.rule == "followup.uppfoljningen_gors_av"


def test_som_samordnar_relative_clause() -> None:
    facts = _facts(
        "Umeå kommun\n\nPlanen genomför den regionala handlingsplanen mot våld 2021\u20132025, "
        "som Länsstyrelsen Västerbotten samordnar."
    )
    [k] = links(facts, LinkType.COORDINATES)
    assert k.from_id == LST and k.evidence.rule == "followup.som_samordnar"


def test_a_body_that_only_takes_part_neither_coordinates_nor_follows_up() -> None:
    facts = _facts(PLAN + "Region Västerbotten deltar i arbetet med handlingsplanen.")
    assert not links(facts, LinkType.COORDINATES)
    assert not links(facts, LinkType.FOLLOWS_UP)


def test_decision_with_ocksa_takes_the_date_of_the_same_bodys_meeting() -> None:
    facts = _facts(
        "Umeå kommun\n\nSocialnämnden fastställde i går en handlingsplan mot våld "
        "för 2024\u20132026.\n\n"
        "Socialnämnden beslutade också att kommunen ska delta i projektet Trygga Kvällar."
    )
    [decision] = [n for n in facts.nodes if isinstance(n, Decision)]
    assert decision.date == "2024-05-01"


def test_decision_without_ocksa_gets_no_borrowed_date() -> None:
    facts = _facts(
        "Umeå kommun\n\nSocialnämnden fastställde i går en handlingsplan mot våld "
        "för 2024\u20132026.\n\n"
        "Socialnämnden beslutade att kommunen ska delta i projektet Trygga Kvällar."
    )
    [decision] = [n for n in facts.nodes if isinstance(n, Decision)]
    assert decision.date is None
