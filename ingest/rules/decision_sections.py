"""Decisions stated under a decision heading of minutes, with or without a decision verb.

Why: minutes give each § a section headed "Beslut" or "Kommunfullmäktiges beslut" and
state the decision below it in the words of its matter ("Renhållningstaxan höjs med
tre procent.", "Medborgarförslaget överlämnas till tekniska nämnden.") rather than by
a decision verb the verb rules read. The heading says it is the decision.

Rule decision.section (minutes pages only, ingest.rules.decision_page.minutes_page): the
first sentence under a heading line "Beslut" / "<Body>s beslut" (each of its bullets when
it opens with one: "- Driftbudgetramar delegeras enligt bilaga 1"), when no other rule has
read a sentence of the first paragraph of that section (up to the next heading line); not
procedure, a proposal or what was not taken (ingest.rules.decision_filters). The body is the
heading's genitive, else the meeting's; the date is the sentence's own, else that
body's meeting's.
"""

from __future__ import annotations

import bisect
import re

from ingest.context import ActorHit, Context
from ingest.language.segment import Span
from ingest.rules.decision_dates import own_date
from ingest.rules.decision_filters import not_taken, procedural
from ingest.rules.decision_page import DECISION_SECTION, deciders, in_proposal_section, minutes_page
from ingest.rules.decision_verbs import VerbDecision, clause_start
from ingest.rules.meeting_choice import meeting_before
from ingest.rules.steering_adoption import adopts_steering_document

__all__ = ["section_decisions"]

_SECTION_SENTENCES = 4  # a decision section's sentences read at most
_MIN_WORDS = 3
_HEADING_WORDS = 8


def _heading_line(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text.split()) <= _HEADING_WORDS and not text.endswith((".", "!"))


def _section(ctx: Context, heading: Span) -> list[Span]:
    """The sentences under the heading, up to the next heading line."""
    index = bisect.bisect_left(ctx.sentences, heading.end, key=lambda s: s.start)
    found: list[Span] = []
    for sentence in ctx.sentences[index : index + _SECTION_SENTENCES]:
        line_start = ctx.text.rfind("\n", 0, sentence.start) + 1
        whole_line = not ctx.text[line_start : sentence.start].strip()
        said = ctx.text[sentence.start : sentence.end]
        if whole_line and _heading_line(said) and not _BULLET.match(said):
            break
        found.append(sentence)
    return found


def _body(ctx: Context, heading: Span, start: int) -> ActorHit | None:
    named = deciders(ctx, heading.start, heading.end)
    if named:
        return named[0]
    meeting = meeting_before(ctx, start, dated=False)
    return meeting.body if meeting else None


def section_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    """One decision per decision section no other rule has read (`taken`)."""
    if not minutes_page(ctx):
        return []
    found: list[VerbDecision] = []
    for m in DECISION_SECTION.finditer(ctx.text):
        heading = Span(m.start(), m.end())
        section = _section(ctx, heading)
        # Read by another rule: a sentence of the section's first paragraph (a later
        # paragraph, "Därefter fattades beslut om ...", is the section's next decision).
        first_paragraph = [s for s in section if "\n\n" not in ctx.text[section[0].start : s.start]]
        if not section or any(
            t.start < s.end and s.start < t.end for s in first_paragraph for t in taken
        ):
            continue
        # "- Driftbudgetramar delegeras enligt bilaga 1" and the bullets after it: one each
        items = [s for s in section if _BULLET.match(ctx.text, s.start)] or section[:1]
        for first in items if _BULLET.match(ctx.text, section[0].start) else section[:1]:
            decision = _decision(ctx, heading, first)
            if decision is not None:
                found.append(decision)
    return found


_BULLET = re.compile(r"[-\u2013\u2022*]\s")


def _decision(ctx: Context, heading: Span, first: Span) -> VerbDecision | None:
    """The section's sentence `first` as its body's decision, unless it decides nothing."""
    line = ctx.text[first.start : first.end]
    start = clause_start(ctx, first)
    if (
        len(line.split()) < _MIN_WORDS
        or procedural(line)
        or not_taken(line)
        or in_proposal_section(ctx, first.start)
        or adopts_steering_document(ctx, start, first.end)
    ):
        return None
    body = _body(ctx, heading, first.start)
    held = meeting_before(ctx, first.start, dated=True, body=body)
    when = own_date(ctx, first, start) or (held.date if held else None)
    return VerbDecision(body, Span(start, first.end), when, first, "decision.section")
