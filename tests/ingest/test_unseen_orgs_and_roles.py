"""Organisations and roles in forms the development pages of the eighth session showed
(issue 9): courts, foundations, pair names, national bodies and funds by name, standard
municipal councils, misspelt region bodies; titles in brackets, qualified by an adjective,
after an aside or in an election list, titles on a site that names only its body, and the
chair of minutes headed "SAMMANTRÄDESPROTOKOLL". Every sentence is invented."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import OrganizationKind

from .helpers import facts_at, held_roles, links, organizations, page_facts


def test_courts_are_state_authorities_by_their_place() -> None:
    facts = page_facts(
        "Beslutet överklagades till Förvaltningsrätten i Umeå. Tidigare hade Hudiksvalls "
        "tingsrätt prövat frågan, och Högsta förvaltningsdomstolen gav inte prövningstillstånd."
    )
    found = organizations(facts)
    for key in (
        "forvaltningsratten-i-umea",
        "hudiksvalls-tingsratt",
        "hogsta-forvaltningsdomstolen",
    ):
        node = found.get(f"Organization:nationell:{key}")
        assert node is not None and node.kind is OrganizationKind.AGENCY, key


def test_a_court_word_after_a_lower_case_word_names_no_court() -> None:
    facts = page_facts("Ärendet gick vidare till en tingsrätt i regionen efter sommaren.")
    assert not [i for i in organizations(facts) if "tingsratt" in i]


def test_a_pair_written_out_before_its_head() -> None:
    facts = page_facts("Tillståndet prövas av Mark- och miljödomstolen under våren.")
    assert "Organization:org:mark-och-miljodomstolen" in organizations(facts)


def test_a_foundation_by_its_own_name() -> None:
    facts = page_facts("Kommunen samarbetar med Stiftelsen Tryggare Sverige i projektet.")
    assert "Organization:org:stiftelsen-tryggare-sverige" in organizations(facts)


def test_national_bodies_and_funds_known_by_name() -> None:
    facts = page_facts(
        "Projektet får stöd från Europeiska socialfonden och Allmänna arvsfonden. Svenska "
        "ESF-rådet och Kommerskollegium deltar, liksom Riksbanken och Unicef."
    )
    found = organizations(facts)
    for node_id in (
        "Organization:org:europeiska-socialfonden",
        "Organization:org:allmanna-arvsfonden",
        "Organization:nationell:svenska-esf-radet",
        "Organization:nationell:kommerskollegium",
        "Organization:org:sveriges-riksbank",
        "Organization:org:unicef",
    ):
        assert node_id in found, node_id


def test_a_title_qualified_by_an_international_or_local_adjective() -> None:

    facts = page_facts(
        "Ansökan beviljades, säger Ola Provare, internationell samordnare i Hylte kommun."
    )
    assert held_roles(facts) == {
        ("ola-provare", "Organization:kommun:1315", "Internationell samordnare")
    }


def test_an_aside_between_an_election_verb_and_its_role() -> None:

    facts = page_facts("Ola Provare valdes (igen) till kommunalråd i Hylte kommun.")
    assert ("ola-provare", "Organization:kommun:1315", "Kommunalråd") in held_roles(facts)


def test_a_title_in_brackets_after_the_name() -> None:
    facts = page_facts(
        "Kulturplanen ska tas fram brett, skriver Ola Provare (förvaltningschef) i ett "
        "förslag till kulturnämnden i Hylte kommun."
    )
    assert ("ola-provare", "Organization:kommun:1315", "Förvaltningschef") in held_roles(facts)


def test_a_leading_title_in_brackets_after_the_party_in_a_members_list() -> None:
    facts = page_facts(
        "Mötesdatum: 2017-11-01 Kulturnämnden Datum: 2017-11-01 Tid: 10:00-12:00 Plats: "
        "Kommunhuset, Hylte kommun Ledamöter Ola Provare (S) (ordförande) Eva Ek (C) "
        "(vice ordförande) Bo Berg (M) Utses att justera Bo Berg\n",
        "https://www.hylte.se/protokoll/kulturnamnden-2017-11-01",
    )
    roles = {(p, t) for p, _, t in held_roles(facts)}
    assert roles == {("ola-provare", "Ordförande"), ("eva-ek", "Vice ordförande")}, roles


def test_the_region_s_bodies_misspelt_with_an_s() -> None:
    facts = facts_at(
        "Regionsstyrelsen beslutade att anta planen. Regionsfullmäktige sammanträder i maj.",
        "https://www.regionblekinge.se/nyheter/x",
        None,
    )
    found = organizations(facts)
    assert "Organization:region:10:regionstyrelsen" in found
    assert "Organization:region:10:regionfullmaktige" in found
    assert not [i for i in found if "regionsstyrelsen" in i or "regionsfullmaktige" in i]


def test_a_municipality_s_standard_councils_in_lower_case() -> None:
    facts = facts_at(
        "Frågan har behandlats i pensionärsrådet och anhörighetsrådet. Kommunala rådet för "
        "funktionshinderfrågor och kommunala pensionärsrådet för sociala frågor tog upp den.",
        "https://www.sundbyberg.se/nyheter/x",
        None,
    )
    found = organizations(facts)
    for slug in (
        "pensionarsradet",
        "anhorighetsradet",
        "kommunala-radet-for-funktionshinderfragor",
        "kommunala-pensionarsradet-for-sociala-fragor",
    ):
        node = found.get(f"Organization:forum:kommun:0183:{slug}")
        assert node is not None and node.kind is OrganizationKind.FORUM, slug


def test_working_on_a_revision_is_no_adoption() -> None:
    facts = facts_at(
        "Under våren har socialnämnden arbetat med att revidera kommunens folkhälsoprogram.",
        "https://www.sundbyberg.se/nyheter/x",
        None,
    )
    assert not links(facts, LinkType.ADOPTED)


def test_a_title_on_a_municipal_site_that_names_only_the_municipality_s_body() -> None:
    facts = facts_at(
        "SAMMANTRÄDESPROTOKOLL\nBarn- och utbildningsnämnden\n2009-04-15\n\n"
        "IT-chef Ola Provare redovisade i sammandrag innehållet i planen.\n",
        "https://www.gotland.se/43211",
        None,
    )
    assert ("ola-provare", "Organization:kommun:0980", "IT-chef") in held_roles(facts)


def test_the_chair_of_minutes_headed_sammantradesprotokoll() -> None:
    facts = facts_at(
        "SAMMANTRÄDESPROTOKOLL\nBarn- och utbildningsnämnden\n2009-04-15\n\n"
        "Ordförande Ola Provare tackade för informationen.\n",
        "https://www.gotland.se/43211",
        None,
    )
    chair = ("ola-provare", "Organization:kommun:0980:barn-och-utbildningsnamnden", "Ordförande")
    assert chair in held_roles(facts)


def test_an_election_list_line_som_ny() -> None:
    facts = facts_at(
        "Kommunfullmäktige i Katrineholms kommun valde:\n"
        "  \u2022 Ola Provare (L) som ny ledamot i bildningsnämnden efter Eva Ek (L).\n",
        "https://www.katrineholm.se/nyheter/kf",
        None,
    )
    member = ("ola-provare", "Organization:kommun:0483:bildningsnamnden", "Ledamot")
    assert member in held_roles(facts)


def test_regional_transport_companies_and_universities_by_name() -> None:
    facts = page_facts(
        "Projektet drivs med Västtrafik och Skånetrafiken, Luleå tekniska universitet och KTH."
    )
    found = organizations(facts)
    for slug in ("vasttrafik", "skanetrafiken", "lulea-tekniska-universitet"):
        assert f"Organization:org:{slug}" in found, slug
    assert "Organization:org:kungliga-tekniska-hogskolan" in found


def test_an_association_s_branch_named_by_its_county_or_area() -> None:
    facts = page_facts(
        "Planen togs fram av LRF Mälardalen, Hushållningssällskapet Skåne och "
        "Naturskyddsföreningen Kalmar län. Även LRF deltar."
    )
    found = organizations(facts)
    for slug in (
        "lrf-malardalen",
        "hushallningssallskapet-skane",
        "naturskyddsforeningen-kalmar-lan",
        "lantbrukarnas-riksforbund",
    ):
        assert f"Organization:org:{slug}" in found, slug


def test_staff_in_an_attendance_list_are_no_people_with_roles() -> None:
    facts = facts_at(
        "SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n2019-03-12\n\n"
        "Beslutande Ola Provare (M), ordförande Eva Ek (C)\n"
        "Övriga deltagande Bo Berg, kommundirektör Cia Ceder, kommunsekreterare Dan Dahl, "
        "E-strateg på socialförvaltningen, 43 Eva Lund, ekonomichef, 48-51\n\n"
        "§ 43 Ny strategi\n",
        "https://www.ljungby.se/protokoll/ks-2019-03-12",
        None,
    )
    people = {
        n.id.removeprefix("Person:person:") for n in facts.nodes if n.id.startswith("Person:")
    }
    assert people == {"ola-provare"}, people
    assert {(p, t) for p, _, t in held_roles(facts)} == {("ola-provare", "Ordförande")}
