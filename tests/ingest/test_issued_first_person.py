"""On an organisation's own site, "vi" who drew a document up is that organisation
("Vi har tagit fram en ny digital agenda"); a quotation's "vi" is the speaker's people,
and "på regeringens uppdrag" names who assigned the work, not who made the document.
Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import facts_at, links

REGION_SITE = "https://regionkalmar.se/regional-utveckling/digital-agenda/"
REGION = "Organization:region:08"


def test_we_on_the_region_s_site_is_the_region() -> None:
    facts = facts_at(
        "Digital agenda\n\nVi har på regeringens uppdrag tagit fram en ny regional digital "
        "agenda för Kalmar län.\n",
        REGION_SITE,
        None,
    )
    issued = links(facts, LinkType.ISSUED)
    assert {x.from_id for x in issued} == {REGION}, issued
    assert any(m.node_id == REGION for m in facts.mentions)


def test_we_in_a_quotation_is_not_the_site() -> None:
    facts = facts_at(
        "Digital agenda\n\n\u2013 Vi har tagit fram en ny regional digital agenda för "
        "Kalmar län, säger Anna Berg.\n",
        REGION_SITE,
        None,
    )
    assert links(facts, LinkType.ISSUED) == []


def test_the_government_whose_assignment_it_was_made_nothing() -> None:
    facts = facts_at(
        "Digital agenda\n\nRegion Kalmar län har på regeringens uppdrag tagit fram en ny "
        "regional digital agenda.\n",
        REGION_SITE,
        None,
    )
    assert {x.from_id for x in links(facts, LinkType.ISSUED)} == {REGION}


def test_the_government_after_pa_uppdrag_av_is_no_agent_of_the_passive() -> None:
    facts = facts_at(
        "Ny handlingsplan\n\nHandlingsplanen för digital omställning har tagits fram på "
        "uppdrag av regeringen. Den gäller länet.\n",
        REGION_SITE,
        None,
    )
    assert "Organization:nationell:regeringen" not in {
        x.from_id for x in links(facts, LinkType.ISSUED)
    }
