"""Tasks named as a noun: "ett uppdrag från kommunstyrelsen att ...".

Why: news on a decision often names the task that led to it in a phrase, not a clause
of its own: "Efter ett uppdrag från kommunstyrelsen att se över handlingsplanen ...,
beslutade socialnämnden att godkänna den nya planen".
The task is a decision of its giver, though the sentence's verb states another body's
act (here an adoption, read by ingest.rules.adoption_rules).

Rule decision.uppdrag_fran: "uppdrag från|av <body> (om) att <what>", and
"regeringsuppdrag(et) (om) att <what>" (the government's): what was decided is the task
up to the first comma or the sentence's end; the giver is the body, the date the
sentence's own only when the giver is the sentence's subject (never here), so none.
"""

from __future__ import annotations

import re

from ingest.context import ActorHit, Context
from ingest.language import nlp
from ingest.language.segment import Span, overlaps_any
from ingest.rules.actor_gazetteer import gazetteer_org
from ingest.rules.actor_references import GOVERNMENT_TASK
from ingest.rules.decision_page import deciders
from ingest.rules.decision_verbs import VerbDecision

__all__ = ["task_decisions"]

_ANY = re.compile(r"\b(?:uppdrag(?:et)?\s+(?:från|av)|regeringsuppdrag)\b", re.I)
_FROM = re.compile(r"\buppdrag(?:et)?\s+(?:från|av)\s+$", re.I)
# "fick [den 30 augusti] i uppdrag av <body> att": a verb's frame (decision_verbs).
_GOT = re.compile(r"\b(?:fick|får|fått)\b(?:\s+[\w-]+){0,5}?\s+i\s+$", re.I)
_TO = re.compile(r"\s+(?:om\s+)?att\s+", re.I)
_END = re.compile(r",\s|[.!?;](?:\s|$)")
_MIN_WORDS = 3


def _government(ctx: Context, sentence: Span) -> list[ActorHit]:
    """The government at each 'regeringsuppdrag' of the sentence."""
    found = gazetteer_org(nlp.NATIONAL, "regeringen")
    if found is None:
        return []
    org = found[0]
    return [
        ActorHit(m.start(), m.end(), org.id, org.kind, org.name)
        for m in GOVERNMENT_TASK.finditer(ctx.text, sentence.start, sentence.end)
    ]


def task_decisions(ctx: Context, decided: list[Span]) -> list[VerbDecision]:
    """The tasks named as 'uppdrag från <body> att ...' or 'regeringsuppdrag att ...',
    outside the sentences whose decisions (`decided`) other rules already read."""
    found: list[VerbDecision] = []
    if _ANY.search(ctx.text) is None:
        return found
    for sentence in ctx.sentences:
        if overlaps_any(decided, sentence) or not _ANY.search(
            ctx.text, sentence.start, sentence.end
        ):
            continue
        for body in [*deciders(ctx, sentence.start, sentence.end), *_government(ctx, sentence)]:
            lead = _FROM.search(ctx.text, max(sentence.start, body.start - 20), body.start)
            to = _TO.match(ctx.text, body.end, sentence.end)
            named = GOVERNMENT_TASK.match(ctx.text, body.start) is not None
            if (lead is None and not named) or to is None:
                continue
            if lead and _GOT.search(ctx.text, max(sentence.start, lead.start() - 60), lead.start()):
                continue
            end = _END.search(ctx.text, to.end(), sentence.end)
            clause = Span(to.end(), end.start() if end else sentence.end)
            what = ctx.text[clause.start : clause.end]
            if len(what.split()) < _MIN_WORDS:
                continue
            summary = f"uppdrag att {what}"
            found.append(
                VerbDecision(body, clause, None, sentence, "decision.uppdrag_fran", summary)
            )
    return found
