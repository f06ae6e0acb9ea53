"""ISSUED from a publication page: the publisher of a report, strategy or programme
in its own publication series.

Why: agencies and county boards present their documents on publication pages with a
fact box ("Om publikationen", "Utgivare:", "Publikationstyp:", "Löpnummer:", "ISBN")
and rarely say in a sentence that they drew the document up.

Rule relation.issued.publication: a page with the fact box heading "Om
publikationen", or with two of its labelled fields -> the publisher ISSUED the
page's main document (its title document, ingest.rules.main_document). The publisher is
the organisation on the "Utgivare:" line, else the organisation whose site the page
is on.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.main_document import main_document
from ingest.rules.relations_shared import has_link

__all__ = ["issued_publication"]

CONF_PUBLICATION = 0.75

_HEADING = re.compile(r"^[^\S\n]*Om\s+publikationen[^\S\n]*$", re.M)
_FIELD = re.compile(
    r"^[^\S\n]*(?:Utgivare|Publikationstyp|Löpnummer|Serienummer|ISBN(?:/ISSN)?(?:-nr)?|"
    r"Publiceringsår|Utgivningsår|Sidantal|Antal\s+sidor)[^\S\n]*:",
    re.M,
)
_NEAR = 300  # characters between the title and the fact box heading quoted with it
_PUBLISHER = re.compile(r"^[^\S\n]*Utgivare[^\S\n]*:[^\n]*(?:\n[^\S\n]*[^\n]*)?", re.M)


def issued_publication(ctx: Context, sink: FactSink) -> None:
    if "ublik" not in ctx.text and "tgivare" not in ctx.text:
        return
    fields = {m.group(0).strip().split()[0] for m in _FIELD.finditer(ctx.text)}
    heading = _HEADING.search(ctx.text)
    if heading is None and len(fields) < 2:
        return
    doc = main_document(ctx)
    if doc is None:
        return
    line = _PUBLISHER.search(ctx.text)
    named = ctx.actors_in(Span(line.start(), line.end())) if line else []
    publisher = named[0] if named else ctx.site_actor()
    if publisher is None or has_link(sink, LinkType.ISSUED, publisher.node_id, doc.node_id):
        return
    # The title and the fact box heading when they are close, else the title alone.
    start, end = doc.start, doc.end
    if heading is not None and abs(heading.start() - doc.end) <= _NEAR:
        start, end = min(start, heading.start()), max(end, heading.end())
    sink.link(
        LinkType.ISSUED,
        publisher.node_id,
        doc.node_id,
        start,
        end,
        "relation.issued.publication",
        CONF_PUBLICATION,
    )
