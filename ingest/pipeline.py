"""Public entry points of the ingest stage: file -> Source, Source -> SourceFacts.

load_source does all the I/O; extract is pure, so the same Source always gives
the same SourceFacts (components run in a fixed order and the FactSink sorts
its output). Before extraction a page longer than limits.MAX_PAGE_CHARS is refused
and lines longer than segment.MAX_LINE_CHARS are broken (offsets unchanged), so
that extraction time grows linearly with the text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import threading
from datetime import date
from pathlib import Path

from graph.edges import SourceFacts
from graph.ids import digest, make_id
from graph.nodes import Source
from ingest.context import Context
from ingest.cut_off import drop_cut_off_items
from ingest.errors import IngestError
from ingest.facts import FactSink
from ingest.generic_documents import drop_labelled_documents, drop_unlinked_generic_documents
from ingest.language.link_labels import blank_link_labels
from ingest.language.lone_bullets import join_lone_bullets
from ingest.language.published import page_dates
from ingest.language.segment import cap_lines, shift_offsets
from ingest.language.sites import site_owner
from ingest.language.url_dates import dates_from_address
from ingest.limits import Deadline, check_page_sizes
from ingest.minimise import drop_roleless_persons
from ingest.pii_mask import mask_facts
from ingest.readers.reader import read_page
from ingest.rules.activity_actor_blocks import extract_actor_blocks
from ingest.rules.adoption_rules import extract_adoptions
from ingest.rules.concerns_funded import funded_projects
from ingest.rules.concerns_rules import extract_concerns
from ingest.rules.extract_actors import extract_actors
from ingest.rules.extract_decisions import extract_decisions
from ingest.rules.extract_documents import extract_documents
from ingest.rules.extract_followup import extract_followup
from ingest.rules.extract_forums import extract_forums
from ingest.rules.extract_initiatives import extract_initiatives
from ingest.rules.extract_lists import extract_lists
from ingest.rules.extract_persons import extract_persons
from ingest.rules.extract_relations import extract_relations
from ingest.rules.extract_roles import extract_roles
from ingest.rules.goal_lists import extract_goal_lists
from ingest.rules.goal_purposes import extract_goal_purposes
from ingest.rules.issued_rules import extract_issued
from ingest.rules.lineage_rules import extract_lineage
from ingest.rules.other_orgs import extract_other_orgs

__all__ = ["IngestError", "extract", "load_source", "page_title"]

_TITLE_MIN, _TITLE_MAX = 15, 150
# The spaCy pipeline, its matchers and their vocabulary are built once and shared, and
# the vocabulary grows with every text: concurrent ingests (the API runs each in a
# thread) would otherwise race to build them, binding the person matcher to another
# pipeline's vocabulary for the life of the process. Extraction is CPU-bound under the
# GIL, so running one at a time costs little.
_EXTRACTING = threading.Lock()


def page_title(text: str) -> str | None:
    """First heading-like line: 15-150 characters, not a date, not a sentence ending in '.'."""
    for line in (ln.strip() for ln in text.splitlines()):
        if not (_TITLE_MIN <= len(line) <= _TITLE_MAX) or line.endswith((".", ":", "?")):
            continue
        if re.fullmatch(r"[\d\s\w]*\d{4}", line) or line.startswith(("Uppdaterad", "Sidansvarig")):
            continue  # a date line such as "28 juni 2022"
        return line
    return None


def load_source(path: Path, *, uri: str | None = None, name: str | None = None) -> Source:
    """Read a .txt, .html or .pdf file into a Source (raises IngestError naming the file).

    ``uri`` is the source's identity (default: the file's URI); ``name`` is what error
    messages call it (default: the path), so that an upload's server-side path is not shown.
    """
    uri = uri or path.resolve().as_uri()
    if path.suffix.lower() == ".pdf":
        return _load_pdf(path, uri, str(path) if name is None else name)
    page = read_page(path, name)
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


def _load_pdf(path: Path, uri: str, name: str) -> Source:
    # Imported here: the PDF readers (pypdfium2, pdfplumber) are heavy and only PDFs need them.
    from ingest.readers.pdf_reader import read_pdf

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(
            f"{name}: cannot read file: {exc.strerror or type(exc).__name__}"
        ) from exc
    pdf = read_pdf(raw, name)
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
        ocr_pages=list(pdf.ocr_pages),
        ocr_confidence=list(pdf.ocr_pages.values()),
    )


def extract(source: Source, deadline: Deadline | None = None) -> SourceFacts:
    """All facts the page states, each with evidence; pure and deterministic.

    Raises PageTooLargeError for a page over the cap, and IngestTimeoutError between
    two components once ``deadline`` has passed."""
    check_page_sizes(source.uri, source.text, source.page_starts)
    capped, inserted = cap_lines(join_lone_bullets(blank_link_labels(source.text)))
    if capped != source.text:
        source = dataclasses.replace(
            source,
            text=capped,
            page_starts=shift_offsets(source.page_starts, inserted),
            section_starts=shift_offsets(source.section_starts, inserted),
        )
    with _EXTRACTING:
        facts = _extract(source, deadline or Deadline(None))
    return mask_facts(facts)  # no phone, e-mail or personnummer is ever stored


_COMPONENTS = (
    dates_from_address,
    extract_actors,
    extract_forums,
    extract_other_orgs,
    extract_persons,
    extract_roles,
    extract_documents,
    extract_relations,
    extract_adoptions,
    extract_issued,
    extract_lineage,
    extract_initiatives,
    extract_decisions,
    extract_concerns,
    funded_projects,
    extract_lists,
    extract_goal_lists,
    extract_goal_purposes,
    extract_actor_blocks,
    extract_followup,
)


def _extract(source: Source, deadline: Deadline) -> SourceFacts:
    # Relative dates resolve against the publication date, else the page's update date.
    day = source.published_on or source.updated_on
    published = date.fromisoformat(day) if day else None
    deadline.check(source.uri)
    ctx = Context.build(source.text, published, site_owner(source.uri), source.uri)
    sink = FactSink(source)
    for component in _COMPONENTS:
        deadline.check(source.uri)
        component(ctx, sink)
    drop_cut_off_items(sink)
    drop_unlinked_generic_documents(sink)
    drop_labelled_documents(sink)
    drop_roleless_persons(sink)
    return sink.facts()
