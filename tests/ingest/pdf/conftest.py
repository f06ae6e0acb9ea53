"""The generated plan (bytes, file and text), shared by the PDF tests of a session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.plan_pdf import PlanPdf, build_plan
from ingest.pdf_reader import PdfText, read_pdf


@pytest.fixture(scope="session")
def plan() -> PlanPdf:
    return build_plan()


@pytest.fixture(scope="session")
def plan_file(plan: PlanPdf, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "regional-handlingsplan-2022-2026.pdf"
    path.write_bytes(plan.data)
    return path


@pytest.fixture(scope="session")
def plan_text(plan: PlanPdf) -> PdfText:
    return read_pdf(plan.data, "plan.pdf")
