"""Drop documents named only by their kind that nothing on the page says anything about.

Why: a page speaks of plans in general ("kommunen ska ta fram en handlingsplan",
"ett regionalt åtgärdsprogram", "Överenskommelse" as a link label) far more often than
it names one. A document whose title is its kind noun alone (with at most a level
adjective: "Regional handlingsplan", "Lokal överenskommelse"), no period and no owning
body ("Handlingsplan (Socialnämnden)") names no particular document unless a relation
ties it to something: its maker, its adoption, its goals, its parent. Left without any
link, it is a mention of the genre. A national one ("den nationella planen") is kept: a
field has one national plan, a particular document. On the 476 scored gold pages, 10
such documents were false and none true (the gold annotates an unnamed document only
when the text tells something about it).

A list of a body's documents labels each one by its field ("• Program för kultur -
Kulturplan 2019-2020"): the label and the title read as one name are no document of
their own when the title after the dash is a document the page names too.
"""

from __future__ import annotations

import re

from graph.nodes import Document, Level
from ingest.facts import FactSink

__all__ = ["drop_labelled_documents", "drop_unlinked_generic_documents"]

_ADJECTIVES = (
    r"(?:regional|regionala|nationell|nationella|lokal|lokala|kommunal|kommunala|ny|nya|"
    r"gemensam|gemensamma|övergripande)"
)
# Kind nouns that name no topic (a compound with a topic, "biblioteksplan", names one).
_HEADS = (
    r"(?:plan|handlingsplan|åtgärdsplan|samarbetsplan|färdplan|strategi|"
    r"program|handlingsprogram|åtgärdsprogram|policy|riktlinje|riktlinjer|överenskommelse|"
    r"avtal|samarbetsavtal|samverkansavtal|avsiktsförklaring)"
)
_GENERIC = re.compile(rf"(?:{_ADJECTIVES}\s+)*{_HEADS}", re.I)


def _linked(sink: FactSink) -> set[str]:
    """The ids some link of the page starts or ends at."""
    return {end for link in sink.links.values() for end in (link.from_id, link.to_id)}


def _generic(node: Document) -> bool:
    # "den nationella planen": the one national plan of its field, a particular document
    if node.level is Level.NATIONAL or node.period_start is not None:
        return False
    return _GENERIC.fullmatch(node.title.strip()) is not None


def drop_unlinked_generic_documents(sink: FactSink) -> None:
    """Drop each period-less document titled by its kind alone that no link reaches."""
    linked = _linked(sink)
    generic = {
        node_id
        for node_id, node in sink.nodes.items()
        if isinstance(node, Document) and node_id not in linked and _generic(node)
    }
    sink.drop(generic)


_DASH = re.compile(r"\s[-\u2013\u2014]\s")


def drop_labelled_documents(sink: FactSink) -> None:
    """Drop each unlinked document titled "<label> - <title>" whose title after the dash
    is another document's on the page."""
    linked = _linked(sink)
    titles = {n.title.casefold() for n in sink.nodes.values() if isinstance(n, Document)}
    labelled = {
        node_id
        for node_id, node in sink.nodes.items()
        if isinstance(node, Document)
        and node_id not in linked
        and _titled_after_dash(node.title) in titles
    }
    sink.drop(labelled)


def _titled_after_dash(title: str) -> str | None:
    """The title after a label and a dash ("Program för kultur - Kulturplan 2019-2020"
    -> "kulturplan 2019-2020"), folded; None without one."""
    parts = _DASH.split(title, maxsplit=1)
    return parts[1].casefold() if len(parts) == 2 and parts[1].strip() else None
