"""Lineage: the part of the graph reachable from one node, with the links that reach it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.edges import Direction, LinkRecord, LinkType
from graph.nodes import NodeRecord
from graph.store import GraphStore
from graph.user_input import UserInputError

MAX_DEPTH = 10
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
    their links, and the answer says it was truncated."""
    if not 1 <= max_depth <= MAX_DEPTH:
        raise UserInputError(f"maxDepth must be between 1 and {MAX_DEPTH}, not {max_depth}")
    if not 1 <= max_nodes <= MAX_NODES:
        raise UserInputError(f"maxNodes must be between 1 and {MAX_NODES}, not {max_nodes}")
    followed = list(LinkType) if types is None else list(types)
    if not followed:
        raise UserInputError("types must name at least one link type")
    if not store.get_nodes([root_id]):
        raise NodeNotFoundError(root_id)
    depths, cut = walk(store, root_id, direction, max_depth, followed, max_nodes)
    kept = sorted(depths, key=lambda i: (depths[i], i))[:max_nodes]
    depths_kept = {i: depths[i] for i in kept}
    records = {r.id: r for r in store.get_nodes(kept)}
    ordered = sorted(records.values(), key=lambda r: (depths[r.id], r.id))
    links = [
        link
        for link in store.links_among(list(records))
        if link.type in followed and _traversed(link, depths_kept, direction, max_depth)
    ]
    truncated = cut or len(links) > MAX_LINKS
    return Lineage(
        root=records[root_id],
        nodes=ordered,
        depths=depths_kept,
        links=links[:MAX_LINKS],
        truncated=truncated,
    )


def walk(
    store: GraphStore,
    root_id: str,
    direction: Direction,
    max_depth: int,
    types: Sequence[LinkType],
    max_nodes: int,
) -> tuple[dict[str, int], bool]:
    """Each node within max_depth links of the root with its least depth, breadth first,
    one store call per level. The walk stops after the level at which it has found more
    than max_nodes nodes, so that the nearest max_nodes (by depth, then id) are known
    and the graph beyond is never read; the flag says it stopped early."""
    depths = {root_id: 0}
    frontier = [root_id]
    for depth in range(1, max_depth + 1):
        if not frontier:
            break
        if len(depths) > max_nodes:
            return depths, True
        found = store.neighbour_ids(frontier, direction, types) - depths.keys()
        frontier = sorted(found)
        depths.update((i, depth) for i in frontier)
    return depths, len(depths) > max_nodes


def _traversed(link: LinkRecord, depths: dict[str, int], direction: Direction, limit: int) -> bool:
    """Whether the walk stepped along this link (both stores apply the same rule)."""
    start, end = depths[link.from_id], depths[link.to_id]
    if direction is Direction.OUTGOING:
        return start < limit
    if direction is Direction.INCOMING:
        return end < limit
    return min(start, end) < limit
