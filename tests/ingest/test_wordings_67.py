"""Defects found in the sixty-seventh session on development pages, restated as invented
sentences; each test fails on the code before its fix (guard tests say so)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts

from .helpers import facts_at, links

REGION = "https://www.regionort.se/nyheter/service"


def _pairs(facts: SourceFacts, kind: LinkType) -> set[tuple[str, str]]:
    return {(link.from_id, link.to_id) for link in links(facts, kind)}


def test_who_runs_a_project_after_a_fronted_adverbial_takes_part() -> None:
    text = (
        "Service på landsbygden\n\n"
        "Under 2023-2025 driver Region Jämtland Härjedalen projektet Handelskraft Norr. "
        "Målet är att stärka den kommersiella servicen.\n"
    )
    pairs = _pairs(facts_at(text, REGION, "2024-05-02"), LinkType.PARTICIPATES_IN)
    assert ("Organization:region:23", "Initiative:handelskraft-norr") in pairs


def test_a_runner_verb_with_no_organisation_after_it_links_nobody() -> None:
    # guard: a person after the verb is no organisation taking part
    text = (
        "Under våren driver Eva Ek projektet Handelskraft Norr vidare. "
        "Region Jämtland Härjedalen informerar.\n"
    )
    pairs = _pairs(facts_at(text, REGION, "2024-05-02"), LinkType.PARTICIPATES_IN)
    assert not any(to == "Initiative:handelskraft-norr" for _, to in pairs)
