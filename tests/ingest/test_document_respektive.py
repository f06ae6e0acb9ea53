"""A noun handed to two topics by "respektive": two documents, never one node."""

from __future__ import annotations

from tests.ingest.helpers import documents, facts_at

SITE = "https://www.ale.se/nyheter/nya-gronplaner"


def test_a_noun_handed_to_two_topics_names_two_documents() -> None:
    facts = facts_at(
        "Nya grönplaner antagna\n\nKommunfullmäktige antog i går en ny grönplan för "
        "tätorten respektive landsbygden. Planerna ska följas upp vart fjärde år.",
        SITE,
        "2024-05-02",
    )
    ids = sorted(documents(facts))
    assert ids == [
        "Document:municipal:plan:kommun:1440:gronplan-for-landsbygden",
        "Document:municipal:plan:kommun:1440:gronplan-for-tatorten",
    ], ids


def test_respektive_as_each_joins_no_topics() -> None:
    facts = facts_at(
        "Kommunen och Trafikverket ska skriva en gemensam överenskommelse om respektive "
        "parts ansvar för den nya vägen.",
        SITE,
        "2024-05-02",
    )
    titles = [d.title.lower() for d in documents(facts).values()]
    assert not any(t.endswith("parts ansvar") and "respektive" not in t for t in titles), titles
    assert not any(t.endswith(" om") for t in titles), titles
