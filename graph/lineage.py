"""Lineage: the part of the graph reachable from one node, with the links that reach it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.edges import Direction, LinkRecord, LinkType
from graph.lineage_rows import MAX_DEPTH as MAX_DEPTH  # the API's bound, re-exported
from graph.nodes import NodeRecord
from graph.store import GraphStore
from graph.user_input import UserInputError

# A lineage answer keeps the nodes nearest the root: at most max_nodes of them (the
# default and the ceiling below), and at most MAX_LINKS links among them.
DEFAULT_MAX_NODES = 500
MAX_NODES = 2000
MAX_LINKS = 5000


class NodeNotFoundError(LookupError):
    def __init__(self, node_id: str) -> None:
        super().__init__(f"no node with id {node_id!r}")
        self.node_id = node_id


@dataclass(frozen=True)
class Lineage:
    root: NodeRecord
    nodes: list[NodeRecord]  # root first, then by depth and id
    depths: dict[str, int]
    links: list[LinkRecord]  # by (from, type, to)
    truncated: bool = False  # nodes or links were left out by the caps
    sources: tuple[NodeRecord, ...] = ()  # cited by the links' quotes, without their text


def lineage(
    store: GraphStore,
    root_id: str,
    direction: Direction,
    max_depth: int,
    types: Sequence[LinkType] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> Lineage:
    """The walk from root_id; ``types`` limits which links it follows (all when None).

    Past max_nodes, the nodes farthest from the root (then by id) are left out, with
    their links, and the answer says it was truncated. One store call
    (GraphStore.lineage_rows): the walk goes breadth first and stops after the level at
    which it has found more than max_nodes nodes, so that the nearest max_nodes (by
    depth, then id) are known and the graph beyond is never read."""
    if not 1 <= max_depth <= MAX_DEPTH:
        raise UserInputError(f"maxDepth must be between 1 and {MAX_DEPTH}, not {max_depth}")
    if not 1 <= max_nodes <= MAX_NODES:
        raise UserInputError(f"maxNodes must be between 1 and {MAX_NODES}, not {max_nodes}")
    followed = list(LinkType) if types is None else list(types)
    if not followed:
        raise UserInputError("types must name at least one link type")
    found = store.lineage_rows(root_id, direction, max_depth, followed, max_nodes)
    depths = found.depths
    if root_id not in depths:
        raise NodeNotFoundError(root_id)
    records = {r.id: r for r in found.nodes}
    ordered = sorted(records.values(), key=lambda r: (depths[r.id], r.id))
    return Lineage(
        root=records[root_id],
        nodes=ordered,
        depths=depths,
        links=found.links[:MAX_LINKS],
        truncated=found.cut or len(found.links) > MAX_LINKS,
        sources=tuple(sorted(found.sources, key=lambda r: r.id)),
    )
