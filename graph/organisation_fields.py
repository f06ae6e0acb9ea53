"""What a page of organisations shows besides their own properties, in one store call:
GraphStore.organisation_fields. The decisions of their bodies (as body_decisions reads
them), then the links their fields ask for and those decisions' CONCERNS (as
links_and_ends_each reads them). SQLite reads it here in those two steps; Neo4j in one
query, checked against this one by tests/contract/test_read_paths.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from graph.edges import Direction, LinkRecord, LinkType
from graph.link_requests import LinkRequest
from graph.nodes import NodeLabel, NodeRecord


@dataclass(frozen=True)
class OrganisationFields:
    decision_links: list[LinkRecord]  # as body_decisions gives them ([] when not asked for)
    decision_nodes: list[NodeRecord]
    links: list[LinkRecord]  # as links_and_ends_each gives them
    ends: list[NodeRecord]


class _Reads(Protocol):
    def body_decisions(
        self, org_ids: Sequence[str]
    ) -> tuple[list[LinkRecord], list[NodeRecord]]: ...

    def links_and_ends_each(
        self, requests: Sequence[LinkRequest]
    ) -> tuple[list[LinkRecord], list[NodeRecord]]: ...


def concerns_requests(decided: Sequence[NodeRecord]) -> list[LinkRequest]:
    """What the decided Decisions are about: their CONCERNS links."""
    return [
        (r.id, Direction.OUTGOING, (LinkType.CONCERNS,))
        for r in decided
        if r.label is NodeLabel.DECISION
    ]


def organisation_fields_in_steps(
    store: _Reads,
    org_ids: Sequence[str],
    requests: Sequence[LinkRequest],
    *,
    concerns: bool,
) -> OrganisationFields:
    """The decisions of the bodies of `org_ids` (none for no ids), then the links of
    `requests` and, with `concerns`, of those decisions' CONCERNS."""
    decision_links, decision_nodes = store.body_decisions(org_ids) if org_ids else ([], [])
    asked = [*requests, *(concerns_requests(decision_nodes) if concerns else [])]
    links, ends = store.links_and_ends_each(asked) if asked else ([], [])
    return OrganisationFields(decision_links, decision_nodes, links, ends)
