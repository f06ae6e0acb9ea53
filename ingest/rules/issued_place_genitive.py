"""ISSUED from the genitive of the municipality's own name on its own site.

Why: a municipality's pages call its documents by the place's name in the genitive, not
by "kommunens": "Nu gäller Lidingös nya översiktsplan", "Kävlinges hållbarhetsstrategi".
On the municipality's own site that name stands for the municipality itself. Elsewhere
the same genitive is only a place ("Sveriges", "Stockholms" on an agency's page), and
a county's genitive ("X läns samlade strategi") names no owner.

Rule relation.issued.place_genitive: on a municipality's site, its name in the genitive,
then at most "nya", "gällande" or "nuvarande", right before a municipal document of that
municipality -> the municipality ISSUED the document (the genitive is its mention, rule
actor.place_genitive, where the page names it nowhere else).
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.gazetteer import municipality_by_code
from ingest.rules.actor_gazetteer import site_organisation
from ingest.rules.relations_shared import CONF_RELATION, has_link

__all__ = ["issued_place_genitive"]

_BETWEEN = r"\s+(?:(?:nya|gällande|nuvarande)\s+)?$"


def issued_place_genitive(ctx: Context, sink: FactSink) -> None:
    site = ctx.site_actor()
    if (
        site is None
        or site.kind is not OrganizationKind.MUNICIPALITY
        or site.municipality_code is None
    ):
        return
    place = municipality_by_code(site.municipality_code)
    if place is None:
        return
    # "Kävlinge" -> "Kävlinges"; a name that ends in s takes no further s ("Borås").
    genitive = place.name if place.name.endswith(("s", "x", "z")) else f"{place.name}s"
    before = re.compile(rf"(?<![\wåäöÅÄÖ-]){re.escape(genitive)}{_BETWEEN}")
    scope = f":kommun:{site.municipality_code}:"
    for doc in ctx.documents:
        if scope not in doc.node_id or doc.owner is not None:
            continue
        named = before.search(ctx.text, max(0, doc.start - 60), doc.start)
        if named is None or has_link(sink, LinkType.ISSUED, site.node_id, doc.node_id):
            continue
        if site.node_id not in sink.nodes:  # the genitive is the page's mention of it
            org = site_organisation(ctx)
            start = named.start()
            if org is None or not sink.mention(
                org, start, start + len(genitive), "actor.place_genitive", CONF_RELATION
            ):
                continue
        sentence = ctx.sentence_of(doc.start)
        start, end = (sentence.start, sentence.end) if sentence else (doc.start, doc.end)
        sink.link(
            LinkType.ISSUED,
            site.node_id,
            doc.node_id,
            start,
            end,
            "relation.issued.place_genitive",
            CONF_RELATION,
        )
