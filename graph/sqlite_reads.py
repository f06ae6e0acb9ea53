"""The embedded store's reads for search scoring and level-by-level walks."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from graph.body_decisions import body_decisions_by_level
from graph.chain_links import chain_links_by_level
from graph.edges import Direction, Evidence, LinkRecord, LinkType
from graph.lineage_rows import LineageRows, grouped_links, source_record, walk_depths
from graph.link_requests import LinkRequest, links_and_ends_by_direction
from graph.nodes import NodeRecord
from graph.organisation_fields import OrganisationFields, organisation_fields_in_steps
from graph.records import evidence_from_row, node_record
from graph.store import CoverageFacts, HitRecords, StemmedText
from graph.text_match import fts5_expression


class SqliteReads:
    if TYPE_CHECKING:

        def _rows(self, query: str, **params: Any) -> list[sqlite3.Row]: ...

        def links_of(
            self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
        ) -> list[LinkRecord]: ...

        def get_nodes(self, ids: Sequence[str]) -> list[NodeRecord]: ...

    def search_texts(self, query: list[str], limit: int) -> list[StemmedText]:
        # Any word: hits that match part of the query are scored lower, not dropped.
        rows = self._rows("search_texts", match=fts5_expression(query, "OR"), limit=limit)
        return [StemmedText(*r) for r in rows]

    def links_and_ends(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> tuple[list[LinkRecord], list[NodeRecord]]:
        links = self.links_of(ids, direction, types)
        ends = {x.to_id if direction is Direction.OUTGOING else x.from_id for x in links}
        return links, self.get_nodes(sorted(ends)) if ends else []

    def links_and_ends_each(
        self, requests: Sequence[LinkRequest]
    ) -> tuple[list[LinkRecord], list[NodeRecord]]:
        return links_and_ends_by_direction(self, requests)  # in-process: a query per direction

    def organisation_fields(
        self, org_ids: Sequence[str], requests: Sequence[LinkRequest], *, concerns: bool
    ) -> OrganisationFields:
        return organisation_fields_in_steps(self, org_ids, requests, concerns=concerns)

    def body_decisions(self, org_ids: Sequence[str]) -> tuple[list[LinkRecord], list[NodeRecord]]:
        return body_decisions_by_level(self, org_ids)  # in-process: a query per level

    def chain_links(self, node_id: str) -> tuple[list[LinkRecord], list[NodeRecord]]:
        return chain_links_by_level(self, node_id)  # in-process: a query per level is cheap

    def organisation_documents(self, org_ids: Sequence[str]) -> list[tuple[str, str]]:
        rows = self._rows("organisation_documents", ids=json.dumps(list(org_ids)))
        return [(r["org_id"], r["document_id"]) for r in rows]

    def coverage_facts(self, org_ids: Sequence[str]) -> CoverageFacts:
        # in-process: three queries cost less than one round trip to a server
        pairs = self.organisation_documents(org_ids)
        signed, ends = self.links_and_ends(org_ids, Direction.OUTGOING, [LinkType.SIGNED])
        known = {r.id for r in ends}
        wanted = sorted(({d for _, d in pairs} | set(org_ids)) - known)
        return CoverageFacts(pairs, signed, [*self.get_nodes(wanted), *ends])

    def hit_records(
        self, ids: Sequence[str], refs: Sequence[str], *, with_sources: bool
    ) -> HitRecords:
        evidence = self.quote_evidence(refs)  # in-process: three queries
        cited = sorted({e.source_id for e in evidence.values()}) if with_sources else []
        sources = sorted(self.get_nodes(cited), key=lambda r: r.id) if cited else []
        return HitRecords(self.get_nodes(ids), evidence, sources)

    def quote_evidence(self, refs: Sequence[str]) -> dict[str, Evidence]:
        rows = self._rows("quote_evidence", ids=json.dumps(list(refs)))
        return {r["ref"]: evidence_from_row(dict(r)) for r in rows}

    def neighbour_ids(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> set[str]:
        rows = self._rows(
            "walk_level",
            ids=json.dumps(list(ids)),
            direction=str(direction),
            types=json.dumps([str(t) for t in types]),
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
        # The walk level by level: it stops after the level that passes max_nodes, which
        # one recursive query cannot (it reads every level to max_depth).
        depths, kept, cut = walk_depths(
            root_id, max_depth, max_nodes, lambda ids: self.neighbour_ids(ids, direction, types)
        )
        nodes = self._rows("get_nodes", ids=json.dumps(kept))
        if not any(r["id"] == root_id for r in nodes):  # no such root: it reached nothing
            return LineageRows({}, [], [], [], False)
        links = grouped_links(
            self._rows(
                "lineage_links",
                inner=json.dumps([i for i in kept if depths[i] < max_depth]),
                kept=json.dumps(kept),
                direction=str(direction),
                types=json.dumps([str(t) for t in types]),
            )
        )
        cited = sorted({e.source_id for link in links for e in link.evidence})
        sources = self._rows("lineage_sources", ids=json.dumps(cited)) if cited else []
        return LineageRows(
            depths={i: depths[i] for i in kept},
            nodes=[node_record(r["id"], r["label"], r["props"]) for r in nodes],
            links=links,
            sources=[source_record(r["id"], r["props"]) for r in sources],
            cut=cut,
        )
