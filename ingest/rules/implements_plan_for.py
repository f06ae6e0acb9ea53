"""IMPLEMENTS from a plan named for another document: "Handlingsplan för
näringslivsstrategin", "åtgärdsplan till kulturplanen".

Why: a municipality or region carries a strategy or programme out through an action
plan and names the plan after it; no sentence need say that the plan implements it.

Rule relation.implements.plan_for: a document whose title is a plan word
(handlingsplan, åtgärdsplan, genomförandeplan, aktivitetsplan, handlingsprogram,
åtgärdsprogram) then "för|till" and a definite document noun ("strategin",
"kulturplanen", "programmet") -> it IMPLEMENTS the one other document on the page that
noun may name (the same compound, "näringslivsstrategin" a "Näringslivsstrategi ...").
Documents named inside the plan's title are its targets themselves: "Regional
handlingsplan för landsbygdsprogrammet och havs- och fiskeriprogrammet", "Kommunal
handlingsplan för implementering av överenskommelsen om samverkan ..." (each one listed).
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.document_words import (
    ACTION_PLAN_HEADS,
    LEVEL_WORDS,
    NOUNS,
    indefinite,
    is_compound,
    kind_of,
)
from ingest.rules.relations_shared import CONF_RELATION, has_link

__all__ = ["implements_plan_for"]

_NOUN = "|".join(sorted(NOUNS, key=len, reverse=True))
# the action-plan compounds' first parts, with "-plan" or "-program"
_PLAN_PARTS = "|".join(head.removesuffix("plan") for head in ACTION_PLAN_HEADS)
_PLAN_FOR = re.compile(
    rf"(?:{_PLAN_PARTS})(?:plan|program)(?:en|et)?\s+"
    r"(?:för|till)\s+(?:den\s+|det\s+)?(?:[a-zåäö]+a\s+)?"
    rf"(?P<target>[a-zåäö-]*(?:{_NOUN})(?:en|n|et|na))\s*$",
    re.I,
)


# "handlingsplan för (implementering av) ": where the documents it carries out are named
_PLAN_HEAD = re.compile(
    rf"(?:{_PLAN_PARTS})(?:plan|program)(?:en|et)?\s+(?:för|till)\s+"
    r"(?:(?:implementering|genomförande|införande|förverkligande)(?:en|t)?\s+av\s+)?",
    re.I,
)
_LISTED = re.compile(r"\s*(?:,|och|samt)\s*")


def _named_targets(ctx: Context, plan: DocumentHit) -> list[DocumentHit]:
    """The documents the plan's own title lists right after its "för": hits inside it."""
    head = _PLAN_HEAD.search(ctx.text, plan.start, plan.end)
    if head is None:
        return []
    found: list[DocumentHit] = []
    at = head.end()
    for d in sorted(ctx.documents_in(Span(at, plan.end)), key=lambda d: d.start):
        if d.node_id == plan.node_id or d.start < at:
            continue
        gap = ctx.text[at : d.start]
        if gap and not (found and _LISTED.fullmatch(gap)):
            break
        found.append(d)
        at = d.end
    return found


def _target(ctx: Context, plan: DocumentHit, word: str) -> DocumentHit | None:
    """The one other document on the page the definite `word` may name: one whose title
    opens with the same compound ("Näringslivsstrategi för X"), or for a bare noun
    ("strategin") the one document of its kind."""
    base = indefinite(word.lower())
    compound = is_compound(base)
    found: dict[str, DocumentHit] = {}
    for d in ctx.documents:
        if d.node_id == plan.node_id or not d.new:
            continue
        words = [w for w in d.document.normalised_title.split() if w not in LEVEL_WORDS]
        if (words[:1] == [base]) if compound else d.document.kind is kind_of(base):
            found[d.node_id] = d
    return next(iter(found.values())) if len(found) == 1 else None


def implements_plan_for(ctx: Context, sink: FactSink) -> None:
    for plan in ctx.documents:
        if not plan.new:
            continue
        targets = _named_targets(ctx, plan)
        m = _PLAN_FOR.search(ctx.text, plan.start, plan.end) if not targets else None
        target = _target(ctx, plan, m.group("target")) if m is not None else None
        for t in targets or ([target] if target is not None else []):
            if has_link(sink, LinkType.IMPLEMENTS, plan.node_id, t.node_id):
                continue
            sink.link(
                LinkType.IMPLEMENTS,
                plan.node_id,
                t.node_id,
                plan.start,
                plan.end,
                "relation.implements.plan_for",
                CONF_RELATION,
            )
