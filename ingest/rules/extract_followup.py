"""Follow-up and coordination of a document: who follows it up, who steers it.

Rules (each quotes the sentence or list line it reads):
- followup.samordnar_uppfoljningen: "<org> samordnar|ansvarar för|leder
  uppföljningen av ..." -> org FOLLOWS_UP the document named after the verb,
  else the document named last before the sentence.
- followup.foljer_upp: "<org> följer upp <doc>" and "<doc> följs upp av <org>".
- followup.forum_list: "Arbetet följs upp genom ... i följande forum:" and a
  list whose items open with an organisation or forum -> each FOLLOWS_UP the
  document followed up just before (or named in the intro).
- followup.item_verbs: a list item "<forum> - leder|samordnar|följer upp ...
  <doc>" -> COORDINATES (leder, samordnar, styr) or FOLLOWS_UP (följer upp).
- followup.foljer_upp also reads "<org>, med ..., följer upp <doc>" and "<org>
  samordnar genomförandet och följer upp <doc>"; "<doc> följs upp årligen av
  kommunens <org>".
- followup.tillsammans_med: "<org> följer upp <doc> ... tillsammans med <org2>"
  -> org2 FOLLOWS_UP the document too.
- followup.foljs_upp_i: "<doc> följs upp varje år i nämndens internkontroll"
  -> the body whose genitive names the follow-up FOLLOWS_UP the document.
- followup.uppfoljningen_gors_av: "Uppföljningen (av <doc>) görs av <org>", "Uppföljning
  och utvärdering av <doc> ska ske årligen av <org>" ->
  org FOLLOWS_UP the document named, else the one named last before.
- followup.samordnar_arbetet: "<org> (leder och) samordnar genomförandet av |
  arbetet med <doc>" -> COORDINATES.
- followup.som_samordnar: "<doc>, som <org> samordnar|leder" and "<doc>, som
  samordnas|leds av <org>" -> COORDINATES.
- then the rules of ingest.rules.coordination_rules (responsibility and assignment wording)
  and of ingest.rules.followup_clauses (a subject taking on a follow-up).
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import DocumentKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.coordination_rules import extract_coordination, unit_owners
from ingest.rules.extract_lists import bullet_lists, main_document, page_document
from ingest.rules.followup_clauses import FOLLOWED, followup_clauses

CONF_FOLLOWUP = 0.8
CONF_LIST = 0.7

_COORDINATES_FOLLOWUP = re.compile(
    r"\s+(?:samordnar|ansvarar\s+för|leder|sköter|håller\s+ihop)\s+(?:den\s+\w+\s+)?"
    r"uppföljning(?:en)?\b"
)
# "uppföljningen av ekonomin" follows up no document; "av det gemensamma arbetet" does
# (the document's work).
_OF_OTHER = re.compile(
    r"\s+(?:av|för)\s+(?!(?:det\s+|detta\s+)?(?:[a-zåäö]+a\s+){0,2}arbetet\b)", re.I
)
_FOLJER_UPP = re.compile(
    r"\s*(?:,[^,.;]{1,80},\s*)?(?:\w+\s+\w+\s+och\s+)?(?:\w+\s+)?följer\s+(?:\w+\s+)?upp\s+$"
)
_FOLJS_UPP_AV = re.compile(
    rf"\s+{FOLLOWED}\s+(?:\w+\s+)?upp\s+(?:\w+\s+)?av\s+"
    r"(?:kommunens\s+|länets\s+|regionens\s+)?$"
)
_TILLSAMMANS_MED = re.compile(r"^[^.;]{0,40}?\btillsammans\s+med\s+$")
_FOLJS_UPP_I = re.compile(r"\s+följs\s+(?:\w+\s+){0,3}?upp\s+(?:\w+\s+){0,3}?(?:i|genom|inom)\s+$")
_GENITIVE_FOLLOWUP = re.compile(
    r"(?<=s)\s+(?:internkontroll|egenkontroll|uppföljning|"
    r"verksamhetsuppföljning|årsredovisning|verksamhetsberättelse)\b"
)
_UPPFOLJNINGEN_GORS = re.compile(
    # "Uppföljning och utvärdering av miljöstrategin ska ske årligen av kommunfullmäktige"
    r"\b[Uu]ppföljning(?:en)?(?:\s+och\s+utvärdering(?:en)?)?\s+(?:av\s+[^.]{0,120}?\s+)?"
    r"(?:görs|sköts|genomförs|ansvarar|sker|ska\s+ske|ska\s+göras)\s+"
    r"(?:\w+\s+)?av\s+$"
)
_SAMORDNAR_ARBETET = re.compile(
    r"\s+(?:(?:leder|styr)\s+och\s+)?(?:samordnar|leder)\s+(?:och\s+\w+\s+)?"
    r"(?:genomförandet|arbetet|implementeringen)\s+(?:av|med)\s+$"
)
_SAMORDNAR_GENOMFORANDET = re.compile(
    r"\s+(?:(?:leder|styr)\s+och\s+)?(?:samordnar|leder)\s+(?:genomförandet|arbetet)\s+och\s+"
)
_PLANEN = re.compile(r"[Pp]lanen\b")
_SOM_ACTOR = re.compile(r"^,?\s+som\s+$")
_ACTOR_SAMORDNAR = re.compile(r"\s+(?:samordnar|leder|driver)\b")
_SOM_SAMORDNAS_AV = re.compile(r"^,?\s+som\s+(?:samordnas|leds|drivs)\s+av\s+$")
_LIST_INTRO = re.compile(r"\bföljs\s+upp\s+(?:genom|i|av|inom)\b")
_ITEM_COORDINATES = re.compile(r"\b(?:leder|samordnar|styr)\b")
_ITEM_FOLLOWS_UP = re.compile(r"\bföljer\s+upp\b")
_ITEM_OPEN = re.compile(r"\s*[\u2013-]\s+")


def _latest_document(ctx: Context, before: int) -> DocumentHit | None:
    earlier = [d for d in ctx.documents if d.end <= before]
    return page_document(ctx, earlier[-1]) if earlier else None


def _sentence_rules(ctx: Context, sink: FactSink) -> str | None:
    """Apply the sentence rules; returns the document last said to be followed up."""
    followed: str | None = None
    for sentence in ctx.sentences:
        actors = ctx.actors_in(sentence)
        docs = [page_document(ctx, d) for d in ctx.documents_in(sentence)]
        docs += _plain_plan(ctx, sentence, docs)
        units = unit_owners(ctx, actors, sentence)  # "Enheten på regionen samordnar"
        for actor in actors:
            m = _COORDINATES_FOLLOWUP.match(ctx.text, actor.end, sentence.end)
            if m:
                after = [d for d in docs if d.start >= m.end()]
                target = after[0] if after else _latest_document(ctx, sentence.start)
                if not after and _OF_OTHER.match(ctx.text, m.end(), sentence.end):
                    target = None  # "uppföljningen av ekonomin": of no document
                if target and sink.link(
                    LinkType.FOLLOWS_UP,
                    actor.node_id,
                    target.node_id,
                    sentence.start,
                    sentence.end,
                    "followup.samordnar_uppfoljningen",
                    CONF_FOLLOWUP,
                ):
                    followed = target.node_id
            for doc in docs:
                if doc.start > actor.end and _FOLJER_UPP.fullmatch(ctx.text[actor.end : doc.start]):
                    _follow(sink, actor, doc, sentence)
                    _partners(ctx, sink, doc, sentence)
                if actor.start > doc.end and _FOLJS_UPP_AV.fullmatch(
                    ctx.text[doc.end : actor.start]
                ):
                    _follow(sink, actor, doc, sentence)
                if (
                    actor.start > doc.end
                    and _FOLJS_UPP_I.fullmatch(ctx.text[doc.end : actor.start])
                    and _GENITIVE_FOLLOWUP.match(ctx.text, actor.end, sentence.end)
                ):
                    _follow(sink, actor, doc, sentence, "followup.foljs_upp_i")
                if (
                    doc.start > actor.end
                    and actor.start not in units
                    and (
                        _SAMORDNAR_ARBETET.fullmatch(ctx.text[actor.end : doc.start])
                        or _SAMORDNAR_GENOMFORANDET.match(ctx.text, actor.end, doc.start)
                    )
                ):
                    _coordinate(sink, actor, doc, sentence, "followup.samordnar_arbetet")
                between = ctx.text[doc.end : actor.start] if actor.start > doc.end else ""
                if between and (
                    (
                        _SOM_ACTOR.fullmatch(between)
                        and _ACTOR_SAMORDNAR.match(ctx.text, actor.end, sentence.end)
                    )
                    or _SOM_SAMORDNAS_AV.fullmatch(between)
                ):
                    _coordinate(sink, actor, doc, sentence, "followup.som_samordnar")
            m = _UPPFOLJNINGEN_GORS.search(ctx.text, sentence.start, actor.start)
            if m and m.end() == actor.start:
                named = [d for d in docs if d.end <= actor.start]
                target = named[0] if named else _latest_document(ctx, sentence.start)
                if target:
                    _follow(sink, actor, target, sentence, "followup.uppfoljningen_gors_av")
    return followed


def _plain_plan(ctx: Context, sentence: Span, docs: list[DocumentHit]) -> list[DocumentHit]:
    """ "Planen" opening a sentence: the page's own action plan (no document noun of its own)."""
    m = _PLANEN.match(ctx.text, sentence.start, sentence.end)
    main = main_document(ctx)
    if m is None or main is None or main.document.kind is not DocumentKind.ACTION_PLAN:
        return []
    if main.start > m.start() or any(d.start < m.end() and m.start() < d.end for d in docs):
        return []
    return [DocumentHit(m.start(), m.end(), main.document, "followup.planen", False, main.owner)]


def _partners(ctx: Context, sink: FactSink, doc: DocumentHit, sentence: Span) -> None:
    for other in ctx.actors_in(sentence):
        if other.start > doc.end and _TILLSAMMANS_MED.match(ctx.text[doc.end : other.start]):
            _follow(sink, other, doc, sentence, "followup.tillsammans_med")


def _coordinate(
    sink: FactSink, actor: ActorHit, doc: DocumentHit, sentence: Span, rule: str
) -> None:
    sink.link(
        LinkType.COORDINATES,
        actor.node_id,
        doc.node_id,
        sentence.start,
        sentence.end,
        rule,
        CONF_FOLLOWUP,
    )


def _follow(
    sink: FactSink,
    actor: ActorHit,
    doc: DocumentHit,
    sentence: Span,
    rule: str = "followup.foljer_upp",
) -> None:
    sink.link(
        LinkType.FOLLOWS_UP,
        actor.node_id,
        doc.node_id,
        sentence.start,
        sentence.end,
        rule,
        CONF_FOLLOWUP,
    )


def _list_rules(ctx: Context, sink: FactSink, followed: str | None) -> None:
    for lst in bullet_lists(ctx.text):
        intro = ctx.text[lst.intro.start : lst.intro.end]
        in_intro = ctx.documents_in(lst.intro)
        target = in_intro[-1].node_id if in_intro else followed
        for item in lst.items:
            actor = next((a for a in ctx.actors if a.start == item.start), None)
            if actor is None:
                continue
            line = Span(item.start, item.end)
            if target and _LIST_INTRO.search(intro):
                sink.link(
                    LinkType.FOLLOWS_UP,
                    actor.node_id,
                    target,
                    lst.intro.start,
                    item.end,
                    "followup.forum_list",
                    CONF_LIST,
                )
            if not _ITEM_OPEN.match(ctx.text, actor.end, item.end):
                continue
            for doc in ctx.documents_in(line):
                verbs = ctx.text[actor.end : doc.start]
                if _ITEM_COORDINATES.search(verbs):
                    sink.link(
                        LinkType.COORDINATES,
                        actor.node_id,
                        doc.node_id,
                        line.start,
                        line.end,
                        "followup.item_verbs",
                        CONF_LIST,
                    )
                if _ITEM_FOLLOWS_UP.search(verbs):
                    sink.link(
                        LinkType.FOLLOWS_UP,
                        actor.node_id,
                        doc.node_id,
                        line.start,
                        line.end,
                        "followup.item_verbs",
                        CONF_LIST,
                    )


def extract_followup(ctx: Context, sink: FactSink) -> None:
    _list_rules(ctx, sink, _sentence_rules(ctx, sink))
    extract_coordination(ctx, sink)  # responsibility and assignment wording
    followup_clauses(ctx, sink)  # a subject taking on a follow-up, far from its verb
