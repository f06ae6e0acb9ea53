"""Responsibility chains: from the national or regional document a thing serves, down
to the named people who hold roles in the bodies responsible for its activities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.chain_links import MAX_UPWARD, UPWARD
from graph.edges import Direction, LinkRecord, LinkType
from graph.lineage import NodeNotFoundError
from graph.nodes import NodeLabel, NodeRecord
from graph.store import GraphStore
from graph.user_input import UserInputError

_DUTY = LinkType.RESPONSIBLE_FOR


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
    """The chain through a Document, Activity, Decision or Person, top down.

    One store call (GraphStore.chain_links) reads every link the chain may follow; the
    walk below goes through them in memory. A document serves the first document it
    implements, else complements (by id)."""
    reader = _Reader(store, node_id)
    found = reader.nodes([node_id])
    if node_id not in found or found[node_id].label is NodeLabel.SOURCE:
        raise NodeNotFoundError(node_id)
    start = found[node_id]
    if start.label is NodeLabel.DOCUMENT:
        return _through_document(reader, start)
    if start.label is NodeLabel.ACTIVITY:
        return _through_activities(reader, [start])[start.id]
    if start.label is NodeLabel.DECISION:
        concerns = reader.neighbours([start.id], Direction.OUTGOING, [LinkType.CONCERNS])
        docs = [(link, n) for link, n in concerns[start.id] if n.label is NodeLabel.DOCUMENT]
        if not docs:
            return [Step(start, None, None, None)]
        link, document = docs[0]
        return [*_through_document(reader, document), Step(start, link.type, document.id, link)]
    if start.label is NodeLabel.PERSON:
        return _through_person(reader, start)
    raise UserInputError(
        f"a responsibility chain starts from a Document, Activity, Decision or Person; "
        f"{node_id} is labelled {start.label}"
    )


Pairs = list[tuple[LinkRecord, NodeRecord]]


class _Reader:
    """The links one chain may follow and the nodes at their ends, read once."""

    def __init__(self, store: GraphStore, node_id: str) -> None:
        links, nodes = store.chain_links(node_id)
        self._known = {r.id: r for r in nodes}
        self._at: dict[tuple[str, Direction], list[LinkRecord]] = {}
        for link in links:
            self._at.setdefault((link.from_id, Direction.OUTGOING), []).append(link)
            self._at.setdefault((link.to_id, Direction.INCOMING), []).append(link)

    def nodes(self, ids: Sequence[str]) -> dict[str, NodeRecord]:
        return {i: self._known[i] for i in ids if i in self._known}

    def neighbours(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> dict[str, Pairs]:
        """Per id, its links of these types with the node at their other end, by that
        node's id."""
        outgoing = direction is Direction.OUTGOING
        found: dict[str, Pairs] = {}
        for i in ids:
            pairs = []
            for link in self._at.get((i, direction), []):
                there = link.to_id if outgoing else link.from_id
                if link.type in types and there in self._known:
                    pairs.append((link, self._known[there]))
            found[i] = sorted(pairs, key=lambda pair: (pair[1].id, pair[0].type))
        return found


def _upward(reader: _Reader, documents: Sequence[NodeRecord]) -> dict[str, list[Step]]:
    """Per document: the steps from the top document it serves down to it. All the
    chains climb together, one level per round of store calls."""
    chains = {d.id: [d] for d in documents}
    links: dict[str, list[LinkRecord]] = {d.id: [] for d in documents}  # [i] joins chain[i]
    climbing = list(chains)
    while climbing:
        tips = {i: chains[i][-1].id for i in climbing}
        served = reader.neighbours(list(tips.values()), Direction.OUTGOING, UPWARD)
        still = []
        for i in climbing:
            seen = {n.id for n in chains[i]}
            parent = _served_by(served[tips[i]], seen)
            if parent is not None:
                chains[i].append(parent[1])
                links[i].append(parent[0])
                if len(chains[i]) <= MAX_UPWARD:
                    still.append(i)
        climbing = still
    out = {}
    for i, chain in chains.items():
        steps = [Step(chain[-1], None, None, None)]
        for k in range(len(chain) - 2, -1, -1):
            steps.append(Step(chain[k], links[i][k].type, chain[k + 1].id, links[i][k]))
        out[i] = steps
    return out


def _served_by(pairs: Pairs, seen: set[str]) -> tuple[LinkRecord, NodeRecord] | None:
    """The document this one serves: the first it implements, else complements."""
    for link_type in UPWARD:
        for link, parent in pairs:
            if (
                link.type is link_type
                and parent.label is NodeLabel.DOCUMENT
                and parent.id not in seen
            ):
                return link, parent
    return None


def _adoption_dates(reader: _Reader, documents: Sequence[NodeRecord]) -> dict[str, str | None]:
    """The day each document was adopted: its own date, else its earliest ADOPTED link's."""
    dates: dict[str, str | None] = {}
    for d in documents:
        own = d.props.get("adopted_on")
        dates[d.id] = own if isinstance(own, str) else None
    undated = [i for i, date in dates.items() if date is None]
    for i, pairs in reader.neighbours(undated, Direction.INCOMING, [LinkType.ADOPTED]).items():
        stated = [link.date for link, _ in pairs if link.date]
        dates[i] = min(stated) if stated else None
    return dates


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


def _responsible(
    reader: _Reader, activities: Sequence[NodeRecord], adopted: dict[str, str | None]
) -> dict[str, list[Step]]:
    """Per activity: the bodies responsible for it, each followed by the people in it,
    those who held their role when its document was adopted first."""
    duties = reader.neighbours([a.id for a in activities], Direction.INCOMING, [_DUTY])
    bodies = [body.id for pairs in duties.values() for _, body in pairs]
    roles = reader.neighbours(bodies, Direction.INCOMING, [LinkType.HOLDS_ROLE])
    out: dict[str, list[Step]] = {}
    for activity in activities:
        steps = []
        for duty, body in duties[activity.id]:
            steps.append(Step(body, _DUTY, activity.id, duty))
            held = _held_at(roles[body.id], adopted[activity.id])
            people = [
                Step(person, LinkType.HOLDS_ROLE, body.id, role, verdict)
                for (role, person), verdict in zip(roles[body.id], held, strict=True)
            ]
            steps.extend(sorted(people, key=lambda s: s.held_at_adoption is not True))
        out[activity.id] = steps
    return out


def _through_document(reader: _Reader, document: NodeRecord) -> list[Step]:
    steps = _upward(reader, [document])[document.id]
    adopted = _adoption_dates(reader, [document])[document.id]
    pairs = reader.neighbours([document.id], Direction.OUTGOING, [LinkType.HAS_ACTIVITY])
    activities = pairs[document.id]
    duties = _responsible(
        reader, [a for _, a in activities], {a.id: adopted for _, a in activities}
    )
    for link, activity in activities:
        steps.append(Step(activity, LinkType.HAS_ACTIVITY, document.id, link))
        steps.extend(duties[activity.id])
    return steps


def _through_activities(reader: _Reader, activities: Sequence[NodeRecord]) -> dict[str, list[Step]]:
    """Per activity: the chain of the document it belongs to, the activity, and who is
    responsible for it."""
    owners = reader.neighbours(
        [a.id for a in activities], Direction.INCOMING, [LinkType.HAS_ACTIVITY]
    )
    owned = {a.id: owners[a.id][0] for a in activities if owners[a.id]}
    documents = list({d.id: d for _, d in owned.values()}.values())
    upward = _upward(reader, documents)
    adopted = _adoption_dates(reader, documents)
    duties = _responsible(
        reader,
        activities,
        {a.id: adopted[owned[a.id][1].id] if a.id in owned else None for a in activities},
    )
    out = {}
    for activity in activities:
        if activity.id not in owned:
            out[activity.id] = [Step(activity, None, None, None), *duties[activity.id]]
            continue
        link, document = owned[activity.id]
        step = Step(activity, LinkType.HAS_ACTIVITY, document.id, link)
        out[activity.id] = [*upward[document.id], step, *duties[activity.id]]
    return out


def _through_person(reader: _Reader, person: NodeRecord) -> list[Step]:
    bodies = reader.neighbours([person.id], Direction.OUTGOING, [LinkType.HOLDS_ROLE])[person.id]
    duties = reader.neighbours([b.id for _, b in bodies], Direction.OUTGOING, [_DUTY])
    activities = [activity for _, body in bodies for _, activity in duties[body.id]]
    chains = _through_activities(reader, list({a.id: a for a in activities}.values()))
    steps = [step for activity in activities for step in chains[activity.id]]
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
