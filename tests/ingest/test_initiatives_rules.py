"""Initiatives named after a generic noun, and who takes part in, funds and coordinates them."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Initiative
from tests.ingest.helpers import facts_at, facts_of

from .helpers import links

UMEA = "Organization:kommun:2480"
POLIS = "Organization:nationell:polismyndigheten"
REGION = "Organization:region:24"
LST = "Organization:lansstyrelse:24"

_facts = facts_of


def _initiatives(facts: SourceFacts) -> dict[str, str]:
    return {n.name: n.id for n in facts.nodes if isinstance(n, Initiative)}


def test_name_after_a_generic_noun_is_an_initiative() -> None:
    facts = _facts("Umeå kommun\n\nI sommar startar projektet Trygga Kvällar, där polis deltar.")
    assert "Trygga Kvällar" in _initiatives(facts)


def test_lower_case_word_after_the_noun_is_no_name() -> None:
    facts = _facts("Umeå kommun\n\nProjektet har pågått länge och nätverket träffas ofta.")
    assert not _initiatives(facts)


def test_deltar_tillsammans_med_gives_subject_and_partners() -> None:
    facts = _facts(
        "Umeå kommun deltar tillsammans med Region Västerbotten och Polismyndigheten "
        "i nätverket Västerbotten mot heder, som samordnas av Länsstyrelsen Västerbotten."
    )
    ini = _initiatives(facts)["Västerbotten mot heder"]
    takers = {k.from_id for k in links(facts, LinkType.PARTICIPATES_IN, to_id=ini)}
    assert takers == {UMEA, REGION, POLIS}
    [coord] = links(facts, LinkType.COORDINATES, to_id=ini)
    assert coord.from_id == LST and coord.evidence.rule == "initiative.coordinates.som_samordnas"


def test_i_projektet_deltar_lists_participants() -> None:
    facts = _facts(
        "Umeå kommun\n\nPengarna går till projektet Trygga Kvällar. "
        "I projektet deltar bland annat Umeå kommun och Region Västerbotten."
    )
    ini = _initiatives(facts)["Trygga Kvällar"]
    takers = {k.from_id for k in links(facts, LinkType.PARTICIPATES_IN, to_id=ini)}
    assert takers == {UMEA, REGION}


def test_funding_phrases() -> None:
    facts = _facts(
        "Umeå kommun\n\nSamtidigt startar projektet Trygga Kvällar. Projektet får 300 000 kronor "
        "från Polismyndigheten och Umeå kommun bidrar med 50 000 kronor. "
        "Verksamheten finansieras gemensamt av Region Västerbotten och Länsstyrelsen Västerbotten."
    )
    ini = _initiatives(facts)["Trygga Kvällar"]
    funders = {k.from_id for k in links(facts, LinkType.FUNDS, to_id=ini)}
    assert funders == {POLIS, UMEA, REGION, LST}


def test_bidrar_without_an_amount_is_not_funding() -> None:
    facts = _facts(
        "Umeå kommun\n\nSamtidigt startar projektet Trygga Kvällar. "
        "Region Västerbotten bidrar med en samordnare på halvtid."
    )
    assert not links(facts, LinkType.FUNDS)


def test_de_n_kommunerna_are_the_municipalities_listed_before() -> None:
    facts = _facts(
        "Region Västerbotten\n\nNu startar projektet Trygga Kvällar. Det drivs som ett "
        "samarbete mellan Umeå kommun och Skellefteå kommun. "
        "Verksamheten finansieras gemensamt av de två kommunerna."
    )
    ini = _initiatives(facts)["Trygga Kvällar"]
    funders = {k.from_id for k in links(facts, LinkType.FUNDS, to_id=ini)}
    assert funders == {UMEA, "Organization:kommun:2482"}


def test_host_municipality_coordinates_the_activity() -> None:
    facts = _facts(
        "Umeå kommun\n\nNu startar projektet Trygga Kvällar. "
        "Umeå kommun är värdkommun och samordnar verksamheten."
    )
    ini = _initiatives(facts)["Trygga Kvällar"]
    [coord] = links(facts, LinkType.COORDINATES, to_id=ini)
    assert coord.from_id == UMEA


def test_participation_subject_must_be_next_to_the_verb() -> None:
    facts = _facts(
        "Umeå kommun\n\nSocialnämnden beslutade att kommunen ska delta i "
        "utvecklingsarbetet Trygga Kvällar."
    )
    ini = _initiatives(facts)["Trygga Kvällar"]
    takers = {k.from_id for k in links(facts, LinkType.PARTICIPATES_IN, to_id=ini)}
    assert takers == {UMEA}


def test_a_capitalised_level_adjective_and_noun_name_an_initiative() -> None:
    facts = _facts(
        "Stödteamet\n\nRegeringen har gett Länsstyrelsen Västerbotten i uppdrag att bilda ett "
        "nationellt stödteam. Det Nationella Stödteamet ska stödja kommunerna. "
        "Stödteamets arbete omfattar också den Nationella Jourlinjen."
    )
    names = _initiatives(facts)
    assert set(names) == {"Nationella stödteamet", "Nationella jourlinjen"}
    rules = {m.evidence.rule for m in facts.mentions if m.node_id == names["Nationella stödteamet"]}
    assert rules == {"initiative.capital_pair", "initiative.anaphora"}


def test_the_bodies_members_come_from_take_part() -> None:
    facts = _facts(
        "Stödteamet\n\nDet Nationella Stödteamet ska stödja kommunerna. De som ingår i "
        "Stödteamet kommer bland annat från Länsstyrelsen Västerbotten, Polismyndigheten "
        "och Region Västerbotten och bland dem finns utredare."
    )
    ini = _initiatives(facts)["Nationella stödteamet"]
    takers = {k.from_id for k in links(facts, LinkType.PARTICIPATES_IN, to_id=ini)}
    assert takers == {LST, POLIS, REGION}


def test_a_campaign_held_in_cooperation_with_partners() -> None:
    facts = _facts(
        "Umeå kommun\n\nMan uppmärksammar varje år kampanjen Trygga Kvällar i samverkan med "
        "Polismyndigheten, lokala föreningar samt Region Västerbotten, för att nå fler."
    )
    ini = _initiatives(facts)["Trygga Kvällar"]
    takers = {k.from_id for k in links(facts, LinkType.PARTICIPATES_IN, to_id=ini)}
    assert takers == {UMEA, POLIS, REGION}


def test_a_project_named_after_its_noun_opening_the_sentence_is_funded_by_the_agents() -> None:
    facts = facts_at(
        "Härryda kommun\n\nProjektet Hållbara skolvägar finansieras av Trafikverket och "
        "Västra Götalandsregionen.",
        "https://www.harryda.se/nyheter/skolvagar",
        "2024-05-22",
    )
    funders = {
        x.from_id for x in links(facts, LinkType.FUNDS, to_id="Initiative:hallbara-skolvagar")
    }
    assert funders == {"Organization:nationell:trafikverket", "Organization:region:14"}
