"""What a responsibility chain reads (graph/responsibility.py), level by level.

GraphStore.chain_links gives every link a chain through one node may follow, with the
nodes at their ends, in one call. SQLite reads it here, a links_and_ends per level (each
an in-process query); Neo4j in one query (queries/chain_links.cypher) that follows the
same levels, checked against this one by tests/contract/test_read_paths.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from graph.edges import Direction, LinkRecord, LinkType
from graph.link_requests import LinkEndReads
from graph.nodes import NodeLabel, NodeRecord

# A document serves the one it implements or complements; a chain climbs at most
# MAX_UPWARD such steps.
UPWARD = (LinkType.IMPLEMENTS, LinkType.COMPLEMENTS)
MAX_UPWARD = 10


class _LinkReads(LinkEndReads, Protocol):
    def get_nodes(self, ids: Sequence[str]) -> list[NodeRecord]: ...


class _Collected:
    def __init__(self, store: _LinkReads, start: NodeRecord) -> None:
        self.store = store
        self.links: dict[tuple[str, LinkType, str], LinkRecord] = {}
        self.nodes = {start.id: start}

    def read(
        self, ids: Iterable[str], direction: Direction, types: Sequence[LinkType]
    ) -> list[LinkRecord]:
        wanted = sorted(set(ids))
        if not wanted:
            return []
        found, ends = self.store.links_and_ends(wanted, direction, types)
        self.links.update(((x.from_id, x.type, x.to_id), x) for x in found)
        self.nodes.update((n.id, n) for n in ends)
        return found

    def is_document(self, node_id: str) -> bool:
        node = self.nodes.get(node_id)
        return node is not None and node.label is NodeLabel.DOCUMENT


def chain_links_by_level(
    store: _LinkReads, node_id: str
) -> tuple[list[LinkRecord], list[NodeRecord]]:
    """The links a chain through node_id reads, and the nodes at their ends (the start
    node included); ([], []) when there is no such node."""
    start = store.get_nodes([node_id])
    if not start:
        return [], []
    s = start[0]
    got = _Collected(store, s)
    first = got.read([s.id], Direction.OUTGOING, [LinkType.CONCERNS, LinkType.HOLDS_ROLE])
    bodies = [x.to_id for x in first if x.type is LinkType.HOLDS_ROLE]
    duties = got.read(bodies, Direction.OUTGOING, [LinkType.RESPONSIBLE_FOR])
    activities = [x.to_id for x in duties] + ([s.id] if s.label is NodeLabel.ACTIVITY else [])
    owners = got.read(activities, Direction.INCOMING, [LinkType.HAS_ACTIVITY])
    documents = (
        ([s.id] if s.label is NodeLabel.DOCUMENT else [])
        + [x.to_id for x in first if x.type is LinkType.CONCERNS and got.is_document(x.to_id)]
        + [x.from_id for x in owners]
    )
    climbed: set[str] = set()
    tips = set(documents)
    for _ in range(MAX_UPWARD + 1):
        climbed |= tips
        tips = {x.to_id for x in got.read(tips, Direction.OUTGOING, UPWARD)} - climbed
        if not tips:
            break
    got.read(documents, Direction.INCOMING, [LinkType.ADOPTED])
    owned = got.read(documents, Direction.OUTGOING, [LinkType.HAS_ACTIVITY])
    activities += [x.to_id for x in owned]
    responsible = got.read(activities, Direction.INCOMING, [LinkType.RESPONSIBLE_FOR])
    got.read([x.from_id for x in responsible], Direction.INCOMING, [LinkType.HOLDS_ROLE])
    return list(got.links.values()), list(got.nodes.values())
