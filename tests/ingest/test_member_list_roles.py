"""A list of members, each "Title Name, Organisation", names where each holds the title
("• Enhetschef Patrik Perbeck, MSB"), not the site's organisation. Short fictional text
written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import facts_at, links

PAGE = (
    "Regeringen tillsätter expertråd\n\nRegeringen har i dag utsett ledamöter i rådet. "
    "Ledamöter är:\n\n • Enhetschef Patrik Perbeck, MSB\n • Enhetschef Robert Johannesson, "
    "Boverket\n"
)


def test_each_member_holds_the_title_at_the_organisation_after_the_name() -> None:
    facts = facts_at(PAGE, "https://www.regeringen.se/pressmeddelanden/2018/12/rad/", None)
    held = {x.from_id: x.to_id for x in links(facts, LinkType.HOLDS_ROLE)}
    assert held == {
        "Person:person:patrik-perbeck": "Organization:nationell:msb",
        "Person:person:robert-johannesson": "Organization:nationell:boverket",
    }
