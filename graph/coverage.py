"""Follow-up coverage: per municipality of a county, its steering documents, the
regional plans it signed, and the gaps between them (what SKR's follow-up asks)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from graph.edges import LinkRecord
from graph.ids import make_id
from graph.nodes import DocumentKind, NodeLabel, NodeRecord, OrganizationKind
from graph.store import GraphStore

# The kinds SKR's follow-up asks every municipality for, by their Swedish names.
KIND_NAMES = {DocumentKind.ACTION_PLAN: "handlingsplan", DocumentKind.GUIDELINE: "riktlinje"}


@dataclass(frozen=True)
class MunicipalityRef:
    code: str
    name: str  # official name, "Kramfors kommun"


@dataclass(frozen=True)
class CoverageRow:
    municipality: NodeRecord
    documents: list[NodeRecord]  # by adoption date, then title
    signed: list[tuple[LinkRecord, NodeRecord]]
    gaps: list[str]  # in English, as the API gives them
    gaps_sv: list[str]  # the same in Swedish, for the reporters' tables


def coverage(store: GraphStore, municipalities: Sequence[MunicipalityRef]) -> list[CoverageRow]:
    """One row per municipality, in the order given; one store call."""
    ids = {m.code: make_id("Organization", "kommun", m.code) for m in municipalities}
    # Through its committees too, with the signed plans: one query, not a read per link.
    facts = store.coverage_facts(list(ids.values()))
    nodes = {r.id: r for r in facts.nodes}
    documents: dict[str, set[str]] = defaultdict(set)
    for org_id, document_id in facts.documents:
        documents[org_id].add(document_id)
    signed = facts.signed

    rows = []
    for ref in municipalities:
        muni_id = ids[ref.code]
        muni = nodes.get(muni_id) or NodeRecord(
            id=muni_id,
            label=NodeLabel.ORGANIZATION,
            props={"name": ref.name, "kind": str(OrganizationKind.MUNICIPALITY), "code": ref.code},
        )
        docs = sorted(
            (nodes[d] for d in documents[muni_id] if d in nodes and _is_document(nodes[d])),
            key=lambda r: (str(r.props.get("adopted_on", "")), str(r.props.get("title", ""))),
        )
        own_signed = sorted(
            ((x, nodes[x.to_id]) for x in signed if x.from_id == muni_id and x.to_id in nodes),
            key=lambda pair: (pair[0].date or "", pair[1].id),
        )
        english, swedish = _gaps(docs, own_signed)
        rows.append(CoverageRow(muni, docs, own_signed, english, swedish))
    return rows


def _is_document(record: NodeRecord) -> bool:
    return record.label is NodeLabel.DOCUMENT


def _gaps(
    docs: list[NodeRecord], signed: list[tuple[LinkRecord, NodeRecord]]
) -> tuple[list[str], list[str]]:
    """The row's gaps, in English and in Swedish."""
    english: list[str] = []
    swedish: list[str] = []
    if not docs:
        english.append("no local steering document in the graph")
        swedish.append("inget lokalt styrdokument i grafen")
    else:
        for kind, word in KIND_NAMES.items():
            if not any(d.props.get("kind") == str(kind) for d in docs):
                english.append(f"no local {word} in the graph")
                swedish.append(f"ingen lokal {word} i grafen")
    for link, plan in signed:
        since = link.date or _period_start(plan)
        plans_since = [
            d
            for d in docs
            if d.props.get("kind") == str(DocumentKind.ACTION_PLAN)
            and since is not None
            and _adopted_or_starts(d) >= since
        ]
        if since is not None and not plans_since:
            title = plan.props.get("title", plan.id)
            english.append(
                f"signed {title}{f' on {link.date}' if link.date else ''}, "
                "no local handlingsplan adopted since"
            )
            swedish.append(
                f"undertecknade {title}{f' den {link.date}' if link.date else ''}, "
                "ingen lokal handlingsplan antagen sedan dess"
            )
    return english, swedish


def _period_start(record: NodeRecord) -> str | None:
    start = record.props.get("period_start")
    return f"{start}-01-01" if isinstance(start, int) else None


def _adopted_or_starts(record: NodeRecord) -> str:
    adopted = record.props.get("adopted_on")
    if isinstance(adopted, str):
        return adopted
    return _period_start(record) or ""
