"""The organisation a delegation's people speak for.

Why: a report of a visit lists each party's delegation once and its people after it: "På
Residenset deltog Östersunds kommun med Niklas Daoson, kommunstyrelsens ordförande, Effie
Kourlos, kommunalråd, ... samt Oskar Kirkbakk som är säkerhetschef. Från Strömsunds kommun
kom Susanne Hansson, ...". Each title there is held at the organisation that leads the
list, not at the page's owner nor at the municipality named next.

delegation_org: for a title at a point, the organisation that opens its sentence's
delegation before it: "<org> deltog|medverkade|var representerad med ...", "deltog <org>
med ...", "<org>
representerades av ...", "Från <org> kom|deltog|medverkade ...".
"""

from __future__ import annotations

import re

from ingest.context import ActorHit, Context

__all__ = ["delegation_org"]

_WITH = re.compile(
    r"\s+(?:(?:deltog|medverkade|var\s+representerad[e]?|fanns)\s+(?:\w+\s+)?med"
    r"|representerades\s+av)\s",
    re.I,
)
# "deltog Östersunds kommun med ...": the verb before the organisation
_VERB_BEFORE = re.compile(r"\b(?:deltog|medverkade|fanns|var)\s+(?:(?:också|även)\s+)?$", re.I)
_WITH_AFTER = re.compile(r"\s+med\s")
_FROM = re.compile(r"\b[Ff]rån\s+$")
_CAME = re.compile(r"\s+(?:kom|deltog|medverkade|var|fanns)\s", re.I)


def _leads(ctx: Context, actor: ActorHit) -> bool:
    if _WITH.match(ctx.text, actor.end):
        return True
    lead = ctx.text[max(0, actor.start - 24) : actor.start]
    if _VERB_BEFORE.search(lead) and _WITH_AFTER.match(ctx.text, actor.end):
        return True
    before = ctx.text[max(0, actor.start - 8) : actor.start]
    return bool(_FROM.search(before)) and _CAME.match(ctx.text, actor.end) is not None


def delegation_org(ctx: Context, start: int) -> ActorHit | None:
    """The organisation whose delegation the title at `start` belongs to, if any."""
    sentence = ctx.sentence_of(start)
    if sentence is None:
        return None
    leading = [
        a
        for a in ctx.actors
        if sentence.start <= a.start and a.end <= start and not a.anaphoric and _leads(ctx, a)
    ]
    return leading[-1] if leading else None
