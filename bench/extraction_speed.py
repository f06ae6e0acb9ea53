"""Extraction time per news page and per PDF page, medians.

    python -m bench.extraction_speed [--runs 5] [--pages DIR]

News pages: the four sample pages in samples/, and the real pages of
tests/gold/real/pages/ when they have been rebuilt (tests/gold/rebuild_pages.py)
or --pages points at them. Each page is loaded once and then extracted --runs
times; the median per page is taken, and the script prints the median, p90
and maximum over pages, in milliseconds, with the page sizes. PDF pages: the
synthetic 20-page plan of bench.plan_pdf, read once, extracted --runs times;
the median time divided by its page count. Importing spaCy and building the
pipeline happen before any timing (the first extraction warms up).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.plan_pdf import build_plan
from ingest.pipeline import extract, load_source

ROOT = Path(__file__).resolve().parents[1]


def _median_ms(fn: object, runs: int) -> float:
    assert callable(fn)
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def news_pages(pages: Path | None) -> list[Path]:
    found = sorted((ROOT / "samples").glob("*.txt"))
    real = pages or ROOT / "tests" / "gold" / "real" / "pages"
    if real.is_dir():
        found += sorted(real.glob("*.txt"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=Path, default=None)
    args = parser.parse_args()

    paths = news_pages(args.pages)
    sources = [replace(load_source(p), uri=f"https://example.invalid/{p.name}") for p in paths]
    extract(sources[0])  # warm-up: spaCy import and pipeline build
    per_page = [_median_ms(lambda s=s: extract(s), args.runs) for s in sources]
    sizes = [len(s.text) for s in sources]
    per_page.sort()
    p90 = per_page[min(len(per_page) - 1, int(0.9 * len(per_page)))]
    print(f"news pages: {len(sources)} pages, {statistics.median(sizes):.0f} characters median")
    print(
        f"  extraction ms per page: median {statistics.median(per_page):.1f}, "
        f"p90 {p90:.1f}, max {per_page[-1]:.1f}"
    )

    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / "plan.pdf"
        pdf_path.write_bytes(build_plan(pages=20).data)
        pdf = load_source(pdf_path)
        pages = max(1, len(pdf.page_starts))
        ms = _median_ms(lambda: extract(pdf), args.runs)
    print(f"PDF plan: {pages} pages, {len(pdf.text)} characters")
    print(f"  extraction ms per PDF page: {ms / pages:.1f} (whole plan {ms:.0f} ms, median)")


if __name__ == "__main__":
    main()
