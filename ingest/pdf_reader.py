"""PDF bytes -> text with page and section offsets: the PDF counterpart of ingest.reader.

1. Checks, then pypdfium2 opens the file and surveys every page (characters,
   rulings): empty, not a PDF, truncated, encrypted, corrupt and scanned files
   stop here with an IngestError that names the file.
2. Pages with rulings (a ruled table may be there) are read by pdfplumber:
   characters outside tables, and the tables. All other pages are read by
   pypdfium2. Both backends give the same Char values (ingest.pdf_words).
3. Characters become lines; running headers and footers go (pdf_running); each
   page's lines are put in reading order around its tables, column by column
   (pdf_columns), and grouped into headings, paragraphs and list items
   (pdf_blocks).
4. Text conventions: a paragraph is one line; blocks are separated by a blank
   line, consecutive list items ("• item") and contents lines by a line break;
   a heading stands alone on its line and starts a section; a table is
   Markdown pipe rows, one per line, and a table continued on the next page
   goes on with a single line break (no blank line, no repeated header) so
   that it stays one table; pages are separated by a blank line otherwise.
   NFC, "\\n" newlines.

Speed, measured with `python -m bench.pdf_throughput` on its 100-page plan (40
pages with ruled tables) on 2 cores (docs/benchmarks.md): pypdfium2's plain
text runs at 830-1050 pages/s, pdfplumber's extract_text at 11-13 pages/s,
nearly all of it pdfminer parsing the page (find_tables adds little).
Characters with positions and fonts through PDFium's per-character API: ~72
pages/s (14 ms a page), against ~14.5 pages/s for pdfplumber's characters and
tables. So pypdfium2 opens and surveys every file (~1200 pages/s) and reads
every page without rulings, and pdfplumber parses only the pages that may hold
a ruled table, which only it can find: read_pdf 20-25 pages/s, against ~12
pages/s with use_pdfium=False. tests/ingest/pdf checks that both give the same
text.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pdfplumber
import pypdfium2 as pdfium  # type: ignore[import-untyped]

from ingest import pdf_pdfium, pdf_plumber
from ingest.errors import IngestError
from ingest.pdf_blocks import HEADING_SIZE, Block, Kind, blocks
from ingest.pdf_columns import reading_order
from ingest.pdf_pdfium import PageSurvey
from ingest.pdf_running import running_lines
from ingest.pdf_tables import TablePart, continuation_rows, continues, pipe_row
from ingest.pdf_words import Char, Line, body_size, lines_of

_HEAD, _TAIL = 1024, 2048  # where the %PDF- header and the %%EOF marker must be
# PDFium is not thread-safe, not even across documents (pypdfium2's documentation: calls
# from two threads at once may crash or corrupt the process), and the API ingests in
# threads: one PDF is read at a time.
_PDFIUM = threading.Lock()
_LISTED = frozenset({Kind.ITEM.value, Kind.CONTENTS.value})  # one per line, no blank line


@dataclass(frozen=True)
class PdfText:
    text: str
    page_starts: list[int]
    section_starts: list[int]
    section_titles: list[str]
    title: str | None
    page_count: int


@dataclass
class _Page:
    survey: PageSurvey
    lines: list[Line]
    tables: list[TablePart]


_Item = Block | TablePart


def read_pdf(raw: bytes, origin: str, *, use_pdfium: bool = True) -> PdfText:
    """The text of a PDF; raises IngestError naming origin and the reason.

    use_pdfium=False reads every page with pdfplumber (to compare the backends)."""
    _check_bytes(raw, origin)
    with _PDFIUM:
        doc = pdf_pdfium.open_pdf(raw, origin)
        try:
            try:
                surveys = pdf_pdfium.survey(doc)
            except pdfium.PdfiumError as exc:
                raise IngestError(f"{origin}: corrupt PDF ({exc})") from exc
            if not surveys:
                raise IngestError(f"{origin}: corrupt PDF (no pages)")
            if not any(s.chars for s in surveys):
                raise _no_text(origin, len(surveys))
            pages = _read_pages(raw, doc, surveys, origin, use_pdfium)
            meta_title = pdf_pdfium.title(doc)
        finally:
            doc.close()
    return _assemble(pages, meta_title, origin)


def _check_bytes(raw: bytes, origin: str) -> None:
    if not raw.strip():
        raise IngestError(f"{origin}: file is empty")
    head = raw[:_HEAD]
    if b"%PDF-" not in head:
        looks = head.lstrip().lower()
        kind = " (it looks like HTML)" if looks.startswith((b"<!doctype", b"<html")) else ""
        raise IngestError(f"{origin}: not a PDF: no %PDF- header{kind}")
    if b"%%EOF" not in raw[-_TAIL:]:
        raise IngestError(f"{origin}: truncated PDF: no %%EOF marker at the end")


def _no_text(origin: str, pages: int) -> IngestError:
    return IngestError(
        f"{origin}: no text layer (scanned?): none of its {pages} pages has extractable text"
    )


def _read_pages(
    raw: bytes, doc: Any, surveys: Sequence[PageSurvey], origin: str, use_pdfium: bool
) -> list[_Page]:
    pages = [_Page(s, [], []) for s in surveys]
    chars: dict[int, list[Char]] = {}
    plumbed = [i for i, s in enumerate(surveys) if s.chars and (s.rulings or not use_pdfium)]
    if plumbed:
        try:
            with pdfplumber.open(io.BytesIO(raw)) as pdf:
                for i in plumbed:
                    page = pdf.pages[i]
                    chars[i], pages[i].tables = pdf_plumber.read_page(page)
                    page.close()
        except Exception as exc:  # pdfminer raises anything from KeyError to zlib.error
            raise IngestError(f"{origin}: corrupt PDF ({type(exc).__name__}: {exc})") from exc
    for i, s in enumerate(surveys):
        if s.chars and i not in chars:
            try:
                chars[i] = pdf_pdfium.page_chars(doc, i)
            except pdfium.PdfiumError as exc:
                raise IngestError(f"{origin}: corrupt PDF (page {i + 1}: {exc})") from exc
    for i, page_chars in chars.items():
        pages[i].lines = lines_of(page_chars)
    return pages


def _page_items(page: _Page, drop: set[int], body: float) -> list[_Item]:
    """The page's blocks and tables in reading order; text between tables is read apart."""
    lines = [ln for i, ln in enumerate(page.lines) if i not in drop]
    items: list[_Item] = []
    for table in sorted(page.tables, key=lambda t: t.top):
        above = [ln for ln in lines if ln.baseline < table.top]
        lines = [ln for ln in lines if ln.baseline >= table.top]
        items += blocks(reading_order(above), body) if above else []
        items.append(table)
    items += blocks(reading_order(lines), body) if lines else []
    return items


@dataclass
class _Writer:
    parts: list[str]
    length: int = 0

    def add(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start


def _assemble(pages: list[_Page], meta_title: str | None, origin: str) -> PdfText:
    body = body_size(ln for p in pages for ln in p.lines)
    drops = running_lines([p.lines for p in pages], [p.survey.height for p in pages], body)
    out = _Writer([])
    page_starts: list[int] = []
    section_starts: list[int] = []
    section_titles: list[str] = []
    open_table: TablePart | None = None  # the table that ended the previous page
    header: tuple[str, ...] = ()
    title: str | None = None
    title_page_seen = False
    for page, drop in zip(pages, drops, strict=True):
        items = _page_items(page, drop, body)
        if items and not title_page_seen:
            title, title_page_seen = _title(items, body), True
        chunks: list[tuple[str, str]] = []  # (kind, text)
        for index, item in enumerate(items):
            if isinstance(item, TablePart):
                rows = item.rows
                if index == 0 and open_table is not None and continues(open_table, item):
                    rows = continuation_rows(header, item)
                    chunks.append(("continued", "\n".join(pipe_row(r) for r in rows)))
                else:
                    header = item.rows[0]
                    chunks.append(("table", "\n".join(pipe_row(r) for r in rows)))
            else:
                chunks.append((item.kind.value, item.text))
        open_table = items[-1] if items and isinstance(items[-1], TablePart) else None
        chunks = [(k, t) for k, t in chunks if t]
        if chunks and out.length:
            out.add("\n" if chunks[0][0] == "continued" else "\n\n")
        page_starts.append(out.length)
        previous = ""
        for kind, text in chunks:
            if previous:
                out.add("\n" if previous == kind in _LISTED else "\n\n")
            start = out.add(text)
            if kind == Kind.HEADING.value:
                section_starts.append(start)
                section_titles.append(text)
            previous = kind
    text = "".join(out.parts)
    if not text.strip():
        raise _no_text(origin, len(pages))
    return PdfText(
        text=text,
        page_starts=page_starts,
        section_starts=section_starts,
        section_titles=section_titles,
        title=title or meta_title,
        page_count=len(pages),
    )


def _title(items: Sequence[_Item], body: float) -> str | None:
    """The title page's biggest heading, if it is set clearly larger than the body."""
    headings = [b for b in items if isinstance(b, Block) and b.kind is Kind.HEADING]
    if not headings:
        return None
    biggest = max(headings, key=lambda b: b.size)
    return biggest.text if biggest.size >= HEADING_SIZE * body else None
