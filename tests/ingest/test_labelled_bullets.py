"""List shapes first met on a regional newsroom page (forty-second session): bullets
printed alone on their lines above their items, and dash items that open with a short
label and go on to say what it means. Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Goal
from ingest.language.lone_bullets import join_lone_bullets
from tests.ingest.helpers import facts_at, links

SITE = "https://www.norrbotten.se/nyheter/plan"


def _facts(text: str) -> SourceFacts:
    return facts_at(text, SITE, "2025-12-03")


def _goals(facts: SourceFacts) -> list[str]:
    return sorted(n.text for n in facts.nodes if isinstance(n, Goal))


def test_a_lone_bullet_joins_its_item_and_keeps_every_offset() -> None:
    text = "Områden:\n-\n\nFolkhälsa och välfärd\n-\nKultur\n-\n-\n"
    joined = join_lone_bullets(text)
    assert len(joined) == len(text)
    assert joined.splitlines()[1:3] == ["-  Folkhälsa och välfärd", "- Kultur"]
    assert joined.endswith("-\n-\n")  # an empty item stays as it was


def test_labelled_dash_items_under_a_list_opener_are_goals() -> None:
    facts = _facts(
        "Ny plan för länet\n\n"
        "Nämndens nya plan för 2026-2028 lyfter fram några viktiga områden:\n"
        "-\n"
        "Attraktiva livsmiljöer. Skapa hållbara boendemiljöer i stad och land.\n"
        "-\n"
        "Folkhälsa och välfärd. Minska hälsoklyftor genom samverkan.\n"
    )
    assert _goals(facts) == [
        "Attraktiva livsmiljöer. Skapa hållbara boendemiljöer i stad och land",
        "Folkhälsa och välfärd. Minska hälsoklyftor genom samverkan",
    ]
    assert len(links(facts, LinkType.HAS_GOAL)) == 2


def test_dash_lines_of_a_quotation_are_still_no_items() -> None:
    facts = _facts(
        "Ny plan för länet\n\n"
        "Regionala utvecklingsnämnden har antagit en plan för 2026-2028.\n"
        "- Vi har arbetat länge. Nu är planen klar.\n"
        "- Den gäller hela länet. Alla ska vara med.\n"
    )
    assert _goals(facts) == []
