"""Adoptions a headline states and the text dates or corrects, decisions restated or
proposed by back reference, and a date split over two lines. Short fictional texts
written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from ingest.language.dates import find_dates
from tests.ingest.helpers import decided_by, decisions, documents, facts_at, links

TOWN = "https://www.tranas.se/nyheter/2024/beslut"
TRANAS = "Organization:kommun:0687"
KF = "Organization:kommun:0687:kommunfullmaktige"
KS = "Organization:kommun:0687:kommunstyrelsen"


def facts_of(text: str, published: str | None = "2024-06-20") -> SourceFacts:
    return facts_at(text, TOWN, published)


def test_an_inverted_subject_between_fattade_and_beslut_om_adopts_dated() -> None:
    facts = facts_of(
        "Tranås kommun beslutar om cykelstrategi\n\n"
        "Den 18 juni fattade Kommunstyrelsen beslut om Cykelstrategi för Tranås kommun. "
        "Strategin ska göra det lättare att cykla.\n"
    )
    (doc,) = list(documents(facts).values())
    (adopted,) = links(facts, LinkType.ADOPTED, KS, doc.id)
    assert adopted.date == "2024-06-18"
    assert doc.adopted_on == "2024-06-18"
    assert links(facts, LinkType.ADOPTED, TRANAS, doc.id) == []  # the board, not the town


def test_made_on_commission_is_a_description_not_a_decision() -> None:
    facts = facts_of(
        "Ny cykelstrategi\n\nKommunfullmäktige antog Cykelstrategi för Tranås kommun i maj. "
        "Strategin är framtagen av en arbetsgrupp på uppdrag av kommunstyrelsen och gäller "
        "till 2030.\n"
    )
    assert decisions(facts) == {}


def test_a_task_given_on_commission_is_still_a_decision() -> None:
    facts = facts_of(
        "Kommunstyrelsen 18 juni\n\nTekniska förvaltningen utreder cykelvägarna på uppdrag "
        "av kommunstyrelsen under hösten.\n"
    )
    assert any(KS in decided_by(facts, d) for d in decisions(facts).values())


def test_a_headline_adoption_that_the_text_calls_a_proposal_is_none() -> None:
    facts = facts_of(
        "Ny cykelstrategi antagen\n\n18 juni 2024\n\n"
        "Beslut i korthet från kommunstyrelsens sammanträde den 18 juni.\n\n"
        "Kommunstyrelsen beslutade föreslå kommunfullmäktige att anta Cykelstrategi för "
        "Tranås kommun.\n"
    )
    assert [x for x in facts.links if x.type is LinkType.ADOPTED] == []
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {KS}


def test_a_headline_adoption_takes_the_day_the_text_states() -> None:
    facts = facts_of(
        "Kommunfullmäktige antog Cykelstrategi för Tranås kommun\n\n"
        "Kommunfullmäktige antog måndag 17 juni 2024 en viktig satsning för cyklister. "
        "Dokumentet pekar ut tio nya stråk.\n",
        published=None,
    )
    (doc,) = list(documents(facts).values())
    assert {x.date for x in links(facts, LinkType.ADOPTED, KF, doc.id)} >= {"2024-06-17"}
    assert doc.adopted_on == "2024-06-17"


def test_det_foreslar_points_back_to_the_proposal() -> None:
    facts = facts_of(
        "Kommunstyrelsen 18 juni 2024\n\nNy strategi för cykling\n"
        "Tranås kommun ska anta Cykelstrategi för Tranås kommun. Det föreslår kommunstyrelsen "
        "att kommunfullmäktige beslutar på sitt möte i september.\n"
    )
    (decision,) = decisions(facts).values()
    assert decision.summary.startswith("Tranås kommun ska anta")
    assert decision.date == "2024-06-18"  # the board's meeting, not fullmäktige's month
    assert decided_by(facts, decision) == {KS}
    assert [x for x in facts.links if x.type is LinkType.ADOPTED] == []


def test_det_har_beslutat_with_a_reason_points_back() -> None:
    facts = facts_of(
        "Kommunstyrelsen 18 juni 2024\n\nBättre cykelparkering\n"
        "Tranås kommun ska bygga fler cykelställ vid stationen. Det har kommunstyrelsen "
        "beslutat mot bakgrund av en enkät bland resenärerna.\n"
    )
    (decision,) = decisions(facts).values()
    assert decision.summary.startswith("Tranås kommun ska bygga fler cykelställ")


def test_tog_beslut_om_att_is_a_decision() -> None:
    facts = facts_of(
        "Kommunstyrelsen 18 juni 2024\n\nCykling\n"
        "Kommunstyrelsen tog beslut om att bygga tre nya cykelvägar under 2025.\n"
    )
    (decision,) = decisions(facts).values()
    assert "tre nya cykelvägar" in decision.summary
    assert decided_by(facts, decision) == {KS}


def test_a_year_on_the_next_line_is_not_the_date_s_year() -> None:
    found = find_dates("Nytt från nämnden 21 mars\n\n2025-03-27 08:12\n")
    assert [(d.text, d.rule) for d in found] == [
        ("21 mars", "date.day_month"),
        ("2025-03-27", "date.iso"),
    ]
    (same_line,) = find_dates("antogs 21 mars 2025 av nämnden")
    assert same_line.value == "2025-03-21"
