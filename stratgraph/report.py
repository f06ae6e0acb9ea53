"""The follow-up coverage of a county as a table: what reporters to SKR export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from enum import StrEnum

from graph.coverage import KIND_NAMES, CoverageRow, coverage
from graph.edges import Direction, LinkType
from graph.nodes import DocumentKind, NodeRecord
from graph.store import GraphStore
from schema.reference import municipalities_of


class ReportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    MD = "md"


COLUMNS = (
    "kommunkod",
    "kommun",
    "riktlinje",
    "handlingsplan",
    "andra styrdokument",
    "undertecknade regionala planer",
    "luckor",
)


def coverage_table(store: GraphStore, county_code: str) -> list[dict[str, str]]:
    """One row per municipality of the county; several values in a cell are joined by '; '."""
    rows = coverage(store, municipalities_of(county_code))
    documents = sorted({d.id for row in rows for d in row.documents})
    revised: dict[str, list[str]] = {}
    revising = store.links_of(documents, Direction.INCOMING, [LinkType.REVISES])
    newer = {r.id: r for r in store.get_nodes(sorted({x.from_id for x in revising}))}
    for link in revising:
        when = link.date or _adopted(newer.get(link.from_id))
        if when:
            revised.setdefault(link.to_id, []).append(when)
    return [_line(row, revised) for row in rows]


def _adopted(record: NodeRecord | None) -> str | None:
    """The adoption date, cut to its precision: "2016-10" for October 2016."""
    value = None if record is None else record.props.get("adopted_on")
    if not isinstance(value, str) or record is None:
        return None
    precision = record.props.get("adopted_precision")
    return value[:4] if precision == "year" else value[:7] if precision == "month" else value


def _describe(document: NodeRecord, revised: dict[str, list[str]]) -> str:
    notes = []
    if adopted := _adopted(document):
        notes.append(f"antagen {adopted}")
    if revised.get(document.id):
        notes.append(f"reviderad {min(revised[document.id])}")
    title = str(document.props.get("title", document.id))
    return f"{title} ({', '.join(notes)})" if notes else title


def _line(row: CoverageRow, revised: dict[str, list[str]]) -> dict[str, str]:
    by_kind: dict[str, list[str]] = {"riktlinje": [], "handlingsplan": [], "other": []}
    for document in row.documents:
        kind = KIND_NAMES.get(DocumentKind(str(document.props.get("kind"))), "other")
        by_kind[kind].append(_describe(document, revised))
    signed = [
        f"{plan.props.get('title', plan.id)}" + (f" ({link.date})" if link.date else "")
        for link, plan in row.signed
    ]
    return dict(
        zip(
            COLUMNS,
            (
                str(row.municipality.props.get("code", "")),
                str(row.municipality.props.get("name", row.municipality.id)),
                "; ".join(by_kind["riktlinje"]),
                "; ".join(by_kind["handlingsplan"]),
                "; ".join(by_kind["other"]),
                "; ".join(signed),
                "; ".join(row.gaps),
            ),
            strict=True,
        )
    )


def render(table: Sequence[dict[str, str]], fmt: ReportFormat) -> str:
    if fmt is ReportFormat.JSON:
        return json.dumps(list(table), ensure_ascii=False, indent=2) + "\n"
    if fmt is ReportFormat.CSV:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
        return out.getvalue()
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in table:
        cells = (row[c].replace("|", "\\|") for c in COLUMNS)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
