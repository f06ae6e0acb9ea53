"""ISSUED from a proposal or draft handed over: who drafted a document another adopts.

Why: agencies draft national plans and strategies that the government adopts, and
their pages say so by the hand-over or by the work on a draft, not by "har tagit
fram": "Myndigheten har överlämnat förslaget till nationell plan till regeringen",
"Verket har tillsammans med X arbetat med att ta fram ett underlag till en strategi".

Rule relation.issued.proposal: a finite form of överlämna followed by "(ett|sitt)
förslag(et)|underlag(et) till|för|om <document>", or of arbeta "med att ta fram
((ett) underlag till) <document>" -> each subject of the verb ISSUED the document
(the receiver after the document, "till regeringen", is not read). Making under way
counts as well: "arbetar just nu med att ta fram", "inleder|påbörjar|leder arbetet med
att ta fram", and "ska|kommer att ta fram" after a subject opening the sentence (a
body planning its own document is its maker; "Det innebär att kommunen ska ta fram"
is a duty, and a present passive, "tas fram", names no maker). A genitive before a draft,
"miljö- och samhällsberedningens förslag till ny översiktsplan", drew the document up.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.clause_parts import subjects
from ingest.rules.relations_shared import document_after, issue_each

__all__ = ["issued_proposal"]

CONF_PROPOSAL = 0.7

_DRAFT = (
    r"(?:(?:ett|sitt|sina|det|de)\s+)?(?:förslag(?:et|en)?|underlag(?:et)?)\s+(?:till|för|om)\s+"
)
_ADVERBS = r"(?:(?:just|nu|i|dag|också|även|redan|sedan|under|året|hösten|våren)\s+){0,3}"
_TO_MAKE = r"(?:ta|arbeta)\s+fram\s+(?:" + _DRAFT + r")?"
_VERB = compile_guarded(
    r"\b(?:överlämna(?:t|de|r)\s+" + _DRAFT + r"|"
    r"(?:arbeta(?:t|de|r)|jobba(?:t|de|r))\s+" + _ADVERBS + r"med\s+att\s+" + _TO_MAKE + "|"
    r"(?:inled(?:er|de)|påbörja(?:r|de)|starta(?:r|de)|led(?:er|de))\s+"
    + _ADVERBS
    + r"arbetet\s+med\s+att\s+"
    + _TO_MAKE
    + "|"
    r"(?P<future>ska|skall|kommer\s+att)\s+" + _ADVERBS + _TO_MAKE + ")",
    re.I,
)
# "Havs- och vattenmyndighetens förslag till havsplan": the genitive drafted it.
_DRAFT_OF = re.compile(r"\s+förslag(?:et)?\s+till\s+", re.I)
# Between the frame and the document's noun: an article and up to two adjectives.
_GAP = re.compile(r"(?:(?:en|ett|den|det|de)\s+)?(?:(?!att\b|som\b)[a-zåäö-]+\s+){0,2}?", re.I)


def _drafted(ctx: Context, sink: FactSink, sentence: Span) -> None:
    docs = ctx.documents_in(sentence)
    for actor in ctx.actors_in(sentence):
        if ctx.text[actor.end - 1] != "s":
            continue
        m = _DRAFT_OF.match(ctx.text, actor.end, sentence.end)
        doc = document_after(ctx, docs, m.end(), _GAP) if m else None
        if doc is not None:
            issue_each(
                sink, [actor], doc.node_id, sentence, "relation.issued.proposal", CONF_PROPOSAL
            )


def issued_proposal(ctx: Context, sink: FactSink) -> None:
    if "förslag" in ctx.text:
        for sentence in ctx.sentences:
            _drafted(ctx, sink, sentence)
    if "verlämna" not in ctx.text and " fram" not in ctx.text:
        return
    for sentence in ctx.sentences:
        for m in _VERB.finditer(ctx.text, sentence.start, sentence.end):
            doc = document_after(ctx, ctx.documents_in(sentence), m.end(), _GAP)
            if doc is None:
                continue
            makers = subjects(ctx, sentence.start, m.start())
            if m.group("future"):
                # "Det innebär att kommunen ska ta fram ...": a duty or an aim, not a
                # body's own plan; only a subject opening the sentence plans its making.
                makers = [x for x in makers[:1] if not ctx.text[sentence.start : x.start].strip()]
            issue_each(
                sink, makers, doc.node_id, sentence, "relation.issued.proposal", CONF_PROPOSAL
            )
