"""More defects found in the fifty-first session on development pages, restated as
invented sentences; each test fails on the code before its fix."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Decision

from .helpers import documents, facts_at, held_roles, links, organizations


def test_the_boards_budget_committee_is_a_body_of_its_own() -> None:
    text = (
        "Barn- och utbildningsnämnden har antagit en strategisk plan. Nämndens förslag går "
        "nu vidare till kommunstyrelsens budgetberedning.\n"
    )
    found = set(organizations(facts_at(text, "https://www.kalmar.se/nyheter.html", None)))
    assert "Organization:kommun:0880:kommunstyrelsens-budgetberedning" in found, found
    assert "Organization:kommun:0880:kommunstyrelsen" not in found, found


def test_work_done_yearly_on_someones_behalf_is_no_decision() -> None:
    text = (
        "Uppföljning av det regionala tillväxtarbetet\n\n"
        "Tillväxtverket följer årligen upp det regionala tillväxtarbetet, på uppdrag av "
        "regeringen.\n"
    )
    facts = facts_at(text, "https://tillvaxtverket.se/uppfoljning.html", "2024-03-01")
    assert not [n for n in facts.nodes if isinstance(n, Decision)]


def test_a_document_that_is_adopted_by_the_council_as_a_rule_is_no_adoption() -> None:
    text = (
        "Bostadsförsörjningsprogram för Övertorneå kommun\n\n"
        "Riktlinjer för bostadsförsörjningen redovisas i ett särskilt dokument som antas av "
        "kommunfullmäktige.\n"
    )
    facts = facts_at(text, "https://www.overtornea.se/bostader.html", "2024-03-01")
    assert not links(facts, LinkType.ADOPTED)


def test_a_strategy_that_blev_beslutad_by_the_regions_council_is_adopted_then() -> None:
    text = (
        "Regional utvecklingsstrategi för Västmanlands län\n\n"
        "Den regionala utvecklingsstrategin (rus) för Västmanlands län blev beslutad av "
        "Region Västmanlands regionfullmäktige i mars 2021.\n"
    )
    facts = facts_at(text, "https://www.regionvastmanland.se/rus.html", None)
    adopted = {(k.from_id, k.date) for k in links(facts, LinkType.ADOPTED)}
    assert adopted == {("Organization:region:19:regionfullmaktige", "2021-03-01")}, adopted


def test_a_venue_already_read_as_an_organisation_still_names_the_pages_municipality() -> None:
    text = (
        "PROTOKOLL 1(9) Tid: Kl 09:00 Plats: Sammanträdesrummet, Överkalix kommun "
        "Ledamöter: Anna Ek, s, ordförande Sammanträdesdatum 2024-09-28\n"
        "PROTOKOLL 2(9) KS 12 Kommunchef Lars Berg berättar om samarbetet med Kalix kommun. "
        "Kalix kommun ansvarar för lönerna och Kalix kommun för upphandlingen.\n"
    )
    roles = held_roles(facts_at(text, "file:///protokoll.txt", None))
    assert {(p, o) for p, o, _ in roles} >= {("lars-berg", "Organization:kommun:2513")}, roles


def test_a_compound_restated_in_full_takes_the_full_title() -> None:
    text = (
        "Pressmeddelande från Näringsdepartementet\n\n"
        "Genomförandet av livsmedelsstrategin\n\n"
        "Regeringen redovisar idag pågående insatser som bidrar till genomförandet av "
        "strategin för en konkurrenskraftig livsmedelskedja.\n"
    )
    found = set(documents(facts_at(text, "https://www.regeringen.se/press.html", "2024-03-01")))
    assert found == {
        "Document:national:strategy:se:strategi-for-en-konkurrenskraftig-livsmedelskedja"
    }, found


def test_an_events_venue_on_a_page_that_is_no_minutes_names_no_publisher() -> None:
    text = (
        "Välkommen till dialogmöte om klimatanpassning\n\n"
        "Tid: 14 mars kl 18.00 Plats: Folkets hus, Kumla\n\n"
        "Länsstyrelsen bjuder in kommunerna i länet. Kommunen berättar om sitt arbete.\n"
    )
    facts = facts_at(text, "file:///inbjudan.txt", None)
    assert "Organization:kommun:1881" not in organizations(facts)
