"""Responsibility chains: from the national or regional document a thing serves, down
to the named people who hold roles in the bodies responsible for its activities."""

from __future__ import annotations

from dataclasses import dataclass

from graph.edges import Direction, LinkRecord, LinkType
from graph.lineage import NodeNotFoundError
from graph.nodes import NodeLabel, NodeRecord
from graph.store import GraphStore
from graph.user_input import UserInputError

# A document serves the one it implements or complements; the first found wins.
_UPWARD = (LinkType.IMPLEMENTS, LinkType.COMPLEMENTS)
MAX_UPWARD = 10


@dataclass(frozen=True)
class Step:
    """One node of the chain and the link that reached it from ``parent_id``."""

    node: NodeRecord
    relation: LinkType | None  # None for the top of the chain
    parent_id: str | None
    link: LinkRecord | None
    # For a person's role: whether it was the role's holder when the document was
    # adopted (stated on or before that day, and the latest such statement for the
    # title); None when the graph cannot tell.
    held_at_adoption: bool | None = None


def responsibility_chain(store: GraphStore, node_id: str) -> list[Step]:
    """The chain through a Document, Activity, Decision or Person, top down."""
    found = store.get_nodes([node_id])
    if not found or found[0].label is NodeLabel.SOURCE:
        raise NodeNotFoundError(node_id)
    start = found[0]
    if start.label is NodeLabel.DOCUMENT:
        return _through_document(store, start)
    if start.label is NodeLabel.ACTIVITY:
        return _through_activity(store, start)
    if start.label is NodeLabel.DECISION:
        concerns = _neighbours(store, start.id, Direction.OUTGOING, LinkType.CONCERNS)
        docs = [(link, n) for link, n in concerns if n.label is NodeLabel.DOCUMENT]
        steps = _through_document(store, docs[0][1]) if docs else [Step(start, None, None, None)]
        if docs:
            steps.append(Step(start, LinkType.CONCERNS, docs[0][1].id, docs[0][0]))
        return steps
    if start.label is NodeLabel.PERSON:
        return _through_person(store, start)
    raise UserInputError(
        f"a responsibility chain starts from a Document, Activity, Decision or Person; "
        f"{node_id} is labelled {start.label}"
    )


def _neighbours(
    store: GraphStore, node_id: str, direction: Direction, link_type: LinkType
) -> list[tuple[LinkRecord, NodeRecord]]:
    links = store.links_of([node_id], direction, [link_type])
    ends = [x.to_id if direction is Direction.OUTGOING else x.from_id for x in links]
    nodes = {r.id: r for r in store.get_nodes(ends)}
    pairs = [(link, nodes[end]) for link, end in zip(links, ends, strict=True) if end in nodes]
    return sorted(pairs, key=lambda pair: pair[1].id)


def _served_by(
    store: GraphStore, document: NodeRecord, seen: set[str]
) -> tuple[LinkRecord, NodeRecord] | None:
    for link_type in _UPWARD:
        for link, parent in _neighbours(store, document.id, Direction.OUTGOING, link_type):
            if parent.label is NodeLabel.DOCUMENT and parent.id not in seen:
                return link, parent
    return None


def _upward(store: GraphStore, document: NodeRecord) -> list[Step]:
    """Steps from the top document the given one serves, down to it."""
    chain, links = [document], []  # links[i] joins chain[i] to the document it serves
    seen = {document.id}
    while len(chain) <= MAX_UPWARD and (found := _served_by(store, chain[-1], seen)):
        link, parent = found
        chain.append(parent)
        links.append(link)
        seen.add(parent.id)
    steps = [Step(chain[-1], None, None, None)]
    for i in range(len(chain) - 2, -1, -1):
        steps.append(Step(chain[i], links[i].type, chain[i + 1].id, links[i]))
    return steps


def adoption_date(store: GraphStore, document: NodeRecord) -> str | None:
    """The day the document was adopted: its own date, else the earliest ADOPTED link's."""
    own = document.props.get("adopted_on")
    if isinstance(own, str):
        return own
    dates = [
        x.date
        for x in store.links_of([document.id], Direction.INCOMING, [LinkType.ADOPTED])
        if x.date
    ]
    return min(dates) if dates else None


def _held_at(roles: list[tuple[LinkRecord, NodeRecord]], adopted: str | None) -> list[bool | None]:
    """Per role link: held at adoption (True), superseded before it (False), or unknown."""
    if adopted is None:
        return [None] * len(roles)
    latest: dict[str | None, str] = {}
    for link, _ in roles:
        if link.date and link.date <= adopted:
            latest[link.title] = max(latest.get(link.title, ""), link.date)
    verdicts: list[bool | None] = []
    for link, _ in roles:
        if not link.date or link.date > adopted:
            verdicts.append(None)  # stated after adoption: it does not tell who held it then
        else:
            verdicts.append(link.date == latest[link.title])
    return verdicts


def _responsible(store: GraphStore, activity: NodeRecord, adopted: str | None) -> list[Step]:
    """The bodies responsible for an activity, each followed by the people in it,
    those who held their role when the document was adopted first."""
    steps = []
    for duty, body in _neighbours(store, activity.id, Direction.INCOMING, LinkType.RESPONSIBLE_FOR):
        steps.append(Step(body, LinkType.RESPONSIBLE_FOR, activity.id, duty))
        roles = _neighbours(store, body.id, Direction.INCOMING, LinkType.HOLDS_ROLE)
        people = [
            Step(person, LinkType.HOLDS_ROLE, body.id, role, held)
            for (role, person), held in zip(roles, _held_at(roles, adopted), strict=True)
        ]
        steps.extend(sorted(people, key=lambda s: s.held_at_adoption is not True))
    return steps


def _through_document(store: GraphStore, document: NodeRecord) -> list[Step]:
    steps = _upward(store, document)
    adopted = adoption_date(store, document)
    activities = _neighbours(store, document.id, Direction.OUTGOING, LinkType.HAS_ACTIVITY)
    for link, activity in activities:
        steps.append(Step(activity, LinkType.HAS_ACTIVITY, document.id, link))
        steps.extend(_responsible(store, activity, adopted))
    return steps


def _through_activity(store: GraphStore, activity: NodeRecord) -> list[Step]:
    owners = _neighbours(store, activity.id, Direction.INCOMING, LinkType.HAS_ACTIVITY)
    if not owners:
        return [Step(activity, None, None, None), *_responsible(store, activity, None)]
    link, document = owners[0]
    steps = _upward(store, document)
    steps.append(Step(activity, LinkType.HAS_ACTIVITY, document.id, link))
    return steps + _responsible(store, activity, adoption_date(store, document))


def _through_person(store: GraphStore, person: NodeRecord) -> list[Step]:
    steps: list[Step] = []
    for _, body in _neighbours(store, person.id, Direction.OUTGOING, LinkType.HOLDS_ROLE):
        for _, activity in _neighbours(
            store, body.id, Direction.OUTGOING, LinkType.RESPONSIBLE_FOR
        ):
            steps.extend(_through_activity(store, activity))
    return _unique(steps) or [Step(person, None, None, None)]


def _unique(steps: list[Step]) -> list[Step]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for step in steps:
        key = (step.node.id, step.parent_id)
        if key not in seen:
            seen.add(key)
            out.append(step)
    return out
