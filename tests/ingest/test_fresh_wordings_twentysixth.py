"""Wordings first met on development pages in the twenty-sixth session (2026-12-02).
Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import facts_at, links

COUNTY = "https://www.lansstyrelsen.se/vastmanland/nyheter/2024/trygg-torget.html"
HEAD = "Länsstyrelsen Västmanland\n\nNyheter\n\n2024-03-14\n\n"


def _initiatives_and_members(text: str) -> tuple[list[str], set[tuple[str, str]]]:
    facts = facts_at(HEAD + text, COUNTY, "2024-03-14")
    found = sorted(n.id for n in facts.nodes if n.id.startswith("Initiative:"))
    members = {(k.from_id, k.to_id) for k in links(facts, LinkType.PARTICIPATES_IN)}
    return found, members


def test_a_joint_project_compound_before_mellan_lists_the_partners() -> None:
    found, members = _initiatives_and_members(
        "Projektet Trygg handel startar i vår. Trygg handel är ett samarbetsprojekt mellan "
        "Köpmannaföreningen Väst, Polismyndigheten och Länsstyrelsen i Västmanlands län.\n"
    )
    assert found == ["Initiative:trygg-handel"], found
    assert ("Organization:nationell:polismyndigheten", "Initiative:trygg-handel") in members
    assert ("Organization:lansstyrelse:19", "Initiative:trygg-handel") in members


def test_a_name_after_projektet_ends_where_the_page_names_it_on_its_own() -> None:
    found, _ = _initiatives_and_members(
        "Länsstyrelsen har fått pengar för att inom projektet Trygg handel stötta butiker att "
        "förebygga stölder.\n\nTrygg handel pågår till hösten 2025.\n"
    )
    assert found == ["Initiative:trygg-handel"], found
