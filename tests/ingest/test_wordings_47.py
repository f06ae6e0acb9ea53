"""Defects found in the forty-seventh session by probing the extractor with invented
sentences of common shapes; each test fails on the code before its fix."""

from __future__ import annotations

from graph.edges import LinkType

from .helpers import facts_at, links

LST_SITE = "https://www.lansstyrelsen.se/dalarna/nyheter/sida.html"


def test_a_company_whose_name_ends_on_a_class_noun_is_one_organisation() -> None:
    # "Provbolaget AB": "bolaget" closes the company's own name; "AB" alone is no company.
    facts = facts_at("Sara Ek, vd för Provbolaget AB, berättade om satsningen.", LST_SITE, None)
    orgs = {n.id for n in facts.nodes if n.id.startswith("Organization:org:")}
    assert orgs == {"Organization:org:provbolaget-ab"}, orgs
    held = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert held == {("Person:person:sara-ek", "Organization:org:provbolaget-ab")}, held
