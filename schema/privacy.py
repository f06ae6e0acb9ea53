"""Personal data over the API, behind the API key: what the graph holds about a person
(personFacts), erasure (erasePerson) and restriction (restrictPerson).

These see the store itself, not the view that withholds restricted people's names
(graph.restricted_view): the operator answering a data subject needs the names.
"""

from __future__ import annotations

import datetime as dt
import hmac
from typing import Annotated, TypeVar

import strawberry
from strawberry.types import Info

from graph import person_facts as facts
from graph.lineage import NodeNotFoundError
from graph.privacy import ErasureReport
from graph.restricted_view import RestrictedView
from graph.store import GraphStore
from schema.context import in_thread, ingest_access_of, store_call, store_of
from schema.enums import DirectionEnum, LinkTypeEnum
from schema.mutation import IngestDisabledError, IngestUnauthorizedError
from schema.types import iso_date

T = TypeVar("T")


def _checked_store(info: Info) -> GraphStore:
    """The store behind the view, once the request's API key is checked."""
    access = ingest_access_of(info)
    if access is None or access.api_key is None:
        raise IngestDisabledError(
            "personal data operations are off: the server has no API key configured "
            "(STRATGRAPH_API_KEY)"
        )
    given = (access.presented_key or "").encode()
    if not hmac.compare_digest(given, access.api_key.encode()):
        raise IngestUnauthorizedError("missing or wrong API key: send it in the X-API-Key header")
    store = store_of(info)
    return store.inner if isinstance(store, RestrictedView) else store


@strawberry.type(name="PersonSource", description="The source a fact about a person was read from.")
class PersonSource:
    id: strawberry.ID = strawberry.field(description="The source's global id.")
    uri: str = strawberry.field(description="Where it was read.")
    title: str | None = strawberry.field(description="Its title, where it has one.")
    published_on: dt.date | None = strawberry.field(description="When it says it was published.")


@strawberry.type(name="PersonQuote", description="A stored quote, verbatim, with its source.")
class PersonQuote:
    quote: str = strawberry.field(description="The words of the source, verbatim.")
    start: int = strawberry.field(description="Character offset of the quote in the source text.")
    end: int = strawberry.field(description="Character offset just past the quote.")
    page: int | None = strawberry.field(description="Page number (1-based), for PDFs.")
    rule: str = strawberry.field(description="Name of the extraction rule that produced it.")
    source: PersonSource = strawberry.field(description="The source the quote is from.")


@strawberry.type(name="PersonLink", description="A relationship to or from a person.")
class PersonLink:
    type: LinkTypeEnum = strawberry.field(description="Its type.")  # type: ignore[valid-type]
    direction: DirectionEnum = strawberry.field(  # type: ignore[valid-type]
        description="OUTGOING: from the person; INCOMING: to them."
    )
    other_id: strawberry.ID = strawberry.field(description="Id of the node at the other end.")
    other_label: str = strawberry.field(
        description="Label of the node at the other end (Organization, ...)."
    )
    other_name: str = strawberry.field(description="Name or title of the node at the other end.")
    title: str | None = strawberry.field(description="The role title, for HOLDS_ROLE.")
    date: dt.date | None = strawberry.field(description="When the source stated it.")
    evidence: list[PersonQuote] = strawberry.field(description="The quotes that state it.")


@strawberry.type(
    name="PersonFacts",
    description="Everything the graph holds about a person, with evidence and sources.",
)
class PersonFactsType:
    id: strawberry.ID = strawberry.field(description="The person's id.")
    name: str = strawberry.field(description="Their name.")
    party: str | None = strawberry.field(description="Their party, if stated.")
    restricted: bool = strawberry.field(description="Whether API answers withhold the name.")
    roles: list[PersonLink] = strawberry.field(description="HOLDS_ROLE links, with dates.")
    links: list[PersonLink] = strawberry.field(description="Every other link.")
    mentions: list[PersonQuote] = strawberry.field(description="The quotes that name them.")
    other_quotes: list[PersonQuote] = strawberry.field(
        description="Quotes of other facts that hold their name."
    )


@strawberry.type(description="A logged erasure: the log keeps only the id, hash and time.")
class Erasure:
    erasure_id: str = strawberry.field(description="Random id of the log entry.")
    subject_hash: str = strawberry.field(description="Salted hash of the erased person's id.")
    erased_at: dt.datetime = strawberry.field(description="When it was erased (UTC).")
    links_removed: int = strawberry.field(description="Links removed with the person.")
    mentions_removed: int = strawberry.field(description="Mentions (quotes naming them) removed.")
    sources_redacted: int = strawberry.field(
        description="Source texts and titles their name was redacted in."
    )
    quotes_redacted: int = strawberry.field(description="Stored quotes their name was redacted in.")
    nodes_redacted: int = strawberry.field(
        description="Other nodes' properties their name was redacted in."
    )


@strawberry.type(description="Whether a person's name is withheld from API answers.")
class PersonRestriction:
    id: strawberry.ID = strawberry.field(description="The person's own id.")
    restricted: bool = strawberry.field(description="Whether API answers now withhold the name.")
    alias: strawberry.ID | None = strawberry.field(
        description="The id API answers show for the person while restricted."
    )


def _quote(q: facts.Quote) -> PersonQuote:
    s = q.source
    source = PersonSource(
        id=strawberry.ID(s.id), uri=s.uri, title=s.title, published_on=iso_date(s.published_on)
    )
    return PersonQuote(
        quote=q.quote, start=q.start, end=q.end, page=q.page, rule=q.rule, source=source
    )


def _link(x: facts.PersonLink) -> PersonLink:
    return PersonLink(
        type=x.type,
        direction=x.direction,
        other_id=strawberry.ID(x.other_id),
        other_label=x.other_label,
        other_name=x.other_name,
        title=x.title,
        date=iso_date(x.date),
        evidence=[_quote(q) for q in x.evidence],
    )


def _to_type(f: facts.PersonFacts) -> PersonFactsType:
    return PersonFactsType(
        id=strawberry.ID(f.id),
        name=f.name,
        party=f.party,
        restricted=f.restricted,
        roles=[_link(x) for x in f.roles],
        links=[_link(x) for x in f.links],
        mentions=[_quote(q) for q in f.mentions],
        other_quotes=[_quote(q) for q in f.other_quotes],
    )


def _all_facts(store: GraphStore, person: str) -> list[facts.PersonFacts]:
    return [facts.person_facts(store, p) for p in facts.find_people(store, person)]


def _erase(store: GraphStore, person_id: str) -> ErasureReport:
    report = store.erase_person(person_id)
    if report is None:
        raise NodeNotFoundError(person_id)
    return report


@strawberry.type
class PrivacyQuery:
    @strawberry.field(
        description="Everything the graph holds about the person with this id, or about "
        "each person whose name has these words. Needs the X-API-Key header."
    )
    async def person_facts(
        self,
        info: Info,
        person: Annotated[
            str, strawberry.argument(description="A person's id, or words of a name.")
        ],
    ) -> list[PersonFactsType]:
        store = _checked_store(info)
        found = await store_call(info, _all_facts, store, person)
        return [_to_type(f) for f in found]


@strawberry.type
class PrivacyMutation:
    @strawberry.mutation(
        description="Erase a person: their node, links and mentions go, their name is "
        "redacted in every stored quote and source text, the erasure is logged without "
        "personal data, and no later ingest brings them back. Needs the X-API-Key header."
    )
    async def erase_person(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The person's id.")],
    ) -> Erasure:
        store = _checked_store(info)
        report = await in_thread(_erase, store, str(id))
        e = report.erasure
        return Erasure(
            erasure_id=e.erasure_id,
            subject_hash=e.subject_hash,
            erased_at=dt.datetime.fromisoformat(e.erased_at),
            links_removed=report.links_removed,
            mentions_removed=report.mentions_removed,
            sources_redacted=report.sources_redacted,
            quotes_redacted=report.quotes_redacted,
            nodes_redacted=report.nodes_redacted,
        )

    @strawberry.mutation(
        description='Restrict a person (restricted: true): API answers show them as "role '
        'holder", under another id, with their roles and chains; false lifts it. Needs the '
        "X-API-Key header."
    )
    async def restrict_person(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The person's own id.")],
        restricted: Annotated[
            bool, strawberry.argument(description="true restricts; false lifts it.")
        ] = True,
    ) -> PersonRestriction:
        store = _checked_store(info)
        if not restricted:
            await in_thread(store.lift_restriction, str(id))
            return PersonRestriction(id=id, restricted=False, alias=None)
        found = await in_thread(store.restrict_person, str(id))
        if found is None:
            raise NodeNotFoundError(str(id))
        return PersonRestriction(id=id, restricted=True, alias=strawberry.ID(found.alias))
