"""Pages that once crashed ingest (issue 10, item 4): each now fails alone with a reason,
or loses only the bad part."""

from __future__ import annotations

import pytest

from ingest.errors import IngestError
from ingest.pipeline import extract
from ingest.readers.fetch import Fetched, decode_text
from ingest.readers.web_source import load_url
from tests.ingest.web.conftest import LOCAL, PAGES
from tests.ingest.web.server import PageServer, static

NON_TEXT_CODECS = ["rot13", "base64", "zlib", "hex", "bz2", "uu", "quopri"]


@pytest.mark.parametrize("label", NON_TEXT_CODECS)
def test_a_non_text_charset_is_an_unknown_encoding(label: str) -> None:
    raw = b"<html><body><p>Kramfors kommun</p></body></html>"
    for charset, body in ((label, raw), (None, f'<meta charset="{label}">'.encode() + raw)):
        fetched = Fetched("http://x.se/", "http://x.se/", 200, "text/html", charset, body)
        # codecs.lookup knows these names, but they are no text encodings: bytes.decode
        # raised LookupError, which escaped the batch.
        with pytest.raises(IngestError, match=f"unknown character encoding '{label}'"):
            decode_text(fetched)


def test_a_page_declaring_rot13_fails_alone(web: PageServer) -> None:
    web.routes["/rot13.html"] = static(b"<p>Hej</p>", "text/html; charset=rot13")
    with pytest.raises(IngestError, match="unknown character encoding 'rot13'"):
        load_url(web.url("/rot13.html"), policy=LOCAL)


def test_a_malformed_link_is_skipped_not_the_page(web: PageServer) -> None:
    news = (PAGES / "nyhet.html").read_bytes()
    bad = b'<li><a href="http://[::1/x.pdf">Trasig bilaga (pdf)</a></li>'
    anchor = b'<li><a href="bilagor/sammanfattning.pdf">'
    assert anchor in news
    web.routes["/trasig-lank.html"] = static(news.replace(anchor, bad + anchor), "text/html")
    page = load_url(web.url("/trasig-lank.html"), policy=LOCAL)
    assert [f.text for f in page.linked_pdfs] == [
        "Regional handlingsplan 2022-2026 (Pdf, 920.1 kB)",
        "Sammanfattning av handlingsplanen",
    ]
    assert extract(page.source).links  # the page's facts are all there


def test_a_malformed_base_href_is_ignored(web: PageServer) -> None:
    news = (PAGES / "nyhet.html").read_bytes()
    web.routes["/trasig-bas.html"] = static(
        news.replace(b"<head>", b'<head><base href="http://[::1/">', 1), "text/html"
    )
    page = load_url(web.url("/trasig-bas.html"), policy=LOCAL)
    # Relative links resolve against the page itself, as without a <base>.
    assert web.url("/bilagor/sammanfattning.pdf") in page.source.links_to
