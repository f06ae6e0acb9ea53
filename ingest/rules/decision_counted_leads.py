"""The matters a counted lead announces, listed under a line of its own.

Why: a meeting report counts its decisions in one sentence and lists them after a second
one (invented example): "Kommunstyrelsen har även fattat beslut i en rad ärenden. Det
handlar bland annat om: • ny förskola i Ekby • taxa för bygglov". Neither sentence is a
decision; the lead names the body, the line opens the list, and each bullet is a matter
the body decided.

Rule decision.counted_lead: a sentence counting decisions (ingest.rules.decision_filters.
decision_count: "fattat beslut i en rad ärenden", "beslutade om tre nya uppdrag"), then
a line "Det handlar|gäller (bland annat) om:" or "Bland annat:", then bullets: one
decision per bullet (every bullet, as after "beslutat om:"), of the body that is the
lead's subject, dated as the lead's count is.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span, overlaps_any
from ingest.rules.decision_bodies import subject_body
from ingest.rules.decision_bullets import BULLET_START, more_items
from ingest.rules.decision_counts import decision_count
from ingest.rules.decision_dates import decision_date
from ingest.rules.decision_verbs import VerbDecision, clause_start

__all__ = ["counted_lead_decisions"]

_LIST_LINE = re.compile(
    r"^\W*(?:(?:det|de)\s+(?:handlar|gäller|rör)\s+(?:(?:bland\s+annat|bl\.?\s?a\.?|främst)\s+)?"
    r"om|bland\s+(?:annat|dem|besluten))\s*:\s*$",
    re.I,
)


def counted_lead_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    found: list[VerbDecision] = []
    sentences = ctx.sentences
    for lead, line, first in zip(sentences, sentences[1:], sentences[2:], strict=False):
        if not _LIST_LINE.match(ctx.text[line.start : line.end]):
            continue
        count = decision_count(ctx.text[lead.start : lead.end])
        if count is None:
            continue
        if BULLET_START.match(ctx.text, first.start) is None:
            continue
        if overlaps_any(taken, first):
            continue
        cue = Span(lead.start + count.start(), lead.start + count.end())
        body = subject_body(ctx, lead, cue.start)  # the counting body, not one named later
        if body is None:
            continue
        when = decision_date(ctx, lead, cue.start, cue.end, body)
        for item in [first, *more_items(ctx, first, taken, every=True, whole_only=False)]:
            clause = Span(clause_start(ctx, item), item.end)
            found.append(VerbDecision(body, clause, when, item, "decision.counted_lead"))
    return found
