"""ISSUED from a predicate that names the document's owner: "Planen är kommunens
långsiktiga vision", "Strategin är ett av regionens fyra måldokument", "X-strategin är
vår regionala utvecklingsstrategi".

Why: plan pages open by saying whose document it is with a copula and a genitive (or a
first-person possessive on the owner's own site), not with a making verb.

Rule relation.issued.predicate_owner: a document opening its sentence (after at most
"Den/Det" and two adjectives, or a place's genitive), then "är|utgör" and optionally
"en av|ett av", then an organisation in the genitive ("kommunens", "Region Xs",
"VGR:s") -> that organisation ISSUED the document; "vår|vårt|våra" there -> the
organisation whose site it is. A place's genitive ("X läns samlade strategi") names no
owner.

Rule relation.issued.collaboration: a document opening its sentence (or after "Arbetet
med (att ta fram)"), perhaps with its name after it ("livsmedelsstrategin - Mer mat"), then "är ett
(gemensamt) samarbete mellan A, B och C" -> each of them ISSUED it: the work is theirs.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.clause_parts import parties
from ingest.rules.relations_shared import has_link, issue_each

__all__ = ["issued_predicate"]

CONF_PREDICATE = 0.75

# "Den regionala", or a place's genitive ("Västra Götalands kulturstrategi").
_OPENING = re.compile(
    r"\s*(?:(?:Den|Det)\s+(?:[a-zåäö]+\s+){0,2}|(?:[A-ZÅÄÖ][\wåäö-]*\s+){0,2}[A-ZÅÄÖ][\wåäö-]*s\s+)?"
)
_COPULA = re.compile(r",?\s+(?:är|utgör)\s+(?:(?:en|ett)\s+av\s+)?(?P<own>(?i:vår|vårt|våra)\s+)?")
_GENITIVE = re.compile(r"(?::s|s)?\s")
_OWNERS = (
    OrganizationKind.MUNICIPALITY,
    OrganizationKind.REGION,
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.AGENCY,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.COMMITTEE,
)


def _genitive_owner(ctx: Context, pos: int, actors: list[ActorHit]) -> ActorHit | None:
    actor = next((a for a in actors if a.start == pos), None)
    if actor is None:
        return _named_before(ctx, pos)
    if actor.kind not in _OWNERS:
        return None
    surface = ctx.text[actor.start : actor.end]
    if surface.lower().endswith(("läns", " län")):
        return None  # a place's genitive, not an owner
    genitive = surface.endswith("s") or bool(_GENITIVE.match(ctx.text, actor.end))
    return actor if genitive else None


# "VGR:s": a short name with the colon of the genitive.
_COLON_GENITIVE = re.compile(r"(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ-]*):s\b")


def _named_before(ctx: Context, pos: int) -> ActorHit | None:
    """An organisation in the colon genitive the actor rules did not read here but read
    elsewhere on the page under the same name ("Västra Götalandsregionen (VGR)")."""
    m = _COLON_GENITIVE.match(ctx.text, pos)
    if m is None:
        return None
    named = (a for a in ctx.actors if ctx.text[a.start : a.end] == m.group("name"))
    return next((a for a in named if a.kind in _OWNERS), None)


_WORK_ON = re.compile(r"\s*(?:[Aa]rbetet?\s+med\s+(?:att\s+(?:ta|arbeta)\s+fram\s+)?)?")
_COLLABORATION = re.compile(
    r"(?:\s+(?:[-\u2013]\s+)?[A-ZÅÄÖ][^.\n]{0,60}?|\s+[-\u2013]\s+[^.\n]{1,60}?)?\s+(?:är|var)\s+ett\s+(?:[a-zåäö]+\s+)?"
    r"(?:samarbete|samverkansprojekt)\s+mellan\s+"
)


def _opening(ctx: Context, lead: re.Pattern[str]) -> list[tuple[DocumentHit, Span]]:
    """The documents that open their sentence after `lead`, with the sentence."""
    found = []
    for doc in ctx.documents:
        sentence = ctx.sentence_of(doc.start)
        if sentence is not None and lead.fullmatch(ctx.text, sentence.start, doc.start):
            found.append((doc, sentence))
    return found


def _collaboration(ctx: Context, sink: FactSink) -> None:
    for doc, sentence in _opening(ctx, _WORK_ON):
        m = _COLLABORATION.match(ctx.text, doc.end, sentence.end)
        if m is None:
            continue
        makers = [x for x in parties(ctx, m.end(), sentence.end) if isinstance(x, ActorHit)]
        issue_each(
            sink, makers, doc.node_id, sentence, "relation.issued.collaboration", CONF_PREDICATE
        )


def issued_predicate(ctx: Context, sink: FactSink) -> None:
    if " är " not in ctx.text and " utgör " not in ctx.text:
        return
    if "samarbete" in ctx.text or "samverkansprojekt" in ctx.text:
        _collaboration(ctx, sink)
    for doc, sentence in _opening(ctx, _OPENING):
        cop = _COPULA.match(ctx.text, doc.end, sentence.end)
        if cop is None:
            continue
        if cop.group("own"):
            owner = ctx.site_actor()
        else:
            owner = _genitive_owner(ctx, cop.end(), ctx.actors_in(sentence))
        if owner is None or has_link(sink, LinkType.ISSUED, owner.node_id, doc.node_id):
            continue
        sink.link(
            LinkType.ISSUED,
            owner.node_id,
            doc.node_id,
            sentence.start,
            sentence.end,
            "relation.issued.predicate_owner",
            CONF_PREDICATE,
        )
