"""Organisations and roles in the forms real7's pages showed (issue 9, round 3): a board's
committee named by its remit, a chair a news item quotes with no body named, a body's
genitive naming a field of work, partners introduced by a class noun, a company named
with its place, and national agencies outside the first list. Every sentence is invented."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import OrganizationKind

from .helpers import links, organizations, page_facts

_SALA = "https://www.sala.se/nyheter/x/"
_UTSKOTT = "Organization:kommun:1981:kommunstyrelsens-utskott-for-miljo-och-hallbar-utveckling"


def test_board_committee_named_by_its_remit_is_one_body() -> None:
    facts = page_facts(
        "Sala kommun bygger nya cykelvägar. Kommunstyrelsens utskott för miljö och hållbar "
        "utveckling beslutade under onsdagens möte att starta arbetet.",
        _SALA,
    )
    orgs = organizations(facts)
    assert _UTSKOTT in orgs
    assert "Organization:kommun:1981:kommunstyrelsens-utskott" not in orgs
    assert links(facts, LinkType.PART_OF, _UTSKOTT, "Organization:kommun:1981")


def test_chair_quoted_in_a_news_item_serves_the_body_that_decided() -> None:
    facts = page_facts(
        "Sala kommun bygger nya cykelvägar. Kommunstyrelsens utskott för miljö och hållbar "
        "utveckling beslutade under onsdagens möte att starta arbetet.\n\n"
        "\u2013 Det här är ett viktigt steg, säger ordförande Karin Lövgren (C).",
        _SALA,
    )
    held = links(facts, LinkType.HOLDS_ROLE, "Person:person:karin-lovgren")
    assert {(k.to_id, (k.title or "").lower()) for k in held} == {(_UTSKOTT, "ordförande")}


def test_chair_with_two_deciding_bodies_is_left_unplaced() -> None:
    facts = page_facts(
        "Sala kommun bygger nya cykelvägar. Miljönämnden beslutade att starta arbetet och "
        "tekniska nämnden beslutade att bekosta det.\n\n"
        "\u2013 Det här är ett viktigt steg, säger ordförande Karin Lövgren (C).",
        _SALA,
    )
    held = links(facts, LinkType.HOLDS_ROLE, "Person:person:karin-lovgren")
    assert not [k for k in held if "namnden" in k.to_id]


def test_a_bodys_field_of_work_is_no_mention_of_it() -> None:
    facts = page_facts(
        "Sala kommun har sett över de riktlinjer som gäller inom socialtjänstens "
        "verksamhetsområde och kulturnämndens ansvarsområden.",
        _SALA,
    )
    orgs = organizations(facts)
    assert "Organization:kommun:1981:socialtjansten" not in orgs
    assert "Organization:kommun:1981:kulturnamnden" not in orgs


def test_a_body_acting_is_still_found_beside_its_field() -> None:
    facts = page_facts(
        "Socialtjänsten ansvarar för arbetet inom socialtjänstens verksamhetsområde i Sala kommun.",
        _SALA,
    )
    assert "Organization:kommun:1981:socialtjansten" in organizations(facts)


def test_partners_introduced_by_a_class_noun() -> None:
    facts = page_facts(
        "Planen togs fram av Sala kommun tillsammans med de ideella organisationerna "
        "Ljusglimten och TRYGG Ung samt föreningen Gröna Stigen.",
        _SALA,
    )
    orgs = organizations(facts)
    for slug in ("ljusglimten", "trygg-ung", "grona-stigen"):
        assert f"Organization:org:{slug}" in orgs


def test_class_noun_before_a_place_names_no_new_organisation() -> None:
    facts = page_facts("Företagen i Sala kommun växer, säger näringslivschefen.", _SALA)
    assert not [i for i in organizations(facts) if i.startswith("Organization:org:")]


def test_company_named_with_its_place() -> None:
    facts = page_facts("Kommunen köper aktierna i Lekhuset i Sala AB för en krona.", _SALA)
    orgs = organizations(facts)
    assert "Organization:org:lekhuset-i-sala-ab" in orgs
    assert "Organization:org:sala-ab" not in orgs


def test_agencies_and_former_ministries_by_name() -> None:
    facts = page_facts(
        "Fortifikationsverket vill köpa mark av kommunen. Ansökan skickades till "
        "landsbygdsdepartementet och Sjöfartsverket i maj.",
        _SALA,
    )
    orgs = organizations(facts)
    for key in ("fortifikationsverket", "landsbygdsdepartementet", "sjofartsverket"):
        assert f"Organization:nationell:{key}" in orgs


def test_local_police_area_and_its_chief_by_abbreviation() -> None:
    facts = page_facts(
        "Sala kommun och LPO Sala tecknar en överenskommelse om trygghet.\n\n"
        "\u2013 Vi stärker samarbetet, säger Bo Lindqvist, LPO-chef Sala.",
        _SALA,
    )
    area = "Organization:nationell:polismyndigheten:lokalpolisomrade-sala"
    assert organizations(facts)[area].name == "Lokalpolisområde Sala"
    assert organizations(facts)[area].kind is OrganizationKind.ADMINISTRATION
    assert not [i for i in organizations(facts) if i.startswith("Organization:org:")]
    held = links(facts, LinkType.HOLDS_ROLE, "Person:person:bo-lindqvist")
    assert {(k.to_id, k.title) for k in held} == {(area, "LPO-chef")}


def test_a_named_police_area_is_a_unit_of_the_police_and_a_bare_one_the_police() -> None:
    facts = page_facts(
        "Polisen och Sala kommun har tecknat ett medborgarlöfte. Lokalpolisområde Sala "
        "genomför trygghetsvandringar och lokalpolisområdet deltar i skolornas arbete.",
        _SALA,
    )
    police = "Organization:nationell:polismyndigheten"
    area = f"{police}:lokalpolisomrade-sala"
    assert {police, area} <= set(organizations(facts))
    part_of = links(facts, LinkType.PART_OF, area)
    assert {k.to_id for k in part_of} == {police}
    bare = [m for m in facts.mentions if m.evidence.quote == "lokalpolisområdet"]
    assert [m.node_id for m in bare] == [police]


def test_municipality_named_after_a_title_is_where_the_job_is() -> None:
    facts = page_facts(
        "Sala kommun bygger om torget. \u2013 Det blir fint, säger Bo Lindqvist, "
        "stadsarkitekt Sala.",
        _SALA,
    )
    held = links(facts, LinkType.HOLDS_ROLE, "Person:person:bo-lindqvist")
    assert {k.to_id for k in held} == {"Organization:kommun:1981"}


def test_unit_after_a_title_in_a_county_boards_contact_block() -> None:
    facts = page_facts(
        "Länsstyrelsen Uppsala\n\nNy plan för friluftslivet\n\nLänsstyrelsen Uppsala har "
        "tagit fram en plan.\n\nKontakt\n\nLena Holmgren\n\nHandläggare Friluftsenheten\n\n"
        "lena.holmgren@example.se\n",
        "https://www.pressmachine.se/pressrelease/view/x-1",
    )
    unit = "Organization:lansstyrelse:03:friluftsenheten"
    assert unit in organizations(facts)
    assert links(facts, LinkType.PART_OF, unit, "Organization:lansstyrelse:03")
    held = links(facts, LinkType.HOLDS_ROLE, "Person:person:lena-holmgren")
    assert {k.to_id for k in held} == {unit}


def test_owner_genitive_names_a_federations_council() -> None:
    facts = page_facts(
        "Budgeten antogs vid Region Jämtland Härjedalens förbundsfullmäktige i juni.",
        "https://www.regionjh.se/nyheter/x",
    )
    council = "Organization:region:23:forbundsfullmaktige"
    assert council in organizations(facts)
    assert links(facts, LinkType.PART_OF, council, "Organization:region:23")


def test_committee_named_only_in_a_contact_line_is_part_of_its_municipality() -> None:
    facts = page_facts(
        "Sala kommun har antagit en plan.\n\nKontakt\n"
        "Karin Lövgren, kulturnämndens ordförande, 0224-123 45\n",
        _SALA,
    )
    body = "Organization:kommun:1981:kulturnamnden"
    assert body in organizations(facts)
    assert links(facts, LinkType.PART_OF, body, "Organization:kommun:1981")


def test_a_pledge_a_police_areas_chief_signs_is_the_sites_municipality_document() -> None:
    facts = page_facts(
        "Medborgarlöfte 2022\n\n"
        "Kommunchef Eva Ek och Bo Lindqvist, chef för lokalpolisområde Sala undertecknade i "
        "mars ett medborgarlöfte mellan kommun och Polisen.\n",
        _SALA,
    )
    docs = {n.id for n in facts.nodes if n.id.startswith("Document:")}
    assert docs == {"Document:municipal:agreement:kommun:1981:medborgarlofte-2022"}
