"""Organisations first met on fresh pages (2026-11-30, seventh session): a county
board's or an agency's unit named bare on its own site as where a person works ("chef för
landsbygdsenheten"), an acting title in the neuter ("tillförordnat länsråd"), a national
"Riks-" board that is never the municipality's, and a determiner before a legal form that
names no company. Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import facts_at, links, organizations

BOARD_SITE = "https://www.lansstyrelsen.se/gotland/nyheter/2024/stod"
BOARD = "Organization:lansstyrelse:09"
UNIT = "Organization:lansstyrelse:09:landsbygdsenheten"


def test_a_unit_where_a_person_works_is_the_site_boards() -> None:
    facts = facts_at(
        "Stöden betalades ut i tid\n\nLänsstyrelsen har betalat ut stöden. "
        "\u2013 Vi har lyckats, säger Kjell Norman, chef för landsbygdsenheten.\n",
        BOARD_SITE,
        "2024-05-14",
    )
    assert UNIT in organizations(facts)
    (role,) = links(facts, LinkType.HOLDS_ROLE, "Person:person:kjell-norman")
    assert role.to_id == UNIT and role.title == "Chef"
    assert links(facts, LinkType.PART_OF, UNIT, BOARD)


def test_a_unit_named_without_anyone_working_there_stays_unplaced() -> None:
    facts = facts_at(
        "Stöden betalades ut i tid\n\nLandsbygdsenheten har betalat ut stöden.\n",
        BOARD_SITE,
        "2024-05-14",
    )
    assert UNIT not in organizations(facts)


def test_an_acting_title_in_the_neuter_is_a_title() -> None:
    facts = facts_at(
        "Agenda 2030 på Gotland\n\n\u2013 Det handlar om kunskap, säger Kicki Scheller, "
        "tillförordnat länsråd.\n",
        BOARD_SITE,
        "2024-05-14",
    )
    (role,) = links(facts, LinkType.HOLDS_ROLE, "Person:person:kicki-scheller")
    # the title without the acting marker, as for "tillförordnad" (role_common.plain_title)
    assert role.to_id == BOARD and role.title == "Länsråd"


def test_a_national_board_named_riks_is_never_the_municipality_s() -> None:
    facts = facts_at(
        "Samverkan\n\nI februari 2007 beslutade Rikspolisstyrelsen att polisen ska samverka "
        "med kommunerna. Riksfärdtjänststyrelsen informerades.\n",
        "https://www.eskilstuna.se/trygghet/samverkan",
        None,
    )
    orgs = set(organizations(facts))
    assert "Organization:nationell:rikspolisstyrelsen" in orgs
    assert not any(o.startswith("Organization:kommun:0484:riks") for o in orgs), orgs


def test_a_determiner_before_a_legal_form_names_no_company() -> None:
    facts = facts_at(
        "Ansvarsfördelning\n\nKommunen samarbetar med Arbetsförmedlingen. Övriga "
        "samarbetspartners AB Vingåkershem och Mora stadshus AB bidrar.\n",
        "https://www.vingaker.se/integration/plan",
        None,
    )
    orgs = set(organizations(facts))
    assert "Organization:org:mora-stadshus-ab" in orgs
    assert not any("samarbetspartners" in o for o in orgs), orgs


def test_known_organisations_without_a_telling_head_noun() -> None:
    facts = facts_at(
        "Nyhet\n\nRegionen samarbetar med Suicide Zero, Världshälsoorganisationen och "
        "Sveriges lantbruksuniversitet.\n",
        "https://www.regionvasterbotten.se/nyheter/samarbete",
        None,
    )
    assert {
        "Organization:org:suicide-zero",
        "Organization:org:varldshalsoorganisationen",
        "Organization:org:sveriges-lantbruksuniversitet",
    } <= set(organizations(facts))
