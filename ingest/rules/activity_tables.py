"""Activity tables: a pipe table whose header has a column of what is done.

Column names are the genre's, read by ingest.readers.pdf_headers ("Aktivitet/åtgärd",
"Ansvariga aktörer", "Klart senast", "Tidplan", "När?"), so that a table the PDF reader
finds without a grid is read with the same names.
- list.table.activities: one Activity per row, of the document the header
  belongs to; a when column gives its timeframe as written ("Hösten 2023", "Löpande").
- list.table.responsible: a who column, read as "Ansvarig:" is
  (ingest.rules.responsible_parties).
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.readers.pdf_headers import Role, role
from ingest.rules.list_items import add_activity
from ingest.rules.main_document import list_owner
from ingest.rules.responsible_parties import link_responsible

_TABLE_ROW = re.compile(r"^[^|\n]*\S[^\n]*\|[^\n]*\S[^\n]*$|^[ \t]*\|[^\n]*\|[ \t]*$", re.M)
_RULE_CELL = re.compile(r":?-{2,}:?")


def _cells(line: str, line_start: int) -> list[Span]:
    """The cells of a table row; a Markdown row's outer pipes ("| a | b |") open no cell."""
    spans: list[Span] = []
    body = line.rstrip()
    if body.endswith("|"):
        body = body[:-1]
    offset = 0
    if body.lstrip().startswith("|"):
        offset = body.index("|") + 1
        body = body[offset:]
    for cell in body.split("|"):
        stripped = cell.strip()
        start = line_start + offset + (cell.index(stripped) if stripped else 0)
        spans.append(Span(start, start + len(stripped)))
        offset += len(cell) + 1
    return spans


def extract_tables(ctx: Context, sink: FactSink) -> None:
    text = ctx.text
    rows = list(_TABLE_ROW.finditer(text))
    index = 0
    while index < len(rows):
        header = rows[index]
        cells = _cells(header.group(0), header.start())
        names = [text[c.start : c.end] for c in cells]
        act_col = _column(names, Role.WHAT)
        index += 1
        if act_col is None:
            continue
        resp_col = _column(names, Role.WHO)
        time_col = _column(names, Role.WHEN)
        owner = list_owner(ctx, Span(header.start(), header.end()))
        previous_end = header.end()
        while index < len(rows) and text[previous_end : rows[index].start()] == "\n":
            row = rows[index]
            row_cells = _cells(row.group(0), row.start())
            previous_end = row.end()
            index += 1
            if len(row_cells) != len(cells):
                break
            if all(_RULE_CELL.fullmatch(text[c.start : c.end]) for c in row_cells):
                continue  # the |---|---| line under a Markdown header
            what = row_cells[act_col]
            description = text[what.start : what.end].rstrip(" .;")
            if not description:
                continue
            when = row_cells[time_col] if time_col is not None else None
            timeframe = " ".join(text[when.start : when.end].split()) if when else ""
            activity_id = add_activity(
                ctx,
                sink,
                owner,
                Span(what.start, what.start + len(description)),
                description,
                header.start(),
                "list.table.activities",
                timeframe or None,
            )
            if (
                activity_id
                and resp_col is not None
                and row_cells[resp_col].end > row_cells[resp_col].start
            ):
                link_responsible(
                    ctx,
                    sink,
                    activity_id,
                    row.start(),
                    row_cells[resp_col],
                    "list.table.responsible",
                )


def _column(names: list[str], wanted: Role) -> int | None:
    """The first header cell that names this kind of column."""
    return next((i for i, name in enumerate(names) if role(name) is wanted), None)
