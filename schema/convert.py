"""Model records to GraphQL objects."""

from __future__ import annotations

from collections.abc import Awaitable, Iterable, Sequence
from typing import Any

import strawberry
from strawberry.types import Info

from graph import nodes as model
from graph.coverage import CoverageRow
from graph.edges import Direction, LinkRecord, LinkType
from graph.edges import Evidence as ModelEvidence
from graph.responsibility import Step
from graph.user_input import UserInputError
from schema import types as gql
from schema.context import Loaders, loaders_of
from schema.fast_fields import NOT_READY


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
                signatory_count=node.signatory_count,
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
            return gql.Activity(id=nid, description=node.description, timeframe=node.timeframe)
        case model.Goal():
            return gql.Goal(id=nid, text=node.text)
        case model.Initiative():
            return gql.Initiative(
                id=nid, name=node.name, period_start=node.period_start, period_end=node.period_end
            )
        case model.Source():
            raise UserInputError(f"{node.id} is a source; sources are not graph nodes of the API")


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
        page_count=len(node.page_starts) or None,
        links_to=list(node.links_to),
        also_at=list(node.also_at),
    )


def cached_sources(info: Info, ids: Iterable[str]) -> dict[str, gql.Source] | None:
    """The request's sources of these ids, each converted at its first use, or None if
    any is not read yet."""
    return _cached(loaders_of(info), ids)


def _cached(loaders: Loaders, ids: Iterable[str]) -> dict[str, gql.Source] | None:
    converted = loaders.converted
    found: dict[str, gql.Source] = {}
    for source_id in ids:
        source = converted.get(source_id)
        if source is None:
            return None
        if isinstance(source, model.NodeRecord):
            source = converted[source_id] = to_source(source)
        found[source_id] = source
    return found


def keep_sources(info: Info, records: Iterable[model.NodeRecord | None]) -> None:
    """Keep these source records for the request, converted once when a quote is
    resolved (a lineage cites a few sources from hundreds of quotes; a query that
    selects no evidence converts none)."""
    converted = loaders_of(info).converted
    for r in records:
        if r is not None and r.id not in converted:
            converted[r.id] = r


def link_evidence_now(link: gql.Link, context: Any) -> list[gql.Evidence] | object:
    """Link.evidence with its default `first`, when the request has converted or read
    the sources already (schema.fast_fields' context answer); else NOT_READY."""
    quotes = link.quotes[: gql.DEFAULT_EVIDENCE]
    cached = _cached(context["loaders"], {e.source_id for e in quotes})
    return NOT_READY if cached is None else [to_evidence(e, cached) for e in quotes]


async def sources_by_id(info: Info, evidence: Iterable[ModelEvidence]) -> dict[str, gql.Source]:
    """Every cited source, through the request's node loader."""
    ids = sorted({e.source_id for e in evidence})
    cached = cached_sources(info, ids)
    if cached is not None:
        return cached
    keep_sources(info, await loaders_of(info).nodes.load_many(ids))
    return cached_sources(info, [i for i in ids if i in loaders_of(info).converted]) or {}


def evidence_list(
    info: Info, evidence: Sequence[ModelEvidence]
) -> list[gql.Evidence] | Awaitable[list[gql.Evidence]]:
    """The quotes with their sources: at once when the sources are converted already
    (no await per item), else after loading them."""
    cached = cached_sources(info, {e.source_id for e in evidence})
    if cached is not None:
        return [to_evidence(e, cached) for e in evidence]
    return _evidence_loaded(info, evidence)


async def _evidence_loaded(info: Info, evidence: Sequence[ModelEvidence]) -> list[gql.Evidence]:
    sources = await sources_by_id(info, evidence)
    return [to_evidence(e, sources) for e in evidence]


async def evidence_of(info: Info, evidence: Sequence[ModelEvidence]) -> list[gql.Evidence]:
    found = evidence_list(info, evidence)
    return found if isinstance(found, list) else await found


async def linked(
    info: Info, node_id: str, direction: Direction, link_type: LinkType
) -> list[tuple[LinkRecord, gql.Node]]:
    """The links of one type at a node, each with the node at its other end (one trip)."""
    pairs = await loaders_of(info).ends.load((node_id, direction, (link_type,)))
    return [
        (link, to_node(record))
        for link, record in pairs
        if record is not None and record.label is not model.NodeLabel.SOURCE
    ]


def to_evidence(e: ModelEvidence, sources: dict[str, gql.Source]) -> gql.Evidence:
    return gql.Evidence(
        quote=e.quote,
        start=e.start,
        end=e.end,
        page=e.page,
        end_page=e.end_page,
        section=e.section,
        rule=e.rule,
        confidence=e.confidence,
        source=sources[e.source_id],
    )


def to_link(link: LinkRecord, nodes: dict[str, gql.Node]) -> gql.Link:
    # Quotes are resolved (with their sources) only as far as the client pages them.
    return gql.Link(
        type=link.type,
        date=gql.iso_date(link.date),
        date_precision=link.date_precision,
        title=link.title,
        from_=nodes[link.from_id],
        to=nodes[link.to_id],
        quotes=link.evidence,
    )


def to_coverage_row(row: CoverageRow) -> gql.CoverageRow:
    municipality = to_node(row.municipality)
    assert isinstance(municipality, gql.Organization)
    return gql.CoverageRow(
        municipality=municipality,
        documents=[d for d in map(to_node, row.documents) if isinstance(d, gql.Document)],
        signed=[
            gql.SignedDocument(
                date=gql.iso_date(link.date),
                date_precision=link.date_precision,
                document=document,
                quotes=link.evidence,
            )
            for link, record in row.signed
            if isinstance(document := to_node(record), gql.Document)
        ],
        gaps=row.gaps,
    )


def to_step(step: Step) -> gql.ResponsibilityStep:
    link = step.link
    return gql.ResponsibilityStep(
        relation=step.relation,
        node=to_node(step.node),
        parent_id=strawberry.ID(step.parent_id) if step.parent_id else None,
        title=link.title if link else None,
        date=gql.iso_date(link.date) if link else None,
        held_at_adoption=step.held_at_adoption,
        quotes=link.evidence if link else (),
    )


async def decisions_of_body(info: Info, org_id: str) -> list[gql.Node]:
    """The nodes an organisation, or any body PART_OF it at any depth (a municipality's
    committees, their arbetsutskott), DECIDED: what decisions(filter: {body}) finds.
    The whole walk is one store trip (schema.context's `decided` loader)."""
    return [to_node(r) for r in await loaders_of(info).decided.load(org_id)]
