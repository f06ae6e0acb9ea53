"""A person named in the genitive (issue 9): "landshövding Eva Lunds förordnande" is Eva
Lund when the page also writes "Eva Lund"; a surname that ends in -s stays whole. Short
fictional text written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import facts_at, links

SITE = "https://www.lansstyrelsen.se/dalarna/om-oss/nyheter/forordnande.html"


def test_a_genitive_name_is_the_name_the_page_writes_without_it() -> None:
    text = (
        "Publicerad 4 april 2019\n\nRegeringen har beslutat att förlänga landshövding Eva "
        "Lunds förordnande med två år.\n\n- Det är roligt, säger Eva Lund."
    )
    holders = {k.from_id for k in links(facts_at(text, SITE, None), LinkType.HOLDS_ROLE)}
    assert holders == {"Person:person:eva-lund"}


def test_a_surname_ending_in_s_stays_whole() -> None:
    text = (
        "Publicerad 4 april 2019\n\nRegeringen har beslutat att förlänga landshövding Eva "
        "Jonas förordnande med två år.\n\n- Det är roligt, säger Eva Jonas."
    )
    holders = {k.from_id for k in links(facts_at(text, SITE, None), LinkType.HOLDS_ROLE)}
    assert holders == {"Person:person:eva-jonas"}
