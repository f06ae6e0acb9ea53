"""Ruled tables as Markdown pipe rows, one table even when it runs over pages.

Rows are written "| Aktivitet | Ansvarig | Tidplan |", one per line, which is
what the pipe-table rule in ingest.extract_lists reads. A cell's lines are
joined like paragraph lines (line-end hyphens undone); a "|" inside a cell
becomes "/" so that it cannot split the cell. A table part at the top of a
page continues the part that ended the page before when it has the same
columns (left edges within a few points); a repeated header row is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ingest.pdf_cleanup import expand_ligatures, join_all, tidy

COLUMN_TOLERANCE = 3.0  # points


@dataclass(frozen=True)
class TablePart:
    """One table as found on one page."""

    top: float
    bottom: float
    x0: float
    x1: float
    edges: tuple[float, ...]  # left edge of each column, then the right edge of the last
    rows: tuple[tuple[str, ...], ...]


def cell_text(raw: str | None) -> str:
    if not raw:
        return ""
    text = tidy(join_all(expand_ligatures(raw).splitlines()))
    return text.replace("|", "/")


def make_part(
    bbox: tuple[float, float, float, float],
    edges: Sequence[float],
    rows: Sequence[Sequence[str | None]],
) -> TablePart | None:
    """A table part from a ruled-table finder's output; None unless it has two columns and
    two rows with text (a framed paragraph is not a table)."""
    cleaned = tuple(tuple(cell_text(c) for c in row) for row in rows)
    cleaned = tuple(row for row in cleaned if any(row))
    if len(edges) < 3 or len(cleaned) < 2:
        return None
    x0, top, x1, bottom = bbox
    return TablePart(top, bottom, x0, x1, tuple(edges), cleaned)


def continues(previous: TablePart, part: TablePart) -> bool:
    return len(previous.edges) == len(part.edges) and all(
        abs(a - b) <= COLUMN_TOLERANCE for a, b in zip(previous.edges, part.edges, strict=True)
    )


def _same_row(a: Sequence[str], b: Sequence[str]) -> bool:
    return [" ".join(c.lower().split()) for c in a] == [" ".join(c.lower().split()) for c in b]


def continuation_rows(header: Sequence[str], part: TablePart) -> tuple[tuple[str, ...], ...]:
    """A continuing part's rows, without the header row repeated at its top."""
    if part.rows and _same_row(part.rows[0], header):
        return part.rows[1:]
    return part.rows


def pipe_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"
