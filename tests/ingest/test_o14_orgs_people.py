"""Organisations and people (issue 9, round 14): companies and associations by their legal
form, organisations named only in image captions, a board's committee by its remit and
its short form, a new presidium stated with the copula inverted, a party set off by a
comma, and the landsting titles of a region. Every sentence is invented."""

from __future__ import annotations

from graph.nodes import Person

from .helpers import held_roles, organizations, page_facts

UPPSALA = "https://www.uppsala.se/nyheter/nyhet"
VASTERVIK = "https://www.vastervik.se/nyheter/nyhet"
VGR = "https://www.vgregion.se/nyheter/nyhet"
GOV = "https://www.regeringen.se/artiklar/artikel"


def test_company_named_after_its_municipality_is_the_company() -> None:
    ids = set(
        organizations(
            page_facts(
                "Uppsala kommun ger Uppsala Kommun Parkerings AB och Uppsala Kommuns "
                "Energi AB nya ägardirektiv.",
                UPPSALA,
            )
        )
    )
    assert "Organization:org:uppsala-kommun-parkerings-ab" in ids
    assert "Organization:org:uppsala-kommuns-energi-ab" in ids
    assert "Organization:kommun:0380" in ids  # named on its own as well


def test_company_with_a_common_noun_in_its_name() -> None:
    ids = set(organizations(page_facts("Bolagen ägs av Uppsala stadshus AB sedan 1999.", UPPSALA)))
    assert "Organization:org:uppsala-stadshus-ab" in ids


def test_a_verb_before_ab_makes_no_company() -> None:
    ids = set(organizations(page_facts("Förra året köpte Uppsala Bygg AB-aktier.", UPPSALA)))
    assert not [i for i in ids if "kopte" in i]


def test_economic_association_in_title_case() -> None:
    facts = page_facts(
        "Stöd beviljas till Norrbyns Fiber Ekonomisk Förening och Sjöbo bygdenät "
        "ekonomisk förening.",
        "https://www.lansstyrelsen.se/kronoberg/nyheter/nyhet",
    )
    ids = set(organizations(facts))
    assert "Organization:org:norrbyns-fiber-ekonomisk-forening" in ids
    assert "Organization:org:sjobo-bygdenat-ekonomisk-forening" in ids


def test_county_boards_only_in_photo_captions_are_not_the_pages() -> None:
    text = (
        "Departementet träffade cheferna för länens sociala frågor i veckan.\n\n"
        " • Eva Ek från Länsstyrelsen i Örebro län\n\n"
        "  Eva Ek från Länsstyrelsen i Örebro län.\n\n"
        "  Foto: Regeringskansliet\n\n"
        "Mötet handlade om hur arbetet ska organiseras under de kommande åren och vad "
        "som förväntas av länen när satsningen har kommit i gång på allvar under hösten."
    )
    ids = set(organizations(page_facts(text, GOV)))
    assert "Organization:lansstyrelse:18" not in ids
    assert "Organization:nationell:regeringskansliet" not in ids


def test_county_board_named_in_running_text_too_is_kept() -> None:
    text = (
        "Länsstyrelsen i Örebro län leder arbetet med samordningen i länet.\n\n"
        "Eva Ek från Länsstyrelsen i Örebro län.\n\n"
        "Foto: Regeringskansliet"
    )
    ids = set(organizations(page_facts(text, GOV)))
    assert "Organization:lansstyrelse:18" in ids


def test_the_pages_first_line_over_an_image_credit_is_its_site_not_a_caption() -> None:
    text = (
        "Region Jämtland Härjedalen\n\nIllustration: Eva Ek\n\n"
        "Sedan 1 januari har vi en ny kulturplan för länet.\n"
    )
    ids = set(organizations(page_facts(text, "https://kulturjamtland.example.se/nyhet")))
    assert "Organization:region:23" in ids


def test_boards_committee_by_remit_and_its_short_form_are_one_body() -> None:
    text = (
        "Regionstyrelsens beredning för kultur och fritid ger råd i frågorna. "
        "I år har Beredningen för kultur och fritid valt att prioritera barn."
    )
    ids = set(organizations(page_facts(text, VGR)))
    assert "Organization:region:14:regionstyrelsens-beredning-for-kultur-och-fritid" in ids
    assert "Organization:region:14:beredningen-for-kultur-och-fritid" not in ids
    assert "Organization:region:14:regionstyrelsen" not in ids


def test_new_presidium_with_the_copula_inverted() -> None:
    text = (
        "På kvällens möte valdes ett nytt presidium för kommunfullmäktige. Ny ordförande "
        "blev Eva Ek-Sandberg (M), ny förste vice ordförande Lars-Erik Holm (KD) och ny "
        "andre vice ordförande blev Anna Dal (S)."
    )
    roles = {(p, t.lower() if t else t) for p, _, t in held_roles(page_facts(text, VASTERVIK))}
    assert ("eva-ek-sandberg", "ordförande") in roles
    assert ("lars-erik-holm", "förste vice ordförande") in roles
    assert ("anna-dal", "andre vice ordförande") in roles
    orgs = {o for _, o, _ in held_roles(page_facts(text, VASTERVIK))}
    assert orgs == {"Organization:kommun:0883:kommunfullmaktige"}


def test_new_title_without_a_party_names_no_one() -> None:
    text = "Kommunfullmäktige samlades. Ny ordförande blev Eva Ek efter en lång debatt."
    assert not [r for r in held_roles(page_facts(text, VASTERVIK)) if r[2] and "rdf" in r[2]]


def test_party_set_off_by_a_comma_before_the_title() -> None:
    facts = page_facts(
        "- Länet ska vara attraktivt, säger Eva Ek, (S), regionråd.",
        "https://www.regionvasterbotten.se/nyheter/nyhet",
    )
    assert ("eva-ek", "Organization:region:24", "Regionråd") in {
        (p, o, t.capitalize() if t else t) for p, o, t in held_roles(facts)
    }
    person = next(n for n in facts.nodes if isinstance(n, Person))
    assert person.party == "S"


def test_landstingsrad_serves_the_region() -> None:
    facts = page_facts(
        "- Kulturen behöver samverkan, säger landstingsrådet Eva Ek (V).",
        "https://www.regionvastmanland.se/nyheter/nyhet",
    )
    assert {(p, o) for p, o, _ in held_roles(facts)} == {("eva-ek", "Organization:region:19")}


LST = "https://www.lansstyrelsen.se/jonkoping/nyheter/nyhet"


def test_title_line_over_a_name_line_is_a_contact_card() -> None:
    text = "Grön plan\n\nDela sidan:\n\nLandshövding\n\nEva Ekström\n\nBesöksadress\n\nStorgatan 4"
    assert held_roles(page_facts(text, LST)) == {
        ("eva-ekstrom", "Organization:lansstyrelse:06", "Landshövding")
    }


def test_title_line_between_name_over_title_entries_is_not_a_card() -> None:
    text = "Kontakt\n\nAnna Berg\n\nSamordnare\n\nEva Ekström\n\nMiljöstrateg"
    roles = held_roles(page_facts(text, LST))
    assert not [r for r in roles if r[0] == "eva-ekstrom" and r[2] == "Samordnare"]
