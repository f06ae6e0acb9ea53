"""Decisions a meeting report lists (issue 9): "Bland de större besluten märks A, B och C"
gives each matter as a decision of the meeting's body, a steering document among them
adopted, up to a relative clause, whose "sedan 1 april" dates nothing; under "Bland
övriga beslut märks:" a bullet "Att p-avgifterna höjs" is a decision too. A participle
used as an adjective ("två beviljade projekt"), a future act ("kommer att beviljas"), a
condition ("Förutsättningen var att X beviljade medel"), one's own task reported ("ska
redovisa sitt uppdrag till regeringen") and a total broken down ("Av dessa avsätts ...")
state no decision, nor does a body seeking, wishing or intending ("Regionstyrelsen söker
stöd"). "Regionstyrelsen i korthet, 2013-12-19" reports that body's meeting of that day.
Short fictional text written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import decisions, facts_at, links

SITE = "https://www.regionkalmar.se/nyheter/fullmaktige"
TEXT = (
    "Nyhet 2020-04-02\n\nMånga beslut på fullmäktige\n\n"
    "Regionfullmäktige sammanträdde på torsdagen.\n\n"
    "Bland de större besluten märks ett nytt inriktningsbeslut för sjukhusbygget i Kalmar, "
    "handlingsprogram för kompetensförsörjningen i länet och ägardirektiv för Flygplatsen AB, "
    "som regionen äger sedan 1 april.\n\n"
    "Bland övriga beslut märks:\n\n"
    "  • Att parkeringsavgifterna vid sjukhusen höjs till tio kronor i timmen.\n"
)


def test_listed_decisions_are_the_meeting_s_and_a_document_among_them_is_adopted() -> None:
    facts = facts_at(TEXT, SITE, "2020-04-02")
    assert sorted(decisions(facts)) == [
        "Att parkeringsavgifterna vid sjukhusen höjs till tio kronor i timmen.",
        "Ett nytt inriktningsbeslut för sjukhusbygget i Kalmar",
        "Ägardirektiv för Flygplatsen AB",
    ]
    adopted = [(k.from_id, k.date) for k in links(facts, LinkType.ADOPTED)]
    assert adopted == [("Organization:region:08:regionfullmaktige", "2020-04-02")]


def test_adjectives_future_acts_conditions_and_own_tasks_are_no_decisions() -> None:
    for said in (
        "Rapporten ger en tillbakablick på beslutade åtgärder som nu är genomförda.",
        "Ytterligare två beviljade projekt är Gröna gårdar och Nya vägar.",
        "Bara projekt med ett regionalt mervärde kommer att beviljas medel.",
        "Förutsättningen var dock att Boverket beviljade medel.",
        "Myndigheten ska redovisa sitt uppdrag till regeringen i slutet av året.",
        "Av dessa avsätts 40 miljoner kronor till kommunerna.",
    ):
        text = "Nyhet 2020-04-02\n\nRegionstyrelsen sammanträdde i går. " + said
        assert decisions(facts_at(text, SITE, "2020-04-02")) == {}, said


def test_a_granting_verb_after_a_year_is_still_a_decision() -> None:
    text = "Nyhet 2020-04-02\n\nVåren 2019 beslutade regionstyrelsen att bygga ett nytt bad."
    assert list(decisions(facts_at(text, SITE, "2020-04-02"))) == ["Bygga ett nytt bad"]


def test_seeking_wishing_or_intending_at_a_meeting_is_no_decision() -> None:
    for said in (
        "Regionstyrelsen söker stöd för att genomföra ett projekt om export.",
        "Regionstyrelsen avser att ge förvaltningen ett nytt uppdrag.",
        "Regionstyrelsen framförde önskemål om fler möten med polisen.",
    ):
        text = "Nyhet 2020-04-02\n\nRegionstyrelsen sammanträdde på torsdagen.\n\n" + said
        assert decisions(facts_at(text, SITE, "2020-04-02")) == {}, said


def test_a_body_s_report_in_brief_with_its_day_dates_its_decisions() -> None:
    text = (
        "Regionstyrelsen i korthet\n\n[PRESSMEDDELANDE] Regionstyrelsen i korthet, "
        "2013-12-19.\n\nMedel till kulturen\nRegionstyrelsen har beslutat att avsätta en ram "
        "på 2 miljoner kronor för bidrag till kultur."
    )
    found = decisions(facts_at(text, "https://www.regionvarmland.se/nyheter/korthet", None))
    assert [d.date for d in found.values()] == ["2013-12-19"]
