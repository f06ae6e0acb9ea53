"""IMPLEMENTS from fixed frames (see also ingest.rules.lineage_rules).

- relation.implements.verb: "<doc A> utgår från|bygger på|genomför <doc B>" (and the
  documents coordinated with B, as below)
- relation.implements.subject: "<subject> ... utgår från|bygger på|genomför <doc>"
  and "... och från <doc>", also with a focus word ("utgår från såväl A som B och
  C", each object coordinated with the one before); the subject opens the
  sentence, or is "Den"/"Det" standing for the subject of the sentence before.
  (relation.implements.verb does not link an object coordinated by "och" to what
  follows.)
- relation.implements.krokar_arm: "<org> har utarbetat <doc B> och vi krokar
  arm med den" -> the page's latest lower-level document IMPLEMENTS doc B
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import Level
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.relations_shared import CONF_CONTEXT, CONF_RELATION, between, has_link, subject

# A focus word between the verb and its object: "utgår från såväl A som B".
_FOCUS = r"(?:(?:såväl|både|dels|bland\s+annat|främst|framför\s+allt|i\s+första\s+hand)\s+)?"
_IMPLEMENTS_VERB = re.compile(
    r"^\s+(?!och\b)(?:\w+\s+)?(?:utgår|utgick)\s+(?:\w+\s+)?i?från\s+" + _FOCUS + "$"
    r"|^\s+(?!och\b)(?:\w+\s+)?(?:bygger|byggde)\s+(?:\w+\s+)?på\s+" + _FOCUS + "$"
    r"|^\s+(?:ska\s+)?(?:genomför|genomföra)\s+$"
)
# "<subject> ... utgår från|bygger på|genomför <doc>", also "... och från <doc>"
_IMPLEMENTS_TAIL = re.compile(
    r"(?:\b(?:utgår|utgick)\s+(?:\w+\s+)?i?från|\b(?:bygger|byggde)\s+(?:\w+\s+)?på"
    r"|\bgenomför|\boch\s+från)\s+" + _FOCUS + "$"
)
# Objects coordinated with the first: "såväl A, som B och C", "A samt B", "A liksom B".
_NEXT_OBJECT = re.compile(
    r"\s*(?:,\s*)?(?:och|samt|som|liksom|,)\s+(?:(?:även|också)\s+)?(?:(?:den|det|de)\s+)?$"
)
_KROKAR_ARM = re.compile(r"\bkrokar\s+(?:\w+\s+){0,5}?arm\s+med\s+(?:den|denna|dem)\b")


def implements(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for a in docs:
        for i, b in enumerate(docs):
            if b.start > a.end and _IMPLEMENTS_VERB.match(between(ctx, a.end, b.start)):
                for target in [b, *_coordinated(ctx, docs[i:])]:
                    sink.link(
                        LinkType.IMPLEMENTS,
                        a.node_id,
                        target.node_id,
                        sentence.start,
                        sentence.end,
                        "relation.implements.verb",
                        CONF_RELATION,
                    )
    first = subject(ctx, sentence, docs)
    for i, b in enumerate(docs):
        if first is None or b.start <= sentence.start or b.node_id == first.node_id:
            continue
        if _IMPLEMENTS_TAIL.search(between(ctx, sentence.start, b.start)):
            for target in [b, *_coordinated(ctx, docs[i:])]:
                if target.node_id == first.node_id or has_link(
                    sink, LinkType.IMPLEMENTS, first.node_id, target.node_id
                ):
                    continue
                sink.link(
                    LinkType.IMPLEMENTS,
                    first.node_id,
                    target.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.implements.subject",
                    CONF_RELATION,
                )
    _krokar_arm(ctx, sink, sentence, docs)


def _coordinated(ctx: Context, docs: list[DocumentHit]) -> list[DocumentHit]:
    """The documents coordinated with docs[0], in order: "såväl A som B och C"."""
    found = [docs[0]]
    for d in docs[1:]:
        if not _NEXT_OBJECT.fullmatch(between(ctx, found[-1].end, d.start)):
            break
        found.append(d)
    return found[1:]


def _krokar_arm(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
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
