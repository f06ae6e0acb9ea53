"""Rule relation.issued.owner: "Alingsås kommun har nu en klimatstrategi" -> the
municipality (region, county board) ISSUED it. ("Strategi för X kommun" says whom a
document is for, not who made it, so it is not read.)
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context
from ingest.facts import FactSink

__all__ = ["CONF_ISSUED", "issued_owned"]

CONF_ISSUED = 0.75  # an ISSUED link a rule reads (relation.issued.maker uses it too)

# "Alingsås kommun har nu en klimatstrategi": the organisation has its own document.
_HAS = re.compile(r"\s+har\s+(?:nu\s+|sedan\s+tidigare\s+|även\s+|också\s+)?(?:(?:en|ett)\s+)?")
_OWNERS = (OrganizationKind.MUNICIPALITY, OrganizationKind.REGION, OrganizationKind.COUNTY_BOARD)


def issued_owned(ctx: Context, sink: FactSink, known: set[tuple[str, str]]) -> None:
    for doc in ctx.documents:
        if not doc.new:
            continue
        sentence = ctx.sentence_of(doc.start)
        if sentence is None:
            continue
        owner: ActorHit | None = None
        before = [a for a in ctx.actors_in(sentence) if a.end <= doc.start and a.kind in _OWNERS]
        if before and _HAS.fullmatch(ctx.text, before[-1].end, doc.start):
            owner = before[-1]
        if owner is None or (owner.node_id, doc.node_id) in known:
            continue
        sink.link(
            LinkType.ISSUED,
            owner.node_id,
            doc.node_id,
            sentence.start,
            sentence.end,
            "relation.issued.owner",
            CONF_ISSUED,
        )
