"""Organisations named through owners, places and lists, and who backs an initiative,
on small invented texts (issue 9)."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import OrganizationKind

from .helpers import links, organizations, page_facts


def test_body_named_through_its_owner_in_the_genitive() -> None:
    facts = page_facts(
        "Nyhet. Det säger Eva Lind (S), ordförande i Region Jämtland Härjedalens kulturnämnd. "
        "Länsstyrelsen i Kalmar län meddelar att Länsstyrelsens vattenenhet granskar planen."
    )
    orgs = organizations(facts)
    unit = orgs["Organization:lansstyrelse:08:vattenenheten"]
    assert (unit.name, unit.kind) == ("Vattenenheten", OrganizationKind.ADMINISTRATION)
    committee = orgs["Organization:region:23:kulturnamnden"]
    assert (committee.name, committee.kind) == ("Kulturnämnden", OrganizationKind.COMMITTEE)
    assert links(facts, LinkType.PART_OF, unit.id, "Organization:lansstyrelse:08")
    assert links(facts, LinkType.PART_OF, committee.id, "Organization:region:23")


def test_adjective_noun_is_no_unit_of_the_owner() -> None:
    facts = page_facts("Region Gävleborgs medvetenhet om frågan har ökat.")
    assert not [i for i in organizations(facts) if i.startswith("Organization:region:21:")]


def test_unit_located_at_its_owner() -> None:
    facts = page_facts(
        "Enheten för miljö och hälsa på Länsstyrelsen Uppsala har huvudansvaret för arbetet."
    )
    unit = organizations(facts)["Organization:lansstyrelse:03:enheten-for-miljo-och-halsa"]
    assert unit.kind is OrganizationKind.ADMINISTRATION
    assert links(facts, LinkType.PART_OF, unit.id, "Organization:lansstyrelse:03")


def test_minutes_naming_their_municipality_only_as_a_place() -> None:
    facts = page_facts(
        "Sammanträdesprotokoll. Plats: kommunhuset i Tranås. "
        "Kommunstyrelsen föreslår kommunfullmäktige att anta planen."
    )
    orgs = organizations(facts)
    assert "Organization:kommun:0687" in orgs
    assert "Organization:kommun:0687:kommunstyrelsen" in orgs


def test_minutes_naming_their_municipality_in_the_town_halls_address() -> None:
    facts = page_facts(
        "Sammanträdesprotokoll. Plats och tid: Sessionssalen, Gamla kommunhuset, Tranås, "
        "kl. 14.00. Kommunfullmäktige beslutade att anta riktlinjerna."
    )
    orgs = organizations(facts)
    assert "Organization:kommun:0687" in orgs
    assert "Organization:kommun:0687:kommunfullmaktige" in orgs


def test_no_seat_when_two_places_are_named() -> None:
    facts = page_facts(
        "Kommunstyrelsen möttes i Tranås och sedan i Eksjö för att diskutera vägen mellan dem."
    )
    assert not [i for i in organizations(facts) if i.startswith("Organization:kommun:")]


def test_committee_broken_across_a_line_in_a_pdf() -> None:
    facts = page_facts(
        "Nyhet från Tranås kommun. Förslaget kom från kommun-styrelsens arbetsgrupp."
    )
    assert "Organization:kommun:0687:kommunstyrelsen" in organizations(facts)


def test_where_minutes_are_kept_is_no_actor() -> None:
    facts = page_facts("Tranås kommun. Förvaringsplats för protokollet Kommunkansliet")
    assert "Organization:kommun:0687:kommunkansliet" not in organizations(facts)


def test_municipalities_listed_after_kommunerna() -> None:
    facts = page_facts("Kommunerna Tranås, Eksjö och Aneby har gått samman i frågan.")
    assert {
        "Organization:kommun:0687",
        "Organization:kommun:0686",
        "Organization:kommun:0604",
    } <= set(organizations(facts))


def test_list_with_a_non_municipality_takes_none() -> None:
    facts = page_facts("Kommunerna Tranås, Gränna och Aneby har gått samman i frågan.")
    assert "Organization:kommun:0604" not in organizations(facts)


def test_sentence_opener_is_no_part_of_a_university_name() -> None:
    facts = page_facts(
        "Även Mittuniversitetet och Högskolan i Skövde deltar, liksom Högskolan Dalarna."
    )
    names = {o.name for o in organizations(facts).values()}
    assert {"Mittuniversitetet", "Högskolan i Skövde", "Högskolan Dalarna"} <= names
    assert not [n for n in names if n.startswith("Även")]


def test_bare_county_board_placed_in_its_county_by_its_sentence() -> None:
    facts = page_facts(
        "Uppdraget ska redovisas av Länsstyrelsen i Jönköpings län. "
        "Länsstyrelsen är en statlig myndighet som finns nära alla som bor i Kronobergs län."
    )
    ids = set(organizations(facts))
    assert {"Organization:lansstyrelse:06", "Organization:lansstyrelse:07"} <= ids


def test_backers_standing_behind_an_initiative() -> None:
    facts = page_facts(
        "Nyhet. Region Halland, Falkenbergs kommun och Varbergs kommun står bakom "
        "projektet Grön Väg."
    )
    backers = {
        k.from_id for k in links(facts, LinkType.PARTICIPATES_IN, to_id="Initiative:gron-vag")
    }
    assert backers == {
        "Organization:region:13",
        "Organization:kommun:1382",
        "Organization:kommun:1383",
    }


def test_partners_of_the_leader_and_chained_coordinators() -> None:
    facts = page_facts(
        "Nyhet. Arbetet i projektet Grön Väg drivs av Region Halland tillsammans med "
        "Falkenbergs kommun och Varbergs kommun. Även projektet Grön Väg leds av "
        "Region Halland och samordnas av Länsstyrelsen i Hallands län."
    )
    partners = {
        k.from_id for k in links(facts, LinkType.PARTICIPATES_IN, to_id="Initiative:gron-vag")
    }
    assert {"Organization:kommun:1382", "Organization:kommun:1383"} <= partners
    assert "Organization:region:13" not in partners
    coordinators = {
        k.from_id for k in links(facts, LinkType.COORDINATES, to_id="Initiative:gron-vag")
    }
    assert {"Organization:region:13", "Organization:lansstyrelse:13"} <= coordinators
