"""Decisions stated as an item's heading and a line "Beslut: <outcome>" below it.

Why: some decision lists give each matter as a (numbered) heading and its outcome on the
next line: "3. Skrivelse till regeringen om X" then "Beslut: Enligt förslag", or
"Beslut: Ärendet återremitterat för politisk beredning." The heading says what was
decided, the line that it was and how; neither has a decision verb the verb rules read.

Rule decision.outcome_line: a line "Beslut: <outcome>" right below a heading line that
no other rule read, on a page that states a meeting above it; so does a verbless referral
line ("Motionen på remiss till kommunstyrelsen.") under a numbered item, whose heading
may close with a full stop. The decision is the heading (its number left out), followed
by the outcome unless that only approves ("Enligt förslag", "Bifall"); a "Reservation:
..." after it is left out. Body and date are the meeting's.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span, overlaps_any
from ingest.rules.decision_dates import meeting_date
from ingest.rules.decision_verbs import VerbDecision
from ingest.rules.meeting_choice import meeting_before

__all__ = ["outcome_line_decisions"]

_OUTCOME = re.compile(
    r"[ \t]*(?:Beslut[ \t]*:[ \t]*(?P<outcome>[^\n]*\S)"
    # "Motionen på remiss till kommunstyrelsen.": a referral stated without a verb
    r"|(?P<referral>(?:Motionen|Medborgarförslaget|Ärendet|Förslaget)[ \t]+(?:går[ \t]+)?"
    r"på[ \t]+remiss[ \t]+till[ \t]+[^\n]*\S))",
)
_NUMBER = re.compile(r"[ \t]*(?:§[ \t]*)?\d{1,3}[.)]?[ \t]+")
_APPROVED = re.compile(
    r"(?:enligt|i enlighet med)\s+(?:\w+\s+)?förslag(?:et)?|bifall(?:es|s)?|ja|godkänt|klart",
    re.I,
)
_RESERVATION = re.compile(r"[.;,]?\s*(?:Reservation|Protokollsanteckning|Särskilt yttrande)\b.*$")
_HEADING_WORDS = 25


def _line_at(text: str, start: int) -> Span:
    end = text.find("\n", start)
    return Span(start, len(text) if end < 0 else end)


def _heading_above(ctx: Context, line_start: int) -> Span | None:
    """The line right above, as a heading: no full stop at its end, not a label line."""
    if line_start == 0:
        return None
    above_start = ctx.text.rfind("\n", 0, line_start - 1) + 1
    line = Span(above_start, line_start - 1)
    words = ctx.text[line.start : line.end].split()
    number = _NUMBER.match(ctx.text, line.start, line.end)
    # A numbered item's heading may close with a full stop: "10. Motion om X."
    stops = ":" if number else ".:"
    if (
        not words
        or len(words) > _HEADING_WORDS
        or ctx.text[line.start : line.end].rstrip()[-1] in stops
    ):
        return None
    return Span(number.end() if number else line.start, line.end)


def _summary(heading: str, outcome: str) -> str:
    outcome = _RESERVATION.sub("", outcome).strip().rstrip(".")
    heading = " ".join(heading.split())
    if not outcome or _APPROVED.fullmatch(outcome):
        return heading
    return f"{heading}: {outcome[0].lower()}{outcome[1:]}"


def outcome_line_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    """The decisions of items whose outcome a "Beslut:" line states."""
    found: list[VerbDecision] = []
    for start in ctx.line_starts():
        m = _OUTCOME.match(ctx.text, start)
        if m is None:
            continue
        heading = _heading_above(ctx, start)
        if heading is None:
            continue
        item = Span(heading.start, m.end())
        if overlaps_any(taken, item):
            continue
        meeting = meeting_before(ctx, heading.start, dated=False)
        if meeting is None or meeting.body is None or meeting.start >= heading.start:
            continue
        title = ctx.text[heading.start : heading.end].rstrip(". \t")
        summary = _summary(title, m["outcome"] or m["referral"])
        when = meeting_date(ctx, item, meeting.body)
        found.append(
            VerbDecision(
                meeting.body, heading, when, item, "decision.outcome_line", summary=summary
            )
        )
    return found
