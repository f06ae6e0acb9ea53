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
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import ActorHit, Context, DocumentHit
from ingest.extract_lists import bullet_lists
from ingest.facts import FactSink
from ingest.segment import Span

CONF_FOLLOWUP = 0.8
CONF_LIST = 0.7

_COORDINATES_FOLLOWUP = re.compile(
    r"\s+(?:samordnar|ansvarar\s+för|leder|sköter|håller\s+ihop)\s+(?:den\s+\w+\s+)?"
    r"uppföljning(?:en)?\b"
)
_FOLJER_UPP = re.compile(r"\s+(?:\w+\s+)?följer\s+(?:\w+\s+)?upp\s+$")
_FOLJS_UPP_AV = re.compile(r"\s+följs\s+(?:\w+\s+)?upp\s+(?:\w+\s+)?av\s+$")
_LIST_INTRO = re.compile(r"\bföljs\s+upp\s+(?:genom|i|av|inom)\b")
_ITEM_COORDINATES = re.compile(r"\b(?:leder|samordnar|styr)\b")
_ITEM_FOLLOWS_UP = re.compile(r"\bföljer\s+upp\b")
_ITEM_OPEN = re.compile(r"\s*[\u2013-]\s+")


def _latest_document(ctx: Context, before: int) -> DocumentHit | None:
    earlier = [d for d in ctx.documents if d.end <= before]
    return earlier[-1] if earlier else None


def _sentence_rules(ctx: Context, sink: FactSink) -> str | None:
    """Apply the sentence rules; returns the document last said to be followed up."""
    followed: str | None = None
    for sentence in ctx.sentences:
        actors = ctx.actors_in(sentence)
        docs = ctx.documents_in(sentence)
        for actor in actors:
            m = _COORDINATES_FOLLOWUP.match(ctx.text, actor.end, sentence.end)
            if m:
                after = [d for d in docs if d.start >= m.end()]
                target = after[0] if after else _latest_document(ctx, sentence.start)
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
                if actor.start > doc.end and _FOLJS_UPP_AV.fullmatch(
                    ctx.text[doc.end : actor.start]
                ):
                    _follow(sink, actor, doc, sentence)
    return followed


def _follow(sink: FactSink, actor: ActorHit, doc: DocumentHit, sentence: Span) -> None:
    sink.link(
        LinkType.FOLLOWS_UP,
        actor.node_id,
        doc.node_id,
        sentence.start,
        sentence.end,
        "followup.foljer_upp",
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
