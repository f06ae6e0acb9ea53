"""Bodies listed by their indefinite names, one per list item.

Why: a council's page lists who sits in it by the kind of body ("Rådet består av:
• kulturnämnd • gymnasienämnd • bygg- och miljönämnd"), each the page's own body, named
in the indefinite form the other rules (which read definite names) pass by.

Rule actor.committee.listed_indefinite: a list item that is nothing but an indefinite
-nämnd, -styrelse, -utskott or -förvaltning (a suspended first part allowed: "bygg- och
miljönämnd"), on a page whose lists hold at least two of them, is the body of that name
in the definite form, the page's municipality's or region's (ingest.rules.actor_bodies).
"""

from __future__ import annotations

import re

from graph.nodes import Organization
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.rules.actor_bodies import CONF_COMMITTEE, body_kind, body_owner
from ingest.rules.actor_hits import body_hit

__all__ = ["listed_body_hits"]

_ITEM = re.compile(
    r"^[ \t]*[•\u2022\u25cf\u25aa*\-\u2013][ \t]*"
    r"(?P<name>(?:[A-ZÅÄÖa-zåäö]+-?[ \t]+(?:och|eller)[ \t]+)?"
    r"[A-ZÅÄÖa-zåäö]{2,}(?P<head>nämnd|styrelse|utskott|förvaltning))[ \t]*[,;.]?[ \t]*$",
    re.M,
)
_DEFINITE = {"nämnd": "en", "styrelse": "n", "utskott": "et", "förvaltning": "en"}


def listed_body_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    items = [m for m in _ITEM.finditer(ctx.text) if m.group("name")[0].islower()]
    if len(items) < 2:
        return []
    hits: list[ActorHit] = []
    for m in items:
        start, end = m.span("name")
        if any(a.start < end and start < a.end for a in ctx.actors):
            continue
        surface = " ".join(m.group("name").split())
        name = surface[0].upper() + surface[1:] + _DEFINITE[m.group("head")]
        owner = body_owner(ctx, name, ctx.publisher_municipality)
        if owner is None:
            continue
        org = Organization(id=ids.body_id(*owner, name), name=name, kind=body_kind(name))
        rule = "actor.committee.listed_indefinite"
        hit = body_hit(sink, org, (start, end), rule, CONF_COMMITTEE, owner)
        if hit is not None:
            hits.append(hit)
    return hits
