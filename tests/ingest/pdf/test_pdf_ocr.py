"""Scanned PDFs: OCR by Tesseract (ingest.readers.pdf_ocr).

Acceptance: the benchmark plan rendered to images and put back as an image-only PDF
gives the plan, its goals and at least 90 % of its activities, on the right pages, in
each store. Without Tesseract a scanned file fails with a coded error that says what to
install, and the rest of a batch goes on. The OCR acceptance needs Tesseract with its
Swedish model (scripts/setup.sh installs it as root); it skips without, except under CI.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from bench.plan_pdf import PlanPdf
from bench.plan_scan import scan
from graph.edges import Direction, LinkType, SourceFacts
from graph.nodes import Activity, Document, Goal, Source, from_record
from graph.store import GraphStore
from ingest.batch import ingest_paths
from ingest.errors import IngestError
from ingest.ocr_evidence import OCR_RULE_SUFFIX, ocr_evidence
from ingest.pipeline import extract, load_source
from ingest.readers import pdf_ocr, pdf_reader
from ingest.readers.pdf_ocr import OCR_UNAVAILABLE, OcrUnavailableError, from_hocr, without_rules
from ingest.readers.pdf_reader import PdfText, read_pdf

_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page'>
<span class='ocr_line' title="bbox 300 300 1100 360; baseline 0 -10; x_size 62">
 <span class='ocrx_word' title='bbox 300 300 520 360; x_wconf 95'>Handlingsplan</span>
 <span class='ocrx_word' title='bbox 545 305 640 350; x_wconf 93'>2025</span></span>
<span class='ocr_line' title="bbox 300 500 1400 545; baseline 0 -9; x_size 42">
 <span class='ocrx_word' title='bbox 300 515 312 527; x_wconf 40'>»</span>
 <span class='ocrx_word' title='bbox 350 502 470 535; x_wconf 96'>Stärkt</span>
 <span class='ocrx_word' title='bbox 485 510 560 545; x_wconf 90'>skydd</span></span>
<span class='ocr_line' title="bbox 300 600 420 640; baseline 0 0; x_size 20">
 <span class='ocrx_word' title='bbox 300 600 330 640; x_wconf 30'>Oo</span>
 <span class='ocrx_word' title='bbox 380 610 420 630; x_wconf 20'>=.</span></span>
</div></body></html>""".encode()


def test_hocr_words_become_characters_in_points_with_bullets_and_confidence() -> None:
    found = from_hocr(_HOCR, dpi=300)
    words = [c for c in found.chars if c.text.strip()]
    assert [c.text for c in words] == ["Handlingsplan", "2025", "\u2022", "Stärkt", "skydd"]
    title, bullet = words[0], words[2]
    assert title.x0 == pytest.approx(300 * 72 / 300)
    assert title.baseline == pytest.approx(350 * 72 / 300)
    assert title.size > 1.3 * bullet.size  # a larger line stays larger
    assert 0.8 < found.confidence < 0.95  # "Oo =." is dropped, not counted


def test_rules_are_whitened_and_letters_kept() -> None:
    image = np.full((400, 400), 255, np.uint8)
    image[100:102, 20:380] = 0  # a thin horizontal rule
    image[20:380, 300:302] = 0  # a thin vertical rule
    image[200:260, 50:62] = 0  # a thick stem, as long as a rule at 300 dpi
    image[300:320, 100:103] = 0  # a short stroke
    clean = without_rules(image, dpi=300)
    assert (clean[100:102, 20:290] == 255).all()
    assert (clean[20:90, 300:302] == 255).all()
    assert (clean[200:260, 50:62] == 0).all()
    assert (clean[300:320, 100:103] == 0).all()


def test_a_huge_page_is_rendered_coarser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    canvas_file = io.BytesIO()
    canvas = Canvas(canvas_file, pagesize=(4000, 3000))  # a map, about 1.4 x 1 m
    canvas.rect(100, 100, 200, 200, fill=1)
    canvas.save()
    monkeypatch.setattr(pdf_ocr, "MAX_PIXELS", 1_000_000)
    doc = pdfium.PdfDocument(canvas_file.getvalue())
    try:
        rendered = pdf_ocr.render(doc, 0, str(tmp_path))
    finally:
        doc.close()
    with Image.open(rendered.path) as image:
        assert image.width * image.height <= 1_000_000
    assert rendered.dpi <= 20


def _scan_of(plan: PlanPdf) -> bytes:
    return scan(plan.data, dpi=150, pages=1)


def test_without_tesseract_a_scan_names_what_to_install(
    plan: PlanPdf, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pytesseract

    def missing(config: str = "") -> list[str]:
        raise pytesseract.TesseractNotFoundError()

    monkeypatch.setattr(pytesseract, "get_languages", missing)
    with pytest.raises(OcrUnavailableError) as raised:
        read_pdf(_scan_of(plan), "scan.pdf")
    message = str(raised.value)
    assert raised.value.code == OCR_UNAVAILABLE
    assert message.startswith("scan.pdf: no text layer (scanned?)")
    assert "apt-get install tesseract-ocr tesseract-ocr-swe" in message

    monkeypatch.setattr(pytesseract, "get_languages", lambda config="": ["eng", "osd"])
    with pytest.raises(OcrUnavailableError, match="no Swedish model"):
        read_pdf(_scan_of(plan), "scan.pdf")


def test_without_tesseract_the_batch_goes_on(
    sqlite_store: GraphStore,
    plan: PlanPdf,
    plan_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pytesseract

    def missing(config: str = "") -> list[str]:
        raise pytesseract.TesseractNotFoundError()

    monkeypatch.setattr(pytesseract, "get_languages", missing)
    scanned = tmp_path / "protokoll.pdf"
    scanned.write_bytes(_scan_of(plan))
    results = {r.origin: r for r in ingest_paths(sqlite_store, [scanned, plan_file])}
    assert results[str(scanned)].code == OCR_UNAVAILABLE
    assert results[str(plan_file)].ok
    assert sqlite_store.get_nodes([plan.truth.document_id])


def _tesseract() -> None:
    try:
        pdf_ocr.check_available("check", 1, 1)
    except IngestError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"Tesseract is required under CI: {exc}")
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def scanned_plan(plan: PlanPdf, tmp_path_factory: pytest.TempPathFactory) -> Path:
    _tesseract()
    path = tmp_path_factory.mktemp("scan") / "plan-scanned.pdf"
    path.write_bytes(scan(plan.data, dpi=200))  # a common office scanner's resolution
    return path


@pytest.fixture(scope="module")
def scanned_text(scanned_plan: Path) -> PdfText:
    return read_pdf(scanned_plan.read_bytes(), str(scanned_plan))  # OCR once for the module


@pytest.fixture(scope="module")
def scanned_facts(scanned_plan: Path, scanned_text: PdfText) -> tuple[Source, SourceFacts]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf_reader, "read_pdf", lambda raw, origin, **_: scanned_text)
        source = load_source(scanned_plan)
    return source, extract(source)


def test_a_scan_is_read_by_ocr_with_its_pages_and_confidence(
    plan: PlanPdf, scanned_text: PdfText
) -> None:
    pdf = scanned_text
    assert pdf.page_count == plan.truth.page_count
    assert sorted(pdf.ocr_pages) == list(range(1, plan.truth.page_count + 1))
    assert all(0.8 <= c <= 1.0 for c in pdf.ocr_pages.values()), pdf.ocr_pages


def test_a_scanned_plan_gives_its_goals_and_activities(
    plan: PlanPdf, scanned_facts: tuple[Source, SourceFacts], store: GraphStore
) -> None:
    source, facts = scanned_facts
    truth = plan.truth
    store.write_source(facts, force=True)
    [document] = [from_record(r) for r in store.get_nodes([truth.document_id])]
    assert isinstance(document, Document)
    assert (document.period_start, document.period_end) == truth.period

    goal_links = store.links_of([truth.document_id], Direction.OUTGOING, [LinkType.HAS_GOAL])
    goals = [from_record(r) for r in store.get_nodes([k.to_id for k in goal_links])]
    assert sorted(g.text for g in goals if isinstance(g, Goal)) == sorted(
        t.rstrip(".") for t in truth.goals
    )
    for link in goal_links:
        assert [e.page for e in link.evidence] == [truth.goals_page]

    links = store.links_of([truth.document_id], Direction.OUTGOING, [LinkType.HAS_ACTIVITY])
    found = {
        a.description: a
        for a in (from_record(r) for r in store.get_nodes([k.to_id for k in links]))
        if isinstance(a, Activity)
    }
    right = [a for a in truth.activities if a.description in found]
    assert len(right) >= 0.9 * len(truth.activities), sorted(found)
    for expected in right:
        [mention] = store.mentions_of([found[expected.description].id])
        assert mention.evidence.page == expected.page, expected.description
    assert source.page_starts and len(source.page_starts) == truth.page_count


def test_evidence_on_an_ocr_page_says_so() -> None:
    assert ocr_evidence("list.table.activities", 0.8, 3, {3: 0.9}) == (
        "list.table.activities+ocr",
        0.72,
    )
    assert ocr_evidence("list.table.activities", 0.8, 2, {3: 0.9}) == ("list.table.activities", 0.8)
    assert ocr_evidence("doc.title", 0.9, None, {}) == ("doc.title", 0.9)


@pytest.mark.skipif(
    "ocr_pages" not in Source.__dataclass_fields__,
    reason="needs Source.ocr_pages and FactSink to apply ingest.ocr_evidence (lead wiring)",
)
def test_facts_read_by_ocr_say_so_in_their_confidence(
    scanned_facts: tuple[Source, SourceFacts],
) -> None:
    _, facts = scanned_facts
    evidence = [m.evidence for m in facts.mentions] + [k.evidence for k in facts.links]
    on_pages = [e for e in evidence if e.page is not None]
    assert on_pages
    assert all(e.rule.endswith(OCR_RULE_SUFFIX) for e in on_pages)
    assert all(e.confidence < 0.97 for e in on_pages)
