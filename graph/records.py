"""Conversions between store rows and model records, shared by both stores."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from itertools import groupby
from typing import Any

from graph.document_filter import DOCUMENT_KEYS
from graph.edges import Evidence, Link, LinkRecord, LinkType, Mention
from graph.nodes import DatePrecision, NodeLabel, NodeRecord, PropValue

# Properties a store keeps for its own use (Neo4j's search stems and listing keys), not
# part of the model.
_STORE_PROPS = frozenset({"id", "name_stems", *DOCUMENT_KEYS})


def node_record(node_id: str, label: str, props: Mapping[str, Any] | str) -> NodeRecord:
    raw: Mapping[str, Any] = json.loads(props) if isinstance(props, str) else props
    clean: dict[str, PropValue] = {
        k: v for k, v in raw.items() if k not in _STORE_PROPS and v is not None
    }
    return NodeRecord(id=node_id, label=NodeLabel(label), props=clean)


def with_location(stored: NodeRecord, uri: str) -> list[str] | None:
    """The other locations of a stored source once ``uri`` is one of them; None when
    nothing changes (it is the source's own uri or already recorded)."""
    known = stored.props.get("also_at")
    also_at = [str(u) for u in known] if isinstance(known, list) else []
    if uri == stored.props.get("uri") or uri in also_at:
        return None
    return [*also_at, uri]


def evidence_props(e: Evidence) -> dict[str, Any]:
    props: dict[str, Any] = {
        "source_id": e.source_id,
        "start": e.start,
        "end": e.end,
        "quote": e.quote,
        "rule": e.rule,
        "confidence": e.confidence,
    }
    if e.page is not None:
        props["page"] = e.page
    if e.section is not None:
        props["section"] = e.section
    if e.end_page is not None:
        props["end_page"] = e.end_page
    return props


def link_row(link: Link) -> dict[str, Any]:
    """A link flattened for a store: key, ends, type, its own fields and its evidence."""
    row: dict[str, Any] = {
        "key": link.key,
        "type": str(link.type),
        "from_id": link.from_id,
        "to_id": link.to_id,
        "date": link.date,
        "date_precision": str(link.date_precision) if link.date_precision else None,
        "title": link.title,
        "page": None,
        "section": None,
        "end_page": None,
    }
    row.update(evidence_props(link.evidence))
    return row


def mention_row(mention: Mention) -> dict[str, Any]:
    row: dict[str, Any] = {
        "key": mention.key,
        "node_id": mention.node_id,
        "page": None,
        "section": None,
        "end_page": None,
    }
    row.update(evidence_props(mention.evidence))
    return row


def evidence_from_row(row: Mapping[str, Any]) -> Evidence:
    return Evidence(
        source_id=row["source_id"],
        start=int(row["start"]),
        end=int(row["end"]),
        quote=row["quote"],
        rule=row["rule"],
        confidence=float(row["confidence"]),
        page=None if row.get("page") is None else int(row["page"]),
        section=row.get("section"),
        end_page=None if row.get("end_page") is None else int(row["end_page"]),
    )


def group_links(rows: Iterable[Mapping[str, Any]]) -> list[LinkRecord]:
    """One record per (from, type, to), its evidence sorted; the earliest stated date wins."""

    def ident(r: Mapping[str, Any]) -> tuple[str, str, str]:
        return (r["from_id"], r["type"], r["to_id"])

    def order(r: Mapping[str, Any]) -> tuple[Any, ...]:
        return (*ident(r), r["source_id"], int(r["start"]), int(r["end"]), r["rule"])

    records: list[LinkRecord] = []
    for (from_id, type_, to_id), group in groupby(sorted(rows, key=order), key=ident):
        members = list(group)
        dated = sorted((r for r in members if r.get("date")), key=lambda r: r["date"])
        first = dated[0] if dated else None
        titles = sorted(r["title"] for r in members if r.get("title"))
        records.append(
            LinkRecord(
                type=LinkType(type_),
                from_id=from_id,
                to_id=to_id,
                date=first["date"] if first else None,
                date_precision=(
                    DatePrecision(first["date_precision"])
                    if first and first.get("date_precision")
                    else None
                ),
                title=titles[0] if titles else None,
                evidence=tuple(evidence_from_row(r) for r in members),
            )
        )
    return records
