"""PDF bytes -> text with page and section offsets: the PDF counterpart of ingest.readers.reader.

1. Checks, then pypdfium2 opens the file and surveys every page (characters,
   rulings, images): empty, not a PDF, truncated, encrypted and corrupt files
   stop here with an IngestError that names the file.
2. Pages with a ruled grid (stroked lines both ways) are read by pdfplumber:
   characters outside tables, and the tables. Pages with text and no grid are
   read by pypdfium2. Both backends give the same Char values
   (ingest.readers.pdf_words). Pages with images and no text (a scan) are rendered by
   pypdfium2 and recognised by Tesseract (ingest.readers.pdf_ocr), outside the PDFium
   lock, into the same Char values. The ingest's deadline (ingest.limits) is checked
   before each page is read, rendered or recognised: a long scan stops within a page of
   the limit with INGEST_TIMEOUT.
3. ingest.readers.pdf_assemble does the rest: characters become lines, running headers
   and footers go, tables without a grid are read from their words
   (pdf_unruled), lines are put in reading order (pdf_columns) and grouped
   into blocks (pdf_blocks), and the pages become one text, joined where a
   table, a row or a paragraph runs on to the next page.

Speed, measured with `python -m bench.pdf_throughput` on its 100-page plan (40
pages with ruled tables) on 2 cores (docs/benchmarks.md): pypdfium2's plain
text runs at 830-1050 pages/s, pdfplumber's extract_text at 11-13 pages/s,
nearly all of it pdfminer parsing the page (find_tables adds little).
Characters with positions and fonts through PDFium's per-character API: ~72
pages/s (14 ms a page), against ~14.5 pages/s for pdfplumber's characters and
tables. So pypdfium2 opens and surveys every file (~1200 pages/s) and reads
every page without a grid, and pdfplumber parses only the pages that may hold
a ruled grid, which only it can find. tests/ingest/pdf checks that both give
the same text.
"""

from __future__ import annotations

import io
import tempfile
import threading
from collections.abc import Sequence
from typing import Any

import pdfplumber
import pypdfium2 as pdfium  # type: ignore[import-untyped]

from ingest.errors import IngestError
from ingest.limits import Deadline, active_deadline
from ingest.readers import pdf_ocr, pdf_pdfium, pdf_plumber
from ingest.readers.pdf_assemble import Page, PdfText, assemble
from ingest.readers.pdf_pdfium import PageSurvey
from ingest.readers.pdf_words import Char, lines_of

__all__ = ["PdfText", "read_pdf"]

_HEAD, _TAIL = 1024, 2048  # where the %PDF- header and the %%EOF marker must be
# PDFium is not thread-safe, not even across documents (pypdfium2's documentation: calls
# from two threads at once may crash or corrupt the process), and the API ingests in
# threads: one PDF is read at a time.
_PDFIUM = threading.Lock()


def read_pdf(
    raw: bytes, origin: str, *, use_pdfium: bool = True, deadline: Deadline | None = None
) -> PdfText:
    """The text of a PDF; raises IngestError naming origin and the reason (OcrUnavailableError
    when it has scanned pages and Tesseract is not installed, IngestTimeoutError once the
    deadline, by default the one in force, has passed).

    use_pdfium=False reads every page with text with pdfplumber (to compare the backends)."""
    _check_bytes(raw, origin)
    deadline = deadline or active_deadline()
    with tempfile.TemporaryDirectory(prefix="stratgraph-ocr-") as scratch:
        pages, meta_title, scanned = _read(raw, origin, use_pdfium, scratch, deadline)
    pdf = assemble(pages, meta_title)
    if not pdf.text.strip():
        raise _no_text(origin, len(pages), ocr=bool(scanned))
    return pdf


def _read(
    raw: bytes, origin: str, use_pdfium: bool, scratch: str, deadline: Deadline
) -> tuple[list[Page], str | None, list[int]]:
    """(pages, the Title metadata, the indices of the pages read by OCR)."""
    with _PDFIUM:
        doc = pdf_pdfium.open_pdf(raw, origin)
        try:
            try:
                surveys = pdf_pdfium.survey(doc)
            except pdfium.PdfiumError as exc:
                raise IngestError(f"{origin}: corrupt PDF ({exc})") from exc
            if not surveys:
                raise IngestError(f"{origin}: corrupt PDF (no pages)")
            scanned = [i for i, s in enumerate(surveys) if not s.chars and s.images]
            if not scanned and not any(s.chars for s in surveys):
                raise _no_text(origin, len(surveys))
            if scanned:
                pdf_ocr.check_available(origin, len(scanned), len(surveys))
            pages = _read_pages(raw, doc, surveys, origin, use_pdfium, deadline)
            images = {}
            for i in scanned:
                deadline.check(origin)
                images[i] = pdf_ocr.render(doc, i, scratch)
            meta_title = pdf_pdfium.title(doc)
        finally:
            doc.close()
    for i, recognised in pdf_ocr.recognise_pages(images, origin, deadline).items():
        pages[i].lines, pages[i].ocr = lines_of(recognised.chars), recognised.confidence
    return pages, meta_title, scanned


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


def _no_text(origin: str, pages: int, *, ocr: bool = False) -> IngestError:
    tried = "; OCR recognised no text either" if ocr else ""
    return IngestError(
        f"{origin}: no text layer (scanned?): none of its {pages} pages has extractable text{tried}"
    )


def _read_pages(
    raw: bytes,
    doc: Any,
    surveys: Sequence[PageSurvey],
    origin: str,
    use_pdfium: bool,
    deadline: Deadline,
) -> list[Page]:
    pages = [Page(s, [], []) for s in surveys]
    chars: dict[int, list[Char]] = {}
    plumbed = [i for i, s in enumerate(surveys) if s.chars and (s.rulings or not use_pdfium)]
    if plumbed:
        try:
            with pdfplumber.open(io.BytesIO(raw)) as pdf:
                for i in plumbed:
                    deadline.check(origin)
                    page = pdf.pages[i]
                    chars[i], pages[i].tables = pdf_plumber.read_page(page)
                    page.close()
        except IngestError:
            raise
        except Exception as exc:  # pdfminer raises anything from KeyError to zlib.error
            raise IngestError(f"{origin}: corrupt PDF ({type(exc).__name__}: {exc})") from exc
    for i, s in enumerate(surveys):
        if s.chars and i not in chars:
            deadline.check(origin)
            try:
                chars[i] = pdf_pdfium.page_chars(doc, i)
            except pdfium.PdfiumError as exc:
                raise IngestError(f"{origin}: corrupt PDF (page {i + 1}: {exc})") from exc
    for i, page_chars in chars.items():
        pages[i].lines = lines_of(page_chars)
    return pages
