"""ISSUED from a charge: the body assigned to draw a document up, or answerable for it.

Why: agencies and county boards present their documents by the assignment they got
("Myndigheten fick av regeringen i uppdrag att ta fram en handlingsplan för X") or by
who answers for them ("Ansvarig för programmet är kulturnämnden") more often than by
"har tagit fram"; the assignee, not the assigner, is the maker.

Rule relation.issued.assigned: "<subject> fick|har fått|hade fått (, <phrase>,) (...) i
uppdrag (av|från <org>) att (leda arbetet med att) ta fram|arbeta fram|utarbeta|upprätta
<document>" -> the
subject (or the one right after the verb: "I fjol fick SMHI i uppdrag") ISSUED the
document. Only a past assignment is read: "får i uppdrag att ta fram" in a decision
orders a document not yet made. The assigner after "av" is no maker. A charge held
is read too: "<subject> har i (regerings)uppdrag|har regeringens uppdrag att ta fram
<document>", and the holder's genitive "<org>s uppdrag att ta fram <document>".

Rule relation.issued.responsible: "Ansvarig för <document> är <org>", "<org> är
ansvarig för <document>", "<org> har huvudansvaret för <document>", "<org> har ansvar för
att upprätta <document>" -> the
organisation ISSUED it. The document must follow "för" itself: "ansvarig för att
planen genomförs" answers for carrying it out, and "det övergripande ansvaret" is
coordination (relation.coordinates), not authorship.
"""

from __future__ import annotations

import re

from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.clause_parts import subjects
from ingest.rules.relations_shared import document_after, issue_once

__all__ = ["issued_assigned"]

CONF_ASSIGNED = 0.7

# "i uppdrag att (leda arbetet med att) ta fram": who leads the work makes the document.
_MAKE_VERB = (
    r"att\s+(?:leda\s+arbetet\s+med\s+att\s+)?(?:ta\s+fram|arbeta\s+fram|utarbeta|upprätta)\s+"
)
# Who gave the charge, between it and its verb: "i uppdrag (från regeringen|av X) att".
_GIVER = r"(?:(?:av|från)\s+[^.;:]{1,60}?\s+)?"
# Any compound of the noun: "i uppdrag", "i regeringsuppdrag".
_TASK = r"[a-zåäö]*uppdrag"
_ASSIGNED = re.compile(
    # "fick, i regleringsbrevet för 2013, i uppdrag att": a phrase set off by commas
    r"\b(?:fick|(?:har|hade)\s+fått)(?:,[^,.;:]{1,60},)?\s+(?P<inverted>(?:[\wåäö]+\s+){0,3}?)"
    r"i\s+" + _TASK + r"\s+" + _GIVER + _MAKE_VERB,
    re.I,
)
# A standing charge held: "X har i regeringsuppdrag|har regeringens uppdrag|har ett
# uppdrag att ta fram en plan" (not "har gett Y i uppdrag": a word other than an
# adverb before "i" is a verb of giving).
_HOLDS = re.compile(
    r"\b(?:har|hade)\s+(?:(?:nu|även|också|sedan\s+\d{4})\s+)?"
    r"(?:i|ett|[\wåäö]+s)\s+" + _TASK + r"\s+" + _GIVER + _MAKE_VERB,
    re.I,
)
# The holder as a genitive before the charge: "Länsstyrelsens uppdrag att ta fram ...".
_HELD = re.compile(r"\s+" + _TASK + r"(?:et)?\s+" + _MAKE_VERB, re.I)
# The same frame in the active voice, from the assigner: "Regeringen gav (i dag) X i
# uppdrag att ta fram|föreslå en plan": the object X, not the subject, is the maker.
_GAVE = re.compile(
    r"\b(?:gav|ger|(?:har|hade)\s+(?:gett|givit))\s+(?P<who>[^.;:]{2,80}?)\s+i\s+uppdrag\s+"
    r"att\s+(?:ta\s+fram|arbeta\s+fram|utarbeta|föreslå)\s+",
    re.I,
)
# Between the verb and the document's noun: an article and up to two adjectives (not
# "för att planen genomförs", "för uppföljningen av planen").
_GAP = re.compile(
    r"(?:(?:en|ett|den|det|de)\s+)?"
    r"(?:(?:(?!att\b)[a-zåäö-]+[aet]|regional|nationell|lokal|kommunal|gemensam|ny)\s+){0,2}",
    re.I,
)


_RESPONSIBLE = re.compile(
    r"\b(?:är\s+(?:huvud)?ansvarig|har\s+(?:huvudansvaret|huvudansvar))\s+för\s+|"
    # "har ansvar för att upprätta en regional transportplan": answerable for making it
    r"\bhar\s+(?:det\s+)?(?:huvud)?ansvar(?:et)?\s+för\s+att\s+(?:upprätta|ta\s+fram|utarbeta)\s+",
    re.I,
)
_RESPONSIBLE_FIRST = re.compile(r"\b(?:huvud)?[Aa]nsvarig\s+för\s+")
_IS = re.compile(r"\s+är\s+")


def _link(sink: FactSink, sentence: Span, maker: ActorHit, doc: DocumentHit, rule: str) -> None:
    issue_once(sink, maker.node_id, doc.node_id, sentence, rule, CONF_ASSIGNED)


def _responsible(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    actors = ctx.actors_in(sentence)
    for m in _RESPONSIBLE.finditer(ctx.text, sentence.start, sentence.end):
        doc = document_after(ctx, docs, m.end(), _GAP)
        if doc is None:
            continue
        for maker in subjects(ctx, sentence.start, m.start()):
            if isinstance(maker, ActorHit):
                _link(sink, sentence, maker, doc, "relation.issued.responsible")
    for m in _RESPONSIBLE_FIRST.finditer(ctx.text, sentence.start, sentence.end):
        doc = document_after(ctx, docs, m.end(), _GAP)
        if doc is None:
            continue
        is_ = _IS.match(ctx.text, doc.end, sentence.end)
        answerable = next((a for a in actors if is_ and a.start == is_.end()), None)
        if answerable is not None:
            _link(sink, sentence, answerable, doc, "relation.issued.responsible")


def _held(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    """'Länsstyrelsens uppdrag att ta fram <doc>': the genitive holds the charge; the
    government's genitive names who gave it ("regeringens uppdrag till X")."""
    for actor in ctx.actors_in(sentence):
        if actor.kind is OrganizationKind.GOVERNMENT or ctx.text[actor.end - 1] != "s":
            continue
        m = _HELD.match(ctx.text, actor.end, sentence.end)
        doc = document_after(ctx, docs, m.end(), _GAP) if m else None
        if doc is not None:
            _link(sink, sentence, actor, doc, "relation.issued.assigned")


def _inverted(ctx: Context, sentence: Span, m: re.Match[str]) -> list[ActorHit]:
    """'Förra året fick SMHI i uppdrag att ...': the named subject right after the verb,
    after a short time phrase; a long fronted phrase about a decision ("Som en följd av
    kommunstyrelsens beslut ... fick förvaltningen i uppdrag") orders a document to come."""
    if "inverted" not in m.groupdict() or not m.group("inverted"):
        return []
    fronted = ctx.text[sentence.start : m.start()]
    if len(fronted.split()) > _FRONTED_WORDS or "beslut" in fronted:
        return []
    span = Span(m.start("inverted"), m.end("inverted"))
    return [a for a in ctx.actors_in(span) if not a.anaphoric][:1]


_FRONTED_WORDS = 4


def issued_assigned(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        docs = ctx.documents_in(sentence)
        if docs:
            _responsible(ctx, sink, sentence, docs)
        _held(ctx, sink, sentence, docs)
        for m in [
            *_ASSIGNED.finditer(ctx.text, sentence.start, sentence.end),
            *_HOLDS.finditer(ctx.text, sentence.start, sentence.end),
        ]:
            doc = document_after(ctx, docs, m.end(), _GAP)
            if doc is None:
                continue
            makers = subjects(ctx, sentence.start, m.start()) or _inverted(ctx, sentence, m)
            for maker in makers:
                if isinstance(maker, ActorHit):
                    _link(sink, sentence, maker, doc, "relation.issued.assigned")
        for m in _GAVE.finditer(ctx.text, sentence.start, sentence.end):
            doc = document_after(ctx, docs, m.end(), _GAP)
            if doc is None:
                continue
            # the last organisation before "i uppdrag" ("gav under torsdagen X i uppdrag")
            who = ctx.actors_in(Span(m.start("who"), m.end("who")))
            if who and who[-1].end == m.end("who"):
                _link(sink, sentence, who[-1], doc, "relation.issued.assigned")
