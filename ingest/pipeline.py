"""Public entry points of the ingest stage: file -> Source, Source -> SourceFacts.

load_source does all the I/O; extract is pure, so the same Source always gives
the same SourceFacts (components run in a fixed order and the FactSink sorts
its output).
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from graph.edges import SourceFacts
from graph.ids import digest, make_id
from graph.nodes import Source
from ingest.context import Context
from ingest.errors import IngestError
from ingest.extract_actors import extract_actors
from ingest.extract_decisions import extract_decisions
from ingest.extract_documents import extract_documents
from ingest.extract_followup import extract_followup
from ingest.extract_forums import extract_forums
from ingest.extract_initiatives import extract_initiatives
from ingest.extract_lists import extract_lists
from ingest.extract_persons import extract_persons
from ingest.extract_relations import extract_relations
from ingest.facts import FactSink
from ingest.published import page_dates
from ingest.reader import read_page

__all__ = ["IngestError", "extract", "load_source", "page_title"]

_TITLE_MIN, _TITLE_MAX = 15, 150


def page_title(text: str) -> str | None:
    """First heading-like line: 15-150 characters, not a date, not a sentence ending in '.'."""
    for line in (ln.strip() for ln in text.splitlines()):
        if not (_TITLE_MIN <= len(line) <= _TITLE_MAX) or line.endswith((".", ":", "?")):
            continue
        if re.fullmatch(r"[\d\s\w]*\d{4}", line) or line.startswith(("Uppdaterad", "Sidansvarig")):
            continue  # a date line such as "28 juni 2022"
        return line
    return None


def load_source(path: Path) -> Source:
    """Read a .txt, .html or .pdf file into a Source (raises IngestError naming the file)."""
    if path.suffix.lower() == ".pdf":
        return _load_pdf(path)
    page = read_page(path)
    uri = path.resolve().as_uri()
    dates = page_dates(page.text)
    return Source(
        id=make_id("Source", digest(uri)),
        uri=uri,
        sha256=hashlib.sha256(page.raw).hexdigest(),
        media_type=page.media_type,
        text=page.text,
        title=page.heading or page_title(page.text),
        published_on=dates.published_on,
        updated_on=dates.updated_on,
    )


def _load_pdf(path: Path) -> Source:
    # Imported here: the PDF readers (pypdfium2, pdfplumber) are heavy and only PDFs need them.
    from ingest.pdf_reader import read_pdf

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read file: {exc.strerror or exc}") from exc
    pdf = read_pdf(raw, str(path))
    uri = path.resolve().as_uri()
    dates = page_dates(pdf.text)
    return Source(
        id=make_id("Source", digest(uri)),
        uri=uri,
        sha256=hashlib.sha256(raw).hexdigest(),
        media_type="application/pdf",
        text=pdf.text,
        title=pdf.title or page_title(pdf.text),
        published_on=dates.published_on,
        updated_on=dates.updated_on,
        page_starts=list(pdf.page_starts),
        section_starts=list(pdf.section_starts),
        section_titles=list(pdf.section_titles),
    )


def extract(source: Source) -> SourceFacts:
    """All facts the page states, each with evidence; pure and deterministic."""
    published = date.fromisoformat(source.published_on) if source.published_on else None
    ctx = Context.build(source.text, published)
    sink = FactSink(source)
    extract_actors(ctx, sink)
    extract_forums(ctx, sink)
    extract_persons(ctx, sink)
    extract_documents(ctx, sink)
    extract_relations(ctx, sink)
    extract_initiatives(ctx, sink)
    extract_decisions(ctx, sink)
    extract_lists(ctx, sink)
    extract_followup(ctx, sink)
    return sink.facts()
