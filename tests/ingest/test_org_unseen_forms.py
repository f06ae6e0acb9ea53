"""Organisations in the forms unseen pages use: bare municipality lists, plural county
boards, bodies named by their remit, names told by their role in the sentence, forums
at a sentence start (issue 9). Every sentence is invented."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import OrganizationKind

from .helpers import links, organizations, page_facts


def test_bare_list_of_three_municipalities() -> None:
    facts = page_facts(
        "Nätverket växer. I år deltar också Tierp, Ockelbo, Bollnäs och Ljusdal i arbetet."
    )
    ids = set(organizations(facts))
    for code in ("0360", "2101", "2183", "2161"):
        assert f"Organization:kommun:{code}" in ids


def test_bare_list_after_a_place_preposition_names_places() -> None:
    facts = page_facts("Företaget har kontor i Tierp, Ockelbo och Bollnäs sedan länge.")
    assert not [i for i in organizations(facts) if i.startswith("Organization:kommun:")]


def test_two_bare_names_are_no_list() -> None:
    facts = page_facts("Bussen går mellan orterna varje dag, Tierp och Ockelbo får tätare turer.")
    assert "Organization:kommun:0360" not in organizations(facts)


def test_plural_county_boards_each_named() -> None:
    facts = page_facts(
        "Länsstyrelserna i Jämtland, Västernorrland och Västerbotten bjöd in till ett möte. "
        "Även länsstyrelserna i Kalmar och Blekinge län deltog."
    )
    ids = set(organizations(facts))
    for code in ("23", "22", "24", "08", "10"):
        assert f"Organization:lansstyrelse:{code}" in ids


def test_county_board_in_the_genitive_without_lan() -> None:
    facts = page_facts("Energimyndigheten stöder Länsstyrelsen i Kronobergs arbete med planen.")
    assert "Organization:lansstyrelse:07" in organizations(facts)


def test_body_named_by_its_remit_belongs_to_the_page_municipality() -> None:
    facts = page_facts(
        "Sundsvalls kommun meddelar att Beredningen för trygghet och hälsa i Sundsvalls "
        "kommun har träffats. Planen togs fram av enheten för social hållbarhet, medan "
        "Utskottet för personal, kompetens och utbildning följer upp den i maj.",
        uri="https://sundsvall.se/nyheter/a",
    )
    orgs = organizations(facts)
    municipality = "Organization:kommun:2281"
    for slug in (
        "beredningen-for-trygghet-och-halsa",
        "enheten-for-social-hallbarhet",
        "utskottet-for-personal-kompetens-och-utbildning",
    ):
        body = orgs[f"{municipality}:{slug}"]
        assert links(facts, LinkType.PART_OF, body.id, municipality)
    assert orgs[f"{municipality}:enheten-for-social-hallbarhet"].kind is (
        OrganizationKind.ADMINISTRATION
    )


def test_town_committee_and_staff_unit() -> None:
    facts = page_facts(
        "Ärende från Sundsvalls kommun. Ledningsstaben har berett frågan och Njurunda stads "
        "nämnd tar upp den i juni.",
        uri="https://sundsvall.se/protokoll/b",
    )
    orgs = organizations(facts)
    assert "Organization:kommun:2281:ledningsstaben" in orgs
    assert "Organization:kommun:2281:njurunda-stads-namnd" in orgs


def test_region_body_on_a_page_naming_only_the_region() -> None:
    facts = page_facts(
        "Region Kalmar län i korthet. Regionfullmäktige valde Per Holm (C) till ledamot "
        "i trafiknämnden.",
        uri="https://www.mynewsdesk.com/se/pressreleases/x",
    )
    assert "Organization:region:08:trafiknamnden" in organizations(facts)


def test_company_association_and_federation_by_suffix() -> None:
    facts = page_facts(
        "Fullmäktige gav ett anslag till Besök Kustlandet ekonomisk förening. Ordföranden i "
        "Kustbuss ABs styrelse avgår. Arbetet sker med Fjällbygdens kommunalförbund."
    )
    orgs = organizations(facts)
    assert "Organization:org:besok-kustlandet-ekonomisk-forening" in orgs
    assert "Organization:org:kustbuss-ab" in orgs
    federation = orgs["Organization:org:fjallbygdens-kommunalforbund"]
    assert federation.kind is OrganizationKind.MUNICIPAL_ASSOCIATION


def test_names_told_by_board_role_and_list() -> None:
    facts = page_facts(
        "Kustby Kraft styrs av kommunen. Kustby Krafts styrelse beslutade i mars att bygga ut. "
        "Arbetet görs av Region Västerbotten, Norrskog Akademi och Energikontor Nord. "
        "- Vi är nöjda, säger Eva Lind, verksamhetschef på Ljus Innovation."
    )
    ids = set(organizations(facts))
    for slug in ("kustby-kraft", "norrskog-akademi", "energikontor-nord", "ljus-innovation"):
        assert f"Organization:org:{slug}" in ids
    assert not [i for i in ids if "eva-lind" in i]


def test_place_and_person_in_a_list_are_no_organisations() -> None:
    facts = page_facts("Mötet samlade Region Västerbotten, Umeå och Anna Berg från kommunen.")
    ids = set(organizations(facts))
    assert "Organization:org:umea" not in ids
    assert not [i for i in ids if "anna" in i]


def test_forum_subject_at_sentence_start_and_generic_group() -> None:
    facts = page_facts(
        "Sundsvalls kommun har ett nytt råd. Trygghetsrådet ska träffas fyra gånger om året. "
        "Styrgruppen ska också träffas.",
        uri="https://sundsvall.se/nyheter/c",
    )
    ids = set(organizations(facts))
    assert "Organization:forum:kommun:2281:trygghetsradet" in ids
    assert "Organization:forum:kommun:2281:styrgruppen" not in ids


def test_forum_named_after_its_head_on_an_agency_site() -> None:
    facts = page_facts(
        "Myndigheten samverkar med regionerna genom forumet Lärdom. Nyheter från forumet.",
        uri="https://tillvaxtverket.se/amnen/a.html",
    )
    assert "Organization:forum:se:lardom" in organizations(facts)


def test_lower_case_verb_is_no_agency() -> None:
    facts = page_facts("Innehållet formas av deltagarna själva under året.")
    assert "Organization:nationell:formas" not in organizations(facts)
