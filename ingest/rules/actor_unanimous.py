"""A body named in the indefinite after a word of unanimity: "beslutade en enig
socialnämnd att ...", "Ett enhälligt kommunfullmäktige antog ...".

Why: a news item tells how a body voted by putting it in the indefinite with "enig",
"enhällig" or "samlad"; it is the page's body all the same (Socialnämnden), and the
decision or adoption is its. Only these words: "en ny nämnd" may be a body not yet
formed. The hit covers the whole phrase, so that a verb before it ("beslutade en enig
socialnämnd") or after it ("en enig nämnd beslutade") finds its subject.

Rule actor.committee.unanimous.
"""

from __future__ import annotations

import re

from graph.nodes import Organization
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.rules.actor_bodies import CONF_COMMITTEE, body_kind, body_owner
from ingest.rules.actor_hits import body_hit
from ingest.rules.actor_owned_bodies import definite_name

__all__ = ["unanimous_hits"]

_UNANIMOUS = re.compile(
    r"\b(?:[Ee]n|[Ee]tt)\s+(?:enig|enigt|enhällig|enhälligt|samlad|samlat|enad|enat)\s+"
    r"(?P<body>[a-zåäö]{2,}(?:-\s*och\s+[a-zåäö]+)?(?P<head>nämnd|styrelse|fullmäktige|utskott))\b"
)


def unanimous_hits(ctx: Context, sink: FactSink, kommunkod: str | None) -> list[ActorHit]:
    """The bodies the page names after a word of unanimity, outside other actors' names."""
    hits: list[ActorHit] = []
    for m in _UNANIMOUS.finditer(ctx.text):
        if any(a.start < m.end() and m.start() < a.end for a in ctx.actors):
            continue
        name = definite_name(m["body"], m["head"])
        owner = body_owner(ctx, name, kommunkod)
        if owner is None:
            continue
        org = Organization(id=ids.body_id(*owner, name), name=name, kind=body_kind(name))
        span = (m.start(), m.end())
        hit = body_hit(sink, org, span, "actor.committee.unanimous", CONF_COMMITTEE, owner)
        if hit is not None:
            hits.append(hit)
    return hits
