"""Adoptions stated in the minutes a page is the annex of.

Why: a steering document is often published as the annex of the minutes that adopted
it, headed "Bilaga till kf prot 2019-03-18, § 31" and followed by the § decision:
"Målsättning för X fastställes enligt bilaga till denna paragraf." The annex is the
page's own document, though the decision names it in other words or not at all.

Rule relation.adopted.annex: on a page with an annex header
(ingest.rules.decision_page.ANNEX), a sentence that adopts "enligt bilaga"
(ingest.rules.steering_adoption.ADOPTS_ANNEX) adopts the page's main document; the body
and the day are those of the meeting (the header's, or a "<Body>s beslut" heading's
body), unless the sentence is a proposal.
"""

from __future__ import annotations

from ingest.context import Context
from ingest.facts import FactSink
from ingest.rules.adoption_objects import BODIES
from ingest.rules.decision_page import annex_page, in_proposal_section
from ingest.rules.decision_proposals import proposed_item
from ingest.rules.main_document import main_document
from ingest.rules.meeting_choice import meeting_before
from ingest.rules.relations_shared import adopt
from ingest.rules.steering_adoption import ADOPTS_ANNEX

__all__ = ["annex_adoptions"]

CONF_ANNEX = 0.75


def annex_adoptions(ctx: Context, sink: FactSink) -> None:
    if not annex_page(ctx):
        return
    main = main_document(ctx)
    if main is None:
        return
    for sentence in ctx.sentences:
        if ADOPTS_ANNEX.search(ctx.text, sentence.start, sentence.end) is None:
            continue
        if in_proposal_section(ctx, sentence.start) or proposed_item(ctx, sentence):
            continue
        meeting = meeting_before(ctx, sentence.start, dated=False)
        body = meeting.body if meeting else None
        if body is None or body.kind not in BODIES:
            continue
        held = meeting_before(ctx, sentence.start, dated=True, body=body)
        when = held.date if held else None
        adopt(
            sink, body.node_id, main.node_id, sentence, "relation.adopted.annex", CONF_ANNEX, when
        )
        return  # one annex, one adoption
