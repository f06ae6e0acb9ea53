"""GraphQL object types; each mirrors a node or edge of graph/."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable
from typing import Annotated, Any

import strawberry
from graphql import GraphQLAbstractType
from strawberry.types import Info

from graph.edges import Direction, LinkType
from graph.edges import Evidence as ModelEvidence
from graph.user_input import UserInputError
from schema import convert  # convert builds these types; it is only called at run time
from schema.context import loaders_of
from schema.enums import DatePrecision, DocumentKind, Level, LinkTypeEnum, OrganizationKind

# Quotes per link in a lineage: a depth-4 lineage must not ship every quote of every link.
DEFAULT_EVIDENCE = 10
MAX_EVIDENCE = 100


def iso_date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


@strawberry.type(description="A page or file the graph was extracted from.")
class Source:
    id: strawberry.ID = strawberry.field(description="The source's global id.")
    uri: str = strawberry.field(description="Where it was read: an http(s) or file URI.")
    sha256: str = strawberry.field(description="SHA-256 of its content, hex.")
    media_type: str = strawberry.field(description="Its media type (text/html, ...).")
    title: str | None = strawberry.field(description="Its title, where it has one.")
    published_on: dt.date | None = strawberry.field(description="When it says it was published.")
    updated_on: dt.date | None = strawberry.field(description="When it says it was last updated.")
    page_count: int | None = strawberry.field(description="Number of pages, for PDFs.")
    links_to: list[str] = strawberry.field(
        description="Uris of the files this page links to, such as its PDF attachments."
    )
    also_at: list[str] = strawberry.field(
        description="Other uris at which the same content (the same sha256) was found."
    )


@strawberry.type(description="Where a fact was read: a verbatim quote from a source.")
class Evidence:
    quote: str = strawberry.field(description="The words of the source, verbatim.")
    start: int = strawberry.field(description="Character offset of the quote in the source text.")
    end: int = strawberry.field(description="Character offset just past the quote.")
    page: int | None = strawberry.field(description="Page number (1-based), for PDFs.")
    end_page: int | None = strawberry.field(
        description="Page the quote ends on, when it runs over a page break (a table row or "
        "paragraph continued on the next page); null when it ends on `page`."
    )
    section: str | None = strawberry.field(
        description="Heading of the section the quote stands under, for PDFs."
    )
    rule: str = strawberry.field(description="Name of the extraction rule that produced it.")
    confidence: float = strawberry.field(description="The rule's confidence, 0 to 1.")
    source: Source = strawberry.field(description="The source the quote is from.")


# An evidence resolver answers at once when the request has the sources converted
# already, else awaits them: no coroutine per field where none is needed.
MaybeEvidence = list[Evidence] | Awaitable[list[Evidence]]


@strawberry.interface(description="Anything with a stable global id.")
class Node:
    id: strawberry.ID = strawberry.field(description="Global, opaque id; node(id:) resolves it.")

    @classmethod
    def resolve_type(cls, obj: Any, info: Any, abstract_type: GraphQLAbstractType) -> str:
        # Every Node is one of the object types below, built by schema.convert: its name
        # at once, without strawberry's checks for casts and generic types per object.
        name: str = obj.__strawberry_definition__.name
        return name

    @strawberry.field(description="The sources that name this node, with quotes.")
    async def evidence(self, info: Info) -> list[Evidence]:
        mentions = await loaders_of(info).mentions.load(str(self.id))
        return await convert.evidence_of(info, [m.evidence for m in mentions])


@strawberry.type(description="A steering document: strategy, action plan, guideline, ...")
class Document(Node):
    title: str = strawberry.field(description="The title as a source wrote it.")
    kind: DocumentKind = strawberry.field(description="Its kind.")  # type: ignore[valid-type]
    level: Level | None = strawberry.field(description="Its level.")  # type: ignore[valid-type]
    normalised_title: str = strawberry.field(description="The title in lower case.")
    period_start: int | None = strawberry.field(description="First year of its period.")
    period_end: int | None = strawberry.field(description="Last year of its period.")
    adopted_on: dt.date | None = strawberry.field(description="When it was adopted.")
    adopted_precision: DatePrecision | None = strawberry.field(  # type: ignore[valid-type]
        description="How much of adoptedOn the source stated."
    )
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
                quotes=link.evidence,
            )
            for link, node in pairs
            if isinstance(node, Organization)
        ]


@strawberry.type(description="An organisation's signature on a document.")
class Signature:
    date: dt.date | None = strawberry.field(description="When it was signed.")
    date_precision: DatePrecision | None = strawberry.field(  # type: ignore[valid-type]
        description="How much of the date the source stated."
    )
    organization: Organization = strawberry.field(description="The organisation that signed.")
    quotes: strawberry.Private[tuple[ModelEvidence, ...]]

    @strawberry.field(description="The quotes that state it.", graphql_type=list[Evidence])
    def evidence(self, info: Info) -> MaybeEvidence:
        return convert.evidence_list(info, self.quotes)


@strawberry.type(description="A document an organisation signed, with the date it did.")
class SignedDocument:
    date: dt.date | None = strawberry.field(description="When it was signed.")
    date_precision: DatePrecision | None = strawberry.field(  # type: ignore[valid-type]
        description="How much of the date the source stated."
    )
    document: Document = strawberry.field(description="The document signed.")
    quotes: strawberry.Private[tuple[ModelEvidence, ...]]

    @strawberry.field(description="The quotes that state it.", graphql_type=list[Evidence])
    def evidence(self, info: Info) -> MaybeEvidence:
        # Resolved only when asked for; the rows' sources load in one batch.
        return convert.evidence_list(info, self.quotes)


@strawberry.type(description="A role a person holds in an organisation, as a source stated it.")
class RoleHolding:
    title: str | None = strawberry.field(description="The role (ordförande, ...).")
    since: dt.date | None = strawberry.field(
        description="When the role was stated (the publication date of the source)."
    )
    person: Person = strawberry.field(description="The person holding it.")
    quotes: strawberry.Private[tuple[ModelEvidence, ...]]

    @strawberry.field(description="The quotes that state it.", graphql_type=list[Evidence])
    def evidence(self, info: Info) -> MaybeEvidence:
        return convert.evidence_list(info, self.quotes)


@strawberry.type(description="A municipality, committee, county board, region, agency, forum, ...")
class Organization(Node):
    name: str = strawberry.field(description="Its name.")
    kind: OrganizationKind = strawberry.field(description="Its kind.")  # type: ignore[valid-type]
    code: str | None = strawberry.field(description="Official code (SCB kommunkod, länskod).")
    aliases: list[str] = strawberry.field(description="Other names it goes by (SKR, ...).")

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
                quotes=link.evidence,
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
                quotes=link.evidence,
            )
            for link, node in pairs
            if isinstance(node, Person)
        ]


@strawberry.type(description="A named person.")
class Person(Node):
    name: str = strawberry.field(description="Full name, as the sources write it.")
    party: str | None = strawberry.field(description="Party abbreviation (S, M, ...), if stated.")


@strawberry.type(description="A decision taken by a body.")
class Decision(Node):
    summary: str = strawberry.field(description="What was decided, in the source's words.")
    date: dt.date | None = strawberry.field(description="When it was decided.")
    date_precision: DatePrecision | None = strawberry.field(  # type: ignore[valid-type]
        description="How much of the date the source stated."
    )
    condition: str | None = strawberry.field(
        description='The condition it was taken on ("under förutsättning att ...").'
    )

    @strawberry.field(description="What the decision concerns: documents or initiatives.")
    async def concerns(self, info: Info) -> list[Node]:
        pairs = await convert.linked(info, str(self.id), Direction.OUTGOING, LinkType.CONCERNS)
        return [node for _, node in pairs]


@strawberry.type(description="An activity of an action plan.")
class Activity(Node):
    description: str = strawberry.field(description="What is to be done, as the plan says.")
    timeframe: str | None = strawberry.field(
        description='When the plan says it happens, as written ("2023", "Löpande").'
    )


@strawberry.type(description="A goal of a strategy or plan.")
class Goal(Node):
    text: str = strawberry.field(description="The goal, as the document states it.")


@strawberry.type(description="A project or centre, such as Resurscentrum mot våld.")
class Initiative(Node):
    name: str = strawberry.field(description="Its name.")
    period_start: int | None = strawberry.field(description="First year it runs, if stated.")
    period_end: int | None = strawberry.field(description="Last year it runs, if stated.")


@strawberry.type(description="A relationship, pointing the way the sentence reads.")
class Link:
    type: LinkTypeEnum = strawberry.field(description="Its type.")  # type: ignore[valid-type]
    date: dt.date | None = strawberry.field(description="When it happened, where stated.")
    date_precision: DatePrecision | None = strawberry.field(  # type: ignore[valid-type]
        description="How much of the date the source stated."
    )
    title: str | None = strawberry.field(
        description="Role title, for HOLDS_ROLE and RESPONSIBLE_FOR (the responsible role)."
    )
    from_: Node = strawberry.field(name="from", description="The node it points from.")
    to: Node = strawberry.field(description="The node it points to.")
    quotes: strawberry.Private[tuple[ModelEvidence, ...]]

    @strawberry.field(
        description=f"The first quotes that state this link (first: 0 to {MAX_EVIDENCE}; "
        "evidenceCount says how many there are).",
        graphql_type=list[Evidence],
    )
    def evidence(
        self,
        info: Info,
        first: Annotated[
            int, strawberry.argument(description=f"How many quotes (0 to {MAX_EVIDENCE}).")
        ] = DEFAULT_EVIDENCE,
    ) -> MaybeEvidence:
        if not 0 <= first <= MAX_EVIDENCE:
            raise UserInputError(f"first must be between 0 and {MAX_EVIDENCE}, not {first}")
        return convert.evidence_list(info, self.quotes[:first])

    @strawberry.field(description="How many quotes state this link, in all.")
    def evidence_count(self) -> int:
        return len(self.quotes)


@strawberry.type(description="A search hit: a node, how well it matched, and the quotes.")
class SearchHit:
    score: float = strawberry.field(
        description="0 to 1: 0.6 x the share of query words in the name or title, "
        "plus 0.4 x the share in the best-matching quote."
    )
    node: Node = strawberry.field(description="The node found.")
    quotes: strawberry.Private[tuple[ModelEvidence, ...]]

    @strawberry.field(description="Matching quotes, best first.", graphql_type=list[Evidence])
    def evidence(self, info: Info) -> MaybeEvidence:
        # Resolved only when asked for; the hits' sources load in one batch.
        return convert.evidence_list(info, self.quotes)


@strawberry.type(description="One step of a responsibility chain.")
class ResponsibilityStep:
    relation: LinkTypeEnum | None = strawberry.field(  # type: ignore[valid-type]
        description="The link from the step it hangs from (parentId); null at the top."
    )
    node: Node = strawberry.field(description="The document, activity, body or person.")
    parent_id: strawberry.ID | None = strawberry.field(
        description="Id of the step it hangs from; null at the top."
    )
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
    quotes: strawberry.Private[tuple[ModelEvidence, ...]]

    @strawberry.field(description="The quotes that state the link.", graphql_type=list[Evidence])
    def evidence(self, info: Info) -> MaybeEvidence:
        # Resolved only when asked for; the steps' sources load in one batch.
        return convert.evidence_list(info, self.quotes)


@strawberry.type(
    description="From the national or regional document a thing serves down to the named "
    "people in the bodies responsible for its activities, top down."
)
class ResponsibilityChain:
    steps: list[ResponsibilityStep] = strawberry.field(description="Top down.")


@strawberry.type(description="Follow-up coverage of one municipality.")
class CoverageRow:
    municipality: Organization = strawberry.field(description="The municipality.")
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
    root: Node = strawberry.field(description="The node the walk started from.")
    nodes: list[Node] = strawberry.field(description="Nearest first: by depth, then by id.")
    links: list[Link] = strawberry.field(description="The links walked, with evidence.")
    truncated: bool = strawberry.field(
        description="True when maxNodes (or the cap of 5,000 links) left nodes or links out; "
        "the nodes kept are those nearest the root."
    )
