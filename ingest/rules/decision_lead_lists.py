"""Decisions a news lead names as a list: "A, B och C är några av de beslut som fattades
vid kommunfullmäktiges sammanträde".

Why: reports of a meeting open by naming its main decisions as noun phrases, without a
verb of their own ("Satsningar på idrottsplatsen, en ny taxa och höjda avgifter var
några av de beslut som togs ..."). Each item is what was decided.

Rule decision.some_of: a sentence "<list> är|var (några|ett par|exempel på|bland) (av)
de beslut|ärenden som fattades|togs|klubbades ..." -> one decision per item of the list
(cut at its commas and its last "och"). The body is the one named after "som" ("som
togs vid regionfullmäktige"), else the meeting's; the date is the sentence's own, else
the meeting's. An item that names a steering document is its adoption, not a decision.
"""

from __future__ import annotations

import re

from graph.nodes import OrganizationKind
from ingest.context import Context
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.decision_dates import meeting_date
from ingest.rules.decision_page import deciders
from ingest.rules.decision_verbs import VerbDecision
from ingest.rules.meeting_choice import meeting_before
from ingest.rules.steering_adoption import steering_noun

__all__ = ["lead_list_decisions"]

_SOME_OF = compile_guarded(
    r"\s+(?:är|var|blev)\s+(?:några|ett\s+par|två|tre|fyra|fem|exempel)\s+(?:av|på)\s+"
    r"(?:de|dom)\s+(?:\w+\s+)?(?:beslut|ärenden)\s+som\s+(?:\w+\s+)?"
    r"(?:fattades|togs|klubbades|fattats|tagits|klubbats|beslutades)\b"
    r"|\s+(?:är|var)\s+bland\s+(?:de|dom)\s+(?:\w+\s+)?(?:beslut|ärenden)\s+som\s+"
    r"(?:\w+\s+)?(?:fattades|togs|klubbades|fattats|tagits|klubbats|beslutades)\b",
    re.I,
)
_COMMA = re.compile(r"\s*,\s*")
_AND = re.compile(r"\s+(?:och|samt)\s+", re.I)
_MIN_ITEM_WORDS = 2
_MAX_ITEMS = 8


def _items(text: str, start: int, end: int) -> list[Span]:
    """'A, B och C' -> A, B, C (their spans); the last comma-free chunk is cut at its
    last 'och' when there were commas, at its only 'och' when there were none."""
    cuts = [(m.start(), m.end()) for m in _COMMA.finditer(text, start, end)]
    spans: list[Span] = []
    cursor = start
    for left, right in cuts:
        spans.append(Span(cursor, left))
        cursor = right
    last = list(_AND.finditer(text, cursor, end))
    if last and (cuts or len(last) == 1):
        spans.extend([Span(cursor, last[-1].start()), Span(last[-1].end(), end)])
    else:
        spans.append(Span(cursor, end))
    return [s for s in spans if len(text[s.start : s.end].split()) >= _MIN_ITEM_WORDS]


def lead_list_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    found: list[VerbDecision] = []
    for sentence in ctx.sentences:
        if any(t.start < sentence.end and sentence.start < t.end for t in taken):
            continue
        m = _SOME_OF.search(ctx.text, sentence.start, sentence.end)
        if m is None:
            continue
        items = _items(ctx.text, sentence.start, m.start())
        if not items or len(items) > _MAX_ITEMS:
            continue
        named = deciders(ctx, m.end(), sentence.end)
        committees = [a for a in named if a.kind is not OrganizationKind.MUNICIPALITY]
        meeting = meeting_before(ctx, sentence.start, dated=False)
        chosen = committees or named
        body = chosen[0] if chosen else (meeting.body if meeting else None)
        if body is None:
            continue
        # The date in what follows the list ("som togs i går"), not one of an item.
        own = ctx.dates_in(Span(m.end(), sentence.end))
        when = own[0] if own else meeting_date(ctx, sentence, body)
        found.extend(
            VerbDecision(body, s, when, sentence, "decision.some_of")
            for s in items
            if not _names_document(ctx, s)
        )
    return found


def _names_document(ctx: Context, item: Span) -> bool:
    """'en ny medieplan för biblioteken': the adoption of a steering document."""
    if ctx.documents_in(item):
        return True
    return any(steering_noun(w) for w in ctx.text[item.start : item.end].split())
