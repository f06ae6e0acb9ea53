"""Links between the organisations and documents found earlier.

Each rule reads one sentence (or, for a pronoun, the sentence before it too)
and quotes exactly that; when the wording does not fit, nothing is linked.

- relation.revises.revidering_av: "<doc A> är en revidering av <doc B>" -> A REVISES B
- relation.signed.undertecknades_av: "<doc> undertecknades av ... <orgs>" ->
  each organisation named after the verb SIGNED doc, dated by the sentence's date
- relation.signed.har_undertecknat: "<org> har undertecknat <doc>"
- relation.adopted.antog: "antog <org> <doc>" / "<org> antog|har antagit <doc>"
  -> org ADOPTED doc, dated by the sentence's date (also sets Document.adopted_on)
- relation.complements.kompletterar_den_med: "kompletterar <org> den med <doc>",
  "den" being the document named in the sentence before -> doc COMPLEMENTS it
- relation.issued.genitive_owner: "regeringens nationella strategi" -> ISSUED
- relation.issued.har_utarbetat: "<org> har utarbetat|tagit fram <doc>" -> ISSUED
- relation.part_of.page_municipality: a committee is PART_OF the page's municipality
"""

from __future__ import annotations

import dataclasses
import re

from graph.edges import LinkType
from graph.nodes import Document, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context, DocumentHit
from ingest.dates import DateMention
from ingest.facts import FactSink
from ingest.segment import Span

CONF_RELATION = 0.85
CONF_CONTEXT = 0.7

_REVISES = re.compile(r"\s+(?:är|var)\s+en\s+(?:revidering|reviderad\s+version)\s+av\s+$")
_SIGNED_PASSIVE = re.compile(r"\b(?:undertecknades|har\s+undertecknats|skrevs\s+under)\s+av\b")
_SIGNED_ACTIVE = re.compile(r"^\s+(?:har\s+)?(?:undertecknat|undertecknade|skrivit\s+under)\s+$")
_ADOPTED_AFTER_ORG = re.compile(r"^\s+(?:har\s+)?(?:antog|antagit)\s+$")
_ADOPTED_VERB_FIRST = re.compile(r"\b(?:antog|antagit)\s+$")
_ISSUED = re.compile(r"^\s+har\s+(?:utarbetat|tagit\s+fram)\s+$")
_COMPLEMENTS = re.compile(r"\bkompletterar\s+$")


def _between(ctx: Context, start: int, end: int) -> str:
    return ctx.text[start:end] if start <= end else ""


def _date(dates: list[DateMention], after: int = 0) -> DateMention | None:
    return next((d for d in dates if d.start >= after), None)


def _revises(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    for a in docs:
        for b in docs:
            if b.start > a.end and _REVISES.search(_between(ctx, a.end, b.start)):
                sink.link(
                    LinkType.REVISES,
                    a.node_id,
                    b.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.revises.revidering_av",
                    CONF_RELATION,
                )


def _signed(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    verb = _SIGNED_PASSIVE.search(ctx.text, sentence.start, sentence.end)
    if verb:
        subject = [d for d in docs if d.end <= verb.start()]
        if subject:
            doc = subject[-1]
            when = _date(ctx.dates_in(sentence), verb.end())
            for actor in actors:
                if actor.start >= verb.end():
                    sink.link(
                        LinkType.SIGNED,
                        actor.node_id,
                        doc.node_id,
                        sentence.start,
                        sentence.end,
                        "relation.signed.undertecknades_av",
                        CONF_RELATION,
                        date=when.value if when else None,
                        date_precision=when.precision if when else None,
                    )
    for actor in actors:
        for doc in docs:
            if doc.start > actor.end and _SIGNED_ACTIVE.match(_between(ctx, actor.end, doc.start)):
                when = _date(ctx.dates_in(sentence))
                sink.link(
                    LinkType.SIGNED,
                    actor.node_id,
                    doc.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.signed.har_undertecknat",
                    CONF_RELATION,
                    date=when.value if when else None,
                    date_precision=when.precision if when else None,
                )


def _adopted(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for actor in actors:
        for doc in docs:
            if doc.start <= actor.end:
                continue
            gap = _between(ctx, actor.end, doc.start)
            verb_first = gap.strip() == "" and _ADOPTED_VERB_FIRST.search(
                _between(ctx, sentence.start, actor.start)
            )
            if not (verb_first or _ADOPTED_AFTER_ORG.match(gap)):
                continue
            when = _date(ctx.dates_in(sentence))
            added = sink.link(
                LinkType.ADOPTED,
                actor.node_id,
                doc.node_id,
                sentence.start,
                sentence.end,
                "relation.adopted.antog",
                CONF_RELATION,
                date=when.value if when else None,
                date_precision=when.precision if when else None,
            )
            node = sink.nodes.get(doc.node_id)
            if added and when and isinstance(node, Document) and node.adopted_on is None:
                sink.nodes[doc.node_id] = dataclasses.replace(
                    node, adopted_on=when.value, adopted_precision=when.precision
                )


def _complements(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for actor in actors:
        m = re.match(r"\s+den\s+med\s+", ctx.text[actor.end : sentence.end])
        if not m or not _COMPLEMENTS.search(_between(ctx, sentence.start, actor.start)):
            continue
        new = next((d for d in docs if d.start == actor.end + m.end() and d.new), None)
        previous = (
            ctx.sentences[ctx.sentences.index(sentence) - 1]
            if ctx.sentences.index(sentence)
            else None
        )
        if new is None or previous is None:
            continue
        antecedents = ctx.documents_in(previous)
        if not antecedents or ctx.text[previous.end : sentence.start].count("\n"):
            continue  # "den" must point to a document in the sentence just before, same paragraph
        sink.link(
            LinkType.COMPLEMENTS,
            new.node_id,
            antecedents[-1].node_id,
            previous.start,
            sentence.end,
            "relation.complements.kompletterar_den_med",
            CONF_RELATION,
        )


def _issued(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for doc in docs:
        if doc.genitive_owner and doc.owner is not None:
            sink.link(
                LinkType.ISSUED,
                doc.owner.node_id,
                doc.node_id,
                sentence.start,
                sentence.end,
                "relation.issued.genitive_owner",
                CONF_RELATION,
            )
        for actor in actors:
            if doc.start > actor.end and _ISSUED.match(_between(ctx, actor.end, doc.start)):
                sink.link(
                    LinkType.ISSUED,
                    actor.node_id,
                    doc.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.issued.har_utarbetat",
                    CONF_RELATION,
                )


def _part_of(ctx: Context, sink: FactSink) -> None:
    if ctx.publisher_municipality is None:
        return
    municipality = ids.municipality_id(ctx.publisher_municipality)
    first: dict[str, ActorHit] = {}
    for actor in ctx.actors:
        if actor.kind is OrganizationKind.COMMITTEE:
            first.setdefault(actor.node_id, actor)
    for committee in first.values():
        sentence = ctx.sentence_of(committee.start)
        if sentence is not None:
            sink.link(
                LinkType.PART_OF,
                committee.node_id,
                municipality,
                sentence.start,
                sentence.end,
                "relation.part_of.page_municipality",
                CONF_CONTEXT,
            )


def extract_relations(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        docs = ctx.documents_in(sentence)
        actors = ctx.actors_in(sentence)
        _revises(ctx, sink, sentence, docs)
        _signed(ctx, sink, sentence, docs, actors)
        _adopted(ctx, sink, sentence, docs, actors)
        _complements(ctx, sink, sentence, docs, actors)
        _issued(ctx, sink, sentence, docs, actors)
    _part_of(ctx, sink)
