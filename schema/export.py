"""The graph, or one county's part of it, as open data: what the exports are made of.

Read through the store API only, and through graph.restricted_view, so an export
withholds restricted people's names exactly as the API does. CSV is written here;
JSON-LD in schema.export_jsonld.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graph.edges import Direction, LinkRecord, LinkType
from graph.ids import digest
from graph.nodes import Level, NodeLabel, NodeRecord, OrganizationKind
from graph.restricted_view import RestrictedView
from graph.store import GraphStore, NodeEvidence
from schema.reference import municipalities_of

ALL_TYPES = list(LinkType)
# How far from a county's organisations a county export reaches, and the nodes it does
# not reach through: national bodies and national documents join every county.
COUNTY_DEPTH = 3
_HUB_KINDS = {
    OrganizationKind.AGENCY,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.NATIONAL_ASSOCIATION,
    OrganizationKind.OTHER,
}


@dataclass(frozen=True)
class Snapshot:
    """Nodes (sources without their text), links and node evidence, all sorted."""

    nodes: list[NodeRecord]
    links: list[LinkRecord]
    mentions: list[NodeEvidence]


def link_id(link: LinkRecord) -> str:
    """A stable id for a (from, type, to) link, to join its evidence on."""
    return f"Link:{digest(link.from_id, link.type, link.to_id)}"


def snapshot(store: GraphStore, county: str | None = None) -> Snapshot:
    """Everything, or the county's organisations and what lies within COUNTY_DEPTH links
    of them (not through national bodies or documents); with the sources they cite."""
    view = RestrictedView(store)
    if county is None:
        ids = sorted(
            r.id
            for label in NodeLabel
            if label is not NodeLabel.SOURCE
            for r in view.nodes_by_label(label)
        )
    else:
        ids = _county_ids(view, county)
    nodes = {r.id: r for r in view.get_nodes(ids)}
    links = [x for x in view.links_among(sorted(nodes)) if x.type in ALL_TYPES]
    mentions = view.mentions_of(sorted(nodes))
    cited = {e.source_id for x in links for e in x.evidence}
    cited |= {m.evidence.source_id for m in mentions}
    for source in view.get_nodes(sorted(cited)):
        props = {k: v for k, v in source.props.items() if k != "text"}
        nodes[source.id] = NodeRecord(source.id, source.label, props)
    return Snapshot(
        nodes=sorted(nodes.values(), key=lambda r: r.id),
        links=sorted(links, key=lambda x: (x.from_id, x.type, x.to_id)),
        mentions=sorted(
            mentions, key=lambda m: (m.node_id, m.evidence.source_id, m.evidence.start)
        ),
    )


def _county_ids(view: GraphStore, county: str) -> list[str]:
    codes = {county} | {m.code for m in municipalities_of(county)}
    organisations = view.nodes_by_label(NodeLabel.ORGANIZATION)
    seeds = {r.id for r in organisations if str(r.props.get("code", "")) in codes}
    seen = set(seeds)
    frontier = set(seeds)
    for _ in range(COUNTY_DEPTH):
        links = view.links_of(sorted(frontier), Direction.OUTGOING, ALL_TYPES)
        links += view.links_of(sorted(frontier), Direction.INCOMING, ALL_TYPES)
        reached = {x.to_id for x in links} | {x.from_id for x in links}
        new = reached - seen
        seen |= new
        frontier = {r.id for r in view.get_nodes(sorted(new)) if not _hub(r)}
    return sorted(seen)


def _hub(record: NodeRecord) -> bool:
    kind = record.props.get("kind")
    if record.label is NodeLabel.ORGANIZATION:
        return kind in _HUB_KINDS or kind in {"municipality", "county_board", "region"}
    if record.label is NodeLabel.DOCUMENT:
        return record.props.get("level") == Level.NATIONAL
    return record.label is NodeLabel.INITIATIVE


# CSV: one file per node label and per link type, and the evidence of both.
NODE_ID = "id"
LINK_COLUMNS = ("link_id", "from_id", "to_id", "date", "date_precision", "title")
EVIDENCE_COLUMNS = (
    "fact_id",
    "source_id",
    "quote",
    "page",
    "end_page",
    "section",
    "rule",
    "confidence",
    "start",
    "end",
)


def csv_files(snap: Snapshot) -> dict[str, str]:
    """File name -> CSV text. Ids join: links_*.from_id/to_id to nodes_*.id,
    evidence.fact_id to a node id or a link_id, evidence.source_id to nodes_Source.id."""
    files: dict[str, str] = {}
    for label in NodeLabel:
        records = [r for r in snap.nodes if r.label is label]
        if records:
            columns = sorted({k for r in records for k in r.props})
            rows = ({NODE_ID: r.id, **{k: _cell(r.props.get(k)) for k in columns}} for r in records)
            files[f"nodes_{label}.csv"] = _csv((NODE_ID, *columns), rows)
    for link_type in LinkType:
        links = [x for x in snap.links if x.type is link_type]
        if links:
            rows = (
                dict(
                    zip(
                        LINK_COLUMNS,
                        (
                            link_id(x),
                            x.from_id,
                            x.to_id,
                            x.date or "",
                            x.date_precision or "",
                            x.title or "",
                        ),
                        strict=True,
                    )
                )
                for x in links
            )
            files[f"links_{link_type}.csv"] = _csv(LINK_COLUMNS, rows)
    facts = [(link_id(x), e) for x in snap.links for e in x.evidence]
    facts += [(m.node_id, m.evidence) for m in snap.mentions]
    evidence_rows = (
        dict(
            zip(
                EVIDENCE_COLUMNS,
                (
                    fact,
                    e.source_id,
                    e.quote,
                    _cell(e.page),
                    _cell(e.end_page),
                    e.section or "",
                    e.rule,
                    _cell(e.confidence),
                    str(e.start),
                    str(e.end),
                ),
                strict=True,
            )
        )
        for fact, e in facts
    )
    files["evidence.csv"] = _csv(EVIDENCE_COLUMNS, evidence_rows)
    return files


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _csv(columns: Iterable[str], rows: Iterable[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def csv_zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in sorted(files.items()):
            archive.writestr(name, text)
    return buffer.getvalue()


def write_csv(files: dict[str, str], output: Path) -> None:
    """A .zip file, or else a directory of CSV files."""
    if output.suffix.lower() == ".zip":
        output.write_bytes(csv_zip(files))
        return
    output.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (output / name).write_text(text, encoding="utf-8")
