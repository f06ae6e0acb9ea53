"""Relationship types, evidence and the facts one source contributes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from graph.ids import digest
from graph.nodes import DatePrecision, DomainNode, Source


class LinkType(StrEnum):
    """Every relationship type; a link points the way the sentence reads."""

    REVISES = "REVISES"
    IMPLEMENTS = "IMPLEMENTS"
    COMPLEMENTS = "COMPLEMENTS"
    SIGNED = "SIGNED"
    ADOPTED = "ADOPTED"
    DECIDED = "DECIDED"
    CONCERNS = "CONCERNS"
    ISSUED = "ISSUED"
    HAS_GOAL = "HAS_GOAL"
    HAS_ACTIVITY = "HAS_ACTIVITY"
    RESPONSIBLE_FOR = "RESPONSIBLE_FOR"
    PARTICIPATES_IN = "PARTICIPATES_IN"
    COORDINATES = "COORDINATES"
    FOLLOWS_UP = "FOLLOWS_UP"
    FUNDS = "FUNDS"
    PART_OF = "PART_OF"
    HOLDS_ROLE = "HOLDS_ROLE"


class Direction(StrEnum):
    OUTGOING = "OUTGOING"
    INCOMING = "INCOMING"
    BOTH = "BOTH"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: a verbatim quote at a character span of a source."""

    source_id: str
    start: int
    end: int
    quote: str
    rule: str
    confidence: float
    page: int | None = None  # 1-based, for paged sources (PDFs)
    section: str | None = None  # the heading the quote stands under, for PDFs
    # The page the quote ends on, set only when a page break falls inside it (a row or
    # paragraph joined across pages), so that the evidence names both pages.
    end_page: int | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """One assertion of a relationship by one source."""

    type: LinkType
    from_id: str
    to_id: str
    evidence: Evidence
    date: str | None = None
    date_precision: DatePrecision | None = None
    title: str | None = None  # the role title, for HOLDS_ROLE

    @property
    def key(self) -> str:
        e = self.evidence
        return digest(self.from_id, self.type, self.to_id, e.source_id, e.start, e.end, e.rule)


@dataclass(frozen=True, slots=True)
class Mention:
    """A node named in a source: the node's own evidence."""

    node_id: str
    evidence: Evidence

    @property
    def key(self) -> str:
        e = self.evidence
        return digest(self.node_id, e.source_id, e.start, e.end, e.rule)


@dataclass(frozen=True)
class SourceFacts:
    """Everything one source contributes; a store writes it whole or not at all."""

    source: Source
    nodes: list[DomainNode] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LinkRecord:
    """A relationship as read back: one per (from, type, to), with all its evidence."""

    type: LinkType
    from_id: str
    to_id: str
    date: str | None
    date_precision: DatePrecision | None
    title: str | None
    evidence: tuple[Evidence, ...]


def check_facts(facts: SourceFacts) -> None:
    """Refuse facts that would leave a dangling link, a node without evidence, or a quote
    not in the source. Stores rely on it: a source's links join nodes it mentions."""
    known = {facts.source.id} | {n.id for n in facts.nodes}
    text = facts.source.text
    evidences = [(m.node_id, m.evidence) for m in facts.mentions] + [
        (f"{x.from_id} -{x.type}-> {x.to_id}", x.evidence) for x in facts.links
    ]
    for link in facts.links:
        for end in (link.from_id, link.to_id):
            if end not in known:
                raise ValueError(
                    f"link {link.type} refers to {end}, absent from the source's nodes"
                )
    for mention in facts.mentions:
        if mention.node_id not in known:
            raise ValueError(f"mention of {mention.node_id}, absent from the source's nodes")
    unmentioned = sorted({n.id for n in facts.nodes} - {m.node_id for m in facts.mentions})
    if unmentioned:
        raise ValueError(f"nodes without evidence: {', '.join(unmentioned)}")
    for what, e in evidences:
        if e.source_id != facts.source.id:
            raise ValueError(f"evidence for {what} cites {e.source_id}, not {facts.source.id}")
        if text[e.start : e.end] != e.quote:
            raise ValueError(f"evidence for {what} is not verbatim at {e.start}:{e.end}")
        if not 0 < e.confidence <= 1:
            raise ValueError(f"evidence for {what} has confidence {e.confidence} outside (0, 1]")
