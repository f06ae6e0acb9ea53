"""Everything the graph holds about a person, with its evidence: the answer to a
subject access request ("what do you hold about me?").

A person's facts are their node, their roles (HOLDS_ROLE, with the date each was
stated), every other link to or from them, the quotes that name them (their
mentions), and the other stored quotes that contain their name, each with the
source it was read from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from graph.edges import Direction, Evidence, LinkType
from graph.nodes import NodeLabel, NodeRecord
from graph.privacy import name_pattern
from graph.store import GraphStore
from graph.text_match import stems
from graph.text_search import find_by_text


@dataclass(frozen=True)
class SourceRef:
    id: str
    uri: str
    title: str | None
    published_on: str | None


@dataclass(frozen=True)
class Quote:
    quote: str
    source: SourceRef
    start: int
    end: int
    page: int | None
    rule: str


@dataclass(frozen=True)
class PersonLink:
    type: str
    direction: str  # OUTGOING: from the person; INCOMING: to them
    other_id: str
    other_label: str
    other_name: str
    title: str | None
    date: str | None
    evidence: list[Quote]


@dataclass(frozen=True)
class PersonFacts:
    id: str
    name: str
    party: str | None
    restricted: bool
    roles: list[PersonLink] = field(default_factory=list)
    links: list[PersonLink] = field(default_factory=list)
    mentions: list[Quote] = field(default_factory=list)
    other_quotes: list[Quote] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def find_people(store: GraphStore, person: str) -> list[NodeRecord]:
    """The person with this id, or the people whose name has every word of ``person``."""
    if person.startswith(f"{NodeLabel.PERSON}:"):
        return [r for r in store.get_nodes([person]) if r.label is NodeLabel.PERSON]
    return find_by_text(store, NodeLabel.PERSON, person)


def person_facts(store: GraphStore, person: NodeRecord) -> PersonFacts:
    restricted = any(r.person_id == person.id for r in store.restrictions())
    links = [
        (direction, link)
        for direction in (Direction.OUTGOING, Direction.INCOMING)
        for link in store.links_of([person.id], direction, list(LinkType))
    ]
    others = {
        r.id: r
        for r in store.get_nodes(
            [x.to_id if d is Direction.OUTGOING else x.from_id for d, x in links]
        )
    }
    mentions = [m.evidence for m in store.mentions_of([person.id])]
    name = str(person.props.get("name", ""))
    elsewhere = _other_quotes(
        store, person.id, name, {*mentions, *(e for _, x in links for e in x.evidence)}
    )
    cited = [*mentions, *elsewhere, *(e for _, x in links for e in x.evidence)]
    sources = _sources(store, (e.source_id for e in cited))

    def quotes(evidence: Iterable[Evidence]) -> list[Quote]:
        return [
            Quote(e.quote, sources[e.source_id], e.start, e.end, e.page, e.rule)
            for e in sorted(evidence, key=lambda e: (e.source_id, e.start, e.end, e.rule))
            if e.source_id in sources
        ]

    facts = []
    for direction, link in links:
        other_id = link.to_id if direction is Direction.OUTGOING else link.from_id
        other = others.get(other_id)
        facts.append(
            PersonLink(
                type=str(link.type),
                direction=str(direction),
                other_id=other_id,
                other_label=str(other.label) if other else "",
                other_name=_display_name(other) if other else "",
                title=link.title,
                date=link.date,
                evidence=quotes(link.evidence),
            )
        )
    facts.sort(key=lambda f: (f.type, f.date or "", f.other_id))
    return PersonFacts(
        id=person.id,
        name=name,
        party=None if person.props.get("party") is None else str(person.props["party"]),
        restricted=restricted,
        roles=[f for f in facts if f.type == LinkType.HOLDS_ROLE],
        links=[f for f in facts if f.type != LinkType.HOLDS_ROLE],
        mentions=quotes(mentions),
        other_quotes=quotes(elsewhere),
    )


def _other_quotes(
    store: GraphStore, person_id: str, name: str, known: set[Evidence]
) -> list[Evidence]:
    """Stored quotes of other facts that hold the name, found through the search index
    by the stem of the name's longest word."""
    pattern = name_pattern([name])
    words = stems(max(name.split(), key=len, default=""))
    if pattern is None or not words:
        return []
    ids = [i for i in store.search_candidates(words[:1]) if i != person_id]
    found = [m.evidence for m in store.mentions_of(ids)]
    for direction in (Direction.OUTGOING, Direction.INCOMING):
        found += [e for x in store.links_of(ids, direction, list(LinkType)) for e in x.evidence]
    return sorted(
        {e for e in found if e not in known and pattern.search(e.quote)},
        key=lambda e: (e.source_id, e.start, e.end, e.rule),
    )


def _sources(store: GraphStore, ids: Iterable[str]) -> dict[str, SourceRef]:
    def text(record: NodeRecord, key: str) -> str | None:
        value = record.props.get(key)
        return None if value is None else str(value)

    return {
        r.id: SourceRef(
            r.id, str(r.props.get("uri", "")), text(r, "title"), text(r, "published_on")
        )
        for r in store.get_nodes(sorted(set(ids)))
        if r.label is NodeLabel.SOURCE
    }


def _display_name(record: NodeRecord) -> str:
    for key in ("name", "title", "summary", "description", "text"):
        if isinstance(value := record.props.get(key), str):
            return value
    return record.id
