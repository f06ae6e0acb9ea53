"""GraphQL object types; each mirrors a node or edge of graph/."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from graph import nodes as model
from graph.edges import Direction, LinkType
from schema.context import store_of

DocumentKind = strawberry.enum(model.DocumentKind, description="Kind of steering document.")
Level = strawberry.enum(model.Level, description="Administrative level of a document.")
OrganizationKind = strawberry.enum(model.OrganizationKind, description="Kind of organisation.")
DatePrecision = strawberry.enum(
    model.DatePrecision, description="How much of a date the source stated."
)
LinkTypeEnum = strawberry.enum(LinkType, name="LinkType", description="Relationship type.")
DirectionEnum = strawberry.enum(Direction, name="Direction", description="Which way to walk.")


def iso_date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


@strawberry.type(description="A page or file the graph was extracted from.")
class Source:
    id: strawberry.ID
    uri: str
    sha256: str
    media_type: str
    title: str | None
    published_on: dt.date | None
    updated_on: dt.date | None


@strawberry.type(description="Where a fact was read: a verbatim quote from a source.")
class Evidence:
    quote: str
    start: int = strawberry.field(description="Character offset of the quote in the source text.")
    end: int
    page: int | None = strawberry.field(description="Page number, for PDFs.")
    rule: str = strawberry.field(description="Name of the extraction rule that produced it.")
    confidence: float
    source: Source


@strawberry.interface(description="Anything with a stable global id.")
class Node:
    id: strawberry.ID

    @strawberry.field(description="The sources that name this node, with quotes.")
    def evidence(self, info: Info) -> list[Evidence]:
        from schema.convert import evidence_list  # convert builds these types: import late

        store = store_of(info)
        return evidence_list(store, [m.evidence for m in store.mentions_of([str(self.id)])])


@strawberry.type(description="A steering document: strategy, action plan, guideline, ...")
class Document(Node):
    title: str
    kind: DocumentKind  # type: ignore[valid-type]
    level: Level | None  # type: ignore[valid-type]
    normalised_title: str
    period_start: int | None
    period_end: int | None
    adopted_on: dt.date | None
    adopted_precision: DatePrecision | None  # type: ignore[valid-type]


@strawberry.type(description="A municipality, committee, county board, region, agency, forum, ...")
class Organization(Node):
    name: str
    kind: OrganizationKind  # type: ignore[valid-type]
    code: str | None = strawberry.field(description="Official code (SCB kommunkod, länskod).")
    aliases: list[str]


@strawberry.type(description="A named person.")
class Person(Node):
    name: str
    party: str | None


@strawberry.type(description="A decision taken by a body.")
class Decision(Node):
    summary: str
    date: dt.date | None
    date_precision: DatePrecision | None  # type: ignore[valid-type]
    condition: str | None


@strawberry.type(description="An activity of an action plan.")
class Activity(Node):
    description: str


@strawberry.type(description="A goal of a strategy or plan.")
class Goal(Node):
    text: str


@strawberry.type(description="A project or centre, such as Resurscentrum mot våld.")
class Initiative(Node):
    name: str
    period_start: int | None
    period_end: int | None


@strawberry.type(description="A relationship, pointing the way the sentence reads.")
class Link:
    type: LinkTypeEnum  # type: ignore[valid-type]
    date: dt.date | None
    date_precision: DatePrecision | None  # type: ignore[valid-type]
    title: str | None = strawberry.field(description="Role title, for HOLDS_ROLE.")
    from_: Node = strawberry.field(name="from")
    to: Node
    evidence: list[Evidence]


@strawberry.type
class Lineage:
    root: Node
    nodes: list[Node]
    links: list[Link]


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class DocumentEdge:
    cursor: str
    node: Document


@strawberry.type
class DocumentConnection:
    total_count: int
    page_info: PageInfo
    edges: list[DocumentEdge]


@strawberry.input
class DocumentFilter:
    text: str = strawberry.field(description="Words that must start words of the title.")
