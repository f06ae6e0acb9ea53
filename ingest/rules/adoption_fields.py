"""Adoptions stated by a document's fact box: "Beslutat av: Kommunfullmäktige".

Why: a steering document's first page often carries a run of labelled fields
("Dokumenttyp: Plan Beslutat av: Kommunfullmäktige Fastställelsedatum: ... Ansvarig: X",
"Antagen av kommunfullmäktige: 2015-10-29 § 137"), flattened into one line, so the line
does not open with the participle that ingest.rules.adoption_rules' meta lines read, and
the field may carry no date at all.

Rule relation.adopted.field: a labelled field (a participle of adopting, "av" or "i",
and a colon before or after the body) names the body that adopted the page's main
document; the date is one right after the body (past its colon), if any. A field with no
colon ("Beslutat i kommunfullmäktige" over a news item) is a tag and is left to the meta
lines, which want a date.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.adoption_objects import BODIES
from ingest.rules.main_document import main_document
from ingest.rules.relations_shared import adopt

__all__ = ["field_adoptions"]

CONF_FIELD = 0.75

_PARTICIPLE = (
    r"(?:Antagen|Antaget|Antagna|Fastställd|Fastställt|Godkänd|Godkänt|Beslutad|Beslutat"
    r"|Reviderad|Reviderat)"
)
# "Beslutat av: Kommunfullmäktige", "Antagen av kommunfullmäktige: 2015-10-29"
_FIELD = re.compile(rf"(?<![\wåäö])(?i:{_PARTICIPLE})\s+(?:av|i)(?P<colon>\s*:)?\s*")
_DATE_AFTER = re.compile(r"\s*:?\s*(?:den\s+)?$")


def field_adoptions(ctx: Context, sink: FactSink) -> None:
    main = main_document(ctx)
    if main is None:
        return
    adopted = {(x.from_id, x.to_id) for x in sink.links.values() if x.type is LinkType.ADOPTED}
    for m in _FIELD.finditer(ctx.text):
        body = next(
            (a for a in ctx.actors_in(Span(m.end(), m.end() + 60)) if a.start == m.end()), None
        )
        if body is None or body.kind not in BODIES:
            continue
        colon = m.group("colon") or ctx.text.startswith(":", body.end)
        if not colon or (body.node_id, main.node_id) in adopted:
            continue
        line_end = ctx.text.find("\n", body.end)
        line_end = len(ctx.text) if line_end == -1 else line_end
        dates = ctx.dates_in(Span(body.end, min(line_end, body.end + 30)))
        when = next((d for d in dates if _DATE_AFTER.fullmatch(ctx.text, body.end, d.start)), None)
        cited = Span(m.start(), body.end)
        if adopt(
            sink, body.node_id, main.node_id, cited, "relation.adopted.field", CONF_FIELD, when
        ):
            adopted.add((body.node_id, main.node_id))
