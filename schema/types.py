"""GraphQL object types; each mirrors a node or edge of graph/."""

from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

import strawberry
from strawberry.types import Info

from graph import nodes as model
from graph.edges import Direction, LinkType
from graph.edges import Evidence as ModelEvidence
from graph.user_input import UserInputError
from schema import convert  # convert builds these types; it is only called at run time
from schema.context import loaders_of

DocumentKind = strawberry.enum(model.DocumentKind, description="Kind of steering document.")
Level = strawberry.enum(model.Level, description="Administrative level of a document.")
OrganizationKind = strawberry.enum(model.OrganizationKind, description="Kind of organisation.")
DatePrecision = strawberry.enum(
    model.DatePrecision, description="How much of a date the source stated."
)
LinkTypeEnum = strawberry.enum(LinkType, name="LinkType", description="Relationship type.")
DirectionEnum = strawberry.enum(Direction, name="Direction", description="Which way to walk.")
# Quotes per link in a lineage: a depth-4 lineage must not ship every quote of every link.
DEFAULT_EVIDENCE = 10
MAX_EVIDENCE = 100


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
    page_count: int | None = strawberry.field(description="Number of pages, for PDFs.")
    links_to: list[str] = strawberry.field(
        description="Uris of the files this page links to, such as its PDF attachments."
    )
    also_at: list[str] = strawberry.field(
        description="Other uris at which the same content (the same sha256) was found."
    )


@strawberry.type(description="Where a fact was read: a verbatim quote from a source.")
class Evidence:
    quote: str
    start: int = strawberry.field(description="Character offset of the quote in the source text.")
    end: int
    page: int | None = strawberry.field(description="Page number (1-based), for PDFs.")
    section: str | None = strawberry.field(
        description="Heading of the section the quote stands under, for PDFs."
    )
    rule: str = strawberry.field(description="Name of the extraction rule that produced it.")
    confidence: float
    source: Source


@strawberry.interface(description="Anything with a stable global id.")
class Node:
    id: strawberry.ID

    @strawberry.field(description="The sources that name this node, with quotes.")
    async def evidence(self, info: Info) -> list[Evidence]:
        mentions = await loaders_of(info).mentions.load(str(self.id))
        return await convert.evidence_list(info, [m.evidence for m in mentions])


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
    signatory_count: int | None = strawberry.field(
        description='How many signed it, where a source gives a count ("15 myndighetsansvariga").'
    )

    @strawberry.field(description="The organisations that signed it, with the dates they did.")
    async def signatories(self, info: Info) -> list[Signature]:
        pairs = await convert.linked(info, str(self.id), Direction.INCOMING, LinkType.SIGNED)
        return [
            Signature(
                date=iso_date(link.date),
                date_precision=link.date_precision,
                organization=node,
                evidence=await convert.evidence_list(info, link.evidence),
            )
            for link, node in pairs
            if isinstance(node, Organization)
        ]


@strawberry.type(description="An organisation's signature on a document.")
class Signature:
    date: dt.date | None
    date_precision: DatePrecision | None  # type: ignore[valid-type]
    organization: Organization
    evidence: list[Evidence]


@strawberry.type(description="A document an organisation signed, with the date it did.")
class SignedDocument:
    date: dt.date | None
    date_precision: DatePrecision | None  # type: ignore[valid-type]
    document: Document
    evidence: list[Evidence]


@strawberry.type(description="A role a person holds in an organisation, as a source stated it.")
class RoleHolding:
    title: str | None
    since: dt.date | None = strawberry.field(
        description="When the role was stated (the publication date of the source)."
    )
    person: Person
    evidence: list[Evidence]


@strawberry.type(description="A municipality, committee, county board, region, agency, forum, ...")
class Organization(Node):
    name: str
    kind: OrganizationKind  # type: ignore[valid-type]
    code: str | None = strawberry.field(description="Official code (SCB kommunkod, länskod).")
    aliases: list[str]

    @strawberry.field(
        description="The organisation this one is part of (a committee's municipality)."
    )
    async def part_of(self, info: Info) -> Organization | None:
        parents = await convert.linked(info, str(self.id), Direction.OUTGOING, LinkType.PART_OF)
        found = [node for _, node in parents if isinstance(node, Organization)]
        return found[0] if found else None

    @strawberry.field(description="Documents this organisation signed.")
    async def signed(self, info: Info) -> list[SignedDocument]:
        pairs = await convert.linked(info, str(self.id), Direction.OUTGOING, LinkType.SIGNED)
        return [
            SignedDocument(
                date=iso_date(link.date),
                date_precision=link.date_precision,
                document=node,
                evidence=await convert.evidence_list(info, link.evidence),
            )
            for link, node in pairs
            if isinstance(node, Document)
        ]

    @strawberry.field(
        description="Decisions this organisation took, and those of its committees and "
        "units (the bodies PART_OF it, at any depth), as decisions(filter: {body}) finds them."
    )
    async def decisions(self, info: Info) -> list[Decision]:
        found = await convert.decisions_of_body(info, str(self.id))
        return [node for node in found if isinstance(node, Decision)]

    @strawberry.field(description="People holding roles in this organisation.")
    async def people(self, info: Info) -> list[RoleHolding]:
        pairs = await convert.linked(info, str(self.id), Direction.INCOMING, LinkType.HOLDS_ROLE)
        return [
            RoleHolding(
                title=link.title,
                since=iso_date(link.date),
                person=node,
                evidence=await convert.evidence_list(info, link.evidence),
            )
            for link, node in pairs
            if isinstance(node, Person)
        ]


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

    @strawberry.field(description="What the decision concerns: documents or initiatives.")
    async def concerns(self, info: Info) -> list[Node]:
        pairs = await convert.linked(info, str(self.id), Direction.OUTGOING, LinkType.CONCERNS)
        return [node for _, node in pairs]


@strawberry.type(description="An activity of an action plan.")
class Activity(Node):
    description: str
    timeframe: str | None = strawberry.field(
        description='When the plan says it happens, as written ("2023", "Löpande").'
    )


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
    title: str | None = strawberry.field(
        description="Role title, for HOLDS_ROLE and RESPONSIBLE_FOR (the responsible role)."
    )
    from_: Node = strawberry.field(name="from")
    to: Node
    quotes: strawberry.Private[tuple[ModelEvidence, ...]]

    @strawberry.field(
        description=f"The first quotes that state this link (first: 0 to {MAX_EVIDENCE}; "
        "evidenceCount says how many there are)."
    )
    async def evidence(self, info: Info, first: int = DEFAULT_EVIDENCE) -> list[Evidence]:
        if not 0 <= first <= MAX_EVIDENCE:
            raise UserInputError(f"first must be between 0 and {MAX_EVIDENCE}, not {first}")
        return await convert.evidence_list(info, self.quotes[:first])

    @strawberry.field(description="How many quotes state this link, in all.")
    def evidence_count(self) -> int:
        return len(self.quotes)


@strawberry.type(description="A search hit: a node, how well it matched, and the quotes.")
class SearchHit:
    score: float = strawberry.field(
        description="0 to 1: 0.6 x the share of query words in the name or title, "
        "plus 0.4 x the share in the best-matching quote."
    )
    node: Node
    evidence: list[Evidence] = strawberry.field(description="Matching quotes, best first.")


@strawberry.type(description="One step of a responsibility chain.")
class ResponsibilityStep:
    relation: LinkTypeEnum | None = strawberry.field(  # type: ignore[valid-type]
        description="The link from the step it hangs from (parentId); null at the top."
    )
    node: Node
    parent_id: strawberry.ID | None
    title: str | None = strawberry.field(
        description="Role title, for HOLDS_ROLE and RESPONSIBLE_FOR steps."
    )
    date: dt.date | None = strawberry.field(description="When the source stated the link.")
    held_at_adoption: bool | None = strawberry.field(
        description="For a HOLDS_ROLE step: true if this person held the role when the "
        "document was adopted (the latest statement of the role on or before that day), "
        "false if someone was stated in it later but still before adoption, null if the "
        "graph cannot tell."
    )
    evidence: list[Evidence]


@strawberry.type(
    description="From the national or regional document a thing serves down to the named "
    "people in the bodies responsible for its activities, top down."
)
class ResponsibilityChain:
    steps: list[ResponsibilityStep]


@strawberry.type(description="Follow-up coverage of one municipality.")
class CoverageRow:
    municipality: Organization
    documents: list[Document] = strawberry.field(
        description="Its steering documents, adopted or issued by it or its committees."
    )
    signed: list[SignedDocument] = strawberry.field(description="Regional plans it signed.")
    gaps: list[str] = strawberry.field(
        description='Plain statements of what is missing, e.g. "signed Regional handlingsplan '
        '2022-2026 on 2022-03-22, no local handlingsplan adopted since".'
    )


@strawberry.type(description="A node's lineage: the nodes within reach and the links walked.")
class Lineage:
    root: Node
    nodes: list[Node] = strawberry.field(description="Nearest first: by depth, then by id.")
    links: list[Link]
    truncated: bool = strawberry.field(
        description="True when maxNodes (or the cap of 5,000 links) left nodes or links out; "
        "the nodes kept are those nearest the root."
    )


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


T = TypeVar("T")


@strawberry.type(description="One item of a page, with the cursor that points at it.")
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type(description="A page of results: the total, the cursors and the items.")
class Connection(Generic[T]):
    total_count: int = strawberry.field(description="Matches in all, on every page.")
    page_info: PageInfo
    edges: list[Edge[T]]


DocumentConnection = Connection[Document]
OrganizationConnection = Connection[Organization]
DecisionConnection = Connection[Decision]


@strawberry.input(description="Documents matching every given field; none given lists all.")
class DocumentFilter:
    text: str | None = strawberry.field(
        default=None, description="Words that must start words of the title."
    )
    kind: DocumentKind | None = None  # type: ignore[valid-type]
    level: Level | None = None  # type: ignore[valid-type]
    period_from: int | None = strawberry.field(
        default=None, description="Year: documents whose period ends in or after it."
    )
    period_to: int | None = strawberry.field(
        default=None, description="Year: documents whose period starts in or before it."
    )
    organization: strawberry.ID | None = strawberry.field(
        default=None,
        description="An organisation's id: documents it or its committees adopted, issued, "
        "signed, follow up, coordinate or took a decision about.",
    )
    county_code: str | None = strawberry.field(
        default=None,
        description="Two-digit SCB länskod: regional and municipal documents of that county.",
    )
    municipality_code: str | None = strawberry.field(
        default=None, description="Four-digit SCB kommunkod: that municipality's documents."
    )


@strawberry.input(description="Decisions matching every given field; none given lists all.")
class DecisionFilter:
    body: strawberry.ID | None = strawberry.field(
        default=None,
        description="An organisation's id: decisions it, or a committee of it, took.",
    )
    date_from: dt.date | None = strawberry.field(
        default=None, name="from", description="Decisions dated on or after this day."
    )
    date_to: dt.date | None = strawberry.field(
        default=None, name="to", description="Decisions dated on or before this day."
    )


@strawberry.input
class OrganizationFilter:
    name: str = strawberry.field(
        description="Words that must start words of the name or of an alias (SKR, BAS-nämnden)."
    )
    kind: OrganizationKind | None = None  # type: ignore[valid-type]
    county_code: str | None = strawberry.field(
        default=None, description="Two-digit SCB länskod: organisations in that county."
    )
