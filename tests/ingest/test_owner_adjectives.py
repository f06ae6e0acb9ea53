""" "Kommunens" and its document with an adjective of order or time between ("kommunens
första bostadsförsörjningsprogram"): the page's municipality drew the document up
(issue 9). Every sentence is invented."""

from __future__ import annotations

from graph.edges import LinkType

from .helpers import facts_at, links

SITE = "https://www.bollebygd.se/nyheter/program"


def test_kommunens_first_programme_is_the_municipality_s() -> None:
    facts = facts_at(
        "Den 3 maj 2021 antog kommunfullmäktige kommunens första kulturprogram för "
        "perioden 2021-2024.",
        SITE,
        None,
    )
    issued = {(k.from_id, k.to_id) for k in links(facts, LinkType.ISSUED)}
    assert (
        "Organization:kommun:1443",
        "Document:municipal:programme:kommun:1443:kultur:2021-2024",
    ) in issued


def test_a_named_owner_s_first_plan() -> None:
    facts = facts_at(
        "Underlaget till regeringens första klimatpolitiska handlingsplan lämnas i dag.",
        "https://www.naturvardsverket.se/nyheter/underlag",
        None,
    )
    assert "Organization:nationell:regeringen" in {k.from_id for k in links(facts, LinkType.ISSUED)}


def test_decided_in_an_assembly_is_adopted_by_it() -> None:
    facts = facts_at(
        "Den regionala utvecklingsstrategin ”Länsstrategin 2030” beslutades i "
        "regionfullmäktige i juni 2021.",
        "https://www.regiondalarna.se/nyheter/strategi",
        None,
    )
    adopted = links(facts, LinkType.ADOPTED)
    assert [k.from_id for k in adopted] == ["Organization:region:20:regionfullmaktige"]
    assert adopted[0].date == "2021-06-01"
