"""The interface both stores implement; the contract tests hold them to it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple, Protocol

from graph.document_filter import DocumentQuery
from graph.edges import Direction, Evidence, LinkRecord, LinkType, SourceFacts
from graph.lineage_rows import LineageRows
from graph.link_requests import LinkRequest
from graph.nodes import NodeLabel, NodeRecord
from graph.organisation_fields import OrganisationFields
from graph.privacy import Erasure, ErasureReport, PrivacyState, Restriction


class WriteOutcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class GraphCounts:
    nodes: Mapping[str, int]
    links: Mapping[str, int]

    @property
    def total_nodes(self) -> int:
        return sum(self.nodes.values())

    @property
    def total_links(self) -> int:
        return sum(self.links.values())


@dataclass(frozen=True)
class NodeEvidence:
    node_id: str
    evidence: Evidence


class StemmedText(NamedTuple):
    """A stemmed text the search index proposed for a node: one quote citing it (``ref``
    set) or its name; either way with the node's name stems, kept at write time. A tuple:
    a search builds up to 20,000 of them, and a frozen dataclass cost a third of its time."""

    node_id: str
    name_stems: str  # stems separated by spaces, as graph.text_match.stem_text makes them
    ref: str | None = None  # the store's handle of the quote, for quote_evidence
    stems: str = ""  # the quote's stems ("" for a name)


@dataclass(frozen=True)
class CoverageFacts:
    """What graph.coverage reads of a set of organisations, in one store call."""

    documents: list[tuple[str, str]]  # (organisation, document), as organisation_documents
    signed: list[LinkRecord]  # SIGNED links leaving the organisations
    nodes: list[NodeRecord]  # the organisations found and every node at the pairs' and
    # the links' other ends, as get_nodes gives them


@dataclass(frozen=True)
class HitRecords:
    """What search shows of its best hits, in one store call."""

    nodes: list[NodeRecord]  # as get_nodes gives them
    evidence: dict[str, Evidence]  # as quote_evidence gives it
    sources: list[NodeRecord]  # the sources the evidence cites (when asked for), by id


class StoreError(RuntimeError):
    """A store could not be reached or could not do what was asked."""


class StoreUnavailableError(StoreError):
    """The store does not answer now (an outage, a timeout): retrying each source of a
    failed batch alone would only wait again."""


# Each source's outcome in a batch, or the error it alone failed with (a StoreError, or a
# ValueError for facts that fail graph.edges.check_facts).
WriteResult = WriteOutcome | StoreError | ValueError


class GraphStore(Protocol):
    """Persistence of the graph. Implementations: SqliteStore, Neo4jStore."""

    name: str

    def setup(self) -> None:
        """Create the schema; idempotent."""

    def close(self) -> None: ...

    def ping(self) -> None:
        """One cheap round trip; raises StoreError when the store does not answer."""

    def source_sha256(self, source_id: str) -> str | None:
        """The content hash stored for a source, or None if it is unknown."""

    def write_source(self, facts: SourceFacts, *, force: bool = False) -> WriteOutcome:
        """Replace everything the source said, in one transaction.

        An unchanged source (same sha256) is left alone unless ``force``.
        """

    def write_many(self, batch: Sequence[SourceFacts], *, force: bool = False) -> list[WriteResult]:
        """write_source of each source in order, with the same end state, but together
        (one transaction when all succeed, graph.batch_write). Each source is still
        written whole or not at all, and one that fails fails alone: its place in the
        answer holds its error."""

    def get_nodes(self, ids: Sequence[str]) -> list[NodeRecord]:
        """The nodes with these ids, in no particular order; unknown ids are skipped."""

    def nodes_by_label(self, label: NodeLabel) -> list[NodeRecord]:
        """Every node of a label, in no particular order."""

    def documents(
        self, query: DocumentQuery, offset: int, limit: int | None
    ) -> tuple[int, list[NodeRecord]]:
        """Documents matching the query's criteria other than words (graph.document_query
        states them), in one store query: how many match, and those from ``offset`` (at
        most ``limit``; all with None) ordered by sort title, then id."""

    def text_candidates(self, label: NodeLabel, query: list[str]) -> list[NodeRecord]:
        """Nodes of a label the full-text index proposes for these words (a superset).

        Labels: Document (titles), Organization, Person, Initiative (names, aliases).
        """

    def search_candidates(self, query: list[str]) -> list[str]:
        """Ids of nodes whose stemmed name or evidence quotes the index proposes for these
        stems (a superset; Source nodes excluded)."""

    def links_of(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> list[LinkRecord]:
        """Links of these types leaving (OUTGOING) or reaching (INCOMING) any of the ids."""

    def organisation_documents(self, org_ids: Sequence[str]) -> list[tuple[str, str]]:
        """(organisation, document) for each document that one of these organisations, or a
        body PART_OF one of them, ADOPTED or ISSUED, or DECIDED a decision that CONCERNS it;
        once per pair, in any order (graph.coverage)."""

    def coverage_facts(self, org_ids: Sequence[str]) -> CoverageFacts:
        """organisation_documents of these organisations, their SIGNED links and the
        nodes of both ends, in one call (one round trip on a server store)."""

    def links_and_ends(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> tuple[list[LinkRecord], list[NodeRecord]]:
        """links_of, and the nodes at those links' other ends (as get_nodes gives them),
        in one call."""

    def links_and_ends_each(
        self, requests: Sequence[LinkRequest]
    ) -> tuple[list[LinkRecord], list[NodeRecord]]:
        """The links each (id, direction, types) request asks for, each once, and the nodes
        at their ends away from the asking node, in one call (as
        graph.link_requests.links_and_ends_by_direction reads them)."""

    def organisation_fields(
        self, org_ids: Sequence[str], requests: Sequence[LinkRequest], *, concerns: bool
    ) -> OrganisationFields:
        """body_decisions(org_ids) (none for no ids), then links_and_ends_each of the
        requests and, with `concerns`, of the decided Decisions' CONCERNS, in one call (as
        graph.organisation_fields.organisation_fields_in_steps reads them)."""

    def body_decisions(self, org_ids: Sequence[str]) -> tuple[list[LinkRecord], list[NodeRecord]]:
        """The PART_OF links down from these organisations at any depth, the DECIDED links
        of the organisations and every body reached, and the decided nodes, as
        graph.body_decisions.body_decisions_by_level reads them, in one call."""

    def chain_links(self, node_id: str) -> tuple[list[LinkRecord], list[NodeRecord]]:
        """Every link a responsibility chain through node_id may follow, and the nodes at
        their ends (node_id's own included), as graph.chain_links.chain_links_by_level
        reads them; ([], []) when there is no such node."""

    def search_texts(self, query: list[str], limit: int) -> list[StemmedText]:
        """The stemmed names and quotes of nodes (not Sources) the index proposes for any of
        these stems: at most ``limit`` of each index's best (a superset of the matches
        when there are fewer)."""

    def hit_records(
        self, ids: Sequence[str], refs: Sequence[str], *, with_sources: bool
    ) -> HitRecords:
        """get_nodes(ids), quote_evidence(refs) and, with_sources, the nodes of the sources
        that evidence cites, in one call."""

    def quote_evidence(self, refs: Sequence[str]) -> dict[str, Evidence]:
        """The evidence of search_texts' quotes, by ref; refs gone since are skipped."""

    def neighbour_ids(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> set[str]:
        """The nodes one link of these types away from any of the ids (one walk level)."""

    def lineage_rows(
        self,
        root_id: str,
        direction: Direction,
        max_depth: int,
        types: Sequence[LinkType],
        max_nodes: int,
    ) -> LineageRows:
        """A lineage in one store call (graph.lineage): the nearest max_nodes nodes within
        max_depth links of these types (the walk stops after the level that passes
        max_nodes), the links it stepped along among them and the sources they cite."""

    def walk(
        self, root_id: str, direction: Direction, max_depth: int, types: Sequence[LinkType]
    ) -> dict[str, int]:
        """Node ids reachable from the root over links of these types, each with its
        least depth."""

    def links_among(self, ids: Sequence[str]) -> list[LinkRecord]:
        """All links whose both ends are among ``ids``, one record per (from, type, to)."""

    def mentions_of(self, ids: Sequence[str]) -> list[NodeEvidence]:
        """The evidence that named these nodes."""

    def counts(self) -> GraphCounts: ...

    def delete_all(self) -> None:
        """Remove every node and link (tests and re-builds). The erasure log, the
        restrictions and the salt stay, so a re-built graph keeps erased people out."""

    # Personal data (graph.privacy, docs/privacy.md).

    def privacy_state(self) -> PrivacyState:
        """The salt and the hashes of erased people, which ingest keeps out."""

    def erase_person(self, person_id: str) -> ErasureReport | None:
        """Remove a person with their links and mentions, redact their name in every
        source text, quote and node property, and log the erasure (no personal data);
        one transaction. None when there is no such node; NotAPersonError for another
        label."""

    def restrict_person(self, person_id: str) -> Restriction | None:
        """Mark a person restricted (the API withholds their name); None when there is
        no such node."""

    def lift_restriction(self, person_id: str) -> bool:
        """Whether a restriction was in force (it is not any more)."""

    def restrictions(self) -> list[Restriction]: ...

    def erasures(self) -> list[Erasure]:
        """The erasure log, oldest first."""

    def delete_privacy_records(self) -> None:
        """Remove the erasure log and the restrictions (tests only)."""
