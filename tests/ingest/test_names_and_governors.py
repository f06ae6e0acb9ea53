"""A person named in the genitive (issue 9): "landshövding Eva Lunds förordnande" is Eva
Lund when the page also writes "Eva Lund"; a surname that ends in -s stays whole. A
county named before a governor's title ("För Örebro län Landshövding X") gives that
county's board; "till generaldirektör och chef för X" gives both titles X's organisation
(not "kommunalråd och ordförande i nämnden": a kommunalråd's is the municipality). Short
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


def test_a_county_named_before_a_governor_s_title_gives_its_board() -> None:
    text = (
        "Publicerad 2008-12-10\n\nRegeringen utser regionala samordnare.\n\n"
        "För Örebro län Landshövding Eva Lund och ordförande Per Holm.\n\n"
        "För Västerbottens län Landshövding Bo Berg."
    )
    facts = facts_at(text, "https://www.regeringen.se/pressmeddelanden/2008/12/x", None)
    held = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert ("Person:person:eva-lund", "Organization:lansstyrelse:18") in held
    assert ("Person:person:bo-berg", "Organization:lansstyrelse:24") in held


def test_a_coordinated_title_takes_the_organisation_named_after_both() -> None:
    text = (
        "Publicerad 2020-01-10\n\nRegeringen har utsett Eva Lund till generaldirektör och "
        "chef för Trafikverket. Bo Berg (S), kommunalråd och "
        "ordförande i socialnämnden, välkomnar beslutet."
    )
    facts = facts_at(text, "https://www.regeringen.se/pressmeddelanden/2020/01/x", None)
    held = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert ("Person:person:eva-lund", "Organization:nationell:trafikverket") in held
    assert all(
        to != "Organization:nationell:trafikverket" for who, to in held if who.endswith("bo-berg")
    )
