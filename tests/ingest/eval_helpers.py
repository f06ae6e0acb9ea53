"""Shared helpers for the evaluation tests: gold entries, facts and the counts of a report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from graph.edges import Evidence, Link, LinkType, SourceFacts
from graph.nodes import (
    DatePrecision,
    DomainNode,
    Organization,
    OrganizationKind,
    Source,
)
from ingest.evaluation.evaluate import Counts, GoldText, TextReport

KRAMFORS = "Organization:kommun:2282"
VALFARD = "Organization:kommun:2282:valfardsnamnden"
KROOKS = "Person:person:carl-gunnar-krooks"
SOURCE = Source(
    id="Source:test",
    uri="file:///test.txt",
    sha256="0" * 64,
    media_type="text/plain",
    text="x" * 200,
    published_on="2024-02-23",
)

GoldFactory = Callable[..., GoldText]


def org(ref: str, node_id: str, **attrs: Any) -> dict[str, Any]:
    return {"ref": ref, "label": "Organization", "id": node_id, "attrs": attrs}


def goal(ref: str, text: str) -> dict[str, Any]:
    return {"ref": ref, "label": "Goal", "text": text}


def rel(type_: str, from_ref: str, to_ref: str, **attrs: Any) -> dict[str, Any]:
    return {"type": type_, "from": from_ref, "to": to_ref, "attrs": attrs}


def organization(node_id: str, name: str, kind: OrganizationKind) -> Organization:
    return Organization(id=node_id, name=name, kind=kind)


def link(
    type_: LinkType,
    from_id: str,
    to_id: str,
    *,
    date: str | None = None,
    title: str | None = None,
    precision: DatePrecision | None = None,
) -> Link:
    evidence = Evidence(SOURCE.id, 0, 1, "x", "test.rule", 0.9)
    return Link(type_, from_id, to_id, evidence, date=date, date_precision=precision, title=title)


def facts(nodes: Sequence[DomainNode], links: Sequence[Link] = ()) -> SourceFacts:
    return SourceFacts(source=SOURCE, nodes=list(nodes), links=list(links))


def counts(report: TextReport, kind: str, key: str) -> tuple[int, int, int]:
    table = report.entities if kind == "entity" else report.relations
    c = table.get(key, Counts())
    return c.tp, c.fp, c.fn


KRAMFORS_NODE = organization(KRAMFORS, "Kramfors kommun", OrganizationKind.MUNICIPALITY)
VALFARD_NODE = organization(VALFARD, "Välfärdsnämnden", OrganizationKind.COMMITTEE)


# --- text overlap --------------------------------------------------------------------------
