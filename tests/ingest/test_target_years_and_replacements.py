"""Target years and replacements (issue 9): "Översiktsplan 2030" and "Översiktsplan 2050" are
two plans, however the page names them; "en ny översiktsplan, Översiktsplan 2050" is one;
"Den ska ersätta X" and "Den ersätter X" revise X, the pronoun standing for the one
document the sentence before names; "regionala utvecklingsnämndens arbetsutskott" keeps
its adjective; a roster line ("Regionstyrelsen: Eva Ek (S) ordförande, ...") gives each
officer the title at the body heading it; "Nämndens ordförande X" is the chair of the
nämnd the page spoke of; "enhetschef vid enheten för X" on a county board's site works in
the board's unit; "Av strategin framgår att målen är att A, att B samt att C" states three
goals; "Kaplan" (a surname) and "vändplan" (a turning area) are no documents; "på gång"
after a headline's title is no part of it. Short fictional text written for these tests
(no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Goal
from tests.ingest.helpers import documents, facts_at, held_roles, links

SITE = "https://www.ljungby.se/bygga-bo/oversiktsplan"
NEW = "Document:municipal:plan:kommun:0781:oversiktsplan-2045"
OLD = "Document:municipal:plan:kommun:0781:oversiktsplan-2035"


def test_two_target_years_are_two_plans_and_the_new_revises_the_old() -> None:
    facts = facts_at(
        "Kommunstyrelsen vill ta fram en ny översiktsplan, Översiktsplan 2045. Den ska "
        "ersätta Översiktsplan 2035 som antogs 2016.",
        SITE,
        None,
    )
    assert sorted(documents(facts)) == [OLD, NEW]
    assert [(k.from_id, k.to_id) for k in links(facts, LinkType.REVISES)] == [(NEW, OLD)]


def test_a_pronoun_stands_for_the_one_document_named_before() -> None:
    facts = facts_at(
        "Kommunen tar nu fram Översiktsplan 2045. Den ersätter Översiktsplan 2035.", SITE, None
    )
    assert [(k.from_id, k.to_id) for k in links(facts, LinkType.REVISES)] == [(NEW, OLD)]


def test_a_regional_committee_s_work_committee_keeps_its_adjective() -> None:
    facts = facts_at(
        "Beslutet fattades av regionala utvecklingsnämndens arbetsutskott i går.",
        "https://www.regionjh.se/nyheter/x",
        None,
    )
    body = "Organization:region:23:regionala-utvecklingsnamndens-arbetsutskott"
    parts = {(k.from_id, k.to_id) for k in links(facts, LinkType.PART_OF)}
    assert parts == {(body, "Organization:region:23")}


def test_a_roster_line_gives_each_officer_the_title_at_the_body_heading_it() -> None:
    text = (
        "Ny majoritet i regionfullmäktige\n\n"
        "Vid mötet valdes presidierna för styrelse och nämnder.\n\n"
        "Regionstyrelsen: Karin Ek (S) ordförande, Lars Björk (M) 1:e vice ordförande, "
        "Maria Lund (NYP) 2:e vice ordförande.\n\n"
        "Regionfullmäktige: Per Holm (C) ordförande, Eva Strand (KD), vice ordförande.\n"
    )
    facts = facts_at(text, "https://www.rvn.se/nyheter/x", None)
    roles = {(p, o, (t or "").casefold()) for p, o, t in held_roles(facts)}
    rs, rf = "Organization:region:22:regionstyrelsen", "Organization:region:22:regionfullmaktige"
    assert roles == {
        ("karin-ek", rs, "ordförande"),
        ("lars-bjork", rs, "1:e vice ordförande"),
        ("maria-lund", rs, "2:e vice ordförande"),
        ("per-holm", rf, "ordförande"),
        ("eva-strand", rf, "vice ordförande"),
    }


def test_a_bare_body_s_genitive_before_a_title_is_the_body_it_stands_for() -> None:
    facts = facts_at(
        "Byggnadsnämnden har antagit nya riktlinjer. Nämndens ordförande Sven Ek (C) är nöjd.",
        "https://www.kalix.se/nyheter/x",
        None,
    )
    roles = {(p, o, (t or "").casefold()) for p, o, t in held_roles(facts)}
    assert roles == {("sven-ek", "Organization:kommun:2514:byggnadsnamnden", "ordförande")}


def test_a_unit_worked_in_on_a_county_board_s_site_is_the_board_s() -> None:
    facts = facts_at(
        "Länsstyrelsen har beviljat stöd. Det är glädjande, säger Lena Berg, enhetschef vid "
        "enheten för miljö och klimat.",
        "https://www.lansstyrelsen.se/gotland/nyheter/x",
        None,
    )
    unit = "Organization:lansstyrelse:09:enheten-for-miljo-och-klimat"
    roles = {(p, o, (t or "").casefold()) for p, o, t in held_roles(facts)}
    assert roles == {("lena-berg", unit, "enhetschef")}
    parts = {(k.from_id, k.to_id) for k in links(facts, LinkType.PART_OF)}
    assert (unit, "Organization:lansstyrelse:09") in parts


def test_goals_after_a_lead_naming_their_source_are_read_one_per_att() -> None:
    text = (
        "Regionfullmäktige har antagit en ny regional utvecklingsstrategi. Av strategin "
        "framgår att målen för länet bland annat är att det ska byggas 3000 bostäder per år, "
        "att fler företag ska startas samt att andelen sysselsatta ska öka."
    )
    facts = facts_at(text, "https://www.regionuppsala.se/nyheter/x", None)
    goals = sorted(n.text for n in facts.nodes if isinstance(n, Goal))
    assert goals == [
        "andelen sysselsatta ska öka",
        "det ska byggas 3000 bostäder per år",
        "fler företag ska startas",
    ]


def test_a_surname_or_a_turning_area_ending_in_plan_is_no_document() -> None:
    facts = facts_at(
        "Det säger näringsminister Anna Kaplan. Vid skolan byggs en ny vändplan, och "
        "kommunen har en ny VA-plan.",
        "https://www.rattvik.se/nyheter/x",
        None,
    )
    assert sorted(documents(facts)) == ["Document:municipal:plan:kommun:2031:va-plan"]


def test_a_headline_s_state_ends_the_title() -> None:
    facts = facts_at(
        "Program för kulturarvet på gång\n\nArbetet med programmet har startat.",
        "https://www.rattvik.se/nyheter/x",
        None,
    )
    assert [d.title for d in documents(facts).values()] == ["Program för kulturarvet"]
