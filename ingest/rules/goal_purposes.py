"""Goals stated as a purpose or an intended effect, not with the word "mål".

Why: pledges, action plans and their news name what the work is for in a purpose clause
("För att minska X lovar kommunen och polisen att: ...") or as the effect each measure is
to have ("Genom kontroller bidra till säkrare fordon"). These are the document's goals, as "Målet är
att ..." would be (ingest.rules.inline_goals).

Rules (each goal belongs to the document its sentence is about, else to the page's
document; with no document, no goal is read):
- goal.purpose.in_order_to: a sentence opening "För att <goal>", then a pledge ("lovar",
  "åtar sig", "förbinder sig"). Reaching a goal named elsewhere ("För att nå målet")
  states none; "För att X ska kommunen ..." may state a means of anything, and is not read.
- goal.purpose.contribute: a list item "Genom <means> bidra(r) till (en|ett) <goal>".
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.goal_statements import goal_statements
from ingest.rules.list_items import add_goal
from ingest.rules.main_document import list_owner

__all__ = ["extract_goal_purposes"]

_IN_ORDER_TO = re.compile(r"\s*(?:[•\-\u2013*]\s*)?För\s+att\s+")
# The main clause's verb after the purpose clause, in verb-second order.
_PLEDGE = re.compile(r",?\s+(?:lovar|åtar\s+sig|förbinder\s+sig)\s+", re.I)
# Reaching a goal named elsewhere, or a means for the reader: no goal of its own.
_NO_GOAL = re.compile(
    r"(?:u?nå|uppnå|klara|förverkliga|genomföra)\s+(?:\w+\s+)?(?:målet|målen|detta|det|dem)\b"
    r"|(?:ta\s+del|läsa|söka|ansöka|få)\b",
    re.I,
)
# "riktat mot ovanstående områden": a qualifier after the goal, before the verb.
_QUALIFIER = re.compile(r"\s+(?:riktat|riktad|riktade|med\s+fokus|inom|i\s+samverkan)\b.*$", re.S)
_CONTRIBUTE = re.compile(
    r"\s*(?:[•\-\u2013*]\s*)?Genom\s+[^.;:]{3,120}?\s+bidra(?:r)?\s+till\s+(?:en\s+|ett\s+)?"
)
_EFFECT_END = re.compile(r"[;.!?]|,\s")
_MAX_WORDS = 16


def _goal(
    ctx: Context, sink: FactSink, sentence: Span, start: int, end: int, cue: int, rule: str
) -> None:
    text = ctx.text[start:end].strip(" ,.;:")
    words = text.split()
    if not 1 <= len(words) <= _MAX_WORDS or _NO_GOAL.match(text):
        return
    owner = list_owner(ctx, sentence, cue)
    if owner is None:
        return
    add_goal(ctx, sink, owner, Span(start, start + len(text)), text, sentence.start, rule)


def _in_order_to(ctx: Context, sink: FactSink, sentence: Span) -> None:
    opening = _IN_ORDER_TO.match(ctx.text, sentence.start, sentence.end)
    if opening is None:
        return
    verb = _PLEDGE.search(ctx.text, opening.end(), sentence.end)
    if verb is None:
        return
    purpose = ctx.text[opening.end() : verb.start()]
    purpose = _QUALIFIER.sub("", purpose)
    end = opening.end() + len(purpose)
    _goal(ctx, sink, sentence, opening.end(), end, opening.start(), "goal.purpose.in_order_to")


def _contribute(ctx: Context, sink: FactSink, sentence: Span) -> None:
    m = _CONTRIBUTE.match(ctx.text, sentence.start, sentence.end)
    if m is None:
        return
    if ctx.text.startswith("att ", m.end()):
        return  # "bidra till att vända utvecklingen": a process, not a state to reach
    stop = _EFFECT_END.search(ctx.text, m.end(), sentence.end)
    end = stop.start() if stop else sentence.end
    # The means may name a document ("arbete med riktlinjerna"): it owns no goal here.
    _goal(ctx, sink, Span(m.end(), end), m.end(), end, m.end(), "goal.purpose.contribute")


def extract_goal_purposes(ctx: Context, sink: FactSink) -> None:
    goal_statements(ctx, sink)  # "I riktlinjerna anges att ...", "X har som mål att ..."
    if "ör att" not in ctx.text and "bidra" not in ctx.text:
        return
    for sentence in ctx.sentences:
        _in_order_to(ctx, sink, sentence)
        _contribute(ctx, sink, sentence)
