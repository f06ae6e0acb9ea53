"""Model records to GraphQL objects."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import strawberry

from graph import nodes as model
from graph.edges import Evidence as ModelEvidence
from graph.edges import LinkRecord
from graph.store import GraphStore
from schema import types as gql


def to_node(record: model.NodeRecord) -> gql.Node:
    node = model.from_record(record)
    nid = strawberry.ID(node.id)
    match node:
        case model.Document():
            return gql.Document(
                id=nid,
                title=node.title,
                kind=node.kind,
                level=node.level,
                normalised_title=node.normalised_title,
                period_start=node.period_start,
                period_end=node.period_end,
                adopted_on=gql.iso_date(node.adopted_on),
                adopted_precision=node.adopted_precision,
            )
        case model.Organization():
            return gql.Organization(
                id=nid, name=node.name, kind=node.kind, code=node.code, aliases=list(node.aliases)
            )
        case model.Person():
            return gql.Person(id=nid, name=node.name, party=node.party)
        case model.Decision():
            return gql.Decision(
                id=nid,
                summary=node.summary,
                date=gql.iso_date(node.date),
                date_precision=node.date_precision,
                condition=node.condition,
            )
        case model.Activity():
            return gql.Activity(id=nid, description=node.description)
        case model.Goal():
            return gql.Goal(id=nid, text=node.text)
        case model.Initiative():
            return gql.Initiative(
                id=nid, name=node.name, period_start=node.period_start, period_end=node.period_end
            )
        case model.Source():
            raise ValueError(f"{node.id} is a source; sources are not graph nodes of the API")


def to_source(record: model.NodeRecord) -> gql.Source:
    node = model.from_record(record)
    assert isinstance(node, model.Source)
    return gql.Source(
        id=strawberry.ID(node.id),
        uri=node.uri,
        sha256=node.sha256,
        media_type=node.media_type,
        title=node.title,
        published_on=gql.iso_date(node.published_on),
        updated_on=gql.iso_date(node.updated_on),
    )


def sources_by_id(store: GraphStore, evidence: Iterable[ModelEvidence]) -> dict[str, gql.Source]:
    """Every cited source, fetched in one call."""
    ids = sorted({e.source_id for e in evidence})
    return {r.id: to_source(r) for r in store.get_nodes(ids)}


def evidence_list(store: GraphStore, evidence: Sequence[ModelEvidence]) -> list[gql.Evidence]:
    sources = sources_by_id(store, evidence)
    return [to_evidence(e, sources) for e in evidence]


def to_evidence(e: ModelEvidence, sources: dict[str, gql.Source]) -> gql.Evidence:
    return gql.Evidence(
        quote=e.quote,
        start=e.start,
        end=e.end,
        page=e.page,
        rule=e.rule,
        confidence=e.confidence,
        source=sources[e.source_id],
    )


def to_link(
    link: LinkRecord, nodes: dict[str, gql.Node], sources: dict[str, gql.Source]
) -> gql.Link:
    return gql.Link(
        type=link.type,
        date=gql.iso_date(link.date),
        date_precision=link.date_precision,
        title=link.title,
        from_=nodes[link.from_id],
        to=nodes[link.to_id],
        evidence=[to_evidence(e, sources) for e in link.evidence],
    )
