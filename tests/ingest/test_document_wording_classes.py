"""Document titles, periods, co-makers, signings, coordination and goals worded as
unseen pages word them (issue 9), on small invented texts."""

from __future__ import annotations

import dataclasses

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document, Goal
from ingest.pipeline import extract
from tests.ingest.helpers import assert_evidence_rules, links, text_source

ALE_SITE = "https://www.ale.se/nyheter/sida"
REGION_SITE = "https://www.regionkronoberg.se/nyheter/sida"
LST_SITE = "https://www.lansstyrelsen.se/kalmar/nyheter/sida"


def _facts(text: str, uri: str = ALE_SITE) -> SourceFacts:
    source = dataclasses.replace(text_source(text, "2025-03-01"), uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def _documents(facts: SourceFacts) -> list[Document]:
    return [n for n in facts.nodes if isinstance(n, Document)]


def _goals(facts: SourceFacts) -> set[str]:
    return {n.text for n in facts.nodes if isinstance(n, Goal)}


def test_a_capitalised_title_word_stays_in_the_title() -> None:
    facts = _facts("Kommunfullmäktige antog i går Grön omställningsstrategi för näringslivet.")
    titles = [d.title.lower() for d in _documents(facts)]
    assert any(t.startswith("grön omställningsstrategi") for t in titles), titles


def test_a_name_before_a_definite_noun_is_no_title_word() -> None:
    facts = _facts("I dag presenterar ministern Karin Holm programmet för riksdagen.")
    assert not any("holm" in d.title.lower() for d in _documents(facts))


def test_a_place_between_the_noun_and_its_period_gives_the_period() -> None:
    facts = _facts(
        "Regionfullmäktige antog en ny kulturplan. Läs mer i Kulturplan Kronoberg 2026\u20132028",
        REGION_SITE,
    )
    periods = {(d.period_start, d.period_end) for d in _documents(facts)}
    assert (2026, 2028) in periods, periods


def test_a_period_the_next_sentence_states_joins_the_document() -> None:
    facts = _facts(
        "Ale kommun har tagit fram en digital agenda för kommunen. "
        "Agendan avser perioden 2026\u20132029 och de följande åren."
    )
    docs = _documents(facts)
    assert len(docs) == 1
    assert (docs[0].period_start, docs[0].period_end) == (2026, 2029)


def test_partners_after_the_agent_made_the_document_too() -> None:
    facts = _facts(
        "Handlingsplanen för ett tryggare län är framtagen av Länsstyrelsen Kalmar län i "
        "samverkan med Kommunförbundet Kalmar län och Region Kalmar län.",
        LST_SITE,
    )
    makers = {k.from_id for k in links(facts, LinkType.ISSUED)}
    assert {"Organization:lansstyrelse:08", "Organization:region:08"} <= makers, makers


def test_organisations_that_agree_on_a_document_issued_it() -> None:
    facts = _facts(
        "Ale kommun och Region Kronoberg har enats kring en gemensam digital agenda för länet."
    )
    makers = {k.from_id for k in links(facts, LinkType.ISSUED)}
    assert "Organization:kommun:1440" in makers, makers


def test_parties_that_conclude_an_agreement_signed_it() -> None:
    facts = _facts(
        "Ale kommun och Polismyndigheten sluter en ny samverkansöverenskommelse för åren "
        "2026\u20132029."
    )
    signers = {k.from_id for k in links(facts, LinkType.SIGNED)}
    assert "Organization:kommun:1440" in signers, signers


def test_a_modal_coordination_after_an_aside_coordinates_the_programme() -> None:
    facts = _facts(
        "Under året börjar arbetet där Folkhälsomyndigheten, genom en ny samverkansgrupp, ska "
        "koordinera och följa upp det nationella handlingsprogrammet för psykisk hälsa."
    )
    assert links(facts, LinkType.COORDINATES, "Organization:nationell:folkhalsomyndigheten")


def test_goals_the_goals_are_about_are_one_each() -> None:
    facts = _facts(
        "Ale kommun har antagit en ny kulturplan för 2026\u20132028. Målen handlar om att "
        "kulturlivet ska vara starkt, att alla ska kunna delta och särskilt att unga ska "
        "skapa själva."
    )
    goals = _goals(facts)
    assert "kulturlivet ska vara starkt" in goals, goals
    assert "unga ska skapa själva" in goals, goals


def test_a_vision_of_a_named_document_is_a_goal_without_its_quotes() -> None:
    facts = _facts(
        "Ale kommun har fått en ny handlingsplan mot våld. "
        "Visionen med handlingsplanen är \u201dett Ale fritt från våld\u201d."
    )
    assert "ett Ale fritt från våld" in _goals(facts)


def test_what_goals_are_for_is_no_goal() -> None:
    facts = _facts(
        "Ale kommun har fått en ny handlingsplan mot våld. Målsättningarna i handlingsplanen "
        "är tänkta som ett stöd i det dagliga arbetet."
    )
    assert not _goals(facts)


def test_a_bare_focus_after_a_funding_decision_lists_no_goals() -> None:
    facts = _facts(
        "Ale kommun har en klimatstrategi sedan tidigare.\n\n"
        "Nämnden beslutade att satsa särskilda medel. Fokus ligger på kollektivtrafik, "
        "solenergi och energirådgivning."
    )
    assert not _goals(facts)
