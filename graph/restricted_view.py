"""A store as the API sees it: restricted people without their names.

A restricted person stays in the graph, with their roles and their place in every
responsibility chain, but every read through this view shows them as
"role holder": their node has that name and no party, their id is an alias that
does not spell their name (graph.privacy.restricted_alias), and their name is
redacted in every quote and in every other node's properties. The alias works as
an id in every query; their own id finds nothing. Writes pass through unchanged.

The restrictions are read once per view, at its first read, so a request built on
one view (schema.context) sees one state of them.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Mapping, Sequence

from graph.document_filter import DocumentQuery
from graph.edges import Direction, Evidence, LinkRecord, LinkType, SourceFacts
from graph.lineage_rows import LineageRows
from graph.link_requests import LinkRequest
from graph.nodes import NodeLabel, NodeRecord
from graph.organisation_fields import OrganisationFields
from graph.privacy import (
    ROLE_HOLDER,
    Erasure,
    ErasureReport,
    PrivacyState,
    Restriction,
    name_pattern,
    redact,
    redact_props,
)
from graph.restricted_search import restemmed, stems_of_names
from graph.store import (
    CoverageFacts,
    GraphCounts,
    GraphStore,
    HitRecords,
    NodeEvidence,
    StemmedText,
    WriteOutcome,
    WriteResult,
)


@dataclasses.dataclass(frozen=True)
class _Masks:
    alias_of: Mapping[str, str]  # person id -> alias
    id_of: Mapping[str, str]  # alias -> person id
    names: re.Pattern[str] | None  # their names, for quotes

    def out(self, node_id: str) -> str:
        return self.alias_of.get(node_id, node_id)

    def into(self, node_id: str) -> str:
        """The stored id an API id stands for; a restricted person's own id stands for
        nothing (it spells their name), so it finds nothing."""
        if node_id in self.alias_of:
            return self.alias_of[node_id]  # an alias is never a stored id
        return self.id_of.get(node_id, node_id)


class RestrictedView:
    """A GraphStore that withholds restricted people's names from what it reads."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner = inner
        self.name = inner.name
        self._masks: _Masks | None = None
        self._lock = threading.Lock()

    def _m(self) -> _Masks:
        with self._lock:
            if self._masks is None:
                found = self.inner.restrictions()
                self._masks = _Masks(
                    alias_of={r.person_id: r.alias for r in found},
                    id_of={r.alias: r.person_id for r in found},
                    names=name_pattern(r.name for r in found if r.name),
                )
            return self._masks

    def _node(self, record: NodeRecord, masks: _Masks) -> NodeRecord:
        if record.id in masks.alias_of:
            props = {k: v for k, v in record.props.items() if k not in ("name", "party")}
            return NodeRecord(masks.out(record.id), record.label, {**props, "name": ROLE_HOLDER})
        if masks.names is None:
            return record
        # Their name in another node's title or summary ("utse Maja Lind till ...").
        props = redact_props(record.props, masks.names)
        return record if props == record.props else NodeRecord(record.id, record.label, props)

    def _evidence(self, e: Evidence, masks: _Masks) -> Evidence:
        if masks.names is None:
            return e
        quote = redact(e.quote, masks.names)
        return e if quote == e.quote else dataclasses.replace(e, quote=quote)

    def _link(self, link: LinkRecord, masks: _Masks) -> LinkRecord:
        if not masks.alias_of:
            return link
        return dataclasses.replace(
            link,
            from_id=masks.out(link.from_id),
            to_id=masks.out(link.to_id),
            title=None if link.title is None else redact(link.title, masks.names),
            evidence=tuple(self._evidence(e, masks) for e in link.evidence),
        )

    # Reads: ids in, aliases out.

    def get_nodes(self, ids: Sequence[str]) -> list[NodeRecord]:
        m = self._m()
        return [self._node(r, m) for r in self.inner.get_nodes([m.into(i) for i in ids])]

    def nodes_by_label(self, label: NodeLabel) -> list[NodeRecord]:
        m = self._m()
        return [self._node(r, m) for r in self.inner.nodes_by_label(label)]

    def documents(
        self, query: DocumentQuery, offset: int, limit: int | None
    ) -> tuple[int, list[NodeRecord]]:
        return self.inner.documents(query, offset, limit)  # documents name no one

    def text_candidates(self, label: NodeLabel, query: list[str]) -> list[NodeRecord]:
        m = self._m()
        found = self.inner.text_candidates(label, query)
        # A restricted person is not found by their name.
        return [self._node(r, m) for r in found if r.id not in m.alias_of]

    def search_candidates(self, query: list[str]) -> list[str]:
        m = self._m()
        return [m.out(i) for i in self.inner.search_candidates(query)]

    def search_texts(self, query: list[str], limit: int) -> list[StemmedText]:
        m = self._m()
        rows = self.inner.search_texts(query, limit)
        if not m.alias_of:
            return rows
        return restemmed(self, rows, m.alias_of, stems_of_names(self.inner.restrictions()))

    def hit_records(
        self, ids: Sequence[str], refs: Sequence[str], *, with_sources: bool
    ) -> HitRecords:
        m = self._m()
        found = self.inner.hit_records([m.into(i) for i in ids], refs, with_sources=with_sources)
        return HitRecords(
            [self._node(r, m) for r in found.nodes],
            {k: self._evidence(e, m) for k, e in found.evidence.items()},
            [self._node(r, m) for r in found.sources],
        )

    def quote_evidence(self, refs: Sequence[str]) -> dict[str, Evidence]:
        m = self._m()
        return {k: self._evidence(e, m) for k, e in self.inner.quote_evidence(refs).items()}

    def neighbour_ids(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> set[str]:
        m = self._m()
        found = self.inner.neighbour_ids([m.into(i) for i in ids], direction, types)
        return {m.out(i) for i in found}

    def links_of(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> list[LinkRecord]:
        m = self._m()
        found = self.inner.links_of([m.into(i) for i in ids], direction, types)
        return [self._link(x, m) for x in found]

    def walk(
        self, root_id: str, direction: Direction, max_depth: int, types: Sequence[LinkType]
    ) -> dict[str, int]:
        m = self._m()
        found = self.inner.walk(m.into(root_id), direction, max_depth, types)
        return {m.out(i): depth for i, depth in found.items()}

    def lineage_rows(
        self,
        root_id: str,
        direction: Direction,
        max_depth: int,
        types: Sequence[LinkType],
        max_nodes: int,
    ) -> LineageRows:
        m = self._m()
        found = self.inner.lineage_rows(m.into(root_id), direction, max_depth, types, max_nodes)
        return LineageRows(
            depths={m.out(i): depth for i, depth in found.depths.items()},
            nodes=[self._node(r, m) for r in found.nodes],
            links=[self._link(x, m) for x in found.links],
            sources=[self._node(r, m) for r in found.sources],
            cut=found.cut,
        )

    def links_and_ends(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> tuple[list[LinkRecord], list[NodeRecord]]:
        m = self._m()
        links, ends = self.inner.links_and_ends([m.into(i) for i in ids], direction, types)
        return [self._link(x, m) for x in links], [self._node(r, m) for r in ends]

    def links_and_ends_each(
        self, requests: Sequence[LinkRequest]
    ) -> tuple[list[LinkRecord], list[NodeRecord]]:
        m = self._m()
        links, ends = self.inner.links_and_ends_each([(m.into(i), d, t) for i, d, t in requests])
        return [self._link(x, m) for x in links], [self._node(r, m) for r in ends]

    def organisation_fields(
        self, org_ids: Sequence[str], requests: Sequence[LinkRequest], *, concerns: bool
    ) -> OrganisationFields:
        m = self._m()
        found = self.inner.organisation_fields(
            [m.into(i) for i in org_ids],
            [(m.into(i), d, t) for i, d, t in requests],
            concerns=concerns,
        )
        return OrganisationFields(
            [self._link(x, m) for x in found.decision_links],
            [self._node(r, m) for r in found.decision_nodes],
            [self._link(x, m) for x in found.links],
            [self._node(r, m) for r in found.ends],
        )

    def body_decisions(self, org_ids: Sequence[str]) -> tuple[list[LinkRecord], list[NodeRecord]]:
        m = self._m()
        links, nodes = self.inner.body_decisions([m.into(i) for i in org_ids])
        return [self._link(x, m) for x in links], [self._node(r, m) for r in nodes]

    def chain_links(self, node_id: str) -> tuple[list[LinkRecord], list[NodeRecord]]:
        m = self._m()
        links, nodes = self.inner.chain_links(m.into(node_id))
        return [self._link(x, m) for x in links], [self._node(r, m) for r in nodes]

    def organisation_documents(self, org_ids: Sequence[str]) -> list[tuple[str, str]]:
        m = self._m()  # organisations and documents: ids that no restriction hides
        found = self.inner.organisation_documents([m.into(i) for i in org_ids])
        return [(m.out(org), m.out(doc)) for org, doc in found]

    def coverage_facts(self, org_ids: Sequence[str]) -> CoverageFacts:
        m = self._m()
        found = self.inner.coverage_facts([m.into(i) for i in org_ids])
        return CoverageFacts(
            documents=[(m.out(org), m.out(doc)) for org, doc in found.documents],
            signed=[self._link(x, m) for x in found.signed],
            nodes=[self._node(r, m) for r in found.nodes],
        )

    def links_among(self, ids: Sequence[str]) -> list[LinkRecord]:
        m = self._m()
        return [self._link(x, m) for x in self.inner.links_among([m.into(i) for i in ids])]

    def mentions_of(self, ids: Sequence[str]) -> list[NodeEvidence]:
        m = self._m()
        return [
            NodeEvidence(m.out(x.node_id), self._evidence(x.evidence, m))
            for x in self.inner.mentions_of([m.into(i) for i in ids])
        ]

    # Everything else as the store does it.

    def setup(self) -> None:
        self.inner.setup()

    def close(self) -> None:
        self.inner.close()

    def ping(self) -> None:
        self.inner.ping()

    def source_sha256(self, source_id: str) -> str | None:
        return self.inner.source_sha256(source_id)

    def write_source(self, facts: SourceFacts, *, force: bool = False) -> WriteOutcome:
        return self.inner.write_source(facts, force=force)

    def write_many(self, batch: Sequence[SourceFacts], *, force: bool = False) -> list[WriteResult]:
        return self.inner.write_many(batch, force=force)

    def counts(self) -> GraphCounts:
        return self.inner.counts()

    def delete_all(self) -> None:
        self.inner.delete_all()

    def privacy_state(self) -> PrivacyState:
        return self.inner.privacy_state()

    def erase_person(self, person_id: str) -> ErasureReport | None:
        return self.inner.erase_person(self._m().id_of.get(person_id, person_id))

    def restrict_person(self, person_id: str) -> Restriction | None:
        return self.inner.restrict_person(self._m().id_of.get(person_id, person_id))

    def lift_restriction(self, person_id: str) -> bool:
        return self.inner.lift_restriction(self._m().id_of.get(person_id, person_id))

    def restrictions(self) -> list[Restriction]:
        return self.inner.restrictions()

    def erasures(self) -> list[Erasure]:
        return self.inner.erasures()

    def delete_privacy_records(self) -> None:
        self.inner.delete_privacy_records()
