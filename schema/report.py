"""The follow-up coverage of a county as a table: what reporters to SKR export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
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


@dataclass(frozen=True)
class DocumentCell:
    title: str
    adopted: str | None  # cut to its precision: "2016-10"
    revised: str | None  # the earliest revision's date


@dataclass(frozen=True)
class CoverageLine:
    """One municipality's row, before it is written in a format's language."""

    code: str
    name: str
    guidelines: list[DocumentCell]
    action_plans: list[DocumentCell]
    other_documents: list[DocumentCell]
    signed: list[tuple[str, str | None]]  # (regional plan's title, date signed)
    gaps_en: list[str]
    gaps_sv: list[str]


def coverage_table(store: GraphStore, county_code: str) -> list[CoverageLine]:
    """One row per municipality of the county."""
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


def _cell(document: NodeRecord, revised: dict[str, list[str]]) -> DocumentCell:
    dates = revised.get(document.id)
    return DocumentCell(
        title=str(document.props.get("title", document.id)),
        adopted=_adopted(document),
        revised=min(dates) if dates else None,
    )


def _line(row: CoverageRow, revised: dict[str, list[str]]) -> CoverageLine:
    by_kind: dict[str, list[DocumentCell]] = {"riktlinje": [], "handlingsplan": [], "other": []}
    for document in row.documents:
        kind = KIND_NAMES.get(DocumentKind(str(document.props.get("kind"))), "other")
        by_kind[kind].append(_cell(document, revised))
    return CoverageLine(
        code=str(row.municipality.props.get("code", "")),
        name=str(row.municipality.props.get("name", row.municipality.id)),
        guidelines=by_kind["riktlinje"],
        action_plans=by_kind["handlingsplan"],
        other_documents=by_kind["other"],
        signed=[(str(plan.props.get("title", plan.id)), link.date) for link, plan in row.signed],
        gaps_en=row.gaps,
        gaps_sv=row.gaps_sv,
    )


def _swedish(document: DocumentCell) -> str:
    notes = [f"antagen {document.adopted}"] * bool(document.adopted)
    notes += [f"reviderad {document.revised}"] * bool(document.revised)
    return f"{document.title} ({', '.join(notes)})" if notes else document.title


def _swedish_row(line: CoverageLine) -> dict[str, str]:
    """The row as csv and md give it: Swedish headers and texts, values joined by '; '."""
    cells = (
        line.code,
        line.name,
        "; ".join(map(_swedish, line.guidelines)),
        "; ".join(map(_swedish, line.action_plans)),
        "; ".join(map(_swedish, line.other_documents)),
        "; ".join(t + (f" ({d})" if d else "") for t, d in line.signed),
        "; ".join(line.gaps_sv),
    )
    return dict(zip(COLUMNS, cells, strict=True))


def _json_row(line: CoverageLine) -> dict[str, object]:
    """The row as JSON gives it: snake_case keys, lists as lists, texts in English."""
    return {
        "municipality_code": line.code,
        "municipality": line.name,
        "guidelines": [asdict(d) for d in line.guidelines],
        "action_plans": [asdict(d) for d in line.action_plans],
        "other_documents": [asdict(d) for d in line.other_documents],
        "signed_regional_plans": [{"title": t, "date": d} for t, d in line.signed],
        "gaps": line.gaps_en,
    }


def render(lines: Sequence[CoverageLine], fmt: ReportFormat) -> str:
    if fmt is ReportFormat.JSON:
        return json.dumps([_json_row(x) for x in lines], ensure_ascii=False, indent=2) + "\n"
    table = [_swedish_row(x) for x in lines]
    if fmt is ReportFormat.CSV:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
        return out.getvalue()
    md = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in table:
        cells = (row[c].replace("|", "\\|") for c in COLUMNS)
        md.append("| " + " | ".join(cells) + " |")
    return "\n".join(md) + "\n"
