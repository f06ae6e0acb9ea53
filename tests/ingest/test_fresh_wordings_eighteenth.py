"""Wordings first met on pages opened for development on 2026-12-01 (eighteenth
session). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import DatePrecision, Goal, OrganizationKind
from ingest.language.sites import SiteOwner, release_sender, site_owner
from tests.ingest.helpers import (
    decided_by,
    decisions,
    documents,
    facts_at,
    held_roles,
    links,
    organizations,
)

MUNICIPAL = "https://www.ljusdal.se/nyheter/2024/kommunstyrelsen"
REGIONAL = "https://www.regiongavleborg.se/nyheter/2024/kulturnamnden"


def _report(items: str) -> str:
    head = "Nytt från kommunstyrelsen 2024-04-16\n\nKommunstyrelsen sammanträdde i tisdags.\n\n"
    return head + items


def test_a_report_item_that_tells_its_background_is_no_decision() -> None:
    facts = facts_at(
        _report(
            "Ny hållbarhetsstrategi\n"
            "Det har gjorts en genomgång av hur kommunen arbetar med miljö och folkhälsa.\n\n"
            "Kulturplanen\n"
            "I år kompletteras den med ett avsnitt om bibliotekens roll.\n\n"
            "Avfallstaxan\n"
            "Avfallstaxan justeras för 2025 med fyra procent.\n"
        ),
        MUNICIPAL,
        "2024-04-17",
    )
    assert [d.summary for d in decisions(facts).values()] == [
        "Avfallstaxan justeras för 2025 med fyra procent"
    ]


def test_a_report_item_that_only_opens_a_list_or_names_an_act_is_no_decision() -> None:
    facts = facts_at(
        _report(
            "Val av ombud\n"
            "Kommunstyrelsen väljer.\n\n"
            "Budget 2025\n"
            "Kommunstyrelsen föreslår fullmäktige besluta följande:\n\n"
            "Region Gävleborg\n"
            "Region Gävleborg ingår i samverkansmodellen för kultur sedan länge.\n"
        ),
        MUNICIPAL,
        "2024-04-17",
    )
    assert decisions(facts) == {}


def test_a_regions_committee_deciding_at_its_meeting_on_a_plan_adopts_it() -> None:
    facts = facts_at(
        "Kulturnämnden\n\n"
        "Region Gävleborgs kulturnämnd beslutade vid sitt möte den 12 mars om "
        "regional kulturplan för 2025\u20132028. Planen gäller från januari.\n",
        REGIONAL,
        "2024-03-14",
    )
    committee = "Organization:region:21:kulturnamnden"
    (adoption,) = links(facts, LinkType.ADOPTED)
    assert (adoption.from_id, adoption.date) == (committee, "2024-03-12")
    # one decision, by the committee: the region's genitive is not a second decider
    assert [decided_by(facts, d) for d in decisions(facts).values()] == [{committee}]


def test_a_document_adopted_last_year_is_dated_to_that_year() -> None:
    facts = facts_at(
        "Klimatarbetet\n\n"
        "Kommunstyrelsen sammanträdde den 4 oktober. Kommunens klimatplan som antogs "
        "förra året pekar ut vägen mot noll utsläpp.\n",
        MUNICIPAL,
        "2022-10-05",
    )
    (plan,) = documents(facts).values()
    assert (plan.adopted_on, plan.adopted_precision) == ("2021-01-01", DatePrecision.YEAR)


def test_an_acronyms_genitive_with_a_colon_and_its_full_stop_name_the_agency() -> None:
    facts = facts_at(
        "Ny strategi\n\n"
        "HaV:s nya strategi gäller till 2026. Arbetet leds av Eva Berg, "
        "generaldirektör på HaV.\n",
        "https://www.havochvatten.se/aktuellt/strategi",
        "2023-11-02",
    )
    agency = "Organization:nationell:havs-och-vattenmyndigheten"
    assert set(organizations(facts)) == {agency}
    assert held_roles(facts) == {("eva-berg", agency, "Generaldirektör")}


def test_an_agency_named_only_as_a_websites_owner_is_not_an_actor() -> None:
    facts = facts_at(
        "Värmebölja\n\n"
        "Länsstyrelsen i Blekinge län samordnar arbetet i länet. "
        "Läs mer om varningarna på SMHI:s webbplats.\n",
        "https://www.lansstyrelsen.se/blekinge/nyheter/varme",
        "2023-07-02",
    )
    assert set(organizations(facts)) == {"Organization:lansstyrelse:10"}


AGENCY = "https://www.tillvaxtverket.se/nyheter/2023/uppdrag"
GOVERNMENT = "Organization:nationell:regeringen"


def test_a_government_task_named_in_one_word_is_the_governments_decision() -> None:
    facts = facts_at(
        "Stöd till landsbygden\n\n"
        "Tillväxtverket har under 2023 haft ett regeringsuppdrag att stärka "
        "servicen på landsbygden i hela landet.\n",
        AGENCY,
        "2023-12-01",
    )
    assert GOVERNMENT in organizations(facts)
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {GOVERNMENT}
    assert decision.summary.startswith("Uppdrag att stärka servicen på landsbygden")


def test_a_standing_task_by_the_government_is_its_decision_a_received_one_keeps_its_date() -> None:
    standing = facts_at(
        "Bostäder\n\n"
        "Tillväxtverket har ett särskilt uppdrag av regeringen att främja "
        "företagandet i glesbygd.\n",
        AGENCY,
        "2023-12-01",
    )
    (decision,) = decisions(standing).values()
    assert decided_by(standing, decision) == {GOVERNMENT}
    received = facts_at(
        "Bostäder\n\n"
        "Tillväxtverket fick den 3 maj 2023 i uppdrag av regeringen att främja "
        "företagandet i glesbygd.\n",
        AGENCY,
        "2023-12-01",
    )
    (decision,) = decisions(received).values()
    assert (decided_by(received, decision), decision.date) == ({GOVERNMENT}, "2023-05-03")


def _goal_texts(text: str) -> set[str]:
    facts = facts_at(text, MUNICIPAL, "2024-02-01")
    return {n.text for n in facts.nodes if isinstance(n, Goal)}


def test_goals_listed_after_a_compound_of_mal_and_a_relative_clause() -> None:
    goals = _goal_texts(
        "Nytt miljöprogram\n\n"
        "Kommunfullmäktige har antagit ett nytt miljöprogram. De delmål som har "
        "skärpts är \u201dRent vatten\u201d, \u201dLevande skogar\u201d och "
        "\u201dMinskad klimatpåverkan\u201d.\n"
    )
    assert goals == {"Rent vatten", "Levande skogar", "Minskad klimatpåverkan"}


def test_lettered_goals_under_numbered_areas_are_the_goals() -> None:
    goals = _goal_texts(
        "Folkhälsoplan 2024-2027\n\n"
        "Tre målområden med fem mål prioriteras i kommunens folkhälsoplan:\n\n"
        "1. Goda uppväxtvillkor\n\n"
        "a) Fler barn ska röra sig varje dag\n\n"
        "b) Skolnärvaron ska öka\n\n"
        "2. Arbete och försörjning\n\n"
        "c) Fler unga ska ha ett arbete\n\n"
        "3. Trygga miljöer\n\n"
        "d) Tryggheten i centrum ska öka\n\n"
        "e) Våldet i nära relationer ska minska\n"
    )
    assert goals == {
        "Fler barn ska röra sig varje dag",
        "Skolnärvaron ska öka",
        "Fler unga ska ha ett arbete",
        "Tryggheten i centrum ska öka",
        "Våldet i nära relationer ska minska",
    }


def test_every_bullet_after_beslutat_om_is_a_decision_of_the_intros_body() -> None:
    facts = facts_at(
        _report(
            "Nu har kommunstyrelsen beslutat om:\n"
            "- en ny vision för kommunen där hållbarheten lyfts fram.\n"
            "- en reviderad styrmodell med färre mål för nämnderna.\n"
            "- temaår införs för att varje år lyfta ett särskilt tema.\n"
        ),
        MUNICIPAL,
        "2024-04-17",
    )
    board = "Organization:kommun:2161:kommunstyrelsen"
    found = decisions(facts).values()
    assert len(found) == 3
    assert all(decided_by(facts, d) == {board} for d in found)


def test_a_name_and_a_councillors_title_are_no_forum() -> None:
    facts = facts_at(
        "Ny överenskommelse\n\n"
        "Från Ljusdals kommun medverkade kommunchef Anna Falk och kommunalråd "
        "Per Lund.\n",
        MUNICIPAL,
        "2024-04-17",
    )
    assert not [o for o in organizations(facts) if ":forum:" in o]
    assert ("anna-falk", "Organization:kommun:2161", "Kommunchef") in held_roles(facts)


def test_a_university_college_named_in_the_genitive_keeps_its_place_name() -> None:
    facts = facts_at(
        "Seminarium\n\nSeminariet hålls i Högskolan Dalarnas bibliotek i Falun.\n",
        "https://www.lansstyrelsen.se/dalarna/nyheter/seminarium",
        "2024-04-17",
    )
    assert organizations(facts)["Organization:org:hogskolan-dalarna"].name == "Högskolan Dalarna"


def test_a_listed_goal_wrapped_over_padded_lines_is_one_spaced_text() -> None:
    goals = _goal_texts(
        "Folkhälsoplan 2024-2027\n\n"
        "Planens mål är:\n"
        "- fler barn ska röra sig varje dag i         skolan\n"
        "- färre unga ska börja     röka\n"
    )
    assert goals == {"fler barn ska röra sig varje dag i skolan", "färre unga ska börja röka"}


def test_a_decision_noun_first_and_its_passive_with_an_agent_adopt_the_document() -> None:
    facts = facts_at(
        "Ny översiktsplan\n\n"
        "Beslut om den nya översiktsplanen togs av kommunfullmäktige i juni. Planen "
        "har nu vunnit laga kraft.\n",
        MUNICIPAL,
        "2024-09-02",
    )
    (adoption,) = links(facts, LinkType.ADOPTED)
    assert adoption.from_id == "Organization:kommun:2161:kommunfullmaktige"
    # "togs av" without the decision's noun first adopts nothing
    other = facts_at(
        "Ny översiktsplan\n\nInitiativet till den nya översiktsplanen togs av kommunstyrelsen.\n",
        MUNICIPAL,
        "2024-09-02",
    )
    assert links(other, LinkType.ADOPTED) == []


def test_a_governor_on_a_page_naming_no_county_board_heads_the_home_countys() -> None:
    facts = facts_at(
        "Ny överenskommelse\n\n"
        "Ljusdals kommun har skrivit under. De som signerade var landshövding Eva Berg "
        "och kommunernas representanter.\n",
        MUNICIPAL,
        "2024-04-17",
    )
    board = "Organization:lansstyrelse:21"
    assert board in organizations(facts)
    assert ("eva-berg", board, "Landshövding") in held_roles(facts)


def test_newsroom_labels_and_a_release_under_page_chrome_name_their_sender() -> None:
    board = site_owner("http://www.mynewsdesk.com/se/lstblekinge/pressreleases/ny-plan-1")
    town = site_owner("http://www.mynewsdesk.com/se/kulturstad_lindesberg/news/program-2")
    assert board == SiteOwner(OrganizationKind.COUNTY_BOARD, "10")
    assert town == SiteOwner(OrganizationKind.MUNICIPALITY, "1885")
    sender = release_sender(
        "http://www.mynewsdesk.com/se/pressreleases/ny-strategi-3",
        "Skip to main content\n\nRegion Värmland\n\nNy strategi för länet\n",
    )
    assert sender == SiteOwner(OrganizationKind.REGION, "17")


def test_a_bare_delegationen_is_the_delegation_named_before_and_holds_its_chair() -> None:
    facts = facts_at(
        "Ny delegation\n\n"
        "Delegationen för hållbara städer inrättas.\n\n"
        "Anna Lönnberg har utsetts till ordförande i delegationen.\n",
        "https://www.regeringen.se/pressmeddelanden/2023/delegation",
        "2023-05-02",
    )
    delegation = "Organization:nationell:delegationen-for-hallbara-stader"
    assert delegation in organizations(facts)  # "inrättas" is no part of its name
    assert ("anna-lonnberg", delegation, "Ordförande") in held_roles(facts)
