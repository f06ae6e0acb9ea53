"""A DataLoader batch of link keys is one store call, whatever the directions and link
types of its keys, and each key still gets only the links of its own types."""

from __future__ import annotations

from typing import Any, cast

from bench.counting_store import CountingStore
from graph.edges import Direction, LinkType
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from schema.context import LinkKey, Loaders
from tests.helpers import ingest_samples

KRAMFORS = "Organization:kommun:2282"
PLAN = "Document:regional:action-plan:lan:22:2022-2026"


def test_keys_of_several_types_and_directions_are_one_read(sqlite_store: SqliteStore) -> None:
    ingest_samples(sqlite_store)
    keys: list[LinkKey] = [
        (KRAMFORS, Direction.OUTGOING, (LinkType.SIGNED,)),
        (KRAMFORS, Direction.INCOMING, (LinkType.PART_OF,)),
        (KRAMFORS, Direction.OUTGOING, (LinkType.PART_OF, LinkType.SIGNED)),
        (PLAN, Direction.OUTGOING, (LinkType.REVISES,)),
        (PLAN, Direction.INCOMING, (LinkType.SIGNED,)),
    ]
    counting = CountingStore(sqlite_store)
    together = Loaders(cast(GraphStore, counting)).ends_of(keys)
    assert counting.calls == {"links_and_ends_each": 1}  # not one per direction or type

    alone: list[Any] = [Loaders(sqlite_store).ends_of([key])[0] for key in keys]
    assert together == alone
    signed, bodies, both, _, signers = together
    assert signed and all(x.type is LinkType.SIGNED for x, _ in signed)
    assert bodies and all(x.type is LinkType.PART_OF for x, _ in bodies)
    assert len(both) == len(signed) + sum(1 for x, _ in both if x.type is LinkType.PART_OF)
    assert signers and all(x.to_id == PLAN for x, _ in signers)
