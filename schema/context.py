"""What resolvers get from the request: the store, and DataLoaders that batch its reads."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from strawberry.dataloader import DataLoader
from strawberry.types import Info

from graph.body_decisions import decisions_of
from graph.edges import Direction, LinkRecord, LinkType
from graph.nodes import NodeRecord
from graph.organisation_fields import concerns_requests
from graph.restricted_view import RestrictedView
from graph.store import GraphStore, NodeEvidence
from ingest.readers.address_policy import DEFAULT_POLICY, AddressPolicy
from schema.store_calls import StoreCalls, search_pool

P = ParamSpec("P")
R = TypeVar("R")

LinkKey = tuple[str, Direction, tuple[LinkType, ...]]
LinkEnds = list[tuple[LinkRecord, NodeRecord | None]]


@dataclass
class Loaders:
    """Per-request batching: every resolver asks here, each batch is one store call.

    The batches of one loop tick run as one job on a store thread, never on the
    event loop (schema.store_calls), and their results arrive together, so the
    number of round trips a query takes does not depend on timing."""

    store: GraphStore
    calls: StoreCalls = field(default_factory=StoreCalls)
    nodes: DataLoader[str, NodeRecord | None] = field(init=False)
    links: DataLoader[LinkKey, list[LinkRecord]] = field(init=False)
    mentions: DataLoader[str, list[NodeEvidence]] = field(init=False)
    # The links of a key with the node at each one's other end: one trip, not two.
    ends: DataLoader[LinkKey, LinkEnds] = field(init=False)
    # What a body and the bodies PART_OF it at any depth DECIDED: one trip per batch.
    decided: DataLoader[str, list[NodeRecord]] = field(init=False)
    # Objects already converted for this request, by id (schema.convert's sources).
    converted: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.nodes = DataLoader(load_fn=self._load_nodes)
        self.links = DataLoader(load_fn=self._load_links)
        self.mentions = DataLoader(load_fn=self._load_mentions)
        self.ends = DataLoader(load_fn=self._load_ends)
        self.decided = DataLoader(load_fn=self._load_decided)

    async def _load_nodes(self, ids: Sequence[str]) -> list[NodeRecord | None]:
        return await self.calls.in_tick(partial(self._nodes, list(ids)))

    async def _load_links(self, keys: Sequence[LinkKey]) -> list[list[LinkRecord]]:
        return await self.calls.in_tick(partial(self._links, list(keys)))

    async def _load_mentions(self, ids: Sequence[str]) -> list[list[NodeEvidence]]:
        return await self.calls.in_tick(partial(self._mentions, list(ids)))

    async def _load_ends(self, keys: Sequence[LinkKey]) -> list[LinkEnds]:
        return await self.calls.in_tick(partial(self.ends_of, list(keys)))

    async def _load_decided(self, ids: Sequence[str]) -> list[list[NodeRecord]]:
        return await self.calls.in_tick(partial(self.decided_of, list(ids)))

    def decided_of(self, org_ids: list[str]) -> list[list[NodeRecord]]:
        """Per organisation: its bodies, breadth first down PART_OF, then the nodes they
        DECIDED, first seen first; one store call for all organisations."""
        links, nodes = self.store.body_decisions(org_ids)
        return decisions_of(org_ids, links, nodes)

    def ends_of(self, keys: list[LinkKey]) -> list[LinkEnds]:
        found, records = self._grouped(keys, with_ends=True)
        return _paired(keys, found, records)

    def organisation_reads(
        self, org_ids: list[str], keys: list[LinkKey], *, concerns: bool
    ) -> tuple[list[list[NodeRecord]], dict[LinkKey, LinkEnds]]:
        """decided_of(org_ids) (none for no ids), and ends_of for the keys and, with
        `concerns`, for the decided Decisions' CONCERNS: one store call."""
        found = self.store.organisation_fields(org_ids, keys, concerns=concerns)
        decided = decisions_of(org_ids, found.decision_links, found.decision_nodes)
        asked = [*keys, *(concerns_requests(found.decision_nodes) if concerns else [])]
        records = {r.id: r for r in found.ends}
        ends = _paired(asked, _split(asked, [(None, found.links)]), records)
        return decided, dict(zip(asked, ends, strict=True))

    def _nodes(self, ids: list[str]) -> list[NodeRecord | None]:
        found = {r.id: r for r in self.store.get_nodes(ids)}
        return [found.get(i) for i in ids]

    def _links(self, keys: list[LinkKey]) -> list[list[LinkRecord]]:
        return self._grouped(keys, with_ends=False)[0]

    def _grouped(
        self, keys: list[LinkKey], *, with_ends: bool
    ) -> tuple[list[list[LinkRecord]], dict[str, NodeRecord]]:
        """Each key's links, and (with_ends) the nodes at their other ends: one store call
        (without ends, one per direction), whatever the number of ids and of link types
        (an organisation's partOf, signed and people are one read); each key keeps the
        links of its own types."""
        records: dict[str, NodeRecord] = {}
        return _split(keys, self._read_links(keys, with_ends, records)), records

    def _read_links(
        self, keys: list[LinkKey], with_ends: bool, records: dict[str, NodeRecord]
    ) -> list[tuple[Direction | None, list[LinkRecord]]]:
        """The keys' links in one call (with their far ends into `records`; direction None:
        both), else one links_of call per direction."""
        if with_ends:
            links, ends = self.store.links_and_ends_each(keys)
            records.update((r.id, r) for r in ends)
            return [(None, links)]
        ids_of: dict[Direction, dict[str, None]] = defaultdict(dict)
        types_of: dict[Direction, dict[LinkType, None]] = defaultdict(dict)
        for node_id, direction, types in keys:
            ids_of[direction][node_id] = None
            types_of[direction].update(dict.fromkeys(types))
        return [
            (d, self.store.links_of(list(ids), d, list(types_of[d]))) for d, ids in ids_of.items()
        ]

    def _mentions(self, ids: list[str]) -> list[list[NodeEvidence]]:
        found: dict[str, list[NodeEvidence]] = defaultdict(list)
        for mention in self.store.mentions_of(ids):
            found[mention.node_id].append(mention)
        return [found.get(i, []) for i in ids]


def _split(
    keys: list[LinkKey], batches: list[tuple[Direction | None, list[LinkRecord]]]
) -> list[list[LinkRecord]]:
    """Each key's links out of links read together (each batch in one direction, or in
    both: None); a key keeps the links of its own types."""
    wanted: dict[tuple[str, Direction], list[tuple[LinkType, ...]]] = defaultdict(list)
    for node_id, direction, types in keys:
        wanted[(node_id, direction)].append(types)
    found: dict[LinkKey, list[LinkRecord]] = defaultdict(list)
    for read_in, links in batches:
        for link in links:
            for side, end in _sides(link, read_in):
                for key_types in dict.fromkeys(wanted.get((end, side), ())):
                    if link.type in key_types:
                        found[(end, side, key_types)].append(link)
    return [found.get(key, []) for key in keys]


def _paired(
    keys: list[LinkKey], found: list[list[LinkRecord]], records: dict[str, NodeRecord]
) -> list[LinkEnds]:
    """Each key's links with the node at each one's other end."""
    return [
        [(x, records.get(x.to_id if key[1] is Direction.OUTGOING else x.from_id)) for x in links]
        for key, links in zip(keys, found, strict=True)
    ]


def _sides(link: LinkRecord, read_in: Direction | None) -> tuple[tuple[Direction, str], ...]:
    """The (direction, node) pairs a link was read for: its start's OUTGOING and its end's
    INCOMING when read in both directions at once."""
    if read_in is None:
        return ((Direction.OUTGOING, link.from_id), (Direction.INCOMING, link.to_id))
    return ((read_in, link.from_id if read_in is Direction.OUTGOING else link.to_id),)


async def in_thread(fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """Run blocking work (an ingest: fetching, extracting, writing) off the event loop."""
    return await asyncio.to_thread(fn, *args, **kwargs)


async def store_call(info: Info, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """Run a blocking store read on a store thread, within the request's deadline, so a
    slow or unreachable store does not stall every other request the server answers."""
    calls: StoreCalls = info.context["calls"]
    return await calls.run(fn, *args, **kwargs)


async def search_call(info: Info, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """store_call for Search: on the process's search thread (store_calls.SEARCH_THREADS),
    where searches, bound by the interpreter, run one after another."""
    calls: StoreCalls = info.context["calls"]
    return await calls.run_on(search_pool(), fn, *args, **kwargs)


@dataclass(frozen=True)
class IngestAccess:
    """What the ingest mutations need from the server and the request."""

    api_key: str | None  # configured; None turns the mutations off
    presented_key: str | None  # the request's X-API-Key header
    uploads_dir: Path  # uploaded files are kept here, by name
    max_upload_bytes: int
    fetch_policy: AddressPolicy = DEFAULT_POLICY  # the addresses ingestUrl may fetch
    ingest_timeout: float | None = None  # seconds an ingest mutation may take; None: no limit


def make_context(
    store: GraphStore, ingest: IngestAccess | None = None, *, deadline: float | None = None
) -> dict[str, Any]:
    """A request's context; `deadline` bounds each store call (None: the driver's own
    timeouts do, as for the command line)."""
    calls = StoreCalls(deadline)
    view = RestrictedView(store)  # restricted people's names withheld (graph.restricted_view)
    return {"store": view, "calls": calls, "loaders": Loaders(view, calls), "ingest": ingest}


def ingest_access_of(info: Info) -> IngestAccess | None:
    access: IngestAccess | None = info.context.get("ingest")
    return access


def store_of(info: Info) -> GraphStore:
    store: GraphStore = info.context["store"]
    return store


def loaders_of(info: Info) -> Loaders:
    loaders: Loaders = info.context["loaders"]
    return loaders
