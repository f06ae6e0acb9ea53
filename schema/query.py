"""The Query root: the read operations of the API."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from graph.document_search import find_documents
from graph.edges import Direction
from graph.lineage import MAX_DEPTH, NodeNotFoundError, lineage
from graph.nodes import NodeLabel
from schema import types as gql
from schema.context import store_of
from schema.convert import sources_by_id, to_link, to_node
from schema.pagination import encode_cursor, page_bounds


@strawberry.type
class Query:
    @strawberry.field(description="Documents whose title matches, ordered by title; paginated.")
    def documents(
        self,
        info: Info,
        filter: gql.DocumentFilter,
        first: int = 10,
        after: str | None = None,
    ) -> gql.DocumentConnection:
        offset, limit = page_bounds(first, after)
        found = find_documents(store_of(info), filter.text)
        page = found[offset : offset + limit]
        edges = [
            gql.DocumentEdge(cursor=encode_cursor(offset + i), node=to_node(r))  # type: ignore[arg-type]
            for i, r in enumerate(page)
        ]
        return gql.DocumentConnection(
            total_count=len(found),
            page_info=gql.PageInfo(
                has_next_page=offset + limit < len(found),
                has_previous_page=offset > 0,
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            edges=edges,
        )

    @strawberry.field(
        description=(
            "Everything linked to a node within maxDepth steps (1 to "
            f"{MAX_DEPTH}), with the links and their evidence."
        )
    )
    def lineage(
        self,
        info: Info,
        id: strawberry.ID,
        direction: gql.DirectionEnum = Direction.BOTH,  # type: ignore[valid-type]
        max_depth: int = 5,
    ) -> gql.Lineage:
        store = store_of(info)
        found = lineage(store, str(id), Direction(direction), max_depth)
        if found.root.label is NodeLabel.SOURCE:
            raise NodeNotFoundError(str(id))
        nodes = {r.id: to_node(r) for r in found.nodes}
        sources = sources_by_id(store, (e for link in found.links for e in link.evidence))
        return gql.Lineage(
            root=nodes[found.root.id],
            nodes=list(nodes.values()),
            links=[to_link(link, nodes, sources) for link in found.links],
        )

    @strawberry.field(description="Any node by its global id; null if there is none.")
    def node(self, info: Info, id: strawberry.ID) -> gql.Node | None:
        records = store_of(info).get_nodes([str(id)])
        if not records or records[0].label is NodeLabel.SOURCE:
            return None
        return to_node(records[0])
