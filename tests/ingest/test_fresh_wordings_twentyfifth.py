"""Wordings first met on development pages in the twenty-fifth session (2026-12-02).
Short fictional texts written for these tests."""

from __future__ import annotations

from tests.ingest.helpers import documents, facts_at

MUNICIPAL = "https://www.flen.se/nyheter/2024/kommunfullmaktige-i-korthet"
REGIONAL = "https://www.regionsormland.se/nyheter/2024/ny-handlingsplan"
HEAD = "Flens kommun\n\nNyheter\n\n2024-03-14\n\n"


def _documents(text: str, uri: str = MUNICIPAL) -> list[str]:
    return sorted(documents(facts_at(HEAD + text, uri, "2024-03-14")))


def test_a_bare_plan_takes_the_topic_of_its_later_definite_naming() -> None:
    found = _documents(
        "Regionfullmäktige gav regionstyrelsen i uppdrag att ta fram en handlingsplan.\n\n"
        "Handlingsplanen för den digitala utvecklingen i länet beskriver hur arbetet ska "
        "bedrivas de kommande åren.\n",
        REGIONAL,
    )
    assert found == [
        "Document:regional:action-plan:lan:04:handlingsplan-for-den-digitala-utvecklingen-i-lanet"
    ], found


def test_a_described_plan_keeps_its_own_name() -> None:
    described = _documents(
        "Kommunstyrelsen har antagit en digital handlingsplan. Handlingsplanen för skolans "
        "it-miljö är en del av den.\n"
    )
    assert not [d for d in described if "skolans" in d], described
