"""The Neo4j store's reads for search scoring, lineage walks and coverage."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, LiteralString

from graph.edges import Direction, Evidence, LinkRecord, LinkType
from graph.lineage_rows import MAX_DEPTH, LineageRows, depths_of, grouped_links, source_record
from graph.link_requests import LinkRequest
from graph.nodes import NodeRecord
from graph.organisation_fields import OrganisationFields
from graph.records import evidence_from_row, group_links, node_record
from graph.store import CoverageFacts, HitRecords, StemmedText
from graph.text_match import lucene_expression
from queries import expand, load, repeat_levels


@cache
def lineage_query() -> LiteralString:
    """queries/lineage.cypher with its level block once per level the API allows: one
    text for every walk, planned once. Only the project's own file and enum values go in."""
    levels = repeat_levels(load("lineage", "cypher"), MAX_DEPTH)
    return expand(levels, tuple(t.value for t in LinkType))


@cache
def organisation_fields_query() -> LiteralString:
    """queries/body_decisions.cypher, then queries/links_and_ends_each.cypher over the
    requests given and the decided Decisions' CONCERNS, in one query (graph/
    organisation_fields.py reads the same in two calls). Only the project's own files go in."""
    decisions = load("body_decisions", "cypher")
    links = load("links_and_ends_each", "cypher")
    if links.count("UNWIND $requests AS q") != 1:  # the file changed: compose it anew
        raise ValueError("queries/links_and_ends_each.cypher no longer opens on $requests")
    links = links.replace("UNWIND $requests AS q", "UNWIND asked AS q")
    text = (
        f"CALL () {{\n{decisions}\n}}\n"
        "WITH rows AS decision_rows, nodes AS decision_nodes,\n"
        "     $requests + CASE WHEN $concerns THEN [n IN nodes WHERE n.label = 'Decision' |\n"
        "       {id: n.id, direction: 'OUTGOING', types: ['CONCERNS']}] ELSE [] END AS asked\n"
        f"CALL (asked) {{\n{links}\n}}\n"
        "RETURN decision_rows, decision_nodes, rows, nodes\n"
    )
    return expand(text, tuple(t.value for t in LinkType))


def _requests_param(requests: Sequence[LinkRequest]) -> list[dict[str, Any]]:
    """Link requests as the queries take them: maps of id, direction and type names."""
    return [
        {"id": i, "direction": str(d), "types": [str(t) for t in types]} for i, d, types in requests
    ]


class Neo4jReads:
    if TYPE_CHECKING:

        def _read(self, name: str, **params: Any) -> list[dict[str, Any]]: ...

        def _read_rows(self, name: str, **params: Any) -> list[dict[str, Any]]: ...

        def _read_text(
            self, text: LiteralString, name: str, *, slow_plan_: bool = False, **params: Any
        ) -> list[dict[str, Any]]: ...

    def search_texts(self, query: list[str], limit: int) -> list[StemmedText]:
        (found,) = self._read("search_texts", match=lucene_expression(query), limit=limit)
        return [StemmedText(*row) for row in found["rows"]]

    def links_and_ends(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> tuple[list[LinkRecord], list[NodeRecord]]:
        rows = self._read_rows(
            "links_and_ends", ids=list(ids), direction=str(direction), types=[str(t) for t in types]
        )
        ends = {r["end_id"]: (r["end_label"], r["end_props"]) for r in rows}
        nodes = [node_record(i, label, props) for i, (label, props) in ends.items()]
        return group_links(rows), nodes

    def links_and_ends_each(
        self, requests: Sequence[LinkRequest]
    ) -> tuple[list[LinkRecord], list[NodeRecord]]:
        (found,) = self._read("links_and_ends_each", requests=_requests_param(requests))
        nodes = [node_record(r["id"], r["label"], r["props"]) for r in found["nodes"]]
        return group_links(found["rows"]), sorted(nodes, key=lambda r: r.id)

    def organisation_fields(
        self, org_ids: Sequence[str], requests: Sequence[LinkRequest], *, concerns: bool
    ) -> OrganisationFields:
        (found,) = self._read_text(
            organisation_fields_query(),
            "organisation_fields",
            slow_plan_=True,  # two queries' plans in one
            ids=list(org_ids),
            requests=_requests_param(requests),
            concerns=concerns and bool(org_ids),
        )
        return OrganisationFields(
            group_links(found["decision_rows"]),
            [node_record(r["id"], r["label"], r["props"]) for r in found["decision_nodes"]],
            group_links(found["rows"]),
            sorted(
                (node_record(r["id"], r["label"], r["props"]) for r in found["nodes"]),
                key=lambda r: r.id,
            ),
        )

    def body_decisions(self, org_ids: Sequence[str]) -> tuple[list[LinkRecord], list[NodeRecord]]:
        (found,) = self._read("body_decisions", ids=list(org_ids))
        nodes = [node_record(r["id"], r["label"], r["props"]) for r in found["nodes"]]
        return group_links(found["rows"]), nodes

    def chain_links(self, node_id: str) -> tuple[list[LinkRecord], list[NodeRecord]]:
        found = self._read("chain_links", id=node_id)
        if not found:
            return [], []
        nodes = {r["id"]: node_record(r["id"], r["label"], r["props"]) for r in found[0]["nodes"]}
        return group_links(found[0]["rows"]), list(nodes.values())

    def organisation_documents(self, org_ids: Sequence[str]) -> list[tuple[str, str]]:
        rows = self._read_rows("organisation_documents", ids=list(org_ids))
        return [(r["org_id"], r["document_id"]) for r in rows]

    def coverage_facts(self, org_ids: Sequence[str]) -> CoverageFacts:
        nodes: dict[str, NodeRecord] = {}
        pairs: list[tuple[str, str]] = []
        signed: list[dict[str, Any]] = []
        for row in self._read_rows("coverage_facts", ids=list(org_ids)):
            org = row["org"]
            nodes[org["id"]] = node_record(org["id"], org["label"], org["props"])
            for d in row["docs"]:
                nodes[d["id"]] = node_record(d["id"], d["label"], d["props"])
                pairs.append((org["id"], d["id"]))
            for link in row["signed"]:
                nodes[link["to_id"]] = node_record(
                    link["to_id"], link["end_label"], link["end_props"]
                )
                signed.append(link)
        return CoverageFacts(pairs, group_links(signed), list(nodes.values()))

    def hit_records(
        self, ids: Sequence[str], refs: Sequence[str], *, with_sources: bool
    ) -> HitRecords:
        (found,) = self._read(
            "hit_records", ids=list(ids), refs=list(refs), with_sources=with_sources
        )
        sources = [node_record(r["id"], r["label"], r["props"]) for r in found["sources"]]
        return HitRecords(
            [node_record(r["id"], r["label"], r["props"]) for r in found["nodes"]],
            {r["ref"]: evidence_from_row(r) for r in found["evidence"]},
            sorted(sources, key=lambda r: r.id),
        )

    def quote_evidence(self, refs: Sequence[str]) -> dict[str, Evidence]:
        rows = self._read_rows("quote_evidence", ids=list(refs))
        return {r["ref"]: evidence_from_row(r) for r in rows}

    def neighbour_ids(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> set[str]:
        (row,) = self._read(
            "walk_level", ids=list(ids), direction=str(direction), types=[str(t) for t in types]
        )
        return set(row["ids"])

    def lineage_rows(
        self,
        root_id: str,
        direction: Direction,
        max_depth: int,
        types: Sequence[LinkType],
        max_nodes: int,
    ) -> LineageRows:
        # The walk, the kept nodes, the links among them and their sources in one query
        # (queries/lineage.cypher), the same walk as graph.lineage_rows.walk_depths.
        (row,) = self._read_text(
            lineage_query(),
            "lineage",
            slow_plan_=True,
            id=root_id,
            max_depth=max_depth,
            max_nodes=max_nodes,
            direction=str(direction),
            types=[str(t) for t in types],
        )
        nodes = [node_record(i, label, props) for i, label, props in row["nodes"]]
        if not any(r.id == root_id for r in nodes):  # no such root: it reached nothing
            return LineageRows({}, [], [], [], False)
        depths = depths_of(row["levels"])
        kept = [i for level in row["levels"] for i in level][:max_nodes]
        return LineageRows(
            depths={i: depths[i] for i in kept},
            nodes=nodes,
            links=grouped_links(row["links"]),
            sources=[source_record(i, props) for i, props in row["sources"]],
            cut=bool(row["cut"]),
        )
