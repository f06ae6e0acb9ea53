"""Adoptions on meeting reports: a dateless "Beslutat i <body>" tag over a news item is
no metadata line, and a relative clause may hold adverbs before its participle ("som
sedan tidigare antagits av"). Short fictional texts written for these tests (no real
page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import facts_at, links

TOWN = "https://www.tranas.se/nyheter/fullmaktige"
KS = "Organization:kommun:0687:kommunstyrelsen"
KF = "Organization:kommun:0687:kommunfullmaktige"


def test_a_dateless_decided_in_tag_adopts_nothing() -> None:
    facts = facts_at(
        "Beslutat i kommunfullmäktige\n\n"
        "Nytt idrottspolitiskt program\n\n"
        "På kommunfullmäktiges sammanträde den 12 mars diskuterades idrottens lokaler. "
        "Idrottspolitiskt program ska ge föreningarna bättre villkor.\n",
        TOWN,
        None,
    )
    assert links(facts, LinkType.ADOPTED, KF) == []


def test_adverbs_between_som_and_the_participle_keep_the_relative_adoption() -> None:
    facts = facts_at(
        "Kommunfullmäktige 14 maj 2024\n\n"
        "Ny förskola\n\n"
        "Beslutet om en ny förskola i Norrby följer den lokalförsörjningsplan "
        "som sedan tidigare i övrigt antagits av kommunstyrelsen.\n",
        TOWN,
        None,
    )
    adopted = links(facts, LinkType.ADOPTED, KS)
    assert [a.to_id for a in adopted] == [
        "Document:municipal:plan:kommun:0687:lokalforsorjningsplan"
    ]


def test_a_bodyless_adoption_in_an_earlier_year_is_not_the_meetings() -> None:
    facts = facts_at(
        "Kommunfullmäktige 14 maj 2024\n\n"
        "Måltider i skolan\n\n"
        "Kommunfullmäktige antog ett nytt Idrottspolitiskt program. Det bygger på det "
        "fritidspolitiska program som antogs 2015 och som nu ersätts.\n",
        TOWN,
        None,
    )
    adopted = {a.to_id for a in links(facts, LinkType.ADOPTED, KF)}
    assert adopted == {"Document:municipal:programme:kommun:0687:idrottspolitiskt-program"}
