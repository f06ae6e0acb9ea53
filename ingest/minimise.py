"""Keep only the people the mission needs: those the page gives a role.

Why: a person is stored only when the text gives them a role in an
organisation, a decision or an activity (HOLDS_ROLE, RESPONSIBLE_FOR or any
other link). Names in attendance lists, image captions or quotes without a
title are personal data the graph has no use for, so they are dropped with
their mentions before anything is written.
"""

from __future__ import annotations

from graph.nodes import NodeLabel
from ingest.facts import FactSink

__all__ = ["drop_roleless_persons"]


def drop_roleless_persons(sink: FactSink) -> None:
    linked = {x.from_id for x in sink.links.values()} | {x.to_id for x in sink.links.values()}
    roleless = {
        node_id
        for node_id, node in sink.nodes.items()
        if node.label is NodeLabel.PERSON and node_id not in linked
    }
    for node_id in roleless:
        del sink.nodes[node_id]
    for key in [k for k, m in sink.mentions.items() if m.node_id in roleless]:
        del sink.mentions[key]
