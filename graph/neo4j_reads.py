"""The Neo4j store's reads for search scoring and level-by-level walks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from graph.edges import Direction, Evidence, LinkType
from graph.records import evidence_from_row
from graph.store import StemmedText
from graph.text_match import lucene_expression


class Neo4jReads:
    if TYPE_CHECKING:

        def _read(self, name: str, **params: Any) -> list[dict[str, Any]]: ...

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
