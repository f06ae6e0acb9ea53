"""Pages of lines and tables into one text, with page and section offsets.

Text conventions: a paragraph is one line; blocks are separated by a blank
line, consecutive list items ("• item") and contents lines by a line break; a
heading stands alone on its line and starts a section; a table is Markdown
pipe rows, one per line. NFC, "\\n" newlines. Pages are separated by a blank
line, except where something runs on from one page to the next:

- a table that goes on (same columns at the top of the next page) stays one
  table: its rows go on after a line break, a repeated header row is dropped;
- a row broken by the page (the next page's first row has an empty first cell,
  starts in lower case, or the row had no closing ruling) is one row, each
  cell joined as a cell's lines are;
- a paragraph or list item broken by the page (it ends mid-sentence, and the
  next page begins with a paragraph in lower case or its last line ran to the
  margin) is one paragraph;
- a list that goes on goes on after a line break.

Where a page begins inside a joined row or paragraph, its page start is the
offset of its first character there, so a quote across the break spans both
pages (Source.page_at of its start and of its end).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.readers.pdf_blocks import HEADING_SIZE, Block, Kind, blocks
from ingest.readers.pdf_cleanup import join_lines
from ingest.readers.pdf_columns import reading_order
from ingest.readers.pdf_pdfium import PageSurvey
from ingest.readers.pdf_running import running_lines
from ingest.readers.pdf_tables import TablePart, continuation_rows, continues, pipe_row
from ingest.readers.pdf_unruled import find_tables
from ingest.readers.pdf_words import Line, body_size

_LISTED = frozenset({Kind.ITEM.value, Kind.CONTENTS.value})  # one per line, no blank line
_SENTENCE_END = re.compile(r"[.!?:]$")
TABLE = "table"


@dataclass(frozen=True)
class PdfText:
    text: str
    page_starts: list[int]
    section_starts: list[int]
    section_titles: list[str]
    title: str | None
    page_count: int
    # Pages read by OCR (1-based) and the recogniser's mean word confidence there (0-1).
    ocr_pages: dict[int, float] = field(default_factory=dict)


@dataclass
class Page:
    survey: PageSurvey
    lines: list[Line]
    tables: list[TablePart]  # ruled tables (pdfplumber)
    ocr: float | None = None  # mean OCR word confidence, when the page was recognised


_Item = Block | TablePart


@dataclass
class _Row:
    cells: list[str]
    page: int
    split: tuple[int, int] | None = None  # (column, offset) where the next page begins


@dataclass
class _Chunk:
    kind: str
    page: int
    text: str = ""
    size: float = 0.0
    full: bool = False
    split: int | None = None  # offset in text where the next page begins
    rows: list[_Row] = field(default_factory=list)
    header: tuple[str, ...] = ()
    part: TablePart | None = None  # the table's last part


def _page_items(page: Page, drop: set[int], body: float, carry: TablePart | None) -> list[_Item]:
    """The page's blocks and tables in reading order; text between tables is read apart."""
    kept = [ln for i, ln in enumerate(page.lines) if i not in drop]
    inferred, lines = find_tables(kept, page.survey.lines, carry)
    items: list[_Item] = []
    for table in sorted([*page.tables, *inferred], key=lambda t: t.top):
        above = [ln for ln in lines if ln.baseline < table.top]
        lines = [ln for ln in lines if ln.baseline >= table.top]
        items += blocks(reading_order(above), body) if above else []
        items.append(table)
    items += blocks(reading_order(lines), body) if lines else []
    return items


def _row_goes_on(previous: TablePart | None, row: Sequence[str]) -> bool:
    """Whether the first row of a continued part is the rest of the row the page broke."""
    if not any(row):
        return False
    if previous is not None and not previous.closed:
        return True
    first = next(c for c in row if c)
    return not row[0] or first[:1].islower()


def _runs_on(chunk: _Chunk, block: Block) -> bool:
    if chunk.kind not in (Kind.PARAGRAPH.value, Kind.ITEM.value):
        return False
    if block.kind is not Kind.PARAGRAPH or abs(block.size - chunk.size) > 0.5:
        return False
    if _SENTENCE_END.search(chunk.text):
        return False
    return block.text[:1].islower() or chunk.full


def _add_table(chunks: list[_Chunk], part: TablePart, page: int, first: bool) -> None:
    last = chunks[-1] if chunks else None
    if first and last is not None and last.part is not None and continues(last.part, part):
        rows = list(continuation_rows(last.header, part))
        if rows and len(last.rows) > 1 and _row_goes_on(last.part, rows[0]):
            row, new = last.rows[-1], rows.pop(0)
            joined = [join_lines(a, b) for a, b in zip(row.cells, new, strict=True)]
            column = next(k for k, c in enumerate(new) if c)
            if row.split is None:  # join_lines keeps what it adds whole, at the end
                row.split = (column, len(joined[column]) - len(new[column]))
            row.cells = joined
        last.rows += [_Row(list(r), page) for r in rows]
        last.part = part
        return
    chunks.append(
        _Chunk(
            TABLE,
            page,
            rows=[_Row(list(r), page) for r in part.rows],
            header=part.rows[0],
            part=part,
        )
    )


def _chunks(pages: list[Page], body: float) -> tuple[list[_Chunk], str | None]:
    drops = running_lines([p.lines for p in pages], [p.survey.height for p in pages], body)
    chunks: list[_Chunk] = []
    title: str | None = None
    title_page_seen = False
    carry: TablePart | None = None  # a table read from its words that ended the last page
    for number, (page, drop) in enumerate(zip(pages, drops, strict=True)):
        items = _page_items(page, drop, body, carry)
        if items and not title_page_seen:
            title, title_page_seen = _title(items, body), True
        for index, item in enumerate(items):
            if isinstance(item, TablePart):
                _add_table(chunks, item, number, index == 0)
                continue
            if not item.text:
                continue
            last = chunks[-1] if chunks else None
            if index == 0 and last is not None and last.page < number and _runs_on(last, item):
                joined = join_lines(last.text, item.text)
                last.split = len(joined) - len(item.text)
                last.text, last.full = joined, item.full
                continue
            chunks.append(_Chunk(item.kind.value, number, item.text, item.size, item.full))
        tail = items[-1] if items else None
        carry = tail if isinstance(tail, TablePart) and tail.columns else None
    return chunks, title


def assemble(pages: list[Page], meta_title: str | None) -> PdfText:
    """The text of the pages; empty when none has any."""
    body = body_size(ln for p in pages for ln in p.lines)
    chunks, title = _chunks(pages, body)
    parts: list[str] = []
    length = 0
    marks: list[tuple[int, int]] = []  # (page, offset where it begins)
    section_starts: list[int] = []
    section_titles: list[str] = []

    def add(text: str) -> int:
        nonlocal length
        start = length
        parts.append(text)
        length += len(text)
        return start

    previous: _Chunk | None = None
    for chunk in chunks:
        if previous is not None:
            listed = previous.kind == chunk.kind and chunk.kind in _LISTED
            add("\n" if listed else "\n\n")
        if chunk.kind == TABLE:
            page = chunk.page
            for i, row in enumerate(chunk.rows):
                start = add(("\n" if i else "") + pipe_row(row.cells)) + (1 if i else 0)
                if i == 0 or row.page != page:
                    marks.append((row.page, start))
                    page = row.page
                if row.split is not None:
                    column, offset = row.split
                    cell = 2 + sum(len(c) + 3 for c in row.cells[:column])
                    marks.append((row.page + 1, start + cell + offset))
                    page = row.page + 1
        else:
            start = add(chunk.text)
            marks.append((chunk.page, start))
            if chunk.split is not None:
                marks.append((chunk.page + 1, start + chunk.split))
            if chunk.kind == Kind.HEADING.value:
                section_starts.append(start)
                section_titles.append(chunk.text)
        previous = chunk
    text = "".join(parts)
    return PdfText(
        text=text,
        page_starts=_page_starts(marks, len(pages), len(text)),
        section_starts=section_starts,
        section_titles=section_titles,
        title=title or meta_title,
        page_count=len(pages),
        ocr_pages={i + 1: p.ocr for i, p in enumerate(pages) if p.ocr is not None},
    )


def _page_starts(marks: list[tuple[int, int]], count: int, end: int) -> list[int]:
    """Each page starts at its first mark; a page with none where the next one starts."""
    first: dict[int, int] = {}
    for page, offset in marks:
        first.setdefault(page, offset)
    starts = [end] * count
    following = end
    for page in range(count - 1, -1, -1):
        following = first.get(page, following)
        starts[page] = following
    return starts


def _title(items: Sequence[_Item], body: float) -> str | None:
    """The title page's biggest heading, if it is set clearly larger than the body."""
    headings = [b for b in items if isinstance(b, Block) and b.kind is Kind.HEADING]
    if not headings:
        return None
    biggest = max(headings, key=lambda b: b.size)
    return biggest.text if biggest.size >= HEADING_SIZE * body else None
