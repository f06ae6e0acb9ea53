"""Goal cues on invented sentences: counted areas, examples, a goal after a colon,
"Inriktningen", a goal of an assignment, quoted paragraphs after a dash."""

from __future__ import annotations

import dataclasses

from graph.edges import LinkType
from graph.nodes import Document, Goal
from ingest.pipeline import extract
from tests.ingest.helpers import assert_evidence_rules, text_source

from .helpers import links

REGION_SITE = "https://www.regionblekinge.se/nyheter/sida"


def _goals(text: str, uri: str | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Goal text -> owning document title (or '' without one); document id -> title."""
    source = text_source(text, "2025-03-01")
    facts = extract(dataclasses.replace(source, uri=uri) if uri else source)
    assert_evidence_rules(facts)
    docs = {n.id: n.title for n in facts.nodes if isinstance(n, Document)}
    goals = {n.id: n.text for n in facts.nodes if isinstance(n, Goal)}
    owner = {k.to_id: docs.get(k.from_id, "") for k in links(facts, LinkType.HAS_GOAL)}
    return {text: owner.get(gid, "") for gid, text in goals.items()}, docs


def test_a_counted_set_of_areas_after_a_colon_ends_at_a_spaced_dash() -> None:
    goals, _ = _goals(
        "Region Blekinge\n\nRegion Blekinge har antagit en regional utvecklingsstrategi för "
        "2026-2040. I strategin formuleras detta i fyra områden: en grön region, en öppen "
        "region, en trygg region och en rik region - med ambitionen att vända trenden."
    )
    assert sorted(goals) == [
        "en grön region",
        "en rik region",
        "en trygg region",
        "en öppen region",
    ]
    assert set(goals.values()) == {"Regional utvecklingsstrategi 2026-2040"}


def test_one_goal_after_malet_and_a_colon_belongs_to_the_document_named() -> None:
    goals, _ = _goals(
        "Region Blekinge\n\nRegion Blekinge har antagit en regional handlingsplan för "
        "2026-2029. I Blekingestrategin finns målet: \u201d2030 har alla unga en plats i "
        "arbetslivet.\u201d",
        REGION_SITE,
    )
    assert goals == {"2030 har alla unga en plats i arbetslivet": "Blekingestrategin"}


def test_inriktningen_states_a_goal_like_malet() -> None:
    goals, _ = _goals(
        "Ale kommun\n\nKommunfullmäktige antog Program för idrott 2026-2030. Inriktningen i "
        "programmet är att fler barn ska röra sig varje dag."
    )
    assert goals == {"fler barn ska röra sig varje dag": "Program för idrott 2026-2030"}


def test_inriktningen_over_a_list_introduces_goals() -> None:
    goals, _ = _goals(
        "Ale kommun\n\nKommunen och polisen har skrivit under en ny samverkansöverenskommelse "
        "för 2026-2029.\n\nInriktningen på den nya samverkansöverenskommelsen:\n\n"
        "  \u2022 Färre inbrott\n  \u2022 Tryggare torg\n"
    )
    assert sorted(goals) == ["Färre inbrott", "Tryggare torg"]


def test_the_goal_of_an_assignment_is_no_goal_of_the_page_s_document() -> None:
    goals, docs = _goals(
        "Regeringen\n\nEn ny nationell strategi för friluftsliv ska tas fram. Syftet med "
        "uppdraget är att samla kunskap. Målsättningen är att stärka samordningen mellan "
        "myndigheterna."
    )
    assert docs and goals == {}


def test_a_dash_paragraph_of_several_sentences_is_a_quote_not_a_list_item() -> None:
    goals, _ = _goals(
        "Region Blekinge\n\nRegion Blekinge har antagit en regional utvecklingsstrategi för "
        "2026-2040. Med strategins prioriterade områden som grund tas handlingsplaner fram.\n\n"
        "\u2013 Det är glädjande att alla står bakom strategin. Nu börjar arbetet med att "
        "förverkliga den i hela länet\n"
    )
    assert goals == {}
