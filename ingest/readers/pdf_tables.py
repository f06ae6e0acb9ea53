"""Tables as Markdown pipe rows, one table even when it runs over pages.

Rows are written "| Aktivitet | Ansvarig | Tidplan |", one per line, which is
what the pipe-table rule in ingest.rules.extract_lists reads. A cell's lines are
joined like paragraph lines (line-end hyphens undone); a "|" inside a cell
becomes "/" so that it cannot split the cell. A table part at the top of a
page continues the part that ended the page before when it has the same
columns (left edges within a few points); a repeated header row is dropped.
Ruled grids come from pdfplumber (make_part), tables drawn without a grid
from ingest.readers.pdf_unruled; ingest.readers.pdf_assemble joins the parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ingest.readers.pdf_cleanup import expand_ligatures, join_all, tidy

COLUMN_TOLERANCE = 3.0  # points


@dataclass(frozen=True)
class Ruling:
    """A horizontal line, or the top or bottom edge of a shaded band, in points from the
    page's top-left corner: what separates the rows of a table drawn without a grid."""

    y: float
    x0: float
    x1: float


@dataclass(frozen=True)
class TablePart:
    """One table as found on one page."""

    top: float
    bottom: float
    x0: float
    x1: float
    edges: tuple[float, ...]  # left edge of each column, then the right edge of the last
    rows: tuple[tuple[str, ...], ...]
    # A table read from word positions (ingest.readers.pdf_unruled): where its columns start, for
    # reading its continuation on the next page.
    columns: tuple[float, ...] = ()
    # False when rows are split by rulings and none closes the last row: it goes on
    # on the next page.
    closed: bool = True


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
    """Same columns: their left edges agree (the right edge of a table read from its words
    is where its longest line ends, which differs from page to page)."""
    return len(previous.edges) == len(part.edges) and all(
        abs(a - b) <= COLUMN_TOLERANCE
        for a, b in zip(previous.edges[:-1], part.edges[:-1], strict=True)
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
