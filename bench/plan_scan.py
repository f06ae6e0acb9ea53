"""A PDF as a scanner would give it back: every page an image, no text layer.

Used by the OCR test and the throughput benchmark: the benchmark plan is
rendered page by page to grey images at ``dpi`` and put back, one image per
page at the page's size, into an image-only PDF.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


def scan(data: bytes, *, dpi: int = 200, pages: int | None = None) -> bytes:
    """The PDF's first ``pages`` pages (all by default) as images only."""
    doc = pdfium.PdfDocument(data)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1)
    try:
        for index in range(min(len(doc), pages or len(doc))):
            page = doc[index]
            width, height = page.get_size()
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            canvas.setPageSize((width, height))
            canvas.drawImage(ImageReader(image), 0, 0, width, height)
            canvas.showPage()
    finally:
        doc.close()
    canvas.save()
    return buffer.getvalue()
