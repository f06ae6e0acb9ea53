"""IMPLEMENTS from fixed frames (see also ingest.rules.lineage_rules).

- relation.implements.verb: "<doc A> utgår från|bygger på|genomför <doc B>" (and the
  documents coordinated with B, as below, and with A: "A och C utgår från B")
- relation.implements.subject: "<subject> ... utgår från|bygger på|genomför <doc>"
  and "... och från <doc>", also with a focus word ("utgår från såväl A som B och
  C", each object coordinated with the one before); the subject opens the
  sentence, or is "Den"/"Det" standing for the subject of the sentence before, or a
  plural pronoun ("Alla tre", "De") for the documents the sentence before lists.
  (relation.implements.verb does not link an object coordinated by "och" to what
  follows.)
- relation.implements.krokar_arm: "<org> har utarbetat <doc B> och vi krokar
  arm med den" -> the page's latest lower-level document IMPLEMENTS doc B
- relation.implements.purpose: a purpose clause "för att konkretisera|förverkliga|
  genomföra|omsätta|nå målen i <doc B>": the document it is the purpose of IMPLEMENTS
  B, either the one just before it ("en handlingsplan för att förverkliga strategin")
  or, when the clause opens the sentence, the last one of the main clause ("För att
  konkretisera visionen för B antogs programmet A")
- relation.implements.within_frame: "Inom ramen för <doc B> har <doc A> tagits fram"
  -> A IMPLEMENTS B (A was drawn up as part of carrying out B)
- relation.implements.starting_point: "Utgångspunkten (Grunden) för <doc A> är <doc B>
  (och <doc C>)" opening the sentence -> A IMPLEMENTS B (and C)
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import Level
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.main_document import page_document
from ingest.rules.relations_shared import (
    CONF_CONTEXT,
    CONF_RELATION,
    PRONOUN_SUBJECT,
    between,
    has_link,
    listed_before,
    subject,
)

# A focus word between the verb and its object: "utgår från såväl A som B".
# After it, the object's owner in the genitive: "utgår från Sveriges nationella strategi".
_FOCUS = (
    r"(?:(?:såväl|både|dels|bland\s+annat|främst|framför\s+allt|i\s+första\s+hand)\s+)?"
    r"(?:[A-ZÅÄÖ][a-zåäö]+s\s+)?"
)
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
# "Alla tre utgår från X", "De bygger på X": the documents just listed.
_PLURAL = re.compile(
    r"\s*(?:De|Dessa|Samtliga|Båda|Bägge|Alla)(?:\s+(?:tre|fyra|fem|sex))?\s+(?!är\b)"
)
# "för att förverkliga strategin", "för att nå målen i agendan": what a document is for.
_PURPOSE = re.compile(
    r"\b(?P<lead>[Ff])ör\s+att\s+(?:(?:konkretisera|förverkliga|genomföra|omsätta|verkställa"
    r"|realisera)(?:\s+och\s+[\wåäö]+)?|(?:uppnå|nå)\s+(?:de\s+)?(?:[\wåäö]+\s+)?målen\s+i)\s"
)
# Between the document and its purpose clause: a few words, no clause break.
_NEAR_PURPOSE = re.compile(r"[^,.;:!?]{0,40}")
_WITHIN_FRAME = re.compile(r"\s*[Ii]nom\s+ramen\s+för\s+(?:genomförandet\s+av\s+)?")
_STARTING_POINT = re.compile(r"\s*(?:Utgångspunkten|Grunden|Avstampet)\s+för\s+")
_IS_THEN = re.compile(r"\s+(?:är|var)\s+(?:(?:bland\s+annat|främst)\s+)?")
_DRAWN_UP = re.compile(
    r"\b(?:tagits|tas|tagit|togs)\s+fram\b|\b(?:utarbetats|utarbetat|utarbetades)\b"
)
# "Ett förslag till X har tagits fram. Det bygger på Y": the draft stands for X.
_DRAFT = re.compile(r"\s*(?:(?:Ett|Det)\s+(?:[\wåäö]+\s+)?förslag|Förslaget)\s+(?:till|på)\s+")
_KROKAR_ARM = compile_guarded(r"\bkrokar\s+(?:\w+\s+){0,5}?arm\s+med\s+(?:den|denna|dem)\b")


def implements(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for a in docs:
        for i, b in enumerate(docs):
            if b.start > a.end and _IMPLEMENTS_VERB.match(between(ctx, a.end, b.start)):
                for source in [a, *listed_before(ctx, docs, a, _SUBJECT_AND)]:
                    for target in [b, *_coordinated(ctx, docs[i:])]:
                        _link(ctx, sink, sentence, source, target, "relation.implements.verb")
    first = _subject(ctx, sentence, docs)
    subjects = [first] if first is not None else _plural_subject(ctx, sentence)
    for i, b in enumerate(docs):
        if not subjects or b.start <= sentence.start:
            continue
        if not _IMPLEMENTS_TAIL.search(between(ctx, sentence.start, b.start)):
            continue
        for source in subjects:
            if b.node_id == source.node_id:
                continue
            for target in [b, *_coordinated(ctx, docs[i:])]:
                if target.node_id == source.node_id or has_link(
                    sink, LinkType.IMPLEMENTS, source.node_id, target.node_id
                ):
                    continue
                sink.link(
                    LinkType.IMPLEMENTS,
                    source.node_id,
                    target.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.implements.subject",
                    CONF_RELATION,
                )
    _krokar_arm(ctx, sink, sentence, docs)
    _purpose(ctx, sink, sentence, docs)
    _within_frame(ctx, sink, sentence, docs)
    _starting_point(ctx, sink, sentence, docs)


def _subject(
    ctx: Context, sentence: Span, docs: list[DocumentHit], back: bool = True
) -> DocumentHit | None:
    """The sentence's subject document (relations_shared.subject), also when it opens as
    a draft of it ("Ett förslag till X ..."), and for "Det ..." the one of the sentence before."""
    first = subject(ctx, sentence, docs)
    if first is not None:
        return first
    if docs and _DRAFT.fullmatch(ctx.text, sentence.start, docs[0].start):
        return docs[0]
    index = ctx.sentence_index(sentence)
    if not back or index <= 0 or not PRONOUN_SUBJECT.match(ctx.text, sentence.start):
        return None
    previous = ctx.sentences[index - 1]
    return _subject(ctx, previous, ctx.documents_in(previous), back=False)


def _plural_subject(ctx: Context, sentence: Span) -> list[DocumentHit]:
    """'A, B och C. Alla tre utgår från D.': the documents the sentence before lists, when
    this one opens with a plural pronoun standing for them."""
    index = ctx.sentence_index(sentence)
    if index <= 0 or not _PLURAL.match(ctx.text, sentence.start):
        return []
    named = ctx.documents_in(ctx.sentences[index - 1])
    listed = [named[0], *_coordinated(ctx, named)] if named else []
    return listed if len({d.node_id for d in listed}) >= 2 else []


def _link(
    ctx: Context, sink: FactSink, sentence: Span, a: DocumentHit, b: DocumentHit, rule: str
) -> None:
    if a.node_id == b.node_id or has_link(sink, LinkType.IMPLEMENTS, a.node_id, b.node_id):
        return
    if has_link(sink, LinkType.IMPLEMENTS, b.node_id, a.node_id):
        return
    sink.link(
        LinkType.IMPLEMENTS, a.node_id, b.node_id, sentence.start, sentence.end, rule, CONF_RELATION
    )


def _purpose(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    found = _PURPOSE.search(ctx.text, sentence.start, sentence.end)
    if found is None or len(docs) < 2:
        return
    after = [d for d in docs if d.start >= found.end()]
    if not after:
        return
    before = [d for d in docs if d.end <= found.start()]
    fronted = not ctx.text[sentence.start : found.start()].strip()
    if before and not fronted:
        a = before[-1]
        if _NEAR_PURPOSE.fullmatch(between(ctx, a.end, found.start())):
            _link(ctx, sink, sentence, a, after[0], "relation.implements.purpose")
    elif fronted and len(after) >= 2:
        # "För att konkretisera B (och C) antogs A": the main clause's document is the last.
        a = after[-1]
        for b in after[:-1]:
            _link(ctx, sink, sentence, a, b, "relation.implements.purpose")


def _within_frame(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    frame = _WITHIN_FRAME.match(ctx.text, sentence.start, sentence.end)
    if frame is None or len(docs) < 2 or docs[0].start != frame.end():
        return
    if not _DRAWN_UP.search(ctx.text, docs[0].end, sentence.end):
        return
    for a in docs[1:]:
        _link(ctx, sink, sentence, a, docs[0], "relation.implements.within_frame")


def _starting_point(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    frame = _STARTING_POINT.match(ctx.text, sentence.start, sentence.end)
    if frame is None or len(docs) < 2 or docs[0].start != frame.end():
        return
    a, b = page_document(ctx, docs[0]), docs[1]
    if _IS_THEN.fullmatch(ctx.text, docs[0].end, b.start):
        for target in [b, *_coordinated(ctx, docs[1:])]:
            _link(ctx, sink, sentence, a, target, "relation.implements.starting_point")


def _coordinated(ctx: Context, docs: list[DocumentHit]) -> list[DocumentHit]:
    """The documents coordinated with docs[0], in order: "såväl A som B och C"."""
    found = [docs[0]]
    for d in docs[1:]:
        if not _NEXT_OBJECT.fullmatch(between(ctx, found[-1].end, d.start)):
            break
        found.append(d)
    return found[1:]


_SUBJECT_AND = re.compile(r"\s*(?:,|,?\s+och|,?\s+samt)\s+")


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
