"""Constructions found in the sixty-eighth session on development pages, restated as
invented sentences; each test fails on the code before its fix (guard tests say so)."""

from __future__ import annotations

from graph.edges import SourceFacts
from graph.nodes import Initiative

from .helpers import facts_at

REGION = "https://www.regionort.se/nyheter/projekt"


def _period(facts: SourceFacts, initiative_id: str) -> tuple[int | None, int | None]:
    node = next(n for n in facts.nodes if n.id == initiative_id)
    assert isinstance(node, Initiative)
    return node.period_start, node.period_end


def test_a_project_runs_between_two_dates() -> None:
    text = (
        "Nytt projekt för besöksnäringen\n\n"
        'Regionala utvecklingsnämnden beviljade idag medfinansiering av projektet "Gästfritt". '
        "Projektet löper från 1 september 2019 till 31 augusti 2022.\n"
    )
    facts = facts_at(text, REGION, "2019-06-12")
    assert _period(facts, "Initiative:gastfritt") == (2019, 2022)


def test_the_years_a_grant_is_spread_over_are_the_projects() -> None:
    text = (
        "Satsning på företag\n\n"
        "Region Jämtland Härjedalen kommer att medfinansiera projektet Handelskraft Norr "
        "med 2 miljoner kronor, fördelade på åren 2021 \u2013 2023.\n"
    )
    facts = facts_at(text, REGION, "2020-11-02")
    assert _period(facts, "Initiative:handelskraft-norr") == (2021, 2023)


def test_a_fronted_period_dates_the_project_run_in_its_sentence() -> None:
    text = (
        "Service på landsbygden\n\n"
        "Under 2023-2025 driver Region Jämtland Härjedalen projektet Handelskraft Norr.\n"
    )
    facts = facts_at(text, REGION, "2023-02-01")
    assert _period(facts, "Initiative:handelskraft-norr") == (2023, 2025)


def test_a_grant_period_in_a_sentence_naming_two_projects_dates_neither() -> None:
    # guard: the years could belong to either project
    text = (
        "Två projekt får stöd\n\n"
        "Nämnden ger projektet Handelskraft Norr och projektet Gästfritt 2 miljoner kronor "
        "under åren 2021-2023.\n"
    )
    facts = facts_at(text, REGION, "2020-11-02")
    assert _period(facts, "Initiative:handelskraft-norr") == (None, None)
    assert _period(facts, "Initiative:gastfritt") == (None, None)
