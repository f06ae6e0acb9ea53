"""Wordings and page shapes first met on development pages in the thirtieth session
(2026-12-02). Short fictional texts written for these tests."""

from __future__ import annotations

import pytest

from graph.edges import Link, LinkType
from ingest.language.published import page_dates
from tests.ingest.helpers import documents, facts_at, held_roles, links

_AGENCY = "https://www.trafikverket.se/aktuellt/nyheter/ny-plan/"
_PLAN = "https://www.lansstyrelsen.se/jamtland/natur/plan.html"
_THREE_AREAS = {
    "tillgang-till-natur-nara-bostaden",
    "friluftsliv-for-alla-aldrar",
    "samverkan-mellan-kommunerna",
}


def _goal_links(text: str) -> list[Link]:
    """The HAS_GOAL links of a county board's plan page of 2024-03-01."""
    return links(facts_at(text, _PLAN, "2024-03-01"), LinkType.HAS_GOAL)


def _goal_slugs(text: str) -> set[str]:
    return {k.to_id.rsplit(":", 1)[1] for k in _goal_links(text)}


def test_an_acronyms_genitive_stays_inside_the_documents_title() -> None:
    text = (
        "Ny handlingsplan för SMHI:s stöd till kommunernas klimatarbete\n\n"
        "Handlingsplanen gäller de kommande tre åren.\n"
    )
    titles = {d.title for d in documents(facts_at(text, _AGENCY, "2020-02-05")).values()}
    assert "Handlingsplan för SMHI:s stöd till kommunernas klimatarbete" in titles, titles


@pytest.mark.parametrize(
    "intro",
    [
        "Områdena som ingår i planen är:",
        "Inom ramen för planen har tre inriktningsområden tagits fram:",
    ],
    ids=["areas_the_plan_is_made_of", "inriktningsomraden"],
)
def test_the_areas_a_plan_is_made_of_are_its_goals(intro: str) -> None:
    text = (
        "Regional handlingsplan för friluftsliv 2024-2027\n\n"
        "Handlingsplanen beskriver hur länet ska arbeta med friluftslivet.\n\n"
        f"{intro}\n\n"
        "  • Tillgång till natur nära bostaden\n"
        "  • Friluftsliv för alla åldrar\n"
        "  • Samverkan mellan kommunerna\n"
    )
    assert _goal_slugs(text) == _THREE_AREAS


def test_areas_of_a_place_are_no_goals() -> None:
    text = (
        "Regional handlingsplan för friluftsliv 2024-2027\n\n"
        "Områdena som berörs av planen är:\n\n  • Storsjön\n  • Oviksfjällen\n"
    )
    assert not _goal_links(text)


@pytest.mark.parametrize(
    ("text", "published", "updated"),
    [
        (
            "Till innehåll\nNyhet\nPublicerad: 5 februari 2020 , [Missing text 'x' for 'y'] 10:20"
            "\n\nRubrik\n\nText.",
            "2020-02-05",
            None,
        ),
        (
            "Ny plan\n\nText om planen.\n\nMer text.\n\nÄnnu mer.\n\nSlut.\n\n"
            "Publicerad den 3 maj 2021, senast ändrad den 9 maj 2021",
            "2021-05-03",
            None,
        ),
        (
            "Rubrik\n\nPlanen uppdaterades 2019.\n\nSenast uppdaterad den 5 december 2022",
            None,
            "2022-12-05",
        ),
        (
            "Rubrik\n\nDe uppdaterade reglerna gäller.\n\nSidan uppdaterad: 18 april 2019",
            None,
            "2019-04-18",
        ),
    ],
    ids=["label_then_leftovers", "published_and_changed", "updated_den", "updated_after_prose"],
)
def test_a_label_then_its_date_dates_the_page(
    text: str, published: str | None, updated: str | None
) -> None:
    dates = page_dates(text)
    assert (dates.published_on, dates.updated_on) == (published, updated)


def test_a_sentence_about_an_update_dates_no_page() -> None:
    assert page_dates("Rubrik\n\nPlanen uppdaterades 12 mars 2019 av nämnden.").updated_on is None


def test_the_chair_who_signs_a_notice_of_a_coming_meeting_chairs_the_body_that_meets() -> None:
    text = (
        "Kungörelse\n\nTidaholms kommunfullmäktige sammanträder måndag 26 juni kl. 18.00 "
        "i Rådhuset.\n\nÄrenden\n1. Allmänhetens frågestund\n2. Budget 2018\n\n"
        "Karin Alm\nordförande\n"
    )
    facts = facts_at(text, "https://www.tidaholm.se/kommun/kungorelse/", "2017-06-16")
    assert held_roles(facts) == {
        ("karin-alm", "Organization:kommun:1498:kommunfullmaktige", "Ordförande")
    }, held_roles(facts)
    assert not links(facts, LinkType.DECIDED)  # a meeting to come decided nothing yet


def test_darfor_att_opens_the_decided_clause_as_att_does() -> None:
    text = (
        "Kommunstyrelsen i korthet\n\nTrafiken på vägen har ökat. Kommunstyrelsen beslutade "
        "därför att ge tekniska kontoret i uppdrag att utreda en ombyggnad av vägen.\n"
    )
    facts = facts_at(text, "https://www.tidaholm.se/kommun/ks-i-korthet/", "2022-02-08")
    decided = {k.to_id.split(":", 2)[2] for k in links(facts, LinkType.DECIDED)}
    assert decided == {"ge-tekniska-kontoret-i-uppdrag-att-utreda-en-ombyggnad-av-vagen"}, decided


def test_an_adverbial_between_att_and_the_infinitive_still_opens_the_next_decision() -> None:
    text = (
        "Beslut i korthet från regionstyrelsen 29 mars 2023\n\nRegionstyrelsen beslutade "
        "bland annat att utöka budgeten för tandvården, att tillsammans med Luleå tekniska "
        "universitet genomföra en studie om vården och att inrätta ett råd för äldrefrågor.\n"
    )
    facts = facts_at(text, "https://www.norrbotten.se/sv/beslut/", "2023-03-30")
    decided = {k.to_id.rsplit(":", 1)[1] for k in links(facts, LinkType.DECIDED)}
    assert decided == {
        "utoka-budgeten-for-tandvarden",
        "tillsammans-med-lulea-tekniska-universitet-genomfora-en-studie-om-varden",
        "inratta-ett-rad-for-aldrefragor",
    }, decided


def test_goals_numbered_in_running_text_are_read_one_by_one() -> None:
    text = (
        "Regional handlingsplan för friluftsliv\n\nLänsstyrelsen har tagit fram en handlingsplan. "
        "Handlingsplanen innehåller åtgärder inom tre målområden: 1. Tillgång till natur nära "
        "bostaden 2. Friluftsliv för alla åldrar 3. Samverkan mellan kommunerna. Planen följs "
        "upp varje år.\n"
    )
    assert _goal_slugs(text) == _THREE_AREAS


def test_numbers_out_of_order_make_no_goal_list() -> None:
    text = (
        "Regional handlingsplan för friluftsliv\n\nHandlingsplanen har tre målområden: "
        "1. Tillgång till natur 3. Friluftsliv för alla 2. Samverkan mellan kommunerna.\n"
    )
    assert "list.goals.numbered_inline" not in {k.evidence.rule for k in _goal_links(text)}


def test_a_body_that_elects_its_chairs_holds_them_and_coordinated_elections_are_read() -> None:
    text = (
        "Kommunstyrelsen i korthet\n\nKommunstyrelsen valde Anna Berg (M) till ordförande och "
        "Per Lind (S) till 2:e vice ordförande. Fullmäktige beslutade att välja Eva Ek (C) "
        "till 1:e vice ordförande i socialnämnden samt till ledamot i krisledningsnämnden.\n"
    )
    facts = facts_at(text, "https://www.tidaholm.se/kommun/ks-i-korthet/", "2023-09-26")
    kommun = "Organization:kommun:1498"
    assert held_roles(facts) >= {
        ("anna-berg", f"{kommun}:kommunstyrelsen", "Ordförande"),
        ("per-lind", f"{kommun}:kommunstyrelsen", "2:e vice ordförande"),
        ("eva-ek", f"{kommun}:socialnamnden", "1:e vice ordförande"),
        ("eva-ek", f"{kommun}:krisledningsnamnden", "Ledamot"),
    }, held_roles(facts)


def test_an_elected_office_with_no_body_and_no_electing_body_is_left_alone() -> None:
    text = "Nyheter\n\nUnder mötet valdes Anna Berg (M) till projektledare.\n"
    facts = facts_at(text, "https://www.tidaholm.se/nyheter/val/", "2023-09-26")
    rules = {k.evidence.rule for k in links(facts, LinkType.HOLDS_ROLE)}
    assert "role.elected_object" not in rules


def test_a_bare_reference_after_a_titles_topic_is_where_it_is_held_not_its_topic() -> None:
    text = (
        "Ny plan\n\n\u2013 Planen är viktig, säger Anna Alsén, samordnare mot våld i nära "
        "relationer på kommunen.\n"
    )
    facts = facts_at(text, "https://www.tidaholm.se/nyheter/plan/", "2023-09-26")
    assert held_roles(facts) == {
        ("anna-alsen", "Organization:kommun:1498", "Samordnare mot våld i nära relationer")
    }, held_roles(facts)


@pytest.mark.parametrize(
    ("url", "issued"),
    [
        ("https://www.tidaholm.se/bygga-bo/oversiktsplan/", True),
        ("https://www.boverket.se/sv/nyheter/oversiktsplan/", False),
    ],
    ids=["on_its_own_site", "on_an_agencys_site"],
)
def test_the_municipalitys_name_in_the_genitive_on_its_own_site_owns_its_plan(
    url: str, issued: bool
) -> None:
    text = "Ny översiktsplan\n\nDen 5 mars började Tidaholms nya översiktsplan att gälla.\n"
    facts = facts_at(text, url, "2024-03-06")
    issuers = {k.from_id for k in links(facts, LinkType.ISSUED)}
    assert ("Organization:kommun:1498" in issuers) is issued, issuers


def test_a_copys_title_line_with_beslutande_does_not_hide_the_minutes_body() -> None:
    text = (
        "Plats och tid Rådhuset, tisdagen den 13 oktober 2009. Beslutande\n\n"
        'Download "Plats och tid Rådhuset. Beslutande"\n\nTranskript\n\n'
        "1 TIDAHOLMS KOMMUN Kommunstyrelsen Plats och tid "
        "Rådhuset, tisdagen den 13 oktober 2009 Beslutande Karin Alm (C) ordf "
        "Olle Berg (C) Sara Dahl (S)\n"
    )
    facts = facts_at(text, "http://docplayer.se/123-plats-och-tid.html", None)
    assert ("karin-alm", "Organization:kommun:1498:kommunstyrelsen", "Ordförande") in held_roles(
        facts
    ), held_roles(facts)


def test_first_and_second_vice_chairs_in_the_feminine_ordinal_are_leading_officers() -> None:
    text = (
        "Kommunstyrelsen\nSammanträdesprotokoll\n\nBeslutande Anna Berg (M), ordförande\n"
        "Per Lind (C), första vice ordförande Eva Ek (S), andra vice ordförande\n"
        "Bo Ström (M) Lisa Holm (S)\n"
    )
    facts = facts_at(text, "https://www.tidaholm.se/kommun/protokoll/", "2023-09-26")
    ks = "Organization:kommun:1498:kommunstyrelsen"
    assert held_roles(facts) == {
        ("anna-berg", ks, "Ordförande"),
        ("per-lind", ks, "Första vice ordförande"),
        ("eva-ek", ks, "Andra vice ordförande"),
    }
