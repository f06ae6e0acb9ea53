"""Files that are not readable PDFs: each gives an IngestError naming the file and why."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bench.plan_pdf import PlanPdf
from ingest.errors import IngestError
from ingest.pipeline import load_source
from ingest.readers import pdf_plumber
from ingest.readers.pdf_reader import read_pdf
from tests.ingest.pdf import make_pdfs

BROKEN: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "empty": (lambda good: make_pdfs.empty(), "file is empty"),
    "html": (
        lambda good: make_pdfs.html_named_pdf(),
        "not a PDF: no %PDF- header (it looks like HTML)",
    ),
    "encrypted": (lambda good: make_pdfs.encrypted(), "encrypted PDF (password protected)"),
    "truncated": (make_pdfs.truncated, "truncated PDF: no %%EOF marker at the end"),
    "corrupt": (make_pdfs.corrupt, "corrupt PDF"),
    "scanned": (lambda good: make_pdfs.scanned(), "no text layer (scanned?)"),
}


def broken_file(directory: Path, kind: str, good: bytes) -> Path:
    path = directory / f"{kind}.pdf"
    path.write_bytes(BROKEN[kind][0](good))
    return path


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_pdf_names_the_file_and_the_reason(kind: str, plan: PlanPdf, tmp_path: Path) -> None:
    path = broken_file(tmp_path, kind, plan.data)
    with pytest.raises(IngestError) as raised:
        load_source(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: "), message
    assert BROKEN[kind][1] in message


def test_a_pdf_locked_only_against_copying_still_reads() -> None:
    pdf = read_pdf(make_pdfs.owner_locked(), "locked.pdf")
    assert pdf.text == make_pdfs.LOCKED_TEXT


def test_a_pdfminer_failure_is_an_ingest_error(
    plan: PlanPdf, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_page(page: Any) -> Any:
        raise struct.error("unpack requires a buffer of 4 bytes")  # as pdfminer can

    monkeypatch.setattr(pdf_plumber, "read_page", broken_page)
    with pytest.raises(IngestError, match=r"^plan\.pdf: corrupt PDF \(error: unpack requires"):
        read_pdf(plan.data, "plan.pdf")


def test_whitespace_only_text_counts_as_no_text() -> None:
    from bench.plan_pdf import render_lines

    with pytest.raises(IngestError, match="no text layer"):
        read_pdf(render_lines([["   "]]), "blank.pdf")
