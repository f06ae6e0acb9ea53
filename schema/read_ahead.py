"""Reading ahead, in the store trip a listing already makes, what its selected fields
will ask the DataLoaders for (issue 11).

Each store trip waits behind the worker's other requests, so under load a request's
latency grows with its number of trips, not with its CPU. A page of organisations
with partOf, signed, people and decisions { concerns } took three trips (the search;
the fields' links with the walk down the bodies; the decisions' CONCERNS); read ahead,
it takes one, and one store call (GraphStore.organisation_fields: the decisions of the
bodies, every link the fields select and the decisions' CONCERNS). The loaders are primed
with what they would have read, computed by their own batch functions, so the answers are
the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from strawberry.types import Info
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField, Selection

from graph.edges import Direction, LinkType
from graph.nodes import NodeRecord
from schema.context import LinkEnds, LinkKey, Loaders

# Organization's link fields: the loader key each one asks for (schema.types).
_ORG_LINKS: dict[str, tuple[Direction, LinkType]] = {
    "partOf": (Direction.OUTGOING, LinkType.PART_OF),
    "signed": (Direction.OUTGOING, LinkType.SIGNED),
    "people": (Direction.INCOMING, LinkType.HOLDS_ROLE),
}
_CONCERNS = (Direction.OUTGOING, (LinkType.CONCERNS,))


def fields_at(selections: Iterable[Selection], path: Iterable[str]) -> list[SelectedField]:
    """The fields selected under `path` (field names), through fragments."""
    level = _flatten(selections)
    for name in path:
        level = _flatten(s for f in level if f.name == name for s in f.selections)
    return level


def _flatten(selections: Iterable[Selection]) -> list[SelectedField]:
    out: list[SelectedField] = []
    for s in selections:
        if isinstance(s, SelectedField):
            out.append(s)
        elif isinstance(s, FragmentSpread | InlineFragment):
            out.extend(_flatten(s.selections))
    return out


def selected(info: Info, path: Iterable[str]) -> list[SelectedField]:
    """The fields selected under `path` below the field being resolved."""
    return fields_at(info.selected_fields, [info.field_name, *path])


@dataclass(frozen=True)
class OrganizationFields:
    """Which of an organisation's link fields a query selects."""

    links: tuple[tuple[Direction, LinkType], ...] = ()
    decisions: bool = False
    concerns: bool = False  # decisions { concerns }

    @classmethod
    def of(cls, fields: list[SelectedField]) -> OrganizationFields:
        names = {f.name for f in fields}
        concerns = any(
            s.name == "concerns"
            for f in fields
            if f.name == "decisions"
            for s in _flatten(f.selections)
        )
        return cls(
            links=tuple(key for name, key in _ORG_LINKS.items() if name in names),
            decisions="decisions" in names,
            concerns=concerns,
        )


@dataclass
class ReadAhead:
    """What the loaders would read for the fields selected; primed on the event loop."""

    ends: dict[LinkKey, LinkEnds] = field(default_factory=dict)
    decided: dict[str, list[NodeRecord]] = field(default_factory=dict)

    def prime(self, loaders: Loaders) -> None:
        loaders.ends.prime_many(self.ends)
        loaders.decided.prime_many(self.decided)


def read_organizations(
    loaders: Loaders, org_ids: list[str], wanted: OrganizationFields
) -> ReadAhead:
    """The selected fields' reads for these organisations; runs on a store thread."""
    ahead = ReadAhead()
    if not org_ids:
        return ahead
    keys: list[LinkKey] = [(o, d, (t,)) for o in org_ids for d, t in wanted.links]
    if not keys and not wanted.decisions:
        return ahead
    decided, ends = loaders.organisation_reads(
        org_ids if wanted.decisions else [], keys, concerns=wanted.concerns
    )
    if wanted.decisions:
        ahead.decided.update(zip(org_ids, decided, strict=True))
    ahead.ends.update(ends)
    return ahead
