"""A long read stops at the ingest's time limit (ingest.limits): the PDF reader checks the
deadline before each page it reads, renders or recognises, so a scan of many pages
answers INGEST_TIMEOUT within a page of the limit instead of after the whole scan."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from bench.plan_pdf import PlanPdf, build_plan
from bench.plan_scan import scan
from graph.store import GraphStore
from ingest.batch import ingest_upload
from ingest.errors import IngestError
from ingest.limits import INGEST_TIMEOUT, Deadline, IngestTimeoutError, active_deadline
from ingest.pipeline import load_source
from ingest.readers import pdf_ocr
from ingest.readers.pdf_ocr import Recognised, Rendered
from ingest.readers.pdf_reader import read_pdf

_PAGES = 12
_SLOW_PAGE = 0.25  # seconds the stand-in recogniser takes per page


@pytest.fixture(scope="module")
def long_plan() -> PlanPdf:
    plan = build_plan(pages=_PAGES)
    assert plan.truth.page_count == _PAGES
    return plan


@pytest.fixture(scope="module")
def long_scan(long_plan: PlanPdf) -> bytes:
    return scan(long_plan.data, dpi=72)


class _SlowRecogniser:
    """Stands in for Tesseract: a fixed time per page, counting the pages it starts."""

    def __init__(self) -> None:
        self.started: list[int] = []
        self.stop_at_first: Deadline | None = None  # cancelled as the first page starts
        self._lock = threading.Lock()

    def __call__(self, index: int, page: Rendered, origin: str) -> Recognised:
        with self._lock:
            self.started.append(index)
        if self.stop_at_first is not None:
            self.stop_at_first.cancel()
        time.sleep(_SLOW_PAGE)
        return Recognised([], 0.9)


@pytest.fixture
def slow_ocr(monkeypatch: pytest.MonkeyPatch) -> _SlowRecogniser:
    import pytesseract

    recogniser = _SlowRecogniser()
    monkeypatch.setattr(pytesseract, "get_languages", lambda config="": ["swe"])
    monkeypatch.setattr(pdf_ocr, "_recognise", recogniser)
    return recogniser


def test_without_a_limit_every_page_is_recognised(
    long_scan: bytes, slow_ocr: _SlowRecogniser
) -> None:
    with pytest.raises(IngestError, match="no text layer"):  # the stand-in reads nothing
        read_pdf(long_scan, "scan.pdf")
    assert sorted(slow_ocr.started) == list(range(_PAGES))


def test_ocr_stops_between_pages_at_the_limit(long_scan: bytes, slow_ocr: _SlowRecogniser) -> None:
    began = time.monotonic()
    with pytest.raises(IngestTimeoutError) as raised:
        read_pdf(long_scan, "scan.pdf", deadline=Deadline(0.3))
    elapsed = time.monotonic() - began
    assert raised.value.code == INGEST_TIMEOUT
    assert str(raised.value).startswith("scan.pdf: not ingested within the time limit")
    assert len(slow_ocr.started) < _PAGES  # the pages after the limit never started
    # Within the pages under way at the limit, not the whole scan's time.
    assert elapsed < 0.3 + 3 * _SLOW_PAGE + 1.0, elapsed


def test_no_page_starts_once_the_deadline_is_gone(
    long_scan: bytes, slow_ocr: _SlowRecogniser
) -> None:
    deadline = Deadline(None)
    slow_ocr.stop_at_first = deadline  # gone while the first pages are recognised
    with pytest.raises(IngestTimeoutError):
        read_pdf(long_scan, "scan.pdf", deadline=deadline)
    # Only the pages already under way, one per worker, were recognised.
    assert 1 <= len(slow_ocr.started) <= (os.cpu_count() or 1) < _PAGES


def test_a_passed_limit_stops_before_any_page(long_scan: bytes, slow_ocr: _SlowRecogniser) -> None:
    with pytest.raises(IngestTimeoutError):
        read_pdf(long_scan, "scan.pdf", deadline=Deadline(0.0))
    assert slow_ocr.started == []


def test_a_cancelled_ingest_stops_its_ocr(long_scan: bytes, slow_ocr: _SlowRecogniser) -> None:
    deadline = Deadline(None)  # no limit, but the API cancels it once it stops waiting
    threading.Timer(0.3, deadline.cancel).start()
    with pytest.raises(IngestTimeoutError):
        read_pdf(long_scan, "scan.pdf", deadline=deadline)
    assert len(slow_ocr.started) < _PAGES


def test_the_deadline_in_force_reaches_a_file_load(
    long_scan: bytes, slow_ocr: _SlowRecogniser, tmp_path: Path
) -> None:
    path = tmp_path / "protokoll.pdf"
    path.write_bytes(long_scan)
    assert active_deadline().seconds is None  # no limit outside an ingest
    deadline = Deadline(0.3)
    with deadline.applying(), pytest.raises(IngestTimeoutError) as raised:
        assert active_deadline() is deadline
        load_source(path)
    assert raised.value.code == INGEST_TIMEOUT
    assert len(slow_ocr.started) < _PAGES
    assert active_deadline() is not deadline  # restored afterwards


def test_pages_with_text_also_stop_at_the_limit(plan: PlanPdf) -> None:
    with pytest.raises(IngestTimeoutError):
        read_pdf(plan.data, "plan.pdf", deadline=Deadline(0.0))


def test_tesseract_stops_between_pages_at_a_tiny_limit(long_plan: PlanPdf) -> None:
    try:
        pdf_ocr.check_available("check", 1, 1)
    except IngestError as exc:
        pytest.skip(str(exc))
    started: list[int] = []
    real = pdf_ocr._recognise

    def counting(index: int, page: Rendered, origin: str) -> Recognised:
        started.append(index)
        return real(index, page, origin)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf_ocr, "_recognise", counting)
        with pytest.raises(IngestTimeoutError):
            read_pdf(scan(long_plan.data, dpi=150), "scan.pdf", deadline=Deadline(0.2))
    # Only pages begun before the limit ran: at most one per worker.
    assert len(started) < _PAGES


def test_an_upload_past_its_limit_stops_its_ocr(
    long_scan: bytes, slow_ocr: _SlowRecogniser, sqlite_store: GraphStore, tmp_path: Path
) -> None:
    result = ingest_upload(sqlite_store, tmp_path, "protokoll.pdf", long_scan, Deadline(0.3))
    assert result.code == INGEST_TIMEOUT
    assert len(slow_ocr.started) < _PAGES
