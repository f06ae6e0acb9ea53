"""Evidence read from a scanned page says so: its rule ends in "+ocr" and its confidence
is the rule's times the page's OCR confidence (Tesseract's mean word confidence there).

Kept apart from ingest.readers.pdf_ocr (which needs numpy, Pillow and Tesseract) so that the
fact collector can use it on any source. The source lists its OCR pages and their
confidence (ingest.readers.pdf_assemble.PdfText.ocr_pages).
"""

from __future__ import annotations

from collections.abc import Mapping

OCR_RULE_SUFFIX = "+ocr"
_FLOOR = 0.01  # evidence confidence stays in (0, 1]


def ocr_evidence(
    rule: str, confidence: float, page: int | None, ocr_pages: Mapping[int, float]
) -> tuple[str, float]:
    """(rule, confidence) for evidence on ``page``: as given unless the page was OCR'd."""
    if page is None or page not in ocr_pages:
        return rule, confidence
    return rule + OCR_RULE_SUFFIX, round(max(_FLOOR, confidence * ocr_pages[page]), 3)
