"""The test site: a municipal news page with its PDF, and every way a fetch can go wrong."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.address_policy import AddressPolicy
from tests.ingest.web.server import (
    Handler,
    PageServer,
    endless,
    redirect,
    send,
    stall_before_headers,
    stall_in_body,
    static,
    trickle,
)

PAGES = Path(__file__).resolve().parent / "pages"
# The test site is on 127.0.0.1, which URL ingest refuses by default: its tests allow it.
LOCAL = AddressPolicy.allowing(["127.0.0.0/8"])
NEWS_PATH = "/nyheter/2024/nyhet.html"
PDF_PATH = "/download/18.3b2c/1708675200000/Regional handlingsplan 2022-2026.pdf"
SUMMARY_PDF_PATH = "/nyheter/2024/bilagor/sammanfattning.pdf"

EMPTY_PAGE = """<!DOCTYPE html><html lang="sv"><head><title>Sök - Kramfors kommun</title></head>
<body>
<div class="cookie-banner"><h2>Cookies</h2><p>Vi använder cookies för att förbättra din
upplevelse på hemsidan. Genom att fortsätta godkänner du vår användning av cookies.</p></div>
<header><nav><ul><li><a href="/stod-och-omsorg.html">Stöd &amp; omsorg</a></li>
<li><a href="/kommun-och-demokrati.html">Kommun &amp; demokrati</a></li></ul></nav></header>
<main><h1>Sök</h1></main>
<footer><p>Kramfors kommun, 872 80 Kramfors</p></footer>
</body></html>"""

# Windows-1252 bytes under an ISO-8859-1 label, as such servers really send: the
# en dash (0x96) only exists in windows-1252.
LATIN1_PAGE = """<!DOCTYPE html><html lang="sv"><head><title>Välfärdsnämnden</title></head>
<body><main>
<h1>Välfärdsnämnden beslutade om medverkan i Resurscentrum mot våld</h1>
<p>23 februari 2024</p>
<p>Välfärdsnämnden i Kramfors kommun beslutade igår att kommunen ska medverka i det
länsgemensamma Resurscentrum mot våld, tillsammans med Region Västernorrland,
Polismyndigheten och Åklagarmyndigheten.</p>
<p>\u2013 Våld är aldrig acceptabelt, säger Välfärdsnämndens ordförande Lena Holm (S).</p>
</main></body></html>"""

META_CHARSET_PAGE = LATIN1_PAGE.replace(
    "<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
)

PLAIN_TEXT = """28 juni 2022

Samverkan mot våld i nära relationer

Kramfors kommun har undertecknat Regional handlingsplan 2022-2026. Länsstyrelsen
Västernorrland samordnar uppföljningen av det länsgemensamma arbetet.

Uppdaterad: 2022-07-01 Sidansvarig: Maria Lind
"""


def make_pdf(path: Path) -> bytes:
    """A two-page plan, the kind of attachment a news page links to."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle("Regional handlingsplan 2022-2026")
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, 770, "Regional handlingsplan 2022-2026")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 740, "Mäns våld mot kvinnor och våld i nära relationer")
    pdf.drawString(72, 720, "Länsstyrelsen Västernorrland")
    pdf.showPage()
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(72, 770, "1. Inledning")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 745, "Handlingsplanen har undertecknats av Kramfors kommun och")
    pdf.drawString(72, 730, "Region Västernorrland den 22 mars 2022.")
    pdf.showPage()
    pdf.save()
    return path.read_bytes()


def _server_error(handler: Handler) -> None:
    send(handler, 500, b"<html><body><h1>Internal Server Error</h1></body></html>", "text/html")


def install_site(server: PageServer, tmp_path: Path) -> None:
    news = (PAGES / "nyhet.html").read_bytes()
    pdf = make_pdf(tmp_path / "handlingsplan.pdf")
    html = "text/html; charset=utf-8"
    routes = {
        NEWS_PATH: static(news, html),
        PDF_PATH: static(pdf, "application/pdf"),
        SUMMARY_PDF_PATH: static(pdf, "application/pdf"),
        "/seg": stall_before_headers(),
        "/seg-kropp": stall_in_body(),
        "/droppar": trickle(),
        "/stor": static(b"<html><body><main>" + b"<p>x</p>" * 40_000 + b"</main></body>", html),
        "/utan-slut": endless(),
        "/loop/a": redirect("/loop/b"),
        "/loop/b": redirect(server.url("/loop/a"), status=301),
        "/hopp/1": redirect("/hopp/2", status=301),
        "/hopp/2": redirect(server.url("/hopp/3"), status=307),
        "/hopp/3": redirect("/nyheter/2024/nyhet.html", status=308),
        "/till-ftp": redirect("ftp://ftp.example.org/handlingsplan.pdf"),
        "/bild.png": static(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"),
        "/fil.bin": static(b"\0" * 64, "application/octet-stream"),
        "/utan-typ": static(b"<html><body><p>Hej</p></body></html>", None),
        "/fel": _server_error,
        "/tom.html": static(EMPTY_PAGE.encode(), html),
        "/latin1.html": static(LATIN1_PAGE.encode("cp1252"), "text/html; charset=ISO-8859-1"),
        "/meta-charset.html": static(META_CHARSET_PAGE.encode("cp1252"), "text/html"),
        "/text.txt": static(PLAIN_TEXT.encode(), "text/plain; charset=utf-8"),
        "/tomt-svar": static(b"", html),
        "/trasig.pdf": static(pdf[: len(pdf) // 2], "application/pdf"),
    }
    for n in range(10):
        routes[f"/kedja/{n}"] = redirect(f"/kedja/{n + 1}")
    routes["/kedja/10"] = static(news, html)
    server.routes.update(routes)


@pytest.fixture
def web(tmp_path: Path) -> Iterator[PageServer]:
    server = PageServer()
    install_site(server, tmp_path)
    server.start()
    yield server
    server.stop()
