"""ISSUED from a proposal or draft handed over: who drafted a document another adopts.

Why: agencies draft national plans and strategies that the government adopts, and
their pages say so by the hand-over or by the work on a draft, not by "har tagit
fram": "Myndigheten har överlämnat förslaget till nationell plan till regeringen",
"Verket har tillsammans med X arbetat med att ta fram ett underlag till en strategi".

Rule relation.issued.proposal: a finite form of överlämna followed by "(ett|sitt)
förslag(et)|underlag(et) till|för|om <document>", or of arbeta "med att ta fram
((ett) underlag till) <document>" -> each subject of the verb ISSUED the document
(the receiver after the document, "till regeringen", is not read).
"""

from __future__ import annotations

import re

from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.rules.clause_parts import subjects
from ingest.rules.relations_shared import issue_each

__all__ = ["issued_proposal"]

CONF_PROPOSAL = 0.7

_DRAFT = (
    r"(?:(?:ett|sitt|sina|det|de)\s+)?(?:förslag(?:et|en)?|underlag(?:et)?)\s+(?:till|för|om)\s+"
)
_VERB = re.compile(
    r"\b(?:överlämna(?:t|de|r)\s+" + _DRAFT + r"|"
    r"(?:arbeta(?:t|de|r)|jobba(?:t|de|r))\s+med\s+att\s+(?:ta|arbeta)\s+fram\s+(?:"
    + _DRAFT
    + r")?)",
    re.I,
)
# Between the frame and the document's noun: an article and up to two adjectives.
_GAP = re.compile(r"(?:(?:en|ett|den|det|de)\s+)?(?:(?!att\b|som\b)[a-zåäö-]+\s+){0,2}?", re.I)


def _document(ctx: Context, docs: list[DocumentHit], end: int) -> DocumentHit | None:
    return next(
        (d for d in docs if d.start >= end and _GAP.fullmatch(ctx.text, end, d.start)), None
    )


def issued_proposal(ctx: Context, sink: FactSink) -> None:
    if "verlämna" not in ctx.text and "med att ta fram" not in ctx.text:
        return
    for sentence in ctx.sentences:
        for m in _VERB.finditer(ctx.text, sentence.start, sentence.end):
            doc = _document(ctx, ctx.documents_in(sentence), m.end())
            if doc is None:
                continue
            makers = subjects(ctx, sentence.start, m.start())
            issue_each(
                sink, makers, doc.node_id, sentence, "relation.issued.proposal", CONF_PROPOSAL
            )
