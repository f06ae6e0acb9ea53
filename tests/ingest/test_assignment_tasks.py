"""The tasks of a government assignment as decisions of the government (invented text)."""

from __future__ import annotations

from graph.edges import LinkType

from .helpers import decisions, links, page_facts

_AGENCY_NEWS = "https://www.lakemedelsverket.se/nyheter/nya-uppdrag"
_GOVERNMENT = "Organization:nationell:regeringen"


def test_the_tasks_listed_after_an_assignment_are_the_governments_decisions() -> None:
    text = (
        "Läkemedel i fokus\n\n"
        "Regeringen ger i år Läkemedelsverket tre uppdrag, bland annat att samordna och "
        "följa upp läkemedelsförsörjningen i krisläge, samt att öka kunskapen om barns "
        "läkemedel och att anpassa informationen till globala standarder.\n\n"
        "Läkemedelsverket ska också verka för säkrare läkemedelsanvändning till barn, "
        "såväl flickor som pojkar.\n"
    )
    facts = page_facts(text, _AGENCY_NEWS)
    # the agency's "ska också verka för X" is what it will do, not a task given (0 of 6
    # such sentences on the development pages were decisions)
    assert sorted(decisions(facts)) == [
        "Anpassa informationen till globala standarder",
        "Samordna och följa upp läkemedelsförsörjningen i krisläge",
        "Öka kunskapen om barns läkemedel",
    ]
    deciders = {k.from_id for k in links(facts, LinkType.DECIDED)}
    assert deciders == {_GOVERNMENT}


def test_tasks_within_the_assignment_after_a_fronted_phrase() -> None:
    text = (
        "Regeringen har gett Brottsoffermyndigheten nya uppdrag.\n\n"
        "Inom uppdraget ska Brottsoffermyndigheten kartlägga stödet till brottsoffer "
        "och föreslå en modell för uppföljning.\n"
    )
    facts = page_facts(text, "https://www.brottsoffermyndigheten.se/nyheter/a")
    assert {"Kartlägga stödet till brottsoffer", "Föreslå en modell för uppföljning"} <= set(
        decisions(facts)
    )


def test_an_agencys_plans_without_an_assignment_or_the_government_are_no_decisions() -> None:
    text = (
        "Läkemedelsverket ska öka kunskapen om barns läkemedel under året, säger "
        "generaldirektören.\n"
    )
    assert decisions(page_facts(text, _AGENCY_NEWS)) == {}


def test_a_count_of_new_assignments_is_a_lead_not_a_decision() -> None:
    text = "Myndigheten har idag fått två nya regeringsuppdrag med anledning av strategin.\n"
    assert decisions(page_facts(text, "https://www.sgu.se/nyheter/a")) == {}


def test_a_standing_mandate_in_the_present_is_no_decision_of_the_government() -> None:
    text = (
        "Ny strategi för länet\n\n"
        "Strategin styr länets utvecklingsarbete och samordnas av regionen på uppdrag av "
        "regeringen.\n"
    )
    facts = page_facts(text, "https://www.regiongavleborg.se/nyheter/strategi/")
    assert not links(facts, LinkType.DECIDED), decisions(facts)


def test_a_task_on_what_was_said_before_names_nothing() -> None:
    text = (
        "Regeringen har gett myndigheten nya uppdrag.\n\n"
        "Inom uppdraget ska myndigheten ta fram informationsmaterial om kriser och sprida "
        "detta.\n"
    )
    found = decisions(page_facts(text, "https://www.msb.se/nyheter/a"))
    assert "Sprida detta" not in found, sorted(found)
    assert "Ta fram informationsmaterial om kriser" in found, sorted(found)
