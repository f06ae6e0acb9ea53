"""Organisations and persons: the grammar classes of the real11 round, on small invented
pages (a joint page naming its municipality and a partner bare, a name listed before a
known organisation, a party after a name a longer trigger found)."""

from __future__ import annotations

from graph.nodes import OrganizationKind

from .helpers import facts_at, held_roles, organizations, party_of

VARA = "https://www.vara.se/nyheter/gemensam-plan.html"
HERRLJUNGA = "Organization:kommun:1466"


def test_a_partner_named_bare_beside_the_page_municipality_is_a_municipality() -> None:
    text = (
        "Gemensam plan\n\nVara kommun arbetar förebyggande.\n\n"
        "Vara och Herrljunga har beslutat om gemensamma mål för arbetet.\n"
    )
    orgs = organizations(facts_at(text, VARA, "2024-05-02"))
    assert orgs[HERRLJUNGA].kind is OrganizationKind.MUNICIPALITY


def test_a_pair_after_a_place_preposition_names_places() -> None:
    text = (
        "Ny busslinje\n\nVara kommun öppnar en linje.\n\n"
        "Bussen går mellan Vara och Herrljunga varje timme.\n"
    )
    assert HERRLJUNGA not in organizations(facts_at(text, VARA, "2024-05-02"))


def test_names_listed_before_a_known_organisation_are_organisations() -> None:
    text = (
        "Bidrag fördelat\n\nTestverket fördelade bidrag till tolv organisationer, bland annat "
        "Sveriges Bygdegårdar, Hela Människan och Rädda Barnen.\n\nStrategin togs fram "
        "tillsammans med företagare, Provstad Företagsforum och Företagarna.\n"
    )
    names = {o.name for o in organizations(facts_at(text, VARA, "2024-05-02")).values()}
    assert {"Sveriges Bygdegårdar", "Provstad Företagsforum"} <= names


def test_a_party_between_commas_before_a_genitive_body_is_no_organisation() -> None:
    text = (
        "Nytt program\n\nVara kommun har ett nytt program.\n\n"
        "- Det är bra, säger Bo Testsson, S, kommunstyrelsens ordförande.\n"
    )
    facts = facts_at(text, VARA, "2024-05-02")
    assert "S" not in {o.name for o in organizations(facts).values()}
    assert party_of(facts, "bo-testsson") == "S"


def test_a_party_after_a_name_a_speech_verb_found_is_read() -> None:
    text = (
        "Nytt program\n\nVara kommun har ett nytt kulturprogram.\n\n"
        "- Programmet är bra, säger kommunstyrelsens ordförande Anna Testberg (C).\n"
    )
    facts = facts_at(text, VARA, "2024-05-02")
    assert party_of(facts, "anna-testberg") == "C"
    assert ("anna-testberg", "Organization:kommun:1470:kommunstyrelsen", "Ordförande") in (
        held_roles(facts)
    )


def test_a_body_named_in_the_indefinite_with_its_adjective_is_a_body() -> None:
    text = (
        "Beslut i korthet\n\nKommunfullmäktige i Vara kommun sammanträdde. Teknisk "
        "servicenämnd får fem miljoner kronor. Vidare ska Teknisk förvaltning ta fram nya "
        "rutiner. Kommunal och regional förvaltning ska samverka.\n"
    )
    orgs = organizations(facts_at(text, VARA, "2024-05-02"))
    kinds = {o.name: o.kind for o in orgs.values()}
    assert kinds["Teknisk servicenämnd"] is OrganizationKind.COMMITTEE
    assert kinds["Teknisk förvaltning"] is OrganizationKind.ADMINISTRATION
    assert not any("regional" in name.lower() for name in kinds)


def test_a_regional_body_in_the_indefinite_is_the_regions_definite_body() -> None:
    text = (
        "Ny plan\n\nRegion Dalarna har en ny plan. Planen är viktig, säger Eva Testsson, "
        "strateg på regional utvecklingsförvaltning.\n"
    )
    facts = facts_at(text, "https://www.regiondalarna.se/nyheter/plan.html", "2024-05-02")
    ruf = "Organization:region:20:regionala-utvecklingsforvaltningen"
    assert organizations(facts)[ruf].name == "Regionala utvecklingsförvaltningen"
    assert ("eva-testsson", ruf, "Strateg") in held_roles(facts)
