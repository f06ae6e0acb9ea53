"""Periods set after a place's name in a title, and one period closing a pair of titles
("Kulturstrategi Örebro län och regional kulturplan 2022-2026"). Short fictional texts
written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import SourceFacts
from tests.ingest.helpers import documents, facts_at

REGION_SITE = "https://www.regionorebrolan.se/nyheter/2024/kultur"


def ids_of(text: str) -> set[str]:
    facts: SourceFacts = facts_at(text, REGION_SITE, "2024-05-14")
    return set(documents(facts))


def test_a_two_word_county_between_noun_and_period() -> None:
    facts = facts_at(
        "Regionfullmäktige antog i dag Regional biblioteksplan Västra Götaland 2024-2027.",
        "https://www.vgregion.se/politik/nyheter/2024/kultur",
        "2024-05-14",
    )
    found = set(documents(facts))
    assert "Document:regional:plan:lan:14:biblioteks:2024-2027" in found, found


def test_one_period_closes_a_titled_pair_with_a_place_between() -> None:
    found = ids_of(
        "Regionfullmäktige antog i dag Kulturstrategi Örebro län och regional kulturplan 2022-2026."
    )
    assert "Document:regional:strategy:lan:18:kultur:2022-2026" in found, found
    assert "Document:regional:plan:lan:18:kultur:2022-2026" in found, found


def test_capitalised_words_that_name_no_place_share_no_period() -> None:
    found = ids_of(
        "Regionfullmäktige antog i dag Kulturstrategi Nya Tider och regional kulturplan 2022-2026."
    )
    assert "Document:regional:strategy:lan:18:kultur:2022-2026" not in found, found


def test_a_county_named_strategy_with_a_period_is_not_a_topic_strategy_renamed() -> None:
    facts = facts_at(
        "Folkhälsostrategi\n\n"
        "Region Värmlands folkhälsostrategi pekar ut tre områden.\n\n"
        "Värmlandsstrategin 2014-2020\n\n"
        "Folkhälsostrategin har koppling till Värmlandsstrategin.\n",
        "https://www.regionvarmland.se/folkhalsa",
        None,
    )
    found = set(documents(facts))
    assert "Document:regional:strategy:lan:17:2014-2020" in found, found
    assert "Document:regional:strategy:lan:17:folkhalso:2014-2020" not in found, found


def test_a_county_named_strategy_may_name_the_development_strategy_before_it() -> None:
    facts = facts_at(
        "Ny regional utvecklingsstrategi\n\n"
        "Regionfullmäktige har antagit en ny regional utvecklingsstrategi. "
        "Värmlandsstrategin 2021-2040 gäller hela länet.\n",
        "https://www.regionvarmland.se/nyheter/rus",
        "2021-06-01",
    )
    found = set(documents(facts))
    assert "Document:regional:strategy:lan:17:2021-2040" in found, found
    assert len(found) == 1, found


def test_a_sentence_opening_with_a_named_strategy_gives_it_the_years_it_is_valid() -> None:
    facts = facts_at(
        "Folkhälsa\n\n"
        "Regionen har tagit fram en strategi för jämlik hälsa.\n\n"
        "Strategin Tillsammans för en god hälsa i Värmland gäller år 2016-2025 och ska "
        "stärka samverkan.\n",
        "https://www.regionvarmland.se/folkhalsa",
        None,
    )
    found = set(documents(facts))
    assert "Document:regional:strategy:lan:17:2016-2025" in found, found


def test_our_regional_development_strategy_is_one_of_its_own() -> None:
    facts = facts_at(
        "Regional livsmedelsstrategi\n\nDen regionala livsmedelsstrategin visar hur "
        "livsmedelskedjan kan bidra till målen som tagits fram i vår regionala "
        "utvecklingsstrategi.\n",
        "https://www.lansstyrelsen.se/vasternorrland/publikationer/livsmedel",
        None,
    )
    found = set(documents(facts))
    assert found == {
        "Document:regional:strategy:lan:22:livsmedelsstrategi",
        "Document:regional:strategy:lan:22:utvecklingsstrategi",
    }, found


def test_a_yearly_budget_plan_and_a_meeting_schedule_are_no_steering_documents() -> None:
    facts = facts_at(
        "Näringslivsstrategi\n\nStrategin ska tillämpas parallellt med Årsplan med budget "
        "2024-2027. Kommunstyrelsen antog också en sammanträdesplan för nämnderna och "
        "en förvaltningsplan.\n",
        "https://www.tranas.se/naringsliv/strategi",
        None,
    )
    assert not [d for d in documents(facts) if "arsplan" in d or "sammantrades" in d], sorted(
        documents(facts)
    )
    assert not [d for d in documents(facts) if "forvaltningsplan" in d]


def test_a_topic_ends_before_an_adverb_of_frequency() -> None:
    facts = facts_at(
        "Bostäder\n\nEnligt lagen ska varje kommun besluta om riktlinjer för "
        "bostadsförsörjningen minst en gång varje\nmandatperiod.\n",
        "https://www.tranas.se/bostad/riktlinjer",
        None,
    )
    assert all("minst" not in d.title for d in documents(facts).values())


def test_an_inspection_routine_is_no_steering_document() -> None:
    facts = facts_at(
        "Livsmedel\n\nVerksamheten ska ha ett egenkontrollprogram för livsmedel.\n",
        "https://www.tranas.se/livsmedel/kontroll",
        None,
    )
    assert documents(facts) == {}
