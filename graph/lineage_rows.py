"""What one lineage read gives (GraphStore.lineage_rows), and the decoding both stores share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from graph.edges import Evidence, LinkRecord, LinkType
from graph.nodes import DatePrecision, NodeRecord
from graph.records import node_record

# The most steps a lineage walk takes (the API's maxDepth bound).
MAX_DEPTH = 10

# The columns of a link row, in order (queries/lineage_links.sql, queries/lineage.cypher).
LINK_COLUMNS = (
    "type",
    "from_id",
    "to_id",
    "date",
    "date_precision",
    "title",
    "source_id",
    "start",
    "end",
    "quote",
    "rule",
    "confidence",
    "page",
    "section",
    "end_page",
)


@dataclass(frozen=True)
class LineageRows:
    depths: dict[str, int]  # the kept nodes (root and nearest), least depth each; {}: no root
    nodes: list[NodeRecord]  # their records, in any order
    links: list[LinkRecord]  # the links the walk stepped along among them, by (from, type, to)
    sources: list[NodeRecord]  # the sources the links' quotes cite, without their text
    cut: bool  # more than max_nodes nodes were within reach


def grouped_links(rows: Iterable[Sequence[Any]]) -> list[LinkRecord]:
    """Rows of LINK_COLUMNS (one per statement) as graph.records.group_links makes them:
    one record per (from, type, to) by those, its evidence by source, span and rule,
    the earliest stated date and the first title."""
    ordered = sorted(rows, key=lambda r: (r[1], r[0], r[2], r[6], int(r[7]), int(r[8]), r[10]))
    records: list[LinkRecord] = []
    for (from_id, type_, to_id), group in groupby(ordered, key=lambda r: (r[1], r[0], r[2])):
        members = list(group)
        first = None
        for r in members:
            if r[3] and (first is None or r[3] < first[3]):
                first = r
        titles = [r[5] for r in members if r[5]]
        records.append(
            LinkRecord(
                type=LinkType(type_),
                from_id=from_id,
                to_id=to_id,
                date=first[3] if first else None,
                date_precision=DatePrecision(first[4]) if first and first[4] else None,
                title=min(titles) if titles else None,
                evidence=tuple(
                    Evidence(
                        source_id=r[6],
                        start=int(r[7]),
                        end=int(r[8]),
                        quote=r[9],
                        rule=r[10],
                        confidence=float(r[11]),
                        page=None if r[12] is None else int(r[12]),
                        section=r[13],
                        end_page=None if r[14] is None else int(r[14]),
                    )
                    for r in members
                ),
            )
        )
    return records


def source_record(source_id: str, props: Mapping[str, Any] | str) -> NodeRecord:
    """A source read without its text (a lineage names where quotes are from, never the
    whole text): the record has an empty one."""
    record = node_record(source_id, "Source", props)
    return NodeRecord(record.id, record.label, {**record.props, "text": ""})


def depths_of(levels: Sequence[Sequence[str]]) -> dict[str, int]:
    """Each node's depth from the levels of a walk (the root's level first)."""
    return {i: depth for depth, level in enumerate(levels) for i in level}


def walk_depths(
    root_id: str, max_depth: int, max_nodes: int, step: Callable[[list[str]], set[str]]
) -> tuple[dict[str, int], list[str], bool]:
    """A lineage walk breadth first from the root, one `step` (the ids one link away) per
    level. It stops after the level that passes max_nodes, so the graph beyond is never
    read. Returns every reached node's least depth, the nearest max_nodes of them (by
    depth, then id), and whether more were within reach."""
    depths = {root_id: 0}
    frontier = [root_id]
    for depth in range(1, max_depth + 1):
        if not frontier or len(depths) > max_nodes:
            break
        frontier = sorted(step(frontier) - depths.keys())
        depths.update((i, depth) for i in frontier)
    kept = sorted(depths, key=lambda i: (depths[i], i))[:max_nodes]
    return depths, kept, len(depths) > max_nodes
