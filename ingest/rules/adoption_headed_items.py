"""Adoptions a meeting report states under a heading that is the document's title.

Why: a report from a council's meeting gives each matter a heading and a paragraph.
When the matter is a steering document, the heading is its title and the paragraph says
what the body did with "a plan", "riktlinjer", "policyn" without the title again:
"Plan för aktörer av kommunal verksamhet / Kommunstyrelsen har antagit en plan för att
...", "Riktlinjer för intern klimatkompensation / ... nu antar fullmäktige riktlinjer som
...". The title is the document the body adopted.

Rule relation.adopted.headed_item: on a page that reports a meeting of a deciding body,
a short heading line that is a document's title, then a paragraph whose first sentence
adopts (antar, antog, har antagit, antogs, godkänner, godkände, fastställde, "beslutade
om|att anta") a steering document -- by its kind noun or by another title -- with no
proposal to another body ("föreslår fullmäktige att anta") -> the body named in that
sentence (else the meeting's) ADOPTED the heading's document, on the meeting's day.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.adoption_objects import BODIES
from ingest.rules.decision_report_items import short_heading
from ingest.rules.meeting_choice import meeting_before
from ingest.rules.relations_shared import adopt, has_link

__all__ = ["headed_item_adoptions"]

CONF_HEADED = 0.7

_ADOPTS = re.compile(
    r"\b(?:antar|antog|(?:har|hade)\s+(?:nu\s+|också\s+|även\s+)?antagit|antogs|godkänner|"
    r"godkände|(?:har|hade)\s+(?:nu\s+)?godkänt|godkändes|fastställer|fastställde|"
    r"fastställdes|(?:har|hade)\s+fastställt|beslutade\s+(?:om|att\s+(?:anta|godkänna|"
    r"fastställa)))\s",
)
# What was adopted: a steering document's kind noun, in any inflection.
_KIND_NOUN = re.compile(
    r"\b[\wåäö-]*(?:strategi|plan|program|policy|riktlinje|riktlinjer|åtgärdsprogram)"
    r"(?:n|en|et|er|erna|ar|arna|na|met|men)?\b",
    re.I,
)
_PROPOSAL = re.compile(r"\b(?:föreslå|föreslår|föreslog|föreslagit|rekommendera\w*)\b", re.I)
_TITLE_EDGES = re.compile(r"[\s\"”“»«:.-]*")
_SPACE = re.compile(r"\s*")


def _title_line(ctx: Context, line: Span) -> str | None:
    """The node id of the document the heading line is the title of."""
    docs = ctx.documents_in(line)
    if len(docs) != 1:
        return None
    doc = docs[0]
    before = ctx.text[line.start : doc.start]
    after = ctx.text[doc.end : line.end]
    if _TITLE_EDGES.fullmatch(before) and _TITLE_EDGES.fullmatch(after):
        return doc.node_id
    return None


def _first_sentence(ctx: Context, after: int) -> Span | None:
    """The sentence the paragraph below a heading opens with (from the paragraph's start,
    should the segmenter have joined the heading to it)."""
    lead = _SPACE.match(ctx.text, after)
    start = lead.end() if lead else after
    found = next((s for s in ctx.sentences if s.end > start), None)
    return Span(max(found.start, start), found.end) if found else None


def _body(ctx: Context, sentence: Span, fallback: ActorHit) -> ActorHit:
    bodies = [a for a in ctx.actors_in(sentence) if a.kind in BODIES and not a.anaphoric]
    return bodies[0] if bodies else fallback


def headed_item_adoptions(ctx: Context, sink: FactSink) -> None:
    starts = ctx.line_starts()
    for i, start in enumerate(starts[:-1]):
        line = Span(start, starts[i + 1] - 1)
        if not short_heading(ctx.text[line.start : line.end]):
            continue
        doc_id = _title_line(ctx, line)
        if doc_id is None:
            continue
        sentence = _first_sentence(ctx, line.end)
        if sentence is None or ctx.documents_in(Span(line.end, sentence.start)):
            continue
        verb = _ADOPTS.search(ctx.text, sentence.start, sentence.end)
        if verb is None or _PROPOSAL.search(ctx.text, sentence.start, verb.start()):
            continue
        if not _KIND_NOUN.search(ctx.text, verb.end(), sentence.end):
            continue
        meeting = meeting_before(ctx, line.start, dated=False)
        if meeting is None or meeting.body is None or meeting.body.kind not in BODIES:
            continue
        body = _body(ctx, sentence, meeting.body)
        if has_link(sink, LinkType.ADOPTED, body.node_id, doc_id):
            continue
        held = meeting_before(ctx, line.start, dated=True, body=body)
        when = held.date if held else None
        cited = Span(line.start, sentence.end)
        adopt(sink, body.node_id, doc_id, cited, "relation.adopted.headed_item", CONF_HEADED, when)
