"""A document's name and title boundary on vague pages, on invented sentences: a name set
after a generic noun, a name in apposition with its dash-set subtitle, a named earlier
version, what every body must have, and where a topic ends (a new clause, "genom", a
supine), and a title repeated bare later on the page."""

from __future__ import annotations

from graph.edges import SourceFacts
from tests.ingest.helpers import documents, facts_at

ALE_SITE = "https://www.ale.se/nyheter/sida"
REGION_SITE = "https://www.regionvarmland.se/nyheter/sida"


def _titles(text: str, uri: str = ALE_SITE) -> list[str]:
    facts: SourceFacts = facts_at(text, uri, "2025-03-01")
    return sorted(d.title for d in documents(facts).values())


def test_a_name_after_a_generic_noun_runs_over_its_phrases_to_the_verb() -> None:
    titles = _titles(
        "Strategin Tillsammans för ett tryggare liv i Ale kommun antogs av "
        "kommunfullmäktige i mars 2024."
    )
    assert titles == ["Tillsammans för ett tryggare liv i Ale kommun"]


def test_a_name_in_apposition_with_a_subtitle_is_the_generic_mentions_document() -> None:
    titles = _titles(
        "I går antog regionfullmäktige den nya regionala utvecklingsstrategin, "
        "Skogsstrategin 2040 \u2013 Gemensamt för ett starkt län. Strategin ersätter den "
        "befintliga Skogsstrategin \u2013 Länet 2025.",
        REGION_SITE,
    )
    assert titles == [
        "Skogsstrategin 2040 \u2013 Gemensamt för ett starkt län",
        "Skogsstrategin \u2013 Länet 2025",
    ]


def test_a_short_headline_name_is_the_named_document() -> None:
    titles = _titles(
        "Ny Skogsstrategi klar\n\nI går antog regionfullmäktige den nya regionala "
        "utvecklingsstrategin, Skogsstrategin 2040 \u2013 Gemensamt för ett starkt län.",
        REGION_SITE,
    )
    assert titles == ["Skogsstrategin 2040 \u2013 Gemensamt för ett starkt län"]


def test_what_every_body_must_have_is_no_document() -> None:
    assert _titles("Alla regioner ska enligt lag ha en strategi för länets utveckling.") == []
    assert _titles("Kommunen har en strategi för länets utveckling sedan 2019.") != []


def test_a_topic_ends_before_a_new_clause_or_a_means() -> None:
    assert _titles(
        "Kommunstyrelsen antog en strategi för friluftslivet och det ingår i uppdraget "
        "att följa upp den."
    ) == ["Strategi för friluftslivet"]
    assert _titles(
        "Kommunstyrelsen antog ett åtgärdsprogram för vattenmiljön genom lokala samarbeten."
    ) == ["Åtgärdsprogram för vattenmiljön"]


def test_a_topic_ends_before_a_supine() -> None:
    titles = _titles("Under året har en regional handlingsplan för friluftsliv tagits fram.")
    assert titles == ["Regional handlingsplan för friluftsliv"]


def test_a_title_repeated_bare_is_the_same_document() -> None:
    titles = _titles(
        "Målet finns i Värmlands länsgemensamma handlingsplan för friluftsliv 2020 - 2024. "
        "Inom ramen för handlingsplan för friluftsliv 2020-2024 har kommunerna startat projekt."
    )
    assert len(titles) == 1
