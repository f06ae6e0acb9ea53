"""Counted goal lists, purpose intros, named predecessors and joined initiatives (issue 9,
round 14). Every sentence here is made up.
"""

from __future__ import annotations

import dataclasses

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document, Goal, Initiative
from ingest.pipeline import extract
from tests.ingest.helpers import assert_evidence_rules, links, text_source

ALE_SITE = "https://www.ale.se/nyheter/sida"
REGION_SITE = "https://www.regionexempel.se/utveckling/sida"


def _facts(text: str, uri: str = ALE_SITE) -> SourceFacts:
    facts = extract(dataclasses.replace(text_source(text, "2025-03-01"), uri=uri))
    assert_evidence_rules(facts)
    return facts


def _goal_owners(facts: SourceFacts) -> dict[str, set[str]]:
    titles = {n.id: n.title for n in facts.nodes if isinstance(n, Document)}
    texts = {n.id: n.text for n in facts.nodes if isinstance(n, Goal)}
    found: dict[str, set[str]] = {t: set() for t in texts.values()}
    for x in links(facts, LinkType.HAS_GOAL):
        found[texts[x.to_id]].add(titles.get(x.from_id, x.from_id))
    return found


_POLICY = "Kulturpolicy för Ale kommun\n\nKommunfullmäktige antog kulturpolicyn i mars.\n\n"


def test_a_counted_set_after_a_comma_lists_that_many_goals() -> None:
    text = _POLICY + (
        "I policyn har nämnderna valt att satsa på tre områden, läsning för barn och "
        "unga, levande bygder samt konst och hantverk."
    )
    owners = _goal_owners(_facts(text))
    assert set(owners) == {"läsning för barn och unga", "levande bygder", "konst och hantverk"}
    assert all(len(o) == 1 for o in owners.values())


def test_sub_strategies_after_a_colon_split_at_the_och_before_an_article() -> None:
    text = _POLICY + (
        "Policyn innehåller fyra delstrategier: öppna bibliotek, starka föreningar, "
        "digital kultur och en trygg och tillgänglig kommun."
    )
    assert set(_goal_owners(_facts(text))) == {
        "öppna bibliotek",
        "starka föreningar",
        "digital kultur",
        "en trygg och tillgänglig kommun",
    }


def test_a_count_that_does_not_match_the_items_gives_no_goals() -> None:
    text = _POLICY + (
        "Policyn pekar ut tre områden, och de följs upp av kulturnämnden, fritidsnämnden "
        "och barn- och utbildningsnämnden varje år."
    )
    assert _goal_owners(_facts(text)) == {}


def test_a_genitive_colon_is_no_list_colon() -> None:
    text = _POLICY + (
        "Både nationella mål och EU:s kulturprogram, Unescos konventioner samt "
        "Agenda 2030 ska beaktas i arbetet."
    )
    assert _goal_owners(_facts(text)) == {}


def test_the_purpose_of_an_agreement_lists_its_goals() -> None:
    text = (
        "Överenskommelse om samverkan mellan Ale kommun och Lerums kommun\n\n"
        "Kommunerna har tecknat en ny överenskommelse om samverkan.\n\n"
        "Syftet med överenskommelsen är att:\n\n"
        "  • Inrätta ett gemensamt forum för kommunernas chefer.\n"
        "  • Dela kunskap om näringslivets behov.\n"
    )
    owners = _goal_owners(_facts(text))
    assert set(owners) == {
        "Inrätta ett gemensamt forum för kommunernas chefer",
        "Dela kunskap om näringslivets behov",
    }
    assert all(len(o) == 1 for o in owners.values())


def test_what_a_strategy_shall_contribute_to_are_its_goals() -> None:
    text = (
        "Strategi för besöksnäringen i Ale kommun\n\n"
        "Kommunstyrelsen antog strategin i maj.\n\n"
        "Strategin ska bidra till:\n\n"
        "  • fler året runt-jobb i besöksnäringen\n"
        "  • att fler gäster stannar över natten\n"
    )
    assert set(_goal_owners(_facts(text))) == {
        "fler året runt-jobb i besöksnäringen",
        "att fler gäster stannar över natten",
    }


def test_a_list_of_means_is_no_purpose_list() -> None:
    text = (
        "Strategi för besöksnäringen i Ale kommun\n\n"
        "Kommunen stödjer företagen genom:\n\n"
        "  • rådgivning till nya företag\n"
        "  • träffar med näringslivet\n"
    )
    assert _goal_owners(_facts(text)) == {}


def test_the_earlier_plan_named_with_its_period_is_revised() -> None:
    text = (
        "Plan för livsmedelskontroll 2025-2027\n\n"
        "Här beskrivs vilken kontroll kommunen gör under perioden 2025-2027. Planen "
        "redovisar också hur det gick med den tidigare planen som gällde för åren 2022-2024.\n"
    )
    facts = _facts(text)
    revised = {(x.from_id, x.to_id) for x in links(facts, LinkType.REVISES)}
    assert len(revised) == 1
    newer, older = next(iter(revised))
    assert newer.endswith("2025-2027") and older.endswith("2022-2024")


def test_a_named_predecessor_outside_the_sentence_of_a_newer_one_is_left() -> None:
    text = (
        "Plan för livsmedelskontroll 2025-2027\n\n"
        "Kommunen ska kontrollera fler verksamheter. Den tidigare planen 2022-2024 "
        "följdes upp i vintras.\n"
    )
    assert not links(_facts(text), LinkType.REVISES)


def _initiatives(facts: SourceFacts) -> dict[str, str]:
    return {n.id: n.name for n in facts.nodes if isinstance(n, Initiative)}


def test_a_hyphenated_service_a_region_joins_is_an_initiative() -> None:
    facts = _facts(
        "Beslut i korthet\n\nAtt Region Skåne ansluter sig till e-hälsoportal från 1 maj.",
        REGION_SITE,
    )
    names = _initiatives(facts)
    assert list(names.values()) == ["E-hälsoportal"]
    joined = links(facts, LinkType.PARTICIPATES_IN, to_id=next(iter(names)))
    assert [x.from_id for x in joined] == ["Organization:region:12"]


def test_a_collaboration_joined_with_its_county_gets_every_joiner() -> None:
    facts = _facts(
        "Ale kommun ska tillsammans med de andra kommunerna och Västra Götalandsregionen gå in i "
        "läsfrämjandesamverkan Västra Götaland nästa år."
    )
    names = _initiatives(facts)
    assert list(names.values()) == ["Läsfrämjandesamverkan Västra Götaland"]
    joiners = {x.from_id for x in links(facts, LinkType.PARTICIPATES_IN)}
    assert joiners == {"Organization:kommun:1440", "Organization:region:14"}


def test_joining_an_agreement_or_an_indefinite_network_is_no_initiative() -> None:
    facts = _facts(
        "Kommunen ska ansluta sig till förslaget och gå med i ett nätverk för skolor. "
        "Nämnden gick in i en ny fas."
    )
    assert _initiatives(facts) == {}
