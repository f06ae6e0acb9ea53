"""Mechanisms first met in the forty-third session (2026-12-05). Short fictional texts
written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Activity
from tests.ingest.helpers import facts_at, links

_AGENCY = "https://www.exempelmyndigheten.se/nyheter/handlingsplan/"


def _responsible(text: str, uri: str = _AGENCY) -> dict[str, str]:
    """Each activity's description and who is RESPONSIBLE_FOR it ('' if no one)."""
    facts = facts_at(text, uri, "2025-02-03")
    who = {k.to_id: k.from_id for k in links(facts, LinkType.RESPONSIBLE_FOR)}
    return {n.description: who.get(n.id, "") for n in facts.nodes if isinstance(n, Activity)}


def test_a_verb_led_items_own_ansvarig_gives_its_responsible_body() -> None:
    text = (
        "Nationell handlingsplan för friluftsliv 2025-2028\n\n"
        "Handlingsplanen innehåller tolv åtgärder. Några exempel:\n"
        "- Ta fram en vägledning om tillgängliga leder. Ansvarig: Naturvårdsverket.\n"
        "- Utveckla statistiken om friluftsliv. Ansvarig: Statistiska centralbyrån.\n"
        "- Kartlägga hinder för barns utevistelse. Ansvarig: Boverket.\n"
    )
    found = _responsible(text)
    assert found == {
        "Ta fram en vägledning om tillgängliga leder": "Organization:nationell:naturvardsverket",
        "Utveckla statistiken om friluftsliv": "Organization:nationell:statistiska-centralbyran",
        "Kartlägga hinder för barns utevistelse": "Organization:nationell:boverket",
    }, found
