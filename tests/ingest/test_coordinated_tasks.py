"""A task of making a document, coordinated by several bodies ("Uppdraget att ta fram
en nationell plan kom från regeringen och samordnas av A och B"): each coordinates the
document. Short fictional text."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import documents, facts_at, links


def test_each_body_that_coordinates_the_task_coordinates_the_document() -> None:
    facts = facts_at(
        "Ny strategi\n\nUppdraget att ta fram en ny nationell strategi för suicidprevention "
        "kommer från regeringen och samordnas av Folkhälsomyndigheten och Socialstyrelsen.\n",
        "https://www.folkhalsomyndigheten.se/nyheter/strategi",
        None,
    )
    (doc,) = documents(facts)
    assert {x.from_id for x in links(facts, LinkType.COORDINATES, to_id=doc)} == {
        "Organization:nationell:socialstyrelsen",
        "Organization:nationell:folkhalsomyndigheten",
    }
