"""Goals and activities of a page's document, on invented texts (issue 9, real8 classes).

Labelled and compound goal words, goals that only answer to another document, a
party's listed commitments, a page that names one document, example lists and
"målet om ...". Every sentence here is made up.
"""

from __future__ import annotations

import dataclasses

from graph.edges import LinkType, SourceFacts
from graph.nodes import Activity, Document, Goal
from ingest.pipeline import extract
from tests.ingest.helpers import assert_evidence_rules, text_source

ALE_SITE = "https://www.ale.se/nyheter/sida"
LST_SITE = "https://www.lansstyrelsen.se/halland/samhalle/sida.html"


def _facts(text: str, uri: str = ALE_SITE) -> SourceFacts:
    source = dataclasses.replace(text_source(text, "2025-03-01"), uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def _goals(facts: SourceFacts) -> dict[str, str]:
    return {n.id: n.text for n in facts.nodes if isinstance(n, Goal)}


def _titles(facts: SourceFacts) -> dict[str, str]:
    return {n.id: n.title for n in facts.nodes if isinstance(n, Document)}


def _has_goal(facts: SourceFacts) -> set[tuple[str, str]]:
    titles, goals = _titles(facts), _goals(facts)
    return {
        (titles.get(x.from_id, x.from_id), goals.get(x.to_id, x.to_id))
        for x in facts.links
        if x.type is LinkType.HAS_GOAL
    }


def test_a_goal_labelled_with_an_adjective_and_a_number() -> None:
    facts = _facts(
        "Ale kommun\n\nFolkhälsostrategi för Ale kommun 2024-2030\n\n"
        "Strategin har två långsiktiga mål.\n\n"
        "Långsiktigt mål 1: Fler unga i Ale mår bra\n\n"
        "Arbetet följs upp varje år.\n"
    )
    assert "Fler unga i Ale mår bra" in _goals(facts).values()
    owners = {doc for doc, goal in _has_goal(facts) if goal == "Fler unga i Ale mår bra"}
    assert len(owners) == 1 and "Folkhälsostrategi" in next(iter(owners))


def test_a_compound_goal_word_opens_a_goal_list() -> None:
    facts = _facts(
        "Ale kommun\n\nTrygghet i Ale\n\n"
        "I Ale kommuns trygghetsplan 2024-2027 finns tydliga effektmål. Effektmålen är:\n\n"
        " • Färre inbrott i bostäder\n • Ökad trygghet i centrum\n"
    )
    goals = set(_goals(facts).values())
    assert {"Färre inbrott i bostäder", "Ökad trygghet i centrum"} <= goals
    assert len({doc for doc, _ in _has_goal(facts)}) == 1


def test_a_word_merely_ending_in_mal_opens_no_goal_list() -> None:
    facts = _facts(
        "Ale kommun\n\nFolkhälsostrategi för Ale kommun 2024-2030\n\n"
        "Strategin har följande ändamål:\n\n • Samla arbetet\n • Ge stöd åt nämnderna\n"
    )
    assert not _goals(facts)


def test_goals_that_answer_to_another_document_belong_to_the_page_document() -> None:
    facts = _facts(
        "Ale kommun\n\nNy utvecklingsstrategi\n\n"
        "Kommunfullmäktige har antagit Utvecklingsstrategi för Ale kommun. Nytt är att "
        "strategin har fått tre mål. Målen står i relation till den "
        "nationella strategin för regional utveckling 2021-2030 och till läget i kommunen:\n\n"
        " • Fler jobb i hela kommunen\n • Ren luft i centrum\n • Trygga skolvägar\n"
    )
    owners = {doc for doc, goal in _has_goal(facts) if goal == "Ren luft i centrum"}
    assert owners and all("Ale" in doc for doc in owners), owners


def test_a_named_party_s_commitments_are_its_activities_in_the_agreement() -> None:
    facts = _facts(
        "Länsstyrelsen Halland\n\nSamverkan om vattenvård\n\n"
        "Länsstyrelsen och kommunerna i länet har tecknat en överenskommelse om vattenvård.\n\n"
        "Länsstyrelsen åtar sig att:\n\n"
        " • samordna den gemensamma arbetsgruppen\n • ordna två seminarier om året\n\n"
        "Genom överenskommelsen åtar sig kommunerna att:\n\n • rapportera sina åtgärder\n",
        LST_SITE,
    )
    activities = {n.id: n.description for n in facts.nodes if isinstance(n, Activity)}
    assert set(activities.values()) == {
        "samordna den gemensamma arbetsgruppen",
        "ordna två seminarier om året",
    }
    responsible = {
        (x.from_id, activities[x.to_id]) for x in facts.links if x.type is LinkType.RESPONSIBLE_FOR
    }
    assert {org for org, _ in responsible} == {"Organization:lansstyrelse:13"}
    assert len(responsible) == 2
    owners = {x.from_id for x in facts.links if x.type is LinkType.HAS_ACTIVITY}
    assert len(owners) == 1 and owners <= set(_titles(facts))


def test_a_page_that_names_one_document_owns_its_goal_list() -> None:
    facts = _facts(
        "Ale kommun\n\nSamarbete mot brott\n\n"
        "Målet med överenskommelsen är att fler ska känna sig trygga i Ale.\n\n"
        "Fokusområdena är:\n\n • Trafiksäkerhet\n • Skolor och unga\n\n"
        "- Nu har vi en samverkansöverenskommelse som håller, säger Eva Ekholm.\n"
    )
    goals = {goal for _, goal in _has_goal(facts)}
    assert {"Trafiksäkerhet", "Skolor och unga"} <= goals


def test_goals_the_work_builds_on_are_not_the_document_s_goals() -> None:
    facts = _facts(
        "Ale kommun\n\nFolkhälsoplan för Ale kommun 2024-2027\n\n"
        "Arbetet grundar sig även på lagar och nationella mål, såsom Agenda 2030, "
        "och regionala satsningar.\n"
    )
    assert not _goals(facts)


def test_the_goal_a_document_serves_by_malet_om() -> None:
    facts = _facts(
        "Ale kommun\n\nNäringslivsstrategi för Ale kommun\n\n"
        "Strategin ska bidra till det övergripande målet om ett starkt näringsliv i hela "
        "kommunen.\n"
    )
    assert ("Näringslivsstrategi för Ale kommun", "ett starkt näringsliv i hela kommunen") in (
        _has_goal(facts)
    )


def test_malet_om_without_a_document_in_the_sentence_gives_no_goal() -> None:
    facts = _facts(
        "Ale kommun\n\nNäringslivsstrategi för Ale kommun\n\n"
        "Kommunen antog strategin i maj. Alla vill nå målet om ett tryggt samhälle.\n"
    )
    assert "ett tryggt samhälle" not in _goals(facts).values()
