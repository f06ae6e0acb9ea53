"""Open role titles: the title grammar, the names they introduce, the organisation
each role goes to. Every sentence and name here is invented."""

from __future__ import annotations

import dataclasses

import pytest

from graph.edges import LinkType, SourceFacts
from graph.nodes import Organization, OrganizationKind, Person
from ingest.pipeline import extract
from ingest.rules.role_titles import base_title, is_title, name_words, plausible_name

from .helpers import assert_evidence_rules, links, text_source


def _facts(text: str, uri: str = "file:///t.txt") -> SourceFacts:
    source = dataclasses.replace(text_source(text, "2024-05-02"), uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def _roles(facts: SourceFacts) -> dict[str, tuple[str, str | None]]:
    return {
        k.from_id.removeprefix("Person:person:"): (k.to_id, k.title)
        for k in links(facts, LinkType.HOLDS_ROLE)
    }


def _persons(facts: SourceFacts) -> set[str]:
    return {n.id.removeprefix("Person:person:") for n in facts.nodes if isinstance(n, Person)}


@pytest.mark.parametrize(
    "text",
    [
        "miljöstrateg",
        "IFO-chef",
        "tf kommunchef/personalchef",
        "1:e vice ordförande",
        "justitie- och bostadsminister",
        "stads- och landsbygdsstrateg",
        "biträdande regiondirektör",
        "kommunikationsansvarig",
        "Förskollärare",
        "regionrådet",
    ],
)
def test_titles_are_read_by_their_head(text: str) -> None:
    assert is_title(text)


@pytest.mark.parametrize("text", ["folkhälsoråd", "sidansvarig", "strategi", "ekonomi", "Mora"])
def test_words_that_only_look_like_titles(text: str) -> None:
    assert not is_title(text)


def test_base_title_drops_the_definite_ending_and_keeps_acronyms() -> None:
    assert base_title("Regionrådet") == "regionråd"
    assert base_title("Kommundirektören") == "kommundirektör"
    assert base_title("IFO-chef") == "IFO-chef"


def test_names_end_at_minutes_words_titles_and_the_next_given_name() -> None:
    text = "Anna Berg Lind Utses att justera. Gun Ek Folkhälsosamordnare. Bo Al Siv Ek"
    assert [text[s:e] for s, e in name_words(text, 0)] == ["Anna", "Berg", "Lind"]
    pos = text.index("Gun")
    assert [text[s:e] for s, e in name_words(text, pos)] == ["Gun", "Ek"]
    pos = text.index("Bo Al")
    assert [text[s:e] for s, e in name_words(text, pos)] == ["Bo", "Al"]


def test_a_plausible_name_starts_with_a_given_name_and_names_no_place() -> None:
    for text, ok, loose_ok in [
        ("Lars-Gunnar Testsson", True, True),
        ("Maren Testsson", False, True),  # not a listed given name, yet no noun either
        ("Folkbanken Testsson", False, False),  # a noun's definite form
        ("Anna Karlsborg", True, True),  # a place's name as a surname, after a given name
        ("Karlsborg Testsson", False, False),  # a municipality's name first
        ("Folkbanken Karlsborg", False, False),  # a place after no given name
    ]:
        words = name_words(text, 0)
        assert plausible_name(text, words) is ok, text
        assert plausible_name(text, words, loose=True) is loose_ok, text


def test_title_before_a_name_with_any_verb() -> None:
    text = (
        "Regeringen beslutade i dag. I morgon presenterar justitie- och bostadsminister "
        "Tilda Provén planen."
    )
    assert _roles(_facts(text)) == {
        "tilda-proven": ("Organization:nationell:regeringen", "Justitie- och bostadsminister")
    }


def test_apposition_after_a_name_with_the_organisation_named() -> None:
    text = (
        "Rapporten är skriven av Nils Provlund, analytiker vid Länsstyrelsen Dalarna. "
        "Enligt Ylva Exempelsson, enhetschef i Mora kommun, räcker det."
    )
    roles = _roles(_facts(text))
    assert roles["nils-provlund"] == ("Organization:lansstyrelse:20", "Analytiker")
    assert roles["ylva-exempelsson"] == ("Organization:kommun:2062", "Enhetschef")


def test_relative_clause_title_goes_to_the_site_and_double_surnames_stay_whole() -> None:
    text = (
        "Mora kommun har en ny plan.\n\n\N{EN DASH} Den är bra, säger Anna Berg Lind som är "
        "miljöstrateg."
    )
    facts = _facts(text, "https://www.mora.se/nyheter/plan")
    assert _roles(facts) == {"anna-berg-lind": ("Organization:kommun:2062", "Miljöstrateg")}


def test_no_role_without_an_organisation_to_give_it_to() -> None:
    facts = _facts("\N{EN DASH} Den är bra, säger Anna Provén, miljöstrateg.")
    assert _roles(facts) == {} and _persons(facts) == set()


def test_former_roles_photo_credits_and_organisations_name_no_one() -> None:
    text = (
        "Mora kommun. Talet hölls av förre kommundirektören Kim Testlund.\n"
        "Foto: Anna Bildsson, kommunikatör\n"
        "Mötet leddes av chef Folkbanken Mora i går."
    )
    facts = _facts(text, "https://www.mora.se/nyheter/tal")
    assert _roles(facts) == {} and _persons(facts) == set()


def test_people_only_in_a_photo_caption_are_not_actors() -> None:
    text = (
        "Mora kommun fick besök.\n\nFrån vänster: landshövding Maria Provén och kommundirektör "
        "Teresa Testblad.\n\nBesöket handlade om trygghet."
    )
    facts = _facts(text, "https://www.mora.se/nyheter/besok")
    assert _roles(facts) == {} and _persons(facts) == set()


def test_a_chair_of_no_named_body_is_not_the_municipalitys() -> None:
    text = "Mora kommun. \N{EN DASH} Vi är nöjda, säger Bo Provén (C), ordförande."
    assert _roles(_facts(text, "https://www.mora.se/nyheter/a")) == {}


def test_a_county_after_a_county_title_names_its_board() -> None:
    text = (
        "Länsstyrelsen Dalarna. \N{EN DASH} Hemlösheten ökar, säger Eva Provén, länsråd i Jämtland."
    )
    facts = _facts(text, "https://www.lansstyrelsen.se/dalarna/nyheter/a.html")
    assert _roles(facts) == {"eva-proven": ("Organization:lansstyrelse:23", "Länsråd")}
    board = next(n for n in facts.nodes if n.id == "Organization:lansstyrelse:23")
    assert isinstance(board, Organization) and board.kind is OrganizationKind.COUNTY_BOARD


def test_a_title_that_implies_the_sites_own_organisation_names_it() -> None:
    text = "Tillväxtstrategin är klar, säger Jens Provén, biträdande regiondirektör."
    facts = _facts(text, "https://www.regionhalland.se/nyheter/strategi")
    assert _roles(facts) == {"jens-proven": ("Organization:region:13", "Biträdande regiondirektör")}


def test_a_minister_on_a_ministrys_page_that_never_names_the_government() -> None:
    # The settled convention: a minister's role is the government's, on a ministry's own
    # site too.
    text = "Kompetensen ska finnas i hela landet, säger landsbygdsminister Sven Provén."
    facts = _facts(text, "https://news.cision.com/se/naringsdepartementet/r/a,c1")
    assert _roles(facts) == {
        "sven-proven": ("Organization:nationell:regeringen", "Landsbygdsminister")
    }


def test_a_unit_of_a_national_body_in_a_contact_line() -> None:
    text = (
        "Naturvårdsverket lämnar underlaget i dag.\n\nFör mer information, kontakta:\n\n"
        "Gun Provén, handläggare Klimatprovenheten, 010-698 10 00\n"
    )
    facts = _facts(text, "https://www.naturvardsverket.se/nyheter/a")
    unit = "Organization:nationell:naturvardsverket:klimatprovenheten"
    assert _roles(facts) == {"gun-proven": (unit, "Handläggare")}
    (part,) = links(facts, LinkType.PART_OF, unit)
    assert part.to_id == "Organization:nationell:naturvardsverket"
    (role,) = links(facts, LinkType.HOLDS_ROLE)
    assert role.evidence.quote == "Gun Provén, handläggare"  # never the phone number


def test_an_area_after_a_police_title_gives_the_role_to_that_police_area() -> None:
    text = (
        "Länsstyrelsen Norrbotten och Polismyndigheten skrev under. \N{EN DASH} Viktigt, säger "
        "Anna Polsson, chef polisområde Norrbotten."
    )
    facts = _facts(text, "https://www.lansstyrelsen.se/norrbotten/nyheter/a.html")
    assert _roles(facts) == {
        "anna-polsson": (
            "Organization:nationell:polismyndigheten:polisomrade-norrbotten",
            "Chef polisområde norrbotten",
        )
    }


def test_a_topic_after_the_title_is_part_of_it() -> None:
    text = "Länsstyrelsen Dalarna. Ada Provén, samordnare mot våld i nära relationer, berättar."
    facts = _facts(text, "https://www.lansstyrelsen.se/dalarna/nyheter/a.html")
    assert _roles(facts) == {
        "ada-proven": ("Organization:lansstyrelse:20", "Samordnare mot våld i nära relationer")
    }


def test_titles_between_names_in_prose_go_to_the_name_after() -> None:
    text = "Mora kommun. På mötet var kanslichef Eva Provén, ekonomichef Bo Testlund med."
    roles = _roles(_facts(text, "https://www.mora.se/nyheter/a"))
    assert roles == {
        "eva-proven": ("Organization:kommun:2062", "Kanslichef"),
        "bo-testlund": ("Organization:kommun:2062", "Ekonomichef"),
    }


def test_name_line_blank_line_and_title_line_with_its_qualifiers() -> None:
    text = (
        "Region Halland\n\nKontakt\n\nBild på Eva Provén\n\nEva Provén\n\n"
        "Enhetschef kultur och natur\n"
    )
    facts = _facts(text, "https://www.regionhalland.se/a")
    assert _roles(facts) == {
        "eva-proven": ("Organization:region:13", "Enhetschef kultur och natur")
    }


def test_a_municipality_is_the_default_only_when_no_other_owner_is_named() -> None:
    alone = "Mora kommun\n\nFrågor besvaras av kanslichef Eva Provén.\n"
    assert _roles(_facts(alone)) == {"eva-proven": ("Organization:kommun:2062", "Kanslichef")}
    shared = "Mora kommun och Länsstyrelsen Dalarna\n\nFrågor besvaras av kanslichef Eva Provén.\n"
    assert _roles(_facts(shared)) == {}


def test_a_phone_number_without_a_dash_never_reaches_a_roles_quote() -> None:
    text = (
        "Region Halland bjuder in.\n\nFör mer information, kontakta:\n"
        "Ada Provén, kommunikatör, 073 100 20 30\n"
    )
    (role,) = links(_facts(text, "https://www.regionhalland.se/a"), LinkType.HOLDS_ROLE)
    assert role.evidence.quote == "Ada Provén, kommunikatör"


def test_a_qualifier_stays_with_a_title_that_implies_its_organisation() -> None:
    text = "Region Halland. På mötet talade biträdande regiondirektör Jens Provén."
    assert _roles(_facts(text)) == {
        "jens-proven": ("Organization:region:13", "Biträdande regiondirektör")
    }


def test_the_organisation_on_the_line_under_a_title_line() -> None:
    text = (
        "Pressfrukost i morgon.\n\nFör mer information kontakta:\nJens Provén\n"
        "Kommunikationschef\nLänsstyrelsen Dalarna\n010-225 00 00\n"
    )
    facts = _facts(text, "http://www.example.se/press/a")
    assert _roles(facts) == {"jens-proven": ("Organization:lansstyrelse:20", "Kommunikationschef")}
    (role,) = links(facts, LinkType.HOLDS_ROLE)
    assert role.evidence.quote == "Jens Provén\nKommunikationschef\nLänsstyrelsen Dalarna"


def test_a_chair_named_by_the_body_chaired_holds_the_role_there() -> None:
    text = (
        "Ny kommunstyrelseordförande\n\nEva Ek från och med nyår.\n\n"
        "Eva Ek (S) tar över som ordförande för kommunstyrelsen i Sala kommun.\n"
    )
    facts = _facts(text, "https://www.sala.se/nyheter/ny-ordforande/")
    orgs = {k.to_id for k in facts.links if k.type == "HOLDS_ROLE"}
    assert orgs == {"Organization:kommun:1981:kommunstyrelsen"}, orgs


def test_a_title_labelling_the_next_line_is_not_the_apposition_of_the_name_before() -> None:
    text = (
        "Protokoll\nSocialnämnden\nSammanträdesdatum 2024-03-13\n\n§ 25\nDelegationsbeslut\n"
        "Redovisningen läggs till handlingarna.\n\nJusterare: Karin Provén (S)\n"
        "Ordförande: Mats Provén (M)\n"
    )
    facts = _facts(text, "https://www.harryda.se/protokoll/sn-2024-03-13")
    assert _roles(facts) == {
        "mats-proven": ("Organization:kommun:1401:socialnamnden", "Ordförande")
    }


def test_a_surname_with_a_particle_is_one_name() -> None:
    text = "Burlövs kommun\n\nUtredare Frida Provén de Oliveira berättar mer om planen."
    facts = _facts(text, "https://www.burlov.se/nyheter/plan")
    assert _roles(facts) == {"frida-proven-de-oliveira": ("Organization:kommun:1231", "Utredare")}


def test_a_vd_before_a_company_is_the_title_not_part_of_the_name() -> None:
    text = "Anna Provén, VD Torsta AB, berättar om planen."
    facts = _facts(text, "https://www.lansstyrelsen.se/jamtland/nyheter/plan")
    assert _roles(facts) == {"anna-proven": ("Organization:org:torsta-ab", "VD")}
