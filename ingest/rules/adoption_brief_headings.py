"""Adoptions a "Beslut i korthet" list states by a heading that names a document.

Why: a meeting's decision list gives each matter a heading and a paragraph; when the
matter is a steering document, the heading alone says it was adopted ("Uppdatering av
Region Skånes miljöprogram", "Ny näringslivsstrategi") and the paragraph only describes
the document ("Miljöprogram för Region Skåne 2017-2020 tar sikte på ...").

Rule relation.adopted.brief_heading: below a "Beslut i korthet" line, a short heading
that opens with a word of renewal (uppdatering av, revidering av, reviderad, ny, nytt,
förnyad) and names a document adopts it: by the body of the meeting the page reports, on
that meeting's day; a document no other rule saw adopted by that body.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.adoption_objects import BODIES
from ingest.rules.decision_report_items import BRIEF, short_heading
from ingest.rules.meeting_choice import meeting_before
from ingest.rules.relations_shared import adopt, has_link

__all__ = ["brief_heading_adoptions"]

CONF_BRIEF = 0.7

_RENEWED = re.compile(
    r"\s*(?:(?:uppdatering|revidering|revision|översyn|förnyelse)(?:\s+av)?|reviderad|reviderat"
    r"|uppdaterad|uppdaterat|förnyad|förnyat|nya?|nytt)\s",
    re.I,
)


def brief_heading_adoptions(ctx: Context, sink: FactSink) -> None:
    brief = BRIEF.search(ctx.text)
    if brief is None:
        return
    starts = ctx.line_starts()
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(ctx.text)
        line = Span(start, end)
        if start <= brief.end() or not short_heading(ctx.text[start:end]):
            continue
        docs = ctx.documents_in(line)
        if not docs or not _RENEWED.match(ctx.text, start, docs[0].start):
            continue
        meeting = meeting_before(ctx, start, dated=False)
        if meeting is None or meeting.body is None or meeting.body.kind not in BODIES:
            continue
        body = meeting.body
        if has_link(sink, LinkType.ADOPTED, body.node_id, docs[0].node_id):
            continue
        held = meeting_before(ctx, start, dated=True, body=body)
        when = held.date if held else None
        adopt(
            sink,
            body.node_id,
            docs[0].node_id,
            line,
            "relation.adopted.brief_heading",
            CONF_BRIEF,
            when,
        )
