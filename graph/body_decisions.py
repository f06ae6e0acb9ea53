"""What organisations decided through their bodies (an organisation's `decisions`).

A municipality acts through its nämnder: its decisions are those it and every body PART_OF
it, at any depth, DECIDED. GraphStore.body_decisions gives the PART_OF links down from the
organisations and the DECIDED links of every body reached, with the decided nodes, in one
call: SQLite reads them here a level per query (each in-process), Neo4j in one query
(queries/body_decisions.cypher), checked against this one by
tests/contract/test_read_paths.py. `decisions_of` orders them as a walk would meet them:
bodies breadth first (each level's children by id), then each body's decisions by id,
first met first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from graph.edges import Direction, LinkRecord, LinkType
from graph.link_requests import LinkEndReads
from graph.nodes import NodeLabel, NodeRecord


def body_decisions_by_level(
    store: LinkEndReads, org_ids: Sequence[str]
) -> tuple[list[LinkRecord], list[NodeRecord]]:
    """The PART_OF links down from the organisations, level by level, and the DECIDED
    links of the organisations and every body met, with the decided nodes."""
    links: dict[tuple[str, LinkType, str], LinkRecord] = {}
    bodies = dict.fromkeys(org_ids)
    frontier = sorted(bodies)
    while frontier:
        found, _ = store.links_and_ends(frontier, Direction.INCOMING, [LinkType.PART_OF])
        links.update(((x.from_id, x.type, x.to_id), x) for x in found)
        frontier = sorted({x.from_id for x in found} - bodies.keys())
        bodies.update(dict.fromkeys(frontier))
    decided, nodes = store.links_and_ends(sorted(bodies), Direction.OUTGOING, [LinkType.DECIDED])
    links.update(((x.from_id, x.type, x.to_id), x) for x in decided)
    return [links[k] for k in sorted(links)], nodes


def decisions_of(
    org_ids: Sequence[str], links: Sequence[LinkRecord], nodes: Sequence[NodeRecord]
) -> list[list[NodeRecord]]:
    """Per organisation: its bodies breadth first down PART_OF, then the nodes they
    DECIDED, first met first (as the walk of body_decisions_by_level meets them)."""
    children: dict[str, list[str]] = defaultdict(list)
    decided: dict[str, list[str]] = defaultdict(list)
    for x in sorted(links, key=lambda x: (x.from_id, x.type.value, x.to_id)):
        if x.type is LinkType.PART_OF:
            children[x.to_id].append(x.from_id)
        elif x.type is LinkType.DECIDED:
            decided[x.from_id].append(x.to_id)
    records = {r.id: r for r in nodes if r.label is not NodeLabel.SOURCE}
    out: list[list[NodeRecord]] = []
    for org in org_ids:
        bodies, frontier = {org: None}, [org]  # an ordered set
        while frontier:
            met = [c for b in frontier for c in children[b] if c not in bodies]
            frontier = list(dict.fromkeys(met))
            bodies.update(dict.fromkeys(frontier))
        first: dict[str, NodeRecord] = {}
        for b in bodies:
            for d in decided[b]:
                if d in records:
                    first.setdefault(d, records[d])
        out.append(list(first.values()))
    return out
