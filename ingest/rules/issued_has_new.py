"""ISSUED from an organisation that "has a new" document.

Why: a page announces its own new document with the organisation as the one that has it
(invented examples): "Från i år har regionen en ny kulturplan", "Kommunen har nu
en ny klimatstrategi". Having a new steering document of one's own is owning it, as
"regionens kulturplan" is; "har fått en ny plan" may be another's gift, and is left.

Rule relation.issued.has_new: an organisation, "har" and "en ny" / "ett nytt" right
before a document with no other owner in the genitive, in either order
("<org> har en ny <doc>", "har <org> en ny <doc>") -> the organisation ISSUED it.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context
from ingest.facts import FactSink
from ingest.rules.relations_shared import CONF_RELATION, has_link

__all__ = ["issued_has_new"]

_NEW = r"(?:nu\s+|numera\s+|äntligen\s+)?(?:en\s+ny|ett\s+nytt)\s+"
_AFTER_ORG = re.compile(r"\s+har\s+" + _NEW)  # "<org> har en ny "
_BEFORE_ORG = re.compile(r"\b[Hh]ar\s+$")  # "har <org> en ny "
_AFTER_INVERTED = re.compile(r"\s+" + _NEW)


def _has_new(ctx: Context, actor_start: int, actor_end: int, doc_start: int, doc_end: int) -> bool:
    """'<org> har en ny <doc>' or 'har <org> en ny <doc>', the document's hit perhaps
    holding the article and adjective itself."""
    inverted = _BEFORE_ORG.search(ctx.text, max(0, actor_start - 10), actor_start) is not None
    m = (_AFTER_INVERTED if inverted else _AFTER_ORG).match(ctx.text, actor_end, doc_end)
    return (
        m is not None
        and doc_start <= m.end() < doc_end
        and not ctx.text[actor_end:doc_start].strip(" \t").startswith((",", "."))
    )


def issued_has_new(ctx: Context, sink: FactSink) -> None:
    for doc in ctx.documents:
        sentence = ctx.sentence_of(doc.start)
        if doc.genitive_owner or sentence is None:
            continue
        for actor in ctx.actors_in(sentence):
            if actor.end > doc.start:
                break
            if not _has_new(ctx, actor.start, actor.end, doc.start, doc.end):
                continue
            if has_link(sink, LinkType.ISSUED, actor.node_id, doc.node_id):
                continue
            sink.link(
                LinkType.ISSUED,
                actor.node_id,
                doc.node_id,
                sentence.start,
                sentence.end,
                "relation.issued.has_new",
                CONF_RELATION,
            )
