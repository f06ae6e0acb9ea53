"""The pypdfium2 backend: opening and checking a PDF, and the characters of its pages.

PDFium reads a page's plain text about 80 times faster than pdfminer (under
pdfplumber), and its characters with positions and fonts about 5 times faster,
so it does everything that needs no ruled-table detection: it opens the file
(and says why it cannot: encrypted, corrupt), counts each page's characters
and images (a page with images and no characters is a scan, for OCR), looks
for rulings (a page with at least two stroked horizontal and two vertical
lines may hold a ruled grid, and goes to pdfplumber; the horizontal rulings
and the edges of shaded bands separate the rows of tables drawn without a
grid, ingest.readers.pdf_unruled), and delivers the characters of every other page,
with the same meaning as pdfplumber's (see ingest.readers.pdf_words). Figures in
ingest.readers.pdf_reader.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from ingest.errors import IngestError
from ingest.readers.pdf_tables import Ruling
from ingest.readers.pdf_words import Char, is_bold

_THIN = 2.0  # points: a path this thin is a ruling line
_LONG = 5.0  # points: and at least this long
_BAND = 40.0  # points: a filled box at least this wide is a band (a shaded row), not a mark
_MAX_PATHS = 5000
_LINE_END_HYPHEN = 0x02

_LOAD_ERRORS = {
    pdfium_c.FPDF_ERR_PASSWORD: "encrypted PDF (password protected)",
    pdfium_c.FPDF_ERR_SECURITY: "encrypted PDF (unsupported security handler)",
    pdfium_c.FPDF_ERR_FORMAT: "corrupt PDF (not in PDF format or damaged)",
    pdfium_c.FPDF_ERR_FILE: "corrupt PDF (cannot be read)",
}


@dataclass(frozen=True)
class PageSurvey:
    width: float
    height: float
    chars: int
    rulings: bool  # stroked vertical and horizontal lines: may hold a ruled table
    images: int = 0  # image objects: a page with images and no characters is a scan
    lines: tuple[Ruling, ...] = ()


def open_pdf(raw: bytes, origin: str) -> Any:
    """The PdfDocument, or IngestError naming origin and why it cannot be opened."""
    try:
        return pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        reason = _LOAD_ERRORS.get(getattr(exc, "err_code", None), f"corrupt PDF ({exc})")
        raise IngestError(f"{origin}: {reason}") from exc


def title(doc: Any) -> str | None:
    value = doc.get_metadata_value("Title")
    return (str(value).strip() or None) if value else None


def survey(doc: Any) -> list[PageSurvey]:
    pages = []
    for index in range(len(doc)):
        page = doc[index]
        try:
            textpage = page.get_textpage()
            try:
                chars = int(textpage.count_chars())
            finally:
                textpage.close()
            width, height = page.get_size()
            grid, lines = _rulings(page)
            images = 0 if chars else _images(page)
            pages.append(PageSurvey(float(width), float(height), chars, grid, images, lines))
        finally:
            page.close()
    return pages


def _images(page: Any) -> int:
    return sum(1 for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=8))


def _rulings(page: Any) -> tuple[bool, tuple[Ruling, ...]]:
    """(whether the page may hold a ruled grid, its horizontal rulings top to bottom).

    A shaded band (filled, not stroked) separates rows but draws no column: only
    stroked boxes and thin lines count towards a grid, so a table with a shaded
    header and a line under each row is read from its words (ingest.readers.pdf_unruled)."""
    left, _, _, top = page.get_mediabox()
    horizontal = vertical = 0
    found: list[Ruling] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for count, obj in enumerate(
        page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=8)
    ):
        if count >= _MAX_PATHS:
            break  # a chart or a map, not a table
        x0, y0, x1, y1 = obj.get_bounds()
        w, h = x1 - x0, y1 - y0
        if h <= _THIN and w >= _LONG:
            horizontal += 1
            found.append(Ruling(top - (y0 + y1) / 2, x0 - left, x1 - left))
        elif w <= _THIN and h >= _LONG:
            vertical += 1
        elif w > _THIN and h > _THIN:
            pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
            if stroke.value:
                horizontal += 2  # a box, or a whole grid drawn as one path
                vertical += 2
            if w >= _BAND:
                found += [Ruling(top - y1, x0 - left, x1 - left)]
                found += [Ruling(top - y0, x0 - left, x1 - left)]
    return horizontal >= 2 and vertical >= 2, tuple(sorted(found, key=lambda r: r.y))


@dataclass(frozen=True)
class _Style:
    size: float
    bold: bool
    upright: bool


def page_chars(doc: Any, index: int) -> list[Char]:
    """The page's characters (not PDFium's generated spaces and line breaks)."""
    page = doc[index]
    textpage = page.get_textpage()
    try:
        left, _, _, top = page.get_mediabox()
        return _chars(textpage.raw, float(left), float(top))
    finally:
        textpage.close()
        page.close()


def _chars(tp: Any, left: float, top: float) -> list[Char]:
    x, y = ctypes.c_double(), ctypes.c_double()
    box = pdfium_c.FS_RECTF()
    styles: dict[int, _Style] = {}
    chars: list[Char] = []
    for i in range(pdfium_c.FPDFText_CountChars(tp)):
        obj = pdfium_c.FPDFText_GetTextObject(tp, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value
        if key is None:
            continue  # generated by PDFium, not drawn
        style = styles.get(key)
        if style is None:
            style = styles[key] = _style(tp, i, obj)
        if not style.upright:
            continue
        pdfium_c.FPDFText_GetCharOrigin(tp, i, x, y)
        pdfium_c.FPDFText_GetLooseCharBox(tp, i, box)
        code = pdfium_c.FPDFText_GetUnicode(tp, i)
        chars.append(
            Char(
                # PDFium reports a hyphen at a line end as 0x02; the PDF has a "-" there.
                text="-" if code == _LINE_END_HYPHEN else chr(code),
                x0=x.value - left,
                x1=box.right - left,
                baseline=top - y.value,
                size=style.size,
                bold=style.bold,
            )
        )
    return chars


def _style(tp: Any, index: int, obj: Any) -> _Style:
    """Size (font size times the text and graphics scaling, as pdfplumber has it) and
    weight of a text object, from its first character."""
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(tp, index, matrix)
    scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
    size = float(pdfium_c.FPDFText_GetFontSize(tp, index)) * scale
    name = ctypes.create_string_buffer(256)
    pdfium_c.FPDFFont_GetBaseFontName(pdfium_c.FPDFTextObj_GetFont(obj), name, len(name))
    # pdfminer's test, so that both backends drop the same (rotated) characters.
    upright = matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0
    return _Style(size, is_bold(name.value.decode("latin-1")), upright)
