"""Contact entries in bullets and under an English header, a role line that ends in the
area the job covers, the site's owner for a contact on a region's page, titles with a
compound adjective or a group's spokesperson, and "från <organisation>" after a title.
Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import facts_at, links

REGION_SITE = "https://www.regionorebrolan.se/nyheter/ny-plan"
TOWN_SITE = "https://www.harnosand.se/nyheter/ny-plan"


def _roles(text: str, uri: str) -> dict[str, tuple[str, str | None]]:
    facts = facts_at(text, uri, "2024-05-02")
    return {
        k.from_id.rsplit(":", 1)[1]: (k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)
    }


def test_a_bulleted_contact_under_an_english_header_holds_the_role_on_its_next_line() -> None:
    text = (
        "Ny plan för suicidprevention\n\nHärnösands kommun har tagit fram en ny plan.\n\n"
        "Contacts\n\n  • Karin Holmlund\n\n    Folkhälsostrateg\n"
    )
    assert _roles(text, TOWN_SITE)["karin-holmlund"] == (
        "Organization:kommun:2280",
        "Folkhälsostrateg",
    )


def test_a_role_line_ends_before_the_area_the_job_covers_and_goes_to_the_sites_owner() -> None:
    text = (
        "Ny plan för suicidprevention\n\nRegion Örebro län har en ny plan.\n\n"
        "Kontakt\n\nKarin Holmlund\n\nRegional samordnare för suicidprevention för Örebro län\n"
    )
    assert _roles(text, REGION_SITE)["karin-holmlund"] == (
        "Organization:region:18",
        "Regional samordnare för suicidprevention",
    )


def test_a_role_line_cut_inside_a_coordinated_title_states_no_role() -> None:
    text = (
        "Nyheter\n\nRegion Örebro län har en ny plan.\n\n"
        "Kontakt\n\nKarin Holmlund\n\nPressekreterare hos folkhälso-, sjukvårds- och "
        "idrottsministern\n"
    )
    role = _roles(text, REGION_SITE).get("karin-holmlund")
    assert role is None or not (role[1] or "").endswith("-"), role


def test_a_title_with_a_compound_adjective_and_its_organisation_after_fran() -> None:
    text = (
        "Info om ny policy\n\nUnder kommunfullmäktige den 24 april var Olof Brandt, "
        "folkhälsopolitisk strateg från Region Jämtland Härjedalen, på plats och informerade.\n"
    )
    assert _roles(text, TOWN_SITE)["olof-brandt"] == (
        "Organization:region:23",
        "Folkhälsopolitisk strateg",
    )


def test_a_groups_spokesperson_after_the_party_is_a_title() -> None:
    text = (
        "Nytt program i Härnösands kommun\n\nVi ska samarbeta, säger Olof Brandt (MP), "
        "majoritetsföreträdare.\n"
    )
    assert _roles(text, TOWN_SITE)["olof-brandt"][1] == "Majoritetsföreträdare"


def test_a_prosecutor_and_a_public_health_scientist_hold_titles() -> None:
    text = (
        "Nytt samarbete i Härnösands kommun\n\nVi ser fler ärenden, säger Olof Brandt, "
        "chefsåklagare vid Åklagarmyndigheten. Det är viktigt, säger Karin Holmlund, "
        "folkhälsovetare i Härnösands kommun.\n"
    )
    roles = _roles(text, TOWN_SITE)
    assert roles["olof-brandt"] == ("Organization:nationell:aklagarmyndigheten", "Chefsåklagare")
    assert roles["karin-holmlund"] == ("Organization:kommun:2280", "Folkhälsovetare")


def test_a_bracketed_comma_list_after_a_hyphenated_kommunerna_names_municipalities() -> None:
    facts = facts_at(
        "Nyheter\n\nV6-kommunerna (Skara, Lidköping, Vara, Essunga) har samverkat kring "
        "digitalisering.\n",
        TOWN_SITE,
        "2024-05-02",
    )
    found = {n.id for n in facts.nodes if n.id.startswith("Organization:kommun:")}
    assert {"Organization:kommun:1495", "Organization:kommun:1494"} <= found, found
    assert {"Organization:kommun:1470", "Organization:kommun:1445"} <= found, found


def test_an_appointment_names_the_person_and_the_role_it_gives() -> None:
    text = (
        "Ny generaldirektör\n\nRegeringen har i dag beslutat att anställa Olof Brandt som "
        "generaldirektör för Boverket. Regeringen har också utsett Karin Holmlund till "
        "landshövding i Värmlands län.\n"
    )
    roles = _roles(text, "https://www.regeringen.se/pressmeddelanden/2024/05/x")
    assert roles["olof-brandt"] == ("Organization:nationell:boverket", "Generaldirektör")
    assert roles["karin-holmlund"] == ("Organization:lansstyrelse:17", "Landshövding")


def test_political_comments_list_contacts_with_an_ordinal_vice_chair() -> None:
    text = (
        "Beslut i nämnden\n\nRegion Örebro län satsar på tandhälsa.\n\n"
        "Politiska kommentarer\n\nOlof Brandt (C), 1:e vice ordförande, 070-000 00 00\n"
    )
    assert _roles(text, REGION_SITE)["olof-brandt"] == (
        "Organization:region:18",
        "1:e vice ordförande",
    )


def test_more_agencies_by_name_and_the_common_word_sida_is_none() -> None:
    facts = facts_at(
        "Uppdrag\n\nRegeringen ger Statskontoret och MPF i uppdrag att följa arbetet. Läs mer "
        "på vår sida om uppdraget.\n",
        "https://www.regeringen.se/pressmeddelanden/2024/05/y",
        "2024-05-02",
    )
    found = {n.id for n in facts.nodes if n.id.startswith("Organization:")}
    assert "Organization:nationell:statskontoret" in found, found
    assert "Organization:nationell:myndigheten-for-psykologiskt-forsvar" in found, found
    assert "Organization:nationell:sida" not in found, found


def test_a_bare_list_after_samarbete_mellan_names_municipalities_not_places() -> None:
    shared = facts_at(
        "Nyheter\n\nProjektet är ett samarbete mellan Vindeln, Vännäs och Robertsfors.\n",
        TOWN_SITE,
        "2024-05-02",
    )
    found = {n.id for n in shared.nodes if n.id.startswith("Organization:kommun:")}
    assert {"Organization:kommun:2404", "Organization:kommun:2460"} <= found, found
    road = facts_at(
        "Nyheter\n\nVägen mellan Vindeln, Vännäs och Robertsfors byggs om.\n",
        TOWN_SITE,
        "2024-05-02",
    )
    assert not any(n.id.startswith("Organization:kommun:24") for n in road.nodes)


def test_attendance_party_after_a_comma_and_staff_present_for_listed_items() -> None:
    text = (
        "Sammanträdesprotokoll Kommunstyrelsen i Härnösands kommun\n\nBeslutande\n"
        "Olof Brandt, (S) ordförande\nBo Berg (M)\n\nTjänstemän\nLisa Lund, sekreterare\n"
        "Karin Holmlund, kommundirektör\nPer Persson, fritidschef § 142-143\n"
    )
    roles = _roles(text, TOWN_SITE)
    assert roles["olof-brandt"] == ("Organization:kommun:2280:kommunstyrelsen", "Ordförande")
    assert "bo-berg" not in roles and "per-persson" not in roles, roles
