"""Decision lists whose items have a "Beslut:" line, county associations of
municipalities that go by names of their own, and Region Gotland named in a list of
regions. Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from tests.ingest.helpers import decided_by, decisions, facts_at, links, organizations

REGION_SITE = "https://www.regionuppsala.se/nyheter/regionstyrelsen"
RS = "Organization:region:03:regionstyrelsen"
OUTCOMES = (
    "Regionstyrelsens beslut 14 mars 2023\n\n"
    "1. Budgetuppdrag - Handlingsplan för psykisk hälsa i Region Uppsala\n"
    "Beslut: Ärendet återremitterat för vidare beredning.\n"
    "2. Regional strategi för krisberedskap 2023-2026\n"
    "Beslut: Enligt förslag\n"
    "3. Yttrande över motion om fler cykelvägar i länet\n"
    "Beslut: Enligt förslag. Reservation: M, C.\n"
)


def test_an_items_outcome_line_states_the_meetings_decision_on_its_heading() -> None:
    facts = facts_at(OUTCOMES, REGION_SITE, None)
    found = {s.lower(): d for s, d in decisions(facts).items()}
    assert set(found) == {
        "budgetuppdrag - handlingsplan för psykisk hälsa i region uppsala: "
        "ärendet återremitterat för vidare beredning",
        "regional strategi för krisberedskap 2023-2026",
        "yttrande över motion om fler cykelvägar i länet",
    }, sorted(found)
    for d in found.values():
        assert decided_by(facts, d) == {RS}, d
        assert d.date == "2023-03-14", d
    strategy = found["regional strategi för krisberedskap 2023-2026"]
    assert links(
        facts, LinkType.CONCERNS, strategy.id, "Document:regional:strategy:lan:03:2023-2026"
    )


def test_an_outcome_line_without_a_meeting_or_under_a_sentence_is_no_decision() -> None:
    no_meeting = "Aktuellt\n\n1. Ny cykelplan för länet\nBeslut: Enligt förslag\n"
    assert decisions(facts_at(no_meeting, REGION_SITE, "2023-03-20")) == {}
    sentence = (
        "Regionstyrelsens beslut 14 mars 2023\n\n"
        "Styrelsen diskuterade länets cykelvägar länge.\n"
        "Beslut: Enligt förslag\n"
    )
    assert decisions(facts_at(sentence, REGION_SITE, None)) == {}


def test_a_county_association_is_known_by_its_own_name_as_written() -> None:
    facts = facts_at(
        "Storsthlms styrelse och Skånes Kommuner har bjudit in till ett gemensamt möte om "
        "kompetensförsörjning.",
        "https://www.example.se/nyheter/mote",
        "2024-05-02",
    )
    orgs = organizations(facts)
    assert orgs["Organization:kommunforbund:01"].name == "Storsthlm"
    assert orgs["Organization:kommunforbund:12"].name == "Skånes Kommuner"
    for code in ("01", "12"):
        assert orgs[f"Organization:kommunforbund:{code}"].kind is (
            OrganizationKind.MUNICIPAL_ASSOCIATION
        )


def test_a_countys_municipalities_in_lower_case_are_not_its_association() -> None:
    facts = facts_at(
        "Alla Skånes kommuner och Västmanlands kommuner har antagit planer för "
        "kompetensförsörjning.",
        "https://www.example.se/nyheter/planer",
        "2024-05-02",
    )
    assert not any(o.startswith("Organization:kommunforbund") for o in organizations(facts))


def test_region_gotland_in_a_list_of_regions_is_the_municipality() -> None:
    facts = facts_at(
        "Skrivelsen skickas gemensamt med Region Skåne, Region Halland och Region Gotland.",
        "https://www.vgregion.se/nyheter/skrivelse",
        "2024-05-02",
    )
    gotland = organizations(facts)["Organization:kommun:0980"]
    assert (gotland.kind, gotland.code) == (OrganizationKind.MUNICIPALITY, "0980")


def _roles(text: str, uri: str = "https://www.ystad.se/nyheter/mote") -> set[tuple[str, str]]:
    facts = facts_at(text, uri, "2024-05-02")
    return {(x.from_id, x.to_id) for x in links(facts, LinkType.HOLDS_ROLE)}


def test_a_title_right_after_the_party_is_the_persons_role() -> None:
    roles = _roles(
        "Nyheter\n\n\u2013 Det är viktigt för alla, säger Anna Lind, (S) kommunalråd.\n\n"
        "\u2013 Bra, säger Eva Berg (S) ordförande i kommunstyrelsen.\n"
    )
    assert ("Person:person:anna-lind", "Organization:kommun:1286") in roles, roles
    assert ("Person:person:eva-berg", "Organization:kommun:1286:kommunstyrelsen") in roles


def test_an_organisation_named_right_after_a_title_holds_the_role() -> None:
    roles = _roles("Nyheter\n\n\u2013 Bra, säger Lisa Holm (C), ordförande Skånes Kommuner.\n")
    assert roles == {("Person:person:lisa-holm", "Organization:kommunforbund:12")}


def test_a_unit_named_with_its_agency_is_the_agencys() -> None:
    text = (
        "Nyheter\n\n\u2013 Vi är en viktig del i arbetet, säger Lena Ek, chef "
        "Samhällsavdelningen på Naturvårdsverket.\n"
    )
    facts = facts_at(text, "https://www.ystad.se/nyheter/mote", "2024-05-02")
    unit = "Organization:nationell:naturvardsverket:samhallsavdelningen"
    assert unit in organizations(facts)
    assert links(facts, LinkType.HOLDS_ROLE, "Person:person:lena-ek", unit)
    assert links(facts, LinkType.PART_OF, unit, "Organization:nationell:naturvardsverket")


def test_a_document_decided_in_the_passive_past_an_aside_is_adopted_not_a_decision() -> None:
    facts = facts_at(
        "Nyheter\n\nPlanen, som omfattar perioden 2025-2028, beslutades av "
        "kommunfullmäktige i går och har tre mål.\n",
        "https://www.skelleftea.se/nyheter/program",
        "2024-04-02",
    )
    assert decisions(facts) == {}


def test_a_party_in_lower_case_is_the_persons_party() -> None:
    facts = facts_at(
        "Protokoll\n\nKommunalrådet Karin Holm (m) yrkade bifall till förslaget.\n",
        "https://www.ystad.se/protokoll/bun",
        "2024-05-02",
    )
    people = [n for n in facts.nodes if n.id == "Person:person:karin-holm"]
    assert [getattr(p, "party", None) for p in people] == ["M"]


def test_an_association_named_with_its_county_in_the_genitive_keeps_its_name() -> None:
    facts = facts_at(
        "Nyheter\n\nKommunförbundet Kalmar läns styrelse träffades i går. Projektet för "
        "kommunchefer i Kalmar län drivs av kommunförbundet.\n",
        "https://www.example.se/nyheter/styrelsen",
        "2024-05-02",
    )
    orgs = organizations(facts)
    assert orgs["Organization:kommunforbund:08"].name == "Kommunförbundet Kalmar län"
    assert "Organization:kommun:0880" not in orgs  # "i Kalmar län" is the county


STYRELSEN = "Organization:kommunforbund:01:styrelsen"


def test_an_associations_board_decides_as_a_body_of_the_association() -> None:
    facts = facts_at(
        "Nyheter\n\nStorsthlms styrelse beslutade den 14 mars 2024 att genomföra en "
        "undersökning om resvanor i länet.\n",
        "https://www.example.se/nyheter/styrelsen",
        "2024-03-15",
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {STYRELSEN}
    assert links(facts, LinkType.PART_OF, STYRELSEN, "Organization:kommunforbund:01")


def test_the_meeting_of_an_associations_board_is_the_boards() -> None:
    facts = facts_at(
        "Sammanfattning från Storsthlms styrelsemöte 14 mars 2024\n\nPå mötet beslutades "
        "bland annat om en undersökning av resvanor i länet och en ny taxa för kurser.\n",
        "https://www.example.se/nyheter/styrelsen",
        None,
    )
    found = decisions(facts)
    assert len(found) == 2, sorted(found)
    for d in found.values():
        assert decided_by(facts, d) == {STYRELSEN}
        assert d.date == "2024-03-14"


def test_a_title_before_the_name_is_held_at_the_organisation_after_it() -> None:
    roles = _roles(
        "Nyheter\n\nArbetet leds av processledare Eva Ek på Region Skåne sedan i våras.\n"
    )
    assert roles == {("Person:person:eva-ek", "Organization:region:12")}


def test_given_names_spelt_as_office_holders_spell_them_start_a_name() -> None:
    roles = _roles("Nyheter\n\nPatric Holm, miljöstrateg i kommunen, har skrivit planen.\n")
    assert roles == {("Person:person:patric-holm", "Organization:kommun:1286")}


def test_a_title_right_after_a_name_without_a_comma_is_read_where_it_is_held() -> None:
    roles = _roles(
        "Nyheter\n\n\u2013 Vi står redo, säger Eva Lund generaldirektör vid Vinnova som "
        "samordnar arbetet.\n\n\u2013 Vi vill stödja företagen, vidareutvecklar Per Berg "
        "ordförande i kommunstyrelsen.\n"
    )
    assert roles == {
        ("Person:person:eva-lund", "Organization:nationell:vinnova"),
        ("Person:person:per-berg", "Organization:kommun:1286:kommunstyrelsen"),
    }
