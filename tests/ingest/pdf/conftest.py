"""The generated plan (bytes, file and text) in each layout, shared by the PDF tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.plan_pdf import LAYOUTS, PlanPdf, build_plan
from ingest.readers.pdf_reader import PdfText, read_pdf


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


@pytest.fixture(scope="session")
def layout_plans() -> dict[str, PlanPdf]:
    """The plan in every layout (ruled, horizontal, unruled, landscape)."""
    return {name: build_plan(layout=name) for name in LAYOUTS}


@pytest.fixture(scope="session")
def layout_texts(layout_plans: dict[str, PlanPdf]) -> dict[str, PdfText]:
    return {name: read_pdf(plan.data, f"{name}.pdf") for name, plan in layout_plans.items()}
