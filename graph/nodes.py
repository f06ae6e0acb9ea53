"""Node types of the graph: the domain model, free of any I/O."""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, TypeAlias, get_args, get_type_hints

PropValue: TypeAlias = str | int | float | bool | list[str] | list[int]


class NodeLabel(StrEnum):
    DOCUMENT = "Document"
    SOURCE = "Source"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    DECISION = "Decision"
    ACTIVITY = "Activity"
    GOAL = "Goal"
    INITIATIVE = "Initiative"


class DocumentKind(StrEnum):
    STRATEGY = "strategy"
    ACTION_PLAN = "action_plan"
    GUIDELINE = "guideline"
    ROUTINE = "routine"
    PROGRAMME = "programme"
    POLICY = "policy"
    AGREEMENT = "agreement"
    PLAN = "plan"  # any other -plan: översiktsplan, folkhälsoplan, klimatanpassningsplan


class Level(StrEnum):
    NATIONAL = "national"
    REGIONAL = "regional"
    MUNICIPAL = "municipal"


class OrganizationKind(StrEnum):
    MUNICIPALITY = "municipality"
    COUNTY_BOARD = "county_board"
    REGION = "region"
    MUNICIPAL_ASSOCIATION = "municipal_association"
    NATIONAL_ASSOCIATION = "national_association"
    AGENCY = "agency"
    GOVERNMENT = "government"
    COMMITTEE = "committee"
    ADMINISTRATION = "administration"  # förvaltning, avdelning, enhet, kontor, socialtjänsten
    FORUM = "forum"
    OTHER = "other"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class NodeRecord:
    """The store-neutral form of a node: what both stores read and write."""

    id: str
    label: NodeLabel
    props: Mapping[str, PropValue]


@dataclass(frozen=True, kw_only=True)
class Source:
    label: ClassVar[NodeLabel] = NodeLabel.SOURCE
    id: str
    uri: str
    sha256: str
    media_type: str
    text: str
    title: str | None = None
    published_on: str | None = None
    updated_on: str | None = None
    # Paged sources (PDFs): where each page and each section starts in `text`,
    # so that evidence can name its page and section.
    page_starts: list[int] = field(default_factory=list)
    section_starts: list[int] = field(default_factory=list)
    section_titles: list[str] = field(default_factory=list)
    # Sources this one links to (a news page's PDF attachments), by uri.
    links_to: list[str] = field(default_factory=list)
    # Other uris whose content was byte-identical (same sha256) when ingested: the
    # same source found at another location, recorded here instead of as new facts.
    also_at: list[str] = field(default_factory=list)
    # Scanned PDF pages read by OCR (1-based) and each one's OCR confidence (0-1), so
    # that evidence from them says so (ingest.ocr_evidence).
    ocr_pages: list[int] = field(default_factory=list)
    ocr_confidence: list[float] = field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        """1-based page of a text offset; None for unpaged sources."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def section_at(self, offset: int) -> str | None:
        """Title of the section a text offset stands in, if any."""
        i = bisect.bisect_right(self.section_starts, offset)
        return self.section_titles[i - 1] if i else None


@dataclass(frozen=True, kw_only=True)
class Document:
    label: ClassVar[NodeLabel] = NodeLabel.DOCUMENT
    id: str
    title: str
    kind: DocumentKind
    normalised_title: str
    level: Level | None = None
    period_start: int | None = None
    period_end: int | None = None
    adopted_on: str | None = None
    adopted_precision: DatePrecision | None = None
    signatory_count: int | None = None


@dataclass(frozen=True, kw_only=True)
class Organization:
    label: ClassVar[NodeLabel] = NodeLabel.ORGANIZATION
    id: str
    name: str
    kind: OrganizationKind
    code: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class Person:
    label: ClassVar[NodeLabel] = NodeLabel.PERSON
    id: str
    name: str
    party: str | None = None


@dataclass(frozen=True, kw_only=True)
class Decision:
    label: ClassVar[NodeLabel] = NodeLabel.DECISION
    id: str
    summary: str
    date: str | None = None
    date_precision: DatePrecision | None = None
    condition: str | None = None


@dataclass(frozen=True, kw_only=True)
class Activity:
    label: ClassVar[NodeLabel] = NodeLabel.ACTIVITY
    id: str
    description: str
    timeframe: str | None = None  # as the plan states it: "2023", "Löpande", "Q1 2024"


@dataclass(frozen=True, kw_only=True)
class Goal:
    label: ClassVar[NodeLabel] = NodeLabel.GOAL
    id: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Initiative:
    label: ClassVar[NodeLabel] = NodeLabel.INITIATIVE
    id: str
    name: str
    period_start: int | None = None
    period_end: int | None = None


DomainNode: TypeAlias = (
    Source | Document | Organization | Person | Decision | Activity | Goal | Initiative
)

NODE_TYPES: dict[NodeLabel, type[DomainNode]] = {
    cls.label: cls
    for cls in (Source, Document, Organization, Person, Decision, Activity, Goal, Initiative)
}


def to_record(node: DomainNode) -> NodeRecord:
    """Flatten a domain node into primitive properties; absent values are dropped."""
    props: dict[str, PropValue] = {}
    for f in dataclasses.fields(node):
        if f.name == "id":
            continue
        value = getattr(node, f.name)
        if value is None or value == []:
            continue
        props[f.name] = str(value) if isinstance(value, StrEnum) else value
    return NodeRecord(id=node.id, label=node.label, props=props)


def from_record(record: NodeRecord) -> DomainNode:
    """Rebuild the typed domain node; unknown properties are ignored."""
    cls = NODE_TYPES[record.label]
    names = _FIELD_NAMES[record.label]
    kwargs: dict[str, Any] = {k: v for k, v in record.props.items() if k in names}
    kwargs["id"] = record.id
    for name, enum_type in _ENUM_FIELDS[record.label].items():
        if name in kwargs:
            kwargs[name] = enum_type(kwargs[name])
    return cls(**kwargs)


def _enum_fields(cls: type[DomainNode]) -> dict[str, type[StrEnum]]:
    """Fields typed with an enum (alone or `| None`): stores keep their values as strings."""
    found: dict[str, type[StrEnum]] = {}
    for name, hint in get_type_hints(cls).items():
        for arg in get_args(hint) or (hint,):
            if isinstance(arg, type) and issubclass(arg, StrEnum):
                found[name] = arg
    return found


_ENUM_FIELDS = {label: _enum_fields(cls) for label, cls in NODE_TYPES.items()}
# Read once: dataclasses.fields() builds its tuple anew on every call (a listing reads 50).
_FIELD_NAMES = {
    label: frozenset(f.name for f in dataclasses.fields(cls)) for label, cls in NODE_TYPES.items()
}
