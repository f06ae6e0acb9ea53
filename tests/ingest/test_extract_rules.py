"""Rules on small texts: what must be found, and what must not be asserted."""

from __future__ import annotations

from graph.edges import LinkType
from ingest.pipeline import extract
from tests.ingest.helpers import text_source

from .helpers import assert_evidence_rules, links

_source = text_source


def test_both_lansstyrelsen_spellings_meet_in_one_node() -> None:
    facts = extract(
        _source("Länsstyrelsen Västernorrland och Länsstyrelsen i Västernorrlands län samverkar.")
    )
    assert [n.id for n in facts.nodes] == ["Organization:lansstyrelse:22"]
    assert len(facts.mentions) == 2


def test_signed_without_publication_date_has_no_date() -> None:
    text = (
        "En regional handlingsplan för 2022-2026 undertecknades av 15 myndighetsansvariga "
        "den 22 mars i år, däribland Kramfors kommun."
    )
    facts = extract(_source(text))
    (signed,) = links(facts, LinkType.SIGNED)
    assert signed.date is None and signed.date_precision is None
    assert_evidence_rules(facts)


def test_regional_document_without_a_known_county_is_dropped() -> None:
    facts = extract(_source("En regional handlingsplan för 2022-2026 har tagits fram."))
    assert facts.nodes == [] and facts.links == []


def test_committee_needs_the_pages_municipality() -> None:
    facts = extract(_source("Välfärdsnämnden beslutade igår."))
    assert facts.nodes == []


def test_contact_details_never_reach_the_facts() -> None:
    text = (
        "Kramfors kommun\n\nFrågor kring nyheten?\n\n"
        "Jill Arkeflod\nSamordnare\nTel: 0612-801 67\njill.arkeflod@kramfors.se\n"
    )
    facts = extract(_source(text))
    assert_evidence_rules(facts)
    (role,) = links(facts, LinkType.HOLDS_ROLE)
    assert role.evidence.quote == "Jill Arkeflod\nSamordnare"


def test_unknown_role_line_organisation_gives_no_role() -> None:
    text = "Kramfors kommun\n\nFrågor kring nyheten?\n\nJill Arkeflod\nSamordnare Okänd enhet\n"
    facts = extract(_source(text))
    assert links(facts, LinkType.HOLDS_ROLE) == []
    # Without a role the page gives her nothing the graph needs: she is not stored.
    assert "Person:person:jill-arkeflod" not in {n.id for n in facts.nodes}
