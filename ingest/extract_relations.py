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
- relation.issued.kompletterar: "kompletterar <org> den med <doc>" -> org ISSUED doc
- relation.adopted.meta_line: "Antagen av <body> 2022-10-19" near the top ->
  body ADOPTED the page's title document
- relation.part_of.page_municipality: a committee is PART_OF the page's municipality
- relation.signed.agreement_parties: "en överenskommelse mellan A och B har
  tecknats" -> each party SIGNED the agreement
- document.signatory_count: "undertecknades av 15 myndighetsansvariga" -> the
  document's signatory_count, with the clause as the document's evidence
- relation.implements.verb: "<doc A> utgår från|bygger på|genomför <doc B>"
- relation.implements.krokar_arm: "<org> har utarbetat <doc B> och vi krokar
  arm med den" -> the page's latest lower-level document IMPLEMENTS doc B
"""

from __future__ import annotations

import dataclasses
import re

from graph.edges import LinkType
from graph.nodes import Document, DocumentKind, Level, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context, DocumentHit
from ingest.dates import DateMention
from ingest.extract_documents import meta_owner_line
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
_AGREEMENT_VERB = re.compile(
    r"\b(?:har\s+(?:tecknats|undertecknats|slutits|ingåtts)|tecknades|undertecknades|"
    r"slöts|ingicks)\b"
)
_NUMBER_WORDS = {
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "tretton": 13,
    "fjorton": 14,
    "femton": 15,
    "sexton": 16,
    "sjutton": 17,
    "arton": 18,
    "nitton": 19,
    "tjugo": 20,
}
_SIGNATORY_COUNT = re.compile(
    r"\b(?:undertecknades|har\s+undertecknats|skrevs\s+under)\s+av\s+"
    r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<who>[a-zåäö]+)"
)
_IMPLEMENTS_VERB = re.compile(
    r"^\s+(?:\w+\s+)?(?:utgår|utgick)\s+(?:\w+\s+)?från\s+$"
    r"|^\s+(?:\w+\s+)?(?:bygger|byggde)\s+(?:\w+\s+)?på\s+$"
    r"|^\s+(?:ska\s+)?(?:genomför|genomföra)\s+$"
)
_KROKAR_ARM = re.compile(r"\bkrokar\s+(?:\w+\s+){0,5}?arm\s+med\s+(?:den|denna|dem)\b")


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
        sink.link(  # "kompletterar <org> den med en handlingsplan": the org's own plan
            LinkType.ISSUED,
            actor.node_id,
            new.node_id,
            sentence.start,
            sentence.end,
            "relation.issued.kompletterar",
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


def _agreement_signed(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    verb = _AGREEMENT_VERB.search(ctx.text, sentence.start, sentence.end)
    if verb is None:
        return
    for doc in docs:
        if doc.document.kind is not DocumentKind.AGREEMENT or not doc.end <= verb.start():
            continue
        mellan = ctx.text.find(" mellan ", doc.start, verb.start())
        if mellan < 0:
            continue
        when = _date(ctx.dates_in(sentence), verb.end())
        for actor in actors:
            if mellan < actor.start and actor.end <= verb.start():
                sink.link(
                    LinkType.SIGNED,
                    actor.node_id,
                    doc.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.signed.agreement_parties",
                    CONF_RELATION,
                    date=when.value if when else None,
                    date_precision=when.precision if when else None,
                )


def _signatory_count(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    m = _SIGNATORY_COUNT.search(ctx.text, sentence.start, sentence.end)
    if m is None:
        return
    subject = [d for d in docs if d.end <= m.start()]
    node = sink.nodes.get(subject[-1].node_id) if subject else None
    if not isinstance(node, Document):
        return
    raw = m.group("n")
    count = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    updated = dataclasses.replace(node, signatory_count=count)
    sink.mention(updated, subject[-1].start, m.end(), "document.signatory_count", CONF_RELATION)


def _implements(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for a in docs:
        for b in docs:
            if b.start > a.end and _IMPLEMENTS_VERB.match(_between(ctx, a.end, b.start)):
                sink.link(
                    LinkType.IMPLEMENTS,
                    a.node_id,
                    b.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.implements.verb",
                    CONF_RELATION,
                )
    arm = _KROKAR_ARM.search(ctx.text, sentence.start, sentence.end)
    if arm is None:
        return
    targets = [d for d in docs if d.end <= arm.start()]
    if not targets:
        return
    target = targets[-1]
    order = {Level.NATIONAL: 0, Level.REGIONAL: 1, Level.MUNICIPAL: 2}
    target_rank = order.get(target.document.level or Level.NATIONAL, 0)
    # "vi": the page's own, lower-level document named last before this sentence.
    earlier = [
        d
        for d in ctx.documents
        if d.end <= sentence.start
        and d.node_id != target.node_id
        and order.get(d.document.level or Level.NATIONAL, 0) > target_rank
    ]
    if not earlier:
        return
    sink.link(
        LinkType.IMPLEMENTS,
        earlier[-1].node_id,
        target.node_id,
        sentence.start,
        sentence.end,
        "relation.implements.krokar_arm",
        CONF_CONTEXT,
    )


def _adopted_meta(ctx: Context, sink: FactSink) -> None:
    """'Antagen av <body> 2022-10-19' near the top -> body ADOPTED the page's title document."""
    found = meta_owner_line(ctx)
    if found is None:
        return
    line, actor = found
    title_docs = [d for d in ctx.documents if d.new and d.owner is actor and d.start < line.start()]
    if not title_docs:
        return
    end = ctx.text.find("\n", line.start())
    span = Span(line.start(), end if end >= 0 else len(ctx.text))
    when = _date(ctx.dates_in(span), actor.end)
    doc = title_docs[0]
    added = sink.link(
        LinkType.ADOPTED,
        actor.node_id,
        doc.node_id,
        span.start,
        span.end,
        "relation.adopted.meta_line",
        CONF_RELATION,
        date=when.value if when else None,
        date_precision=when.precision if when else None,
    )
    node = sink.nodes.get(doc.node_id)
    if added and when and isinstance(node, Document) and node.adopted_on is None:
        sink.nodes[doc.node_id] = dataclasses.replace(
            node, adopted_on=when.value, adopted_precision=when.precision
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
        _agreement_signed(ctx, sink, sentence, docs, actors)
        _signatory_count(ctx, sink, sentence, docs)
        _implements(ctx, sink, sentence, docs, actors)
    _adopted_meta(ctx, sink)
    _part_of(ctx, sink)
