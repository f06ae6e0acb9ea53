"""Relay connections: a page of items with their cursors and the page's bounds."""

from __future__ import annotations

from typing import Generic, TypeVar

import strawberry

from schema.types import Decision, Document, Organization

T = TypeVar("T")


@strawberry.type(description="Where a page stands in the whole list (the Relay spec's PageInfo).")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Whether items follow this page.")
    has_previous_page: bool = strawberry.field(description="Whether items come before it.")
    start_cursor: str | None = strawberry.field(
        description="Cursor of the page's first item; on an empty page, the place it stands "
        "when items follow (first: 0), else null."
    )
    end_cursor: str | None = strawberry.field(
        description="Pass as `after` for the next page: the last item's cursor; on an empty "
        "page, the place it stands when items follow (first: 0), else null."
    )


@strawberry.type(description="One item of a page, with the cursor that points at it.")
class Edge(Generic[T]):
    cursor: str = strawberry.field(description="Pass as `after` to page on from this item.")
    node: T = strawberry.field(description="The item.")


@strawberry.type(description="A page of results: the total, the cursors and the items.")
class Connection(Generic[T]):
    total_count: int = strawberry.field(description="Matches in all, on every page.")
    page_info: PageInfo = strawberry.field(description="Where this page stands.")
    edges: list[Edge[T]] = strawberry.field(description="The items of this page, in order.")


DocumentConnection = Connection[Document]
OrganizationConnection = Connection[Organization]
DecisionConnection = Connection[Decision]
