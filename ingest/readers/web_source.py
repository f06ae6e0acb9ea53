"""URL -> Source: one web page or PDF, fetched and read, ready for ingest.pipeline.extract.

Identity: the URL as requested (canonicalised by ingest.readers.fetch.canonical_url) is
the source's uri and the key of its id, not the URL it was finally served from
after redirects. Re-ingesting the same URL then updates the same source even
when the site moves the page behind a redirect, and a linked PDF's uri in
`Source.links_to` is exactly the id key that loading that PDF gives. The final
URL is kept on the WebPage and is what relative links resolve against.

One call per URL; every failure is an IngestError naming the URL, so a batch
can report it and go on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from graph.ids import digest, make_id
from graph.nodes import Source
from ingest.errors import IngestError
from ingest.language.published import page_dates
from ingest.pipeline import page_title
from ingest.readers.address_policy import AddressPolicy, GuardedClient
from ingest.readers.fetch import (
    DEFAULT_LIMITS,
    Fetched,
    FetchLimits,
    canonical_url,
    decode_text,
    fetch,
)
from ingest.readers.html_main import LinkedFile, extract_main

__all__ = ["FetchLimits", "LinkedFile", "WebPage", "load_url"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True, slots=True)
class WebPage:
    source: Source
    linked_pdfs: list[LinkedFile]  # PDFs the page's main content links to; empty for a PDF
    final_url: str  # where the page was served from, after redirects


def load_url(
    url: str,
    *,
    client: GuardedClient | None = None,
    limits: FetchLimits = DEFAULT_LIMITS,
    policy: AddressPolicy | None = None,
) -> WebPage:
    """Fetch one URL and read it into a Source (raises IngestError naming the URL).

    Pass a client to reuse connections across a batch; it is left open, and its
    address policy applies. Without one, `policy` does (default: public addresses).
    """
    identity = canonical_url(url)
    fetched = fetch(identity, client=client, limits=limits, policy=policy)
    if not fetched.raw.strip():
        raise IngestError(f"{identity}: empty response")
    if fetched.media_type == "application/pdf":
        return _pdf_page(identity, fetched)
    text = decode_text(fetched)
    if fetched.media_type in _HTML_TYPES:
        main = extract_main(text, identity, base_url=fetched.final_url)
        linked = list(main.linked_files)
        source = _source(
            identity,
            fetched,
            main.text,
            title=main.heading or page_title(main.text),
            published_on=main.published_on,
            updated_on=main.updated_on,
            links_to=[f.uri for f in linked],
        )
        return WebPage(source=source, linked_pdfs=linked, final_url=fetched.final_url)
    # text/plain, read as ingest.readers.reader reads a .txt file.
    if not text.strip():
        raise IngestError(f"{identity}: no visible text")
    dates = page_dates(text)
    source = _source(
        identity,
        fetched,
        text,
        title=page_title(text),
        published_on=dates.published_on,
        updated_on=dates.updated_on,
    )
    return WebPage(source=source, linked_pdfs=[], final_url=fetched.final_url)


def _pdf_page(identity: str, fetched: Fetched) -> WebPage:
    # Imported here: the PDF readers (pypdfium2, pdfplumber) are heavy and only PDFs need them.
    from ingest.readers.pdf_reader import read_pdf

    pdf = read_pdf(fetched.raw, identity)
    dates = page_dates(pdf.text)
    source = _source(
        identity,
        fetched,
        pdf.text,
        title=pdf.title or page_title(pdf.text),
        published_on=dates.published_on,
        updated_on=dates.updated_on,
        page_starts=list(pdf.page_starts),
        section_starts=list(pdf.section_starts),
        section_titles=list(pdf.section_titles),
        ocr_pages=list(pdf.ocr_pages),
        ocr_confidence=list(pdf.ocr_pages.values()),
    )
    return WebPage(source=source, linked_pdfs=[], final_url=fetched.final_url)


def _source(
    identity: str,
    fetched: Fetched,
    text: str,
    *,
    title: str | None,
    published_on: str | None,
    updated_on: str | None,
    links_to: list[str] | None = None,
    page_starts: list[int] | None = None,
    section_starts: list[int] | None = None,
    section_titles: list[str] | None = None,
    ocr_pages: list[int] | None = None,
    ocr_confidence: list[float] | None = None,
) -> Source:
    return Source(
        id=make_id("Source", digest(identity)),
        uri=identity,
        sha256=hashlib.sha256(fetched.raw).hexdigest(),
        media_type=fetched.media_type,
        text=text,
        title=title,
        published_on=published_on,
        updated_on=updated_on,
        page_starts=page_starts or [],
        section_starts=section_starts or [],
        section_titles=section_titles or [],
        links_to=links_to or [],
        ocr_pages=ocr_pages or [],
        ocr_confidence=ocr_confidence or [],
    )
