"""The Neo4j store's reads for search scoring and level-by-level walks."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, LiteralString

from graph.edges import Direction, Evidence, LinkType
from graph.lineage_rows import LineageRows, grouped_links, source_record
from graph.records import evidence_from_row, node_record
from graph.store import StemmedText
from graph.text_match import lucene_expression
from queries import load

_ARROWS = {
    Direction.OUTGOING: ("-", "->"),
    Direction.INCOMING: ("<-", "-"),
    Direction.BOTH: ("-", "-"),
}


@cache
def lineage_query(
    direction: Direction, max_depth: int, types: frozenset[LinkType]
) -> LiteralString:
    """queries/lineage.cypher for one shape of walk: only enum values and a checked int go in."""
    if not (1 <= max_depth <= 10 and types):
        raise ValueError(f"a walk needs 1 to 10 steps and a link type, not {max_depth}, {types}")
    left, right = _ARROWS[Direction(direction)]
    head, rest = load("lineage", "cypher").split("//@level\n")
    level, tail = rest.split("//@end\n")
    levels = "".join(level.replace("{LEVEL}", str(d)) for d in range(1, int(max_depth) + 1))
    text: LiteralString = (
        (head + levels + tail)
        .replace("{LEFT}", left)
        .replace("{RIGHT}", right)
        .replace("{DEPTH}", str(int(max_depth)))
        .replace("{WALKED}", "|".join(sorted(LinkType(t).value for t in types)))
    )
    return text


class Neo4jReads:
    if TYPE_CHECKING:

        def _read(self, name: str, **params: Any) -> list[dict[str, Any]]: ...

        def _read_text(
            self, text: LiteralString, name: str, **params: Any
        ) -> list[dict[str, Any]]: ...

    def search_texts(self, query: list[str], limit: int) -> list[StemmedText]:
        rows = self._read("search_texts", match=lucene_expression(query), limit=limit)
        return [
            StemmedText(
                node_id=r["node_id"],
                name_stems=r["name_stems"],
                ref=r["ref"],
                stems=r["stems"] or "",
                source_id=r["source_id"] or "",
                start=int(r["start"] or 0),
                rule=r["rule"] or "",
            )
            for r in rows
        ]

    def quote_evidence(self, refs: Sequence[str]) -> dict[str, Evidence]:
        rows = self._read("quote_evidence", ids=list(refs))
        return {r["ref"]: evidence_from_row(r) for r in rows}

    def neighbour_ids(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> set[str]:
        rows = self._read(
            "walk_level", ids=list(ids), direction=str(direction), types=[str(t) for t in types]
        )
        return {r["id"] for r in rows}

    def lineage_rows(
        self,
        root_id: str,
        direction: Direction,
        max_depth: int,
        types: Sequence[LinkType],
        max_nodes: int,
    ) -> LineageRows:
        query = lineage_query(direction, max_depth, frozenset(types))
        rows = self._read_text(query, "lineage", id=root_id, max_nodes=max_nodes)
        if not rows:
            return LineageRows({}, [], [], [], False)
        (row,) = rows
        return LineageRows(
            depths={n[0]: int(n[1]) for n in row["nodes"]},
            nodes=[node_record(n[0], n[2], n[3]) for n in row["nodes"]],
            links=grouped_links(row["links"]),
            sources=[source_record(i, props) for i, props in row["sources"]],
            cut=bool(row["cut"]),
        )
