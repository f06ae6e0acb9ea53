"""ISSUED from "vår" before a document on an organisation's own site.

Why: a municipality, region or agency writes of its own documents in the first person
plural ("Vi arbetar med vår energiplan", "I vår strategiska plan ingår ...", "antog
fullmäktige vår nya trafikstrategi"). On the organisation's own site "vår" is that
organisation, unless someone else is speaking (a quotation).

Rule relation.issued.our: "vår|vårt|våra", at most two adjectives, then a document with
no owner in the genitive, on a site whose organisation is known, outside a quotation ->
the site's organisation ISSUED the document.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context
from ingest.facts import FactSink
from ingest.rules.actor_gazetteer import site_organisation
from ingest.rules.relations_shared import CONF_RELATION, QUOTATION, has_link

__all__ = ["issued_our"]

_OUR = re.compile(r"(?<![\w-])[Vv]år[at]?\s+(?:[a-zåäö-]+(?:a|e)\s+){0,2}$")


def issued_our(ctx: Context, sink: FactSink) -> None:
    site = ctx.site_actor()
    if site is None:
        return
    for doc in ctx.documents:
        if doc.genitive_owner or has_link(sink, LinkType.ISSUED, site.node_id, doc.node_id):
            continue
        our = _OUR.search(ctx.text, max(0, doc.start - 40), doc.start)
        sentence = ctx.sentence_of(doc.start)
        if our is None or sentence is None:
            continue
        if QUOTATION.search(ctx.text, sentence.start, sentence.end):
            continue
        if site.node_id not in sink.nodes:  # "vår" is the page's mention of it
            org = site_organisation(ctx)
            if org is None or not sink.mention(
                org, our.start(), our.start() + 3, "actor.site_owner.our", CONF_RELATION
            ):
                continue
        sink.link(
            LinkType.ISSUED,
            site.node_id,
            doc.node_id,
            sentence.start,
            sentence.end,
            "relation.issued.our",
            CONF_RELATION,
        )
