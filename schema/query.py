"""The Query root: the read operations of the API."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from graph.coverage import coverage
from graph.decision_query import DecisionQuery, find_decisions
from graph.document_query import DocumentQuery, document_page
from graph.edges import Direction, LinkType
from graph.geography import county_of
from graph.lineage import (
    DEFAULT_MAX_NODES,
    MAX_DEPTH,
    MAX_NODES,
    NodeNotFoundError,
    lineage,
)
from graph.nodes import NodeLabel, NodeRecord
from graph.responsibility import responsibility_chain
from graph.search import MAX_HITS, Hit, search_hits
from graph.store import GraphStore
from graph.text_match import query_words
from graph.text_search import find_by_text
from schema import convert
from schema import types as gql
from schema.connection import (
    Connection,
    DecisionConnection,
    DocumentConnection,
    Edge,
    OrganizationConnection,
    PageInfo,
)
from schema.context import Loaders, loaders_of, search_call, store_call, store_of
from schema.convert import to_link, to_node
from schema.enums import DirectionEnum, LinkTypeEnum
from schema.filters import DecisionFilter, DocumentFilter, OrganizationFilter
from schema.pagination import MAX_PAGE, Page, page_bounds, paginate, window_page
from schema.read_ahead import OrganizationFields, ReadAhead, read_organizations, selected
from schema.reference import check_codes, municipalities_of


def connection(found: list[NodeRecord], first: int, after: str | None) -> Connection[Any]:
    """One page of ``found`` as a Connection of the records' GraphQL types."""
    return page_connection(paginate(found, first, after))


def page_connection(page: Page[NodeRecord]) -> Connection[Any]:
    return Connection(
        total_count=page.total,
        page_info=PageInfo(
            has_next_page=page.has_next,
            has_previous_page=page.has_previous,
            start_cursor=page.start_cursor,
            end_cursor=page.end_cursor,
        ),
        edges=[Edge(cursor=cursor, node=to_node(r)) for cursor, r in page.items],
    )


FIRST = Annotated[int, strawberry.argument(description=f"Page size, 0 to {MAX_PAGE}.")]
AFTER = Annotated[
    str | None,
    strawberry.argument(description="Start after this cursor (an endCursor); null: from the top."),
]
NODE_ID = Annotated[strawberry.ID, strawberry.argument(description="A node's global id.")]


def _documents_page(
    store: GraphStore, query: DocumentQuery, first: int, after: str | None
) -> Page[NodeRecord]:
    """One page of the documents listing, cut by the store; errors in the order the
    criteria, the words and then the page would raise them."""
    query.check()
    if query.text is not None:
        query_words(query.text)
    offset, limit = page_bounds(first, after)
    found = document_page(store, query, offset, limit)
    return window_page(found.records, found.total, offset, limit)


def _organizations_page(
    loaders: Loaders,
    filter: OrganizationFilter,
    first: int,
    after: str | None,
    wanted: OrganizationFields,
) -> tuple[Page[NodeRecord], ReadAhead]:
    """One page of organisations, and what its selected fields read: one store trip."""
    named = find_by_text(loaders.store, NodeLabel.ORGANIZATION, filter.name)
    found = [
        r
        for r in named
        if (filter.kind is None or r.props.get("kind") == str(filter.kind))
        and (filter.county_code is None or county_of(r) == filter.county_code)
    ]
    page = paginate(found, first, after)
    return page, read_organizations(loaders, [r.id for _, r in page.items], wanted)


def _search_hits(
    store: GraphStore, text: str, first: int, with_sources: bool
) -> tuple[list[Hit], list[NodeRecord]]:
    """The hits, and the sources their quotes cite when those are selected: one trip."""
    return search_hits(store, text, first, with_sources=with_sources)


@strawberry.type(description="The read operations.")
class Query:
    @strawberry.field(
        description="Documents matching the filter, ordered by title; paginated "
        f"(first: 0 to {MAX_PAGE})."
    )
    async def documents(
        self,
        info: Info,
        filter: Annotated[DocumentFilter, strawberry.argument(description="What to match.")],
        first: FIRST = 10,
        after: AFTER = None,
    ) -> DocumentConnection:
        query = DocumentQuery(
            text=filter.text,
            kind=None if filter.kind is None else str(filter.kind),
            level=None if filter.level is None else str(filter.level),
            period_from=filter.period_from,
            period_to=filter.period_to,
            organization_id=None if filter.organization is None else str(filter.organization),
            county_code=filter.county_code,
            municipality_code=filter.municipality_code,
        )
        query.check()  # the codes' form first, then whether they exist
        check_codes(filter.county_code, filter.municipality_code)
        page = await store_call(info, _documents_page, store_of(info), query, first, after)
        return page_connection(page)

    @strawberry.field(
        description="Organisations by name or alias, ordered by name; paginated "
        f"(first: 0 to {MAX_PAGE})."
    )
    async def organizations(
        self,
        info: Info,
        filter: Annotated[OrganizationFilter, strawberry.argument(description="What to match.")],
        first: FIRST = 10,
        after: AFTER = None,
    ) -> OrganizationConnection:
        check_codes(filter.county_code)
        wanted = OrganizationFields.of(selected(info, ["edges", "node"]))
        page, ahead = await store_call(
            info, _organizations_page, loaders_of(info), filter, first, after, wanted
        )
        ahead.prime(loaders_of(info))  # the page's fields answer without another trip
        return page_connection(page)

    @strawberry.field(
        description="Decisions matching the filter, newest first; paginated "
        f"(first: 0 to {MAX_PAGE})."
    )
    async def decisions(
        self,
        info: Info,
        filter: Annotated[
            DecisionFilter | None, strawberry.argument(description="What to match; null: all.")
        ] = None,
        first: FIRST = 10,
        after: AFTER = None,
    ) -> DecisionConnection:
        given = filter or DecisionFilter()
        query = DecisionQuery(
            body_id=None if given.body is None else str(given.body),
            date_from=given.date_from,
            date_to=given.date_to,
        )
        found = await store_call(info, find_decisions, store_of(info), query)
        return connection(found, first, after)

    @strawberry.field(
        description=(
            "Everything linked to a node within maxDepth steps (1 to "
            f"{MAX_DEPTH}), with the links and their evidence."
        )
    )
    async def lineage(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID, strawberry.argument(description="Global id of the node to start from.")
        ],
        direction: Annotated[
            DirectionEnum,  # type: ignore[valid-type]
            strawberry.argument(description="Which way to follow links."),
        ] = Direction.BOTH,
        max_depth: Annotated[
            int, strawberry.argument(description=f"How many steps to walk, 1 to {MAX_DEPTH}.")
        ] = 5,
        types: Annotated[
            list[LinkTypeEnum] | None,  # type: ignore[valid-type]
            strawberry.argument(description="Follow only links of these types (default: all)."),
        ] = None,
        max_nodes: Annotated[
            int,
            strawberry.argument(
                description=f"Keep at most this many nodes, nearest first (1 to {MAX_NODES})."
            ),
        ] = DEFAULT_MAX_NODES,
    ) -> gql.Lineage:
        store = store_of(info)
        followed = None if types is None else [LinkType(t) for t in types]
        found = await store_call(
            info,
            lineage,
            store,
            str(id),
            Direction(direction),
            max_depth,
            followed,
            max_nodes,
        )
        if found.root.label is NodeLabel.SOURCE:
            raise NodeNotFoundError(str(id))
        convert.keep_sources(info, found.sources)  # the links' quotes resolve without a wait
        nodes = {r.id: to_node(r) for r in found.nodes}
        return gql.Lineage(
            root=nodes[found.root.id],
            nodes=list(nodes.values()),
            links=[to_link(link, nodes) for link in found.links],
            truncated=found.truncated,
        )

    @strawberry.field(
        description='One row per municipality of a county (SCB länskod, e.g. "22"): its '
        "steering documents, the regional plans it signed, and the gaps."
    )
    async def coverage(
        self,
        info: Info,
        county_code: Annotated[
            str, strawberry.argument(description='Two-digit SCB länskod ("22").')
        ],
    ) -> list[gql.CoverageRow]:
        refs = municipalities_of(county_code)
        rows = await store_call(info, coverage, store_of(info), refs)
        return [convert.to_coverage_row(row) for row in rows]

    @strawberry.field(
        description="The responsibility chain through a Document, Activity, Decision or Person."
    )
    async def responsibility_chain(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(description="Id of a Document, Activity, Decision or Person."),
        ],
    ) -> gql.ResponsibilityChain:
        steps = await store_call(info, responsibility_chain, store_of(info), str(id))
        return gql.ResponsibilityChain(steps=[convert.to_step(step) for step in steps])

    @strawberry.field(
        description="Full text over titles, names and quotes; case-insensitive and "
        "Swedish-aware (handlingsplanen finds handlingsplan); best hits first."
    )
    async def search(
        self,
        info: Info,
        text: Annotated[str, strawberry.argument(description="The words to find.")],
        first: Annotated[
            int, strawberry.argument(description=f"How many hits at most, 1 to {MAX_HITS}.")
        ] = 20,
    ) -> list[gql.SearchHit]:
        sourced = any(f.name == "source" for f in selected(info, ["evidence"]))
        hits, sources = await search_call(info, _search_hits, store_of(info), text, first, sourced)
        convert.keep_sources(info, sources)  # the quotes resolve without a wait
        return [
            gql.SearchHit(
                score=hit.score,
                node=to_node(hit.node),
                quotes=tuple(hit.evidence),
            )
            for hit in hits
        ]

    @strawberry.field(description="Any node by its global id; null if there is none.")
    async def node(self, info: Info, id: NODE_ID) -> gql.Node | None:
        record = await loaders_of(info).nodes.load(str(id))
        if record is None or record.label is NodeLabel.SOURCE:
            return None
        return to_node(record)
