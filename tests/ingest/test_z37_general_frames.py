"""Frames that recur across topics and publishers: a decision told by "Beslutet blev att",
yesterday's meeting, a contact card's bracketed organisation and a municipality list by
commas alone. Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from tests.ingest.helpers import decided_by, decisions, facts_at, held_roles, organizations

SITE = "https://www.storuman.se/nyheter/snabbreferat"
BOARD = "Organization:kommun:2421:kommunstyrelsen"


def test_the_decision_became_to_grant_is_a_decision_of_yesterdays_meeting() -> None:
    text = (
        "Snabbreferat från kommunstyrelsen\n\n"
        "På gårdagens kommunstyrelsesammanträde behandlades bland annat följande.\n\n"
        "Bidrag till Ekby skytteförening\n"
        "Beslutet blev att bevilja Ekby skytteförening ett bidrag på 40 000 kr.\n"
    )
    facts = facts_at(text, SITE, "2021-03-10")
    (grant,) = [d for s, d in decisions(facts).items() if "bevilja" in s]
    assert (grant.date, decided_by(facts, grant)) == ("2021-03-09", {BOARD})


def test_the_decision_became_needs_a_that_clause() -> None:
    text = "Nyhet\n\nBeslutet blev en besvikelse för många i byn.\n"
    assert not decisions(facts_at(text, SITE, "2021-03-10"))


def test_a_cards_bracketed_organisation_holds_the_role() -> None:
    text = (
        "Samverkan kring psykisk hälsa\n\n"
        "Arbetet leds av två processledare.\n\n"
        "Karin Holm\n\nProcessledare (Nordkom)\n\n"
        "Lars Berg\n\nProcessledare (Västra Götalandsregionen)\n"
    )
    facts = facts_at(text, "https://www.vgregion.se/nyheter/a", None)
    roles = held_roles(facts)
    assert ("lars-berg", "Organization:region:14", "Processledare") in roles
    assert ("karin-holm", "Organization:org:nordkom", "Processledare") in roles
    assert organizations(facts)["Organization:org:nordkom"].name == "Nordkom"


def test_a_party_in_brackets_is_no_cards_organisation() -> None:
    text = "Kontakt\n\nKarin Holm\n\nOrdförande (S)\n"
    facts = facts_at(text, "https://www.vgregion.se/nyheter/a", None)
    assert not [o for o in organizations(facts) if o.startswith("Organization:org:")]


def test_four_municipalities_by_commas_alone() -> None:
    text = (
        "Kultur i länet\n\nKommunerna i länet är viktiga parter: Eskilstuna, Flen, Gnesta, Trosa.\n"
    )
    found = organizations(facts_at(text, "https://www.regionsormland.se/kultur", None))
    assert {"Organization:kommun:0484", "Organization:kommun:0482"} <= set(found)
    assert {"Organization:kommun:0461", "Organization:kommun:0488"} <= set(found)


def test_three_places_by_commas_alone_are_no_list() -> None:
    text = "Resor\n\nKommunerna har kontor: Eskilstuna, Flen, Gnesta.\n"
    found = organizations(facts_at(text, "https://www.regionsormland.se/kultur", None))
    assert "Organization:kommun:0482" not in found
