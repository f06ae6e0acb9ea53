"""PDFs that cannot be read, each the way real ones fail, and one that can despite a lock.

The readable plan itself comes from bench.plan_pdf (shared with the benchmark).
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from bench.plan_pdf import render_lines

HTML_404 = (
    b'<!DOCTYPE html>\n<html lang="sv"><head><title>Sidan finns inte</title></head>'
    b"<body><h1>Sidan finns inte</h1><p>Sidan du s\xc3\xb6ker har flyttats.</p></body></html>"
)
LOCKED_TEXT = "Handlingsplan med ägarlösenord"


def empty() -> bytes:
    return b""


def html_named_pdf() -> bytes:
    """What a web server sends when the PDF link is dead."""
    return HTML_404


def encrypted() -> bytes:
    """Opening needs a password."""
    return render_lines([["Hemlig handlingsplan"]], encrypt=StandardEncryption("hemligt"))


def owner_locked() -> bytes:
    """Encrypted with an owner password only (copying not allowed): anyone can open it."""
    lock = StandardEncryption("", ownerPassword="agare", canCopy=0)
    return render_lines([[LOCKED_TEXT]], encrypt=lock)


def truncated(good: bytes) -> bytes:
    """An interrupted download: the first half of a good file."""
    return good[: len(good) // 2]


def corrupt(good: bytes) -> bytes:
    """Header and trailer intact, everything between them overwritten."""
    return good[:400] + bytes(range(256)) * 40 + good[-300:]


def scanned() -> bytes:
    """A scanned page: an image and no text layer."""
    image = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(image)
    for y in range(60, 700, 24):
        draw.rectangle((60, y, 520, y + 10), fill=40)  # lines of "text" as pixels
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawImage(ImageReader(image), 40, 40, 500, 700)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
