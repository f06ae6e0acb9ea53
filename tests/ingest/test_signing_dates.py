"""A signing's day stated apart from its signers (forty-second session). Short fictional
texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from tests.ingest.helpers import facts_at, links

SITE = "https://www.enkoping.se/nyheter/loften"
COUNCIL = "Organization:kommun:0381"


def _facts(text: str) -> SourceFacts:
    return facts_at(text, SITE, "2023-11-30")


def _signed(facts: SourceFacts) -> list[tuple[str, str | None]]:
    return [(x.from_id, x.date) for x in links(facts, LinkType.SIGNED)]


def test_signers_named_apart_from_the_day_get_the_day() -> None:
    facts = _facts(
        "Enköpings kommun tecknar medborgarlöften\n\n"
        "Medborgarlöftet för ökad trygghet signerades den 24 november på stadshuset.\n\n"
        "Medborgarlöftet signerades av Enköpings kommun och Polismyndigheten."
    )
    assert sorted(_signed(facts)) == [
        (COUNCIL, "2023-11-24"),
        ("Organization:nationell:polismyndigheten", "2023-11-24"),
    ]


def test_two_different_signing_days_date_no_signer() -> None:
    facts = _facts(
        "Enköpings kommun tecknar medborgarlöften\n\n"
        "Medborgarlöftet för ökad trygghet signerades den 24 november på stadshuset. "
        "Ett första utkast till medborgarlöftet signerades den 3 oktober.\n\n"
        "Medborgarlöftet signerades av Enköpings kommun och Polismyndigheten."
    )
    assert {day for _, day in _signed(facts)} == {None}
