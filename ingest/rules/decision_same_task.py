"""One task, one decision: a press release states its task several times.

Why: a government press release or a meeting report leads with the task ("Skolverket
får i uppdrag att ..."), states the decision ("Regeringen har beslutat att ge Skolverket
ett uppdrag ...") and spells the task out again ("Skolverket får därför i uppdrag att
redovisa ..."). All of these are one decision: the same giver's task to the same
receiver. Minutes are different: each § item is a decision of its own, even when two
give tasks to the same official.

Rule: outside minutes, of the task decisions with one receiver (the organisation named
right before "får/fick i uppdrag", or right after "ge/gav ... uppdrag", or an official
opening the sentence: "Regiondirektören får i uppdrag") whose givers
agree (or are unstated), the first with a stated giver stands (else the first), and
the others are the same decision restated.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.decision_found import F
from ingest.rules.decision_page import minutes_page

# "X får (därför) i uppdrag", "X fick i uppdrag av regeringen", "X har fått i uppdrag".
_RECEIVES = re.compile(r"\s*(?:får|fick|har\s+fått)\s+(?:\w+\s+){0,2}?i\s+uppdrag\b", re.I)
# "ge X ett (särskilt) uppdrag", "gav X i uppdrag".
_GIVES = re.compile(r"\b(?:ge|ger|gav|gett|givit)\s+$", re.I)
_GIVEN = re.compile(r"\s+(?:i|ett|(?:ett\s+)?\w+)\s+(?:\w+\s+)?uppdrag\b", re.I)
# An official as the subject: "Regiondirektören får i uppdrag att ...".
_OFFICIAL = re.compile(
    r"\W*(?P<who>[A-ZÅÄÖ][a-zåäö-]+(?:en|n))\s+(?:får|fick|har\s+fått)\s+(?:\w+\s+){0,2}?i\s+uppdrag\b"
)


def receiver(ctx: Context, evidence: Span) -> str | None:
    """The organisation the evidence gives a task to, if it names one by the grammar."""
    text = ctx.text
    for actor in ctx.actors_in(evidence):
        if actor.anaphoric:
            continue
        if _RECEIVES.match(text, actor.end, evidence.end):
            return actor.node_id
        if _GIVES.search(text, evidence.start, actor.start) and _GIVEN.match(
            text, actor.end, evidence.end
        ):
            return actor.node_id
    official = _OFFICIAL.match(text, evidence.start, evidence.end)
    return official["who"].lower() if official else None


def one_per_task(ctx: Context, found: list[F]) -> list[F]:
    """The decisions found, less the restatements of a task another one states."""
    if minutes_page(ctx):
        return found
    groups: dict[str, list[int]] = {}
    for i, f in enumerate(found):
        to = receiver(ctx, f.evidence)
        if to is not None and (f.body is None or f.body.node_id != to):
            groups.setdefault(to, []).append(i)
    dropped: set[int] = set()
    for members in groups.values():
        bodies = [found[i].body for i in members]
        givers = {b.node_id for b in bodies if b is not None}
        if len(members) < 2 or len(givers) > 1:
            continue
        ordered = sorted(members, key=lambda i: found[i].evidence.start)
        keep = next((i for i in ordered if found[i].body is not None), ordered[0])
        dropped.update(i for i in members if i != keep)
    return [f for i, f in enumerate(found) if i not in dropped]
