"""Bodies, federations and people in the forms real5's unseen pages showed (issue 9):
head-first body names, region bodies on a region's site, county federations named as
written, titles coordinated with "och", and a party between commas. Every sentence is
invented."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Person

from .helpers import links, node, organizations, page_facts

_REGION_SITE = "https://www.regionkronoberg.se/nyheter/x/"


def test_compound_head_with_remit_is_one_region_body() -> None:
    facts = page_facts(
        "Fokusberedningen för kultur är ett beredande organ. Växjö kommun deltar i arbetet. "
        "Beredningen träffas fyra gånger om året.",
        _REGION_SITE,
    )
    ids = set(organizations(facts))
    assert "Organization:region:07:fokusberedningen-for-kultur" in ids
    assert "Organization:region:07:fokusberedningen" not in ids
    assert not [i for i in ids if i.startswith("Organization:kommun:0780:")]


def test_indefinite_head_after_a_chair_is_a_body_name() -> None:
    facts = page_facts(
        "\N{EN DASH} Vi satsar brett, säger Eva Ek (C), regionråd och ordförande i nämnd för "
        "kultur, fritid och turism.",
        _REGION_SITE,
    )
    body = "Organization:region:07:namnd-for-kultur-fritid-och-turism"
    assert body in organizations(facts)
    eva = "Person:person:eva-ek"
    assert {k.title for k in links(facts, LinkType.HOLDS_ROLE, eva, body)} == {"Ordförande"}
    # the first title is held at the region, not at the body named with the second
    region = links(facts, LinkType.HOLDS_ROLE, eva, "Organization:region:07")
    assert {k.title for k in region} == {"Regionråd"}


def test_unit_named_after_its_head() -> None:
    facts = page_facts("Staben Regional utveckling sammanställer data om länet.", _REGION_SITE)
    assert "Organization:region:07:staben-regional-utveckling" in organizations(facts)


def test_unit_head_before_a_verb_is_no_name() -> None:
    facts = page_facts("Staben Samlar in data om länet varje år.", _REGION_SITE)
    assert not [i for i in organizations(facts) if "staben" in i]


def test_kommunforbund_keeps_lan_as_written() -> None:
    facts = page_facts("Kommunförbundet Kalmar län har tagit fram en ny rutin.")
    org = organizations(facts)["Organization:kommunforbund:08"]
    assert org.name == "Kommunförbundet Kalmar län"


def test_regionforbund_named_by_its_place_and_then_bare() -> None:
    facts = page_facts(
        "Vid Regionförbundet Sörmlands möte i dag valdes en ny styrelse. "
        "\N{EN DASH} Vi är en samlande aktör, förklarar Eva Ek (S), ordförande för regionförbundet."
    )
    orgs = organizations(facts)
    assert orgs["Organization:org:regionforbundet-sormland"].name == "Regionförbundet Sörmland"
    assert not [i for i in orgs if "sodermanland" in i]
    assert links(
        facts,
        LinkType.HOLDS_ROLE,
        "Person:person:eva-ek",
        "Organization:org:regionforbundet-sormland",
    )


def test_regionforbund_with_a_word_that_is_no_place() -> None:
    facts = page_facts("Regionförbundet Bjuder in till ett möte om kompetens.")
    assert not [i for i in organizations(facts) if "regionforbundet-bjuder" in i]


def test_county_federation_named_by_county() -> None:
    facts = page_facts("Avtalet tecknas med Kalmar läns idrottsförbund och kommunerna.")
    assert "Organization:org:kalmar-lans-idrottsforbund" in organizations(facts)


def test_party_between_commas_before_a_genitive_title() -> None:
    facts = page_facts(
        "Budgeten antogs av Mora kommun. I filmen berättar Bo Ekman, M, kommunstyrelsens "
        "ordförande, om budgeten."
    )
    person = node(facts, "Person:person:bo-ekman")
    assert isinstance(person, Person) and person.party == "M"
    assert links(
        facts,
        LinkType.HOLDS_ROLE,
        "Person:person:bo-ekman",
        "Organization:kommun:2062:kommunstyrelsen",
    )


def test_party_letters_in_a_list_name_no_person() -> None:
    facts = page_facts("Förslaget stöddes av Mora kommun, S, M och V, men inte av övriga.")
    assert not [n for n in facts.nodes if isinstance(n, Person)]


def test_a_region_s_adjective_named_administration_keeps_its_adjective() -> None:
    facts = page_facts(
        "Eva Ek, utvecklingsledare på Regionala utvecklingsförvaltningen, leder arbetet.",
        _REGION_SITE,
    )
    ids = set(organizations(facts))
    assert "Organization:region:07:regionala-utvecklingsforvaltningen" in ids
    assert "Organization:region:07:utvecklingsforvaltningen" not in ids
    assert not [i for i in ids if i.startswith("Organization:org:")]


def test_the_county_board_s_own_board_decides_and_adopts() -> None:
    facts = page_facts(
        "Den 12 mars 2019 beslutade Länsstyrelsens styrelse att ge kommunerna stöd. Samma dag "
        "beslutade Länsstyrelsens styrelse att anta Åtgärdsprogram för bullerfria miljöer "
        "2019-2022.",
        "https://www.lansstyrelsen.se/kronoberg/nyheter/x.html",
    )
    board = "Organization:lansstyrelse:07:lansstyrelsens-styrelse"
    assert board in set(organizations(facts))
    assert links(facts, LinkType.PART_OF, board, "Organization:lansstyrelse:07")
    assert [k.to_id for k in links(facts, LinkType.ADOPTED, board)] == [
        "Document:regional:programme:lan:07:2019-2022"
    ]
    assert {k.from_id for k in links(facts, LinkType.DECIDED)} == {board}


def test_a_government_delegation_is_named_by_its_remit() -> None:
    facts = page_facts(
        "Planen är bra, säger Eva Ek, ordförande för Delegationen för hållbara städer. "
        "Delegationen för unga i arbete lämnade sitt förslag i mars.",
        "https://www.regeringen.se/pressmeddelanden/2022/03/x/",
    )
    ids = set(organizations(facts))
    assert "Organization:nationell:delegationen-for-hallbara-stader" in ids
    assert "Organization:nationell:delegationen-for-unga-i-arbete" in ids
    assert links(
        facts,
        LinkType.HOLDS_ROLE,
        "Person:person:eva-ek",
        "Organization:nationell:delegationen-for-hallbara-stader",
    )


def test_a_bare_chair_on_a_meeting_report_chairs_the_meeting_s_body() -> None:
    facts = page_facts(
        "Beslut i korthet från regionfullmäktige 6 februari\n\n"
        "På årets första sammanträde med regionfullmäktige fick ledamöterna en rapport om "
        "läget i länet. Förste vice ordförande Bo Ekman höll i klubban.\n",
        "https://www.rjl.se/nyheter/beslut-i-korthet",
    )
    assert links(
        facts,
        LinkType.HOLDS_ROLE,
        "Person:person:bo-ekman",
        "Organization:region:06:regionfullmaktige",
    )
