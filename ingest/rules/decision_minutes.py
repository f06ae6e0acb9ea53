"""Decisions in run-on minutes text: the formulas of a § item.

Why: minutes copied from PDF (document-sharing sites) lose their layout, so a §
item's heading, its decision marker and its decision run into one line:
"16 Information Länsgemensam folkhälsopolicy att notera informationen till
protokollet." and "... redovisar utfallet ARBETSUTSKOTTET BESLUTAR att notera
informationen". The formula "att <infinitive>" after a § number and title, or after an
upper-case "<BODY> BESLUTAR", is the decision.

Rules (minutes pages only, ingest.rules.decision_page.minutes_page):
- decision.minutes_marker: "<BODY> BESLUTAR (:) att ...": the body whose name ends in
  the marker's word, else none the page names; the date of its meeting when it is the
  meeting's body.
- decision.minutes_item: "<§ number> <title of a few words> att <decision verb> ...":
  the body and date of the meeting the minutes record.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.decision_page import minutes_page
from ingest.rules.decision_proposals import body_named
from ingest.rules.decision_verbs import VerbDecision
from ingest.rules.meeting_choice import meeting_before, same_body

__all__ = ["MARKER", "minutes_decisions"]

# Infinitives that open a decision in a minutes' "att"-clause.
_DECISION_VERB = (
    r"(?:notera|godkänna|fastställa|anta|lägga|överlämna|uppdra|ge|bevilja|avslå|bifalla|"
    r"återremittera|remittera|tillstyrka|avstyrka|föreslå|utse|välja|avsätta|ställa)\b"
)
MARKER = re.compile(
    r"\b(?P<who>[A-ZÅÄÖ]{4,}(?:\s+[A-ZÅÄÖ]{2,}){0,2})\s+BESLUT(?:AR|ADE)\b\s*:?\s*"
    r"(?:\d{1,2}[.)]\s*)?(?:att\s+)?"
)
# "2 2 (6) 16 Information Länsgemensam folkhälsopolicy att notera ...": a page header's
# numbers, the § number, the item's title, the formula.
_ITEM = re.compile(
    rf"[\W\d]*\d{{1,3}}\s+(?:[\wåäöÅÄÖ-]+\s+){{1,6}}?att\s+(?={_DECISION_VERB})", re.I
)
_NUMBER = re.compile(r"[\W\d]*\d{1,3}\s+")
_END = re.compile(r"[.!?;](?:\s|$)")
_MIN_WORDS = 3


def _clause(ctx: Context, start: int, end: int) -> Span:
    """From start to the next marker or sentence end."""
    stop = _END.search(ctx.text, start, end)
    marker = MARKER.search(ctx.text, start, end)
    ends = [x.start() for x in (stop, marker) if x is not None]
    return Span(start, min(ends) if ends else end)


def minutes_decisions(ctx: Context, decided: list[Span]) -> list[VerbDecision]:
    """The § items' decisions of run-on minutes (sentences already read by the rules of
    named bodies are read again only for their upper-case markers)."""
    if not minutes_page(ctx):
        return []
    found: list[VerbDecision] = []
    for sentence in ctx.sentences:
        for m in MARKER.finditer(ctx.text, sentence.start, sentence.end):
            clause = _clause(ctx, m.end(), sentence.end)
            if len(ctx.text[clause.start : clause.end].split()) < _MIN_WORDS:
                continue
            body = body_named(ctx, m["who"])
            meeting = meeting_before(ctx, m.start(), dated=True, body=body)
            held = meeting.body if meeting else None
            mine = held is not None and body is not None and same_body(held, body)
            when = meeting.date if meeting and mine else None
            found.append(VerbDecision(body, clause, when, sentence, "decision.minutes_marker"))
        item = _ITEM.match(ctx.text, sentence.start, sentence.end)
        if item is None or any(t.start < sentence.end and sentence.start < t.end for t in decided):
            continue
        number = _NUMBER.match(ctx.text, sentence.start, sentence.end)
        clause = _clause(ctx, number.end() if number else sentence.start, sentence.end)
        meeting = meeting_before(ctx, sentence.start, dated=False)
        body = meeting.body if meeting else None
        dated = meeting_before(ctx, sentence.start, dated=True, body=body)
        when = dated.date if dated else None
        found.append(VerbDecision(body, clause, when, sentence, "decision.minutes_item"))
    return found
