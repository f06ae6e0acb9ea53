"""PDF throughput in pages per second: pdfplumber, pypdfium2 and the whole pipeline.

    python -m bench.pdf_throughput [--pages 100] [--runs 5] [--layout ruled] [--ocr-pages 3]

Builds the synthetic plan (bench.plan_pdf) with --pages pages in --layout (ruled,
horizontal, unruled, landscape; ruled by default), about two in five of them with
an activity table, and prints the median over --runs of:

- pdfplumber: its own page.extract_text() on every page, nothing of ours;
- pypdfium2: textpage.get_text_range() on every page;
- read_pdf: our reader (ingest.readers.pdf_reader) alone, on the plan in every layout;
- pipeline: load_source + extract + write_source of the file, into a new SQLite
  store each run, and into Neo4j when NEO4J_URI and NEO4J_PASSWORD are set
  (stratgraph.settings). The benchmark writes a synthetic plan, so it uses a
  Neo4j database only if it is empty, and empties it again afterwards;
- the ratio of the pipeline's pages/s to pdfplumber's;
- OCR, timed apart in pages per minute: the plan's first --ocr-pages pages
  rendered to 200 dpi images and put back as an image-only PDF
  (bench.plan_scan), read by read_pdf (Tesseract), once.

The pipeline's stages (read, extract, write) are printed too, to show where the
time goes. The output ends with a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium  # type: ignore[import-untyped]

from bench.plan_pdf import LAYOUTS, build_plan
from bench.plan_scan import scan
from bench.stores import empty_neo4j
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from ingest.pipeline import extract, load_source
from ingest.readers.pdf_reader import read_pdf

Stages = dict[str, float]


def _plumber_text(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()


def _pdfium_text(data: bytes) -> None:
    doc = pdfium.PdfDocument(data)
    try:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        doc.close()


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _read_times(data: bytes, runs: int) -> list[float]:
    return [_seconds(lambda: read_pdf(data, "plan.pdf")) for _ in range(runs)]


def _pipeline(store: GraphStore, path: Path) -> Stages:
    t0 = time.perf_counter()
    source = load_source(path)
    t1 = time.perf_counter()
    facts = extract(source)
    t2 = time.perf_counter()
    store.write_source(facts, force=True)
    t3 = time.perf_counter()
    return {"read": t1 - t0, "extract": t2 - t1, "write": t3 - t2, "total": t3 - t0}


def _median_stages(runs: list[Stages]) -> Stages:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def _machine() -> list[str]:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return [
        f"machine: {model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        f"python {platform.python_version()}, pdfplumber {version('pdfplumber')}, "
        f"pdfminer.six {version('pdfminer.six')}, pypdfium2 {version('pypdfium2')}",
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.pdf_throughput")
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--layout", choices=LAYOUTS, default="ruled")
    parser.add_argument("--ocr-pages", type=int, default=3, help="0: no OCR timing")
    args = parser.parse_args(argv)
    plan = build_plan(pages=args.pages, layout=args.layout)
    pages = plan.truth.page_count
    for line in _machine():
        print(line)
    print(f"document: bench.plan_pdf, {args.layout}, {pages} pages, {len(plan.data) / 1e6:.2f} MB")

    rows: list[tuple[str, float]] = []

    def rate(name: str, seconds: list[float]) -> float:
        median = statistics.median(seconds)
        per_second = pages / median
        rows.append((name, per_second))
        print(f"{name:<28} {per_second:8.1f} pages/s  (median {median:.2f} s of {len(seconds)})")
        return per_second

    plumber = rate(
        "pdfplumber extract_text",
        [_seconds(lambda: _plumber_text(plan.data)) for _ in range(args.runs)],
    )
    rate("pypdfium2 text", [_seconds(lambda: _pdfium_text(plan.data)) for _ in range(args.runs)])
    rate("read_pdf", [_seconds(lambda: read_pdf(plan.data, "plan.pdf")) for _ in range(args.runs)])
    for layout in LAYOUTS:
        if layout != args.layout:
            other = build_plan(pages=args.pages, layout=layout).data
            rate(f"read_pdf, {layout}", _read_times(other, args.runs))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.pdf"
        path.write_bytes(plan.data)
        stores: list[tuple[str, Callable[[], GraphStore], Callable[[GraphStore], None]]] = []

        def new_sqlite() -> GraphStore:
            sqlite = SqliteStore(Path(tempfile.mkdtemp(dir=tmp)) / "graph.sqlite3")
            sqlite.setup()
            return sqlite

        stores.append(("SQLite", new_sqlite, lambda s: s.close()))
        neo4j, where = empty_neo4j()
        if neo4j is None:
            print(f"pipeline on Neo4j: {where}")
        else:
            stores.append(("Neo4j", lambda: neo4j, lambda s: s.delete_all()))
        for name, open_store, done in stores:
            runs = []
            for _ in range(args.runs):
                store = open_store()
                try:
                    runs.append(_pipeline(store, path))
                finally:
                    done(store)
            stages = _median_stages(runs)
            total = rate(f"pipeline, {name}", [r["total"] for r in runs])
            print(
                f"{'':<28} stages (median s): read {stages['read']:.2f}, "
                f"extract {stages['extract']:.2f}, write {stages['write']:.2f}; "
                f"pipeline/pdfplumber = {total / plumber:.2f}"
            )
        if neo4j is not None:
            neo4j.close()

    print("\n| measure | pages/s | vs pdfplumber |\n|---|---|---|")
    for name, per_second in rows:
        print(f"| {name} | {per_second:.1f} | {per_second / plumber:.2f} |")
    if args.ocr_pages:
        _ocr(plan.data, args.ocr_pages)


def _ocr(data: bytes, pages: int) -> None:
    """OCR apart: a few pages, once (Tesseract takes seconds a page)."""
    scanned = scan(data, dpi=200, pages=pages)
    seconds = _seconds(lambda: read_pdf(scanned, "scan.pdf"))
    print(
        f"\nOCR (read_pdf of {pages} scanned pages, 200 dpi images, Tesseract swe): "
        f"{pages / seconds * 60:.1f} pages/minute ({seconds:.1f} s)"
    )


if __name__ == "__main__":
    main()
