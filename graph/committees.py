"""Organisations together with their committees: a municipality acts through its nämnder."""

from __future__ import annotations

from collections.abc import Sequence

from graph.edges import Direction, LinkType
from graph.store import GraphStore


def with_committees(store: GraphStore, org_ids: Sequence[str]) -> dict[str, str]:
    """Each organisation and each body PART_OF one of them, mapped to that organisation."""
    owner_of = {i: i for i in org_ids}
    for link in store.links_of(list(org_ids), Direction.INCOMING, [LinkType.PART_OF]):
        owner_of.setdefault(link.from_id, link.to_id)
    return owner_of
