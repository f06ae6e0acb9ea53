"""Documents with a period: the compound's topic keeps one municipality's programmes of
one term of office apart, and a region's strategy named on its county keeps one id."""

from __future__ import annotations

import pytest

from graph.nodes import Document
from ingest.rules.document_words import compound_topic
from tests.ingest.helpers import facts_at

MORA_SITE = "https://www.mora.se/nyheter/program"
DALARNA_SITE = "https://www.regiondalarna.se/nyheter/strategi"


def _ids(text: str, uri: str) -> list[str]:
    facts = facts_at(text, uri, "2024-05-02")
    return sorted(n.id for n in facts.nodes if isinstance(n, Document))


def test_two_programmes_of_one_term_are_two_documents() -> None:
    ids = _ids(
        "Kommunfullmäktige antog i går Kulturprogram 2023-2026 och Idrottsprogram 2023-2026.",
        MORA_SITE,
    )
    assert ids == [
        "Document:municipal:programme:kommun:2062:idrotts:2023-2026",
        "Document:municipal:programme:kommun:2062:kultur:2023-2026",
    ]


def test_a_bare_noun_of_the_same_period_is_the_topical_document() -> None:
    ids = _ids(
        "Kommunfullmäktige antog i går Kulturplan 2024-2027. Planen för 2024-2027 ska "
        "följas upp varje år.",
        MORA_SITE,
    )
    assert ids == ["Document:municipal:plan:kommun:2062:kultur:2024-2027"]


def test_a_strategy_named_on_its_county_has_no_topic() -> None:
    ids = _ids("Regionfullmäktige antog i går Dalastrategin 2020-2030.", DALARNA_SITE)
    assert ids == ["Document:regional:strategy:lan:20:2020-2030"]


@pytest.mark.parametrize(
    ("word", "topic"),
    [
        ("Kulturprogram", "kultur"),
        ("ANDT-strategi", "andt"),
        ("länstransportplan", "transport"),
        ("klimathandlingsplan", "klimat"),
        ("kulturstrategi och kulturplan", "kultur"),
        ("handlingsplan", ""),
        ("Åtgärdsprogram", ""),
        ("Regionplan", ""),
        ("utvecklingsstrategi", ""),
        ("Medborgarlöfte", ""),
        ("Samverkansöverenskommelse", ""),
        ("Sörmlandsstrategi", ""),
        ("Umeåplan", ""),
        ("strategi", ""),
    ],
)
def test_the_topic_of_a_document_compound(word: str, topic: str) -> None:
    assert compound_topic(word) == topic
