"""The body a decision is recorded for, once the sentence's body is found.

Why: the body a sentence names is not always the one that decided. A federation's page
says "styrelsen" for its own board, "Region Blekinges styrelse" is a board of its own,
and a ministry (its press release, its minister) never decides: in Sweden the
government decides as one body, so a decision or an adoption read for a
"-departementet" is Regeringen's (as the gold records it, and the settled convention
puts ministers at Regeringen).
"""

from __future__ import annotations

import dataclasses

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.rules.decision_associations import own_board
from ingest.rules.decision_bodies import board_of

__all__ = ["acting_body", "government_for_ministry"]

_GOVERNMENT = ids.national_body_id("regeringen")
CONF_GOVERNMENT = 0.75


def government_for_ministry(sink: FactSink, body: ActorHit) -> ActorHit | None:
    """Regeringen for a ministry (placed at the ministry's mention), any other body as it is;
    None when Regeringen's mention is refused."""
    if body.kind is not OrganizationKind.GOVERNMENT or not body.node_id.endswith("departementet"):
        return body
    if _GOVERNMENT not in sink.nodes:
        node = Organization(id=_GOVERNMENT, name="Regeringen", kind=OrganizationKind.GOVERNMENT)
        start, end = (body.start, body.end) if body.end > body.start else (0, 0)
        if not sink.mention(node, start, end, "actor.government_for_ministry", CONF_GOVERNMENT):
            return None
    return dataclasses.replace(body, node_id=_GOVERNMENT, name="Regeringen")


def acting_body(ctx: Context, sink: FactSink, body: ActorHit) -> ActorHit | None:
    """The federation's board for its "styrelsen", a body's named board for "Xs styrelse",
    Regeringen for a ministry; else the body itself."""
    board = own_board(ctx, sink, body)
    board = board_of(ctx, sink, board) if board else None
    return government_for_ministry(sink, board) if board else None
