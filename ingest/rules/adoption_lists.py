"""Adoptions of the documents listed under "antar följande revideringar:".

Why: meeting reports adopt several steering documents in one sentence whose object is a
list below it ("Fullmäktige antar följande revideringar:" and then "-Policy för X",
"-Ledningsplan vid Y"). The sentence names no document itself, so the sentence rules of
ingest.rules.adoption_rules find nothing to adopt.

Rule relation.adopted.listed: a sentence whose adoption verb (antar, antog, fastställer,
godkände, reviderade, "beslutade att anta") ends in "följande [word]:" adopts each
document that opens one of the bullet or dash lines right below it. The body is the
sentence's deciding body before the verb, else the body of the meeting the page
reports; the date is that body's meeting's. A proposal ("föreslår fullmäktige att anta
följande:") or an item in a proposal section adopts nothing.
"""

from __future__ import annotations

import re

from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.adoption_objects import BODIES
from ingest.rules.decision_page import deciders, in_proposal_section
from ingest.rules.decision_proposals import proposed_item
from ingest.rules.meeting_choice import meeting_before
from ingest.rules.relations_shared import adopt

__all__ = ["listed_adoptions"]

CONF_LISTED = 0.75

_ADOPTS_LISTED = compile_guarded(
    r"\b(?:(?:beslutar|beslutade|beslöt)\s+(?:att\s+)?(?:anta|fastställa|godkänna|revidera)"
    r"|antar|antog|fastställer|fastställde|godkänner|godkände|reviderar|reviderade)"
    r"\s+(?:även\s+|också\s+)?(?:de\s+)?följande(?:\s+[\w-]+){0,2}\s*:\s*$",
    re.I,
)
_PROPOSES = re.compile(r"\bföreslå(?:r|s|git)?\b|\bföreslog\b", re.I)
_ITEM = re.compile(r"[^\S\n]*[-\u2013\u2022*][^\S\n]*")
_MAX_ITEMS = 12


def _item_documents(ctx: Context, after: int) -> list[DocumentHit]:
    """The documents that open the bullet lines right after `after` (its line's end)."""
    found: list[DocumentHit] = []
    pos = ctx.text.find("\n", after)
    for _ in range(_MAX_ITEMS):
        if pos == -1:
            break
        start = pos + 1
        end = ctx.text.find("\n", start)
        end = len(ctx.text) if end == -1 else end
        marker = _ITEM.match(ctx.text, start, end)
        if marker is None:
            break
        opening = [d for d in ctx.documents_in(Span(start, end)) if d.start == marker.end()]
        found.extend(opening[:1])
        pos = ctx.text.find("\n", start) if end < len(ctx.text) else -1
    return found


def listed_adoptions(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        verb = _ADOPTS_LISTED.search(ctx.text, sentence.start, sentence.end)
        if verb is None or _PROPOSES.search(ctx.text, sentence.start, verb.start()):
            continue
        if in_proposal_section(ctx, sentence.start) or proposed_item(ctx, sentence):
            continue
        docs = _item_documents(ctx, verb.end())
        if not docs:
            continue
        named = deciders(ctx, sentence.start, verb.start())
        meeting = meeting_before(ctx, sentence.start, dated=False)
        body = named[-1] if named else (meeting.body if meeting else None)
        if body is None or body.kind not in BODIES:
            continue
        held = meeting_before(ctx, sentence.start, dated=True, body=body)
        when = held.date if held else None
        for doc in docs:
            cited = Span(sentence.start, doc.end)
            adopt(
                sink, body.node_id, doc.node_id, cited, "relation.adopted.listed", CONF_LISTED, when
            )
