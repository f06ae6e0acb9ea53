"""Scanned pages: rendered by PDFium, recognised by Tesseract, returned as characters.

A page with images and no characters is a scan. It is rendered at OCR_DPI in
grey (inside the reader's PDFium lock, one page in memory at a time, to a PNG
in a temporary directory) and recognised by Tesseract with its Swedish model
through pytesseract (outside the lock, pages in parallel, each Tesseract on one
thread: OpenMP threads make it several times slower on a busy machine).

Tesseract's hOCR gives each line's baseline and size (x_size, the same for
every line set in one font whatever its letters) and each word's box and
confidence. Each word becomes one Char with its line's baseline and size, so
the rest of the reader (lines, tables, columns, blocks) reads a scan as it
reads a text layer; bold is unknown (headings come from size alone). Sizes
within 8 % of each other on a page are made one, as fonts are. A small mark
before a line's first word (Tesseract reads bullets as », «, e, o) is a bullet.

Missing Tesseract or its Swedish model is an OcrUnavailableError (code
OCR_UNAVAILABLE) that says what to install.
"""

from __future__ import annotations

import math
import os
import re
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from ingest.errors import IngestError
from ingest.limits import Deadline
from ingest.readers.pdf_words import Char

OCR_UNAVAILABLE = "OCR_UNAVAILABLE"
OCR_DPI = 300
LANGUAGE = "swe"
PAGE_TIMEOUT = 300  # seconds for one page
MAX_PIXELS = 40_000_000  # an A2 page at 300 dpi; A4 is 8.7 million
INSTALL = (
    "install Tesseract and its Swedish model (Debian/Ubuntu: "
    "apt-get install tesseract-ocr tesseract-ocr-swe)"
)
# A dark run at least this long (inches) and at most this thick is a rule: a letter's
# stroke that long belongs to a letter over 19 pt, whose strokes are thicker.
RULE_LENGTH, RULE_WIDTH = 1 / 5, 1 / 50
_LINE_CONFIDENCE, _WORD_LETTERS = 60, 3
# Three or more words in a row read with less than this are noise: dot leaders in a table
# of contents come out as "osoreererer rer rss KKR RR"; a lone doubtful word is kept.
_NOISE_CONFIDENCE, _NOISE_RUN = 50, 3
_BODY_BAND = (0.85, 1.2)  # lines within these shares of the page's usual size are body text
_SAME_SIZE = 1.12
_BULLET_SHARE = 0.5  # a bullet's box is at most this share of the line's size each way
_XHTML = "{http://www.w3.org/1999/xhtml}"
_LINE_CLASSES = frozenset({"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"})
_NUMBERS = re.compile(r"-?\d+(?:\.\d+)?")


class OcrUnavailableError(IngestError):
    """A PDF has scanned pages and Tesseract (or its Swedish model) is not installed."""

    code = OCR_UNAVAILABLE


@dataclass(frozen=True)
class Recognised:
    chars: list[Char]
    confidence: float  # mean word confidence, 0-1, weighted by word length


@dataclass(frozen=True)
class Rendered:
    path: str  # a PNG of the page
    dpi: int


def check_available(origin: str, scanned: int, pages: int) -> None:
    """Raise OcrUnavailableError unless Tesseract with the Swedish model can run."""
    where = f"{origin}: no text layer (scanned?) on {scanned} of its {pages} pages"
    try:
        import pytesseract

        languages = pytesseract.get_languages(config="")
    except Exception as exc:  # ImportError, TesseractNotFoundError, OSError
        raise OcrUnavailableError(
            f"{where}, and OCR is not available ({type(exc).__name__}): {INSTALL}"
        ) from exc
    if LANGUAGE not in languages:
        raise OcrUnavailableError(f"{where}, and Tesseract has no Swedish model: {INSTALL}")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def render(doc: Any, index: int, directory: str, dpi: int = OCR_DPI) -> Rendered:
    """Page index of a pypdfium2 document as a grey PNG in directory (the caller holds the
    PDFium lock); one page's bitmap is in memory at a time."""
    page = doc[index]
    try:
        width, height = page.get_size()
        # A huge page (a map, or a hostile file) is rendered coarser, not at any size.
        dpi = max(1, min(dpi, int(72 * math.sqrt(MAX_PIXELS / max(1.0, width * height)))))
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        path = str(Path(directory) / f"page-{index + 1}.png")
        bitmap.to_pil().save(path, compress_level=1)
        bitmap.close()
    finally:
        page.close()
    return Rendered(path, dpi)


def recognise_pages(
    pages: dict[int, Rendered], origin: str, deadline: Deadline | None = None
) -> dict[int, Recognised]:
    """Each rendered page (by index) recognised; pages run in parallel. Each page checks
    the deadline before it starts (a page takes seconds, a scan can take many minutes);
    past it, the pages not yet started are dropped and IngestTimeoutError is raised."""
    if not pages:
        return {}
    limit = deadline or Deadline(None)

    def one(i: int) -> Recognised:
        limit.check(origin)
        return _recognise(i, pages[i], origin)

    workers = max(1, min(len(pages), os.cpu_count() or 1))
    pool = ThreadPoolExecutor(workers)
    try:
        return dict(zip(pages, pool.map(one, list(pages)), strict=True))
    finally:
        pool.shutdown(cancel_futures=True)


def without_rules(gray: NDArray[np.uint8], dpi: int) -> NDArray[np.uint8]:
    """The image with its rules (long, thin straight lines) whitened: Tesseract drops text
    boxed in by rules, as a ruled table's header row is. A letter's stroke is shorter, or
    (in a title large enough to be as long) thicker."""
    dark = gray < 128
    length, thin = round(RULE_LENGTH * dpi), round(RULE_WIDTH * dpi)
    across, down = _run_lengths(dark, 1), _run_lengths(dark, 0)
    lying = (across >= length) & (down <= thin)
    standing = (down >= length) & (across <= thin)
    if not (lying.any() or standing.any()):
        return gray
    clean = gray.copy()
    # With the grey edge a scanner or a renderer leaves on each side.
    clean[_widened(lying, 0) | _widened(standing, 1)] = 255
    return clean


def _widened(mask: NDArray[np.bool_], axis: int, by: int = 2) -> NDArray[np.bool_]:
    wide = mask.copy()
    for step in range(1, by + 1):
        if axis == 0:
            wide[step:] |= mask[:-step]
            wide[:-step] |= mask[step:]
        else:
            wide[:, step:] |= mask[:, :-step]
            wide[:, :-step] |= mask[:, step:]
    return wide


def _run_lengths(dark: NDArray[np.bool_], axis: int) -> NDArray[np.int32]:
    """For each dark pixel, the length of the run of dark pixels it is in along axis."""
    size = dark.shape[axis]
    shape = [1, 1]
    shape[axis] = size
    index = np.arange(size, dtype=np.int32).reshape(shape)
    before = np.where(dark, -1, index)  # the last light pixel at or before each one
    np.maximum.accumulate(before, axis=axis, out=before)
    after = np.where(dark, size, index)  # the first light pixel at or after each one
    after = np.flip(np.minimum.accumulate(np.flip(after, axis), axis=axis), axis)
    return np.where(dark, after - before - 1, 0).astype(np.int32)


def _recognise(index: int, page: Rendered, origin: str) -> Recognised:
    import pytesseract

    with Image.open(page.path) as image:
        gray = np.asarray(image.convert("L"))
    clean = without_rules(gray, page.dpi)
    if clean is not gray:
        Image.fromarray(clean).save(page.path, compress_level=1)
    try:
        hocr = pytesseract.image_to_pdf_or_hocr(
            page.path, lang=LANGUAGE, extension="hocr", timeout=PAGE_TIMEOUT
        )
    except Exception as exc:  # TesseractError, RuntimeError (timeout), OSError
        raise IngestError(f"{origin}: OCR failed on page {index + 1}: {exc}") from exc
    return from_hocr(hocr, page.dpi)


def _title(element: ET.Element) -> dict[str, list[float]]:
    fields: dict[str, list[float]] = {}
    for part in (element.get("title") or "").split(";"):
        name, _, rest = part.strip().partition(" ")
        fields[name] = [float(v) for v in _NUMBERS.findall(rest)]
    return fields


@dataclass
class _Word:
    text: str
    box: list[float]
    confidence: float


@dataclass
class _Line:
    words: list[_Word]
    baseline: float
    size: float


def _lines(hocr: bytes) -> Iterator[_Line]:
    root = ET.fromstring(hocr)  # Tesseract's own output
    for element in root.iter(f"{_XHTML}span"):
        if element.get("class") not in _LINE_CLASSES:
            continue
        fields = _title(element)
        box = fields.get("bbox", [0, 0, 0, 0])
        slope, offset = (fields.get("baseline") or [0.0, 0.0])[:2]
        words = []
        for word in element.iter(f"{_XHTML}span"):
            text = "".join(word.itertext()).strip()
            if word.get("class") == "ocrx_word" and text:
                title = _title(word)
                words.append(_Word(text, title["bbox"], (title.get("x_wconf") or [0.0])[0]))
        if words:
            middle = (words[0].box[0] + words[-1].box[2]) / 2
            baseline = box[3] + offset + slope * (middle - box[0])
            size = (fields.get("x_size") or [box[3] - box[1]])[0]
            yield _Line(words, baseline, size)


_ASCENDING = frozenset("bdfhkltåäöéü")  # letters above the x-height
_DESCENDING = frozenset("gjpqy")


def _word_size(word: _Word) -> float | None:
    """A word's font size from its box: the box is the x-height, plus the ascender part
    when a letter rises above it, plus the descender part when one goes below."""
    text = word.text.strip(".,;:!?()\"'»«")
    if len(text) < 2 or not text.isalpha():
        return None
    rises = any(c in _ASCENDING or c.isupper() for c in text)
    falls = any(c in _DESCENDING for c in text)
    share = (0.74 if rises else 0.53) + (0.21 if falls else 0.0)
    return (word.box[3] - word.box[1]) / share


def _line_size(line: _Line) -> float:
    sizes = [s for s in map(_word_size, line.words) if s]
    return statistics.median(sizes) if sizes else line.size


def _snap(sizes: list[float]) -> list[float]:
    """Sizes as fonts have them: those near the page's usual size are that size (a box's
    height varies by a few pixels), larger ones the median of their group (within
    _SAME_SIZE of the group's smallest)."""
    if not sizes:
        return []
    usual = statistics.median(sizes)
    low, high = _BODY_BAND
    snapped = {s: usual for s in sizes if low * usual <= s <= high * usual}
    group: list[float] = []
    for size in sorted(s for s in sizes if s not in snapped):
        if group and size > group[0] * _SAME_SIZE:
            snapped.update(dict.fromkeys(group, statistics.median(group)))
            group = []
        group.append(size)
    if group:
        snapped.update(dict.fromkeys(group, statistics.median(group)))
    return [snapped[s] for s in sizes]


def _is_bullet(line: _Line, size: float) -> bool:
    if len(line.words) < 2 or len(line.words[0].text) > 1 or line.words[0].text.isdigit():
        return False
    x0, y0, x1, y1 = line.words[0].box
    limit = _BULLET_SHARE * size
    return x1 - x0 <= limit and y1 - y0 <= limit and line.words[1].box[0] - x1 >= 0.3 * size


def _kept(line: _Line) -> bool:
    """A line recognised with confidence, or with a word: a smudge or a rule read as
    "Oo LI =." is neither (Tesseract can give a word it read right a confidence of 0)."""
    total = sum(len(w.text) for w in line.words)
    if sum(w.confidence * len(w.text) for w in line.words) >= _LINE_CONFIDENCE * total:
        return True
    return any(sum(c.isalpha() for c in w.text) >= _WORD_LETTERS for w in line.words)


def _without_noise(line: _Line) -> _Line:
    words: list[_Word] = []
    run: list[_Word] = []
    for word in [*line.words, None]:
        if word is not None and word.confidence < _NOISE_CONFIDENCE:
            run.append(word)
            continue
        words += run if len(run) < _NOISE_RUN else []
        run = []
        if word is not None:
            words.append(word)
    return _Line(words, line.baseline, line.size)


def from_hocr(hocr: bytes, dpi: int) -> Recognised:
    """Characters (one per word, then a space) in points, and the mean confidence."""
    cleaned = (_without_noise(line) for line in _lines(hocr))
    lines = [line for line in cleaned if line.words and _kept(line)]
    scale = 72.0 / dpi
    sizes = _snap([_line_size(line) for line in lines])
    chars: list[Char] = []
    weight = score = 0.0
    for line, size in zip(lines, sizes, strict=True):
        if _is_bullet(line, size):
            line.words[0].text = "\u2022"
        for word in line.words:
            x0, x1 = word.box[0] * scale, word.box[2] * scale
            baseline = line.baseline * scale
            chars.append(Char(word.text, x0, x1, baseline, size * scale, False))
            chars.append(Char(" ", x1, x1, baseline, size * scale, False))
            weight += len(word.text)
            score += word.confidence * len(word.text)
    return Recognised(chars, score / weight / 100 if weight else 0.0)
