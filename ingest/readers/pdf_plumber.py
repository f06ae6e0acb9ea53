"""The pdfplumber backend: a page's characters and its ruled tables.

Used only for pages that may hold a ruled table (pdfminer, under pdfplumber,
is the slow part of reading a PDF; see ingest.readers.pdf_reader). Characters inside
a table are left out, so table text is never repeated as loose words.
Library errors are not handled here: the reader turns them into IngestError.
"""

from __future__ import annotations

from typing import Any

from ingest.readers.pdf_tables import TablePart, make_part
from ingest.readers.pdf_words import Char, is_bold


def _inside(char: dict[str, Any], part: TablePart) -> bool:
    cx = (char["x0"] + char["x1"]) / 2
    cy = (char["top"] + char["bottom"]) / 2
    return bool(part.x0 <= cx <= part.x1 and part.top <= cy <= part.bottom)


def read_page(page: Any) -> tuple[list[Char], list[TablePart]]:
    """(characters outside tables, tables) of one pdfplumber page."""
    parts: list[TablePart] = []
    for table in page.find_tables():
        edges = [float(col.bbox[0]) for col in table.columns] + [float(table.bbox[2])]
        x0, top, x1, bottom = (float(v) for v in table.bbox)
        part = make_part((x0, top, x1, bottom), edges, table.extract())
        if part is not None:
            parts.append(part)
    chars: list[Char] = []
    for c in page.chars:
        if not c.get("upright", True) or any(_inside(c, p) for p in parts):
            continue  # rotated margin text; table text is read from the table
        # The baseline: the glyph box's top plus its distance to the text matrix origin.
        baseline = float(c["top"]) + float(c["y1"]) - float(c["matrix"][5])
        chars.append(
            Char(
                text=str(c["text"]),
                x0=float(c["x0"]),
                x1=float(c["x1"]),
                baseline=baseline,
                size=float(c["size"]),
                bold=is_bold(str(c.get("fontname", ""))),
            )
        )
    return chars, parts
