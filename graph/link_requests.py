"""Links of several nodes, each in its own direction and of its own types, with the nodes
at their other ends: GraphStore.links_and_ends_each. SQLite reads it here, a
links_and_ends per direction; Neo4j in one query (queries/links_and_ends_each.cypher),
checked against this one by tests/contract/test_read_paths.py."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from graph.edges import Direction, LinkRecord, LinkType
from graph.nodes import NodeRecord

# A node's id, the direction of its links, and their types.
LinkRequest = tuple[str, Direction, tuple[LinkType, ...]]


class LinkEndReads(Protocol):
    """What the stores' in-process readings of links build on (graph.body_decisions,
    graph.chain_links and this module)."""

    def links_and_ends(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> tuple[list[LinkRecord], list[NodeRecord]]: ...


def links_and_ends_by_direction(
    store: LinkEndReads, requests: Sequence[LinkRequest]
) -> tuple[list[LinkRecord], list[NodeRecord]]:
    """Every link some request asks for (once, as links_of gives it) and the nodes at the
    ends away from the asking nodes: a links_and_ends call per direction."""
    wanted: dict[Direction, dict[tuple[str, LinkType], None]] = {}
    for node_id, direction, types in requests:
        wanted.setdefault(direction, {}).update(dict.fromkeys((node_id, t) for t in types))
    links: dict[tuple[str, LinkType, str], LinkRecord] = {}
    ends: dict[str, NodeRecord] = {}
    for direction, pairs in wanted.items():
        ids = list(dict.fromkeys(i for i, _ in pairs))
        found, records = store.links_and_ends(
            ids, direction, list(dict.fromkeys(t for _, t in pairs))
        )
        by_id = {r.id: r for r in records}
        for x in found:
            near, far = (
                (x.from_id, x.to_id) if direction is Direction.OUTGOING else (x.to_id, x.from_id)
            )
            if (near, x.type) not in pairs:
                continue  # asked for by another node of this direction, of another type
            links[(x.from_id, x.type, x.to_id)] = x
            if far in by_id:
                ends[far] = by_id[far]
    ordered = sorted(links.items(), key=lambda item: (item[0][0], item[0][1].value, item[0][2]))
    return [x for _, x in ordered], sorted(ends.values(), key=lambda r: r.id)
