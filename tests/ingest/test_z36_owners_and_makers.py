"""Who made a document: "vår" on the maker's own site, a genitive before definite
adjectives, and work under way on a document. Short fictional texts written for these
tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from tests.ingest.helpers import documents, facts_at

SITE = "https://www.mariestad.se/nyheter/energi"
MARIESTAD = "Organization:kommun:1493"


def _issued(facts: SourceFacts) -> dict[tuple[str, str], str]:
    titles = {d.id: d.title for d in documents(facts).values()}
    return {
        (x.from_id, titles.get(x.to_id, x.to_id)): x.evidence.rule
        for x in facts.links
        if x.type is LinkType.ISSUED
    }


def test_our_document_on_the_sites_own_page_is_the_sites() -> None:
    facts = facts_at("Avfall\n\nUnder hösten ser vi över vår avfallsplan.\n", SITE, None)
    assert _issued(facts).get((MARIESTAD, "Avfallsplan")) == "relation.issued.our"


def test_our_document_with_adjectives_after_the_adopter() -> None:
    text = "Cykel\n\nI våras antog fullmäktige vår nya gemensamma cykelstrategi.\n"
    issued = _issued(facts_at(text, SITE, None))
    assert [k for k, rule in issued.items() if rule == "relation.issued.our"] == [
        (MARIESTAD, next(t for _, t in issued if "ykelstrategi" in t))
    ]


def test_a_quoted_our_is_the_speakers() -> None:
    text = "Trygghet\n\n\u2013 Vi håller fast vid vår handlingsplan, säger Per Lund på polisen.\n"
    assert "relation.issued.our" not in _issued(facts_at(text, SITE, None)).values()


def test_a_genitive_owner_before_definite_adjectives() -> None:
    text = "Näringsliv\n\nNu tar Mariestads kommuns hållbara näringslivsstrategi form.\n"
    issued = _issued(facts_at(text, "https://www.example.org/x", None))
    assert any(k[0] == MARIESTAD and "äringslivsstrategi" in k[1] for k in issued), issued


def test_a_regions_genitive_before_an_adjective() -> None:
    text = "Kultur\n\nHär finns Region Skånes regionala kulturplan för tre år.\n"
    issued = _issued(facts_at(text, "https://www.example.org/x", None))
    assert any(k[0] == "Organization:region:12" and "ulturplan" in k[1] for k in issued), issued
