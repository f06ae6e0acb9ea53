"""News pages per second through `stratgraph ingest`'s path, by worker processes.

    python -m bench.ingest_rate [--copies 50] [--runs 3] [--jobs 1 2]

The pages: --copies copies of each seed news page in samples/ (four 2-3 KB pages),
each copy with a line of its own appended, so that no two have the same content.
Each run ingests all of them with ingest.batch.ingest_paths into a new, empty
SQLite store in a temporary directory, once for each --jobs value; the figure is
pages per second over the whole call (reading, extraction, the workers' start and
the writes), median of --runs. This process has imported spaCy and built its
pipeline before any timing, as `stratgraph ingest` has by the time it ingests; the
workers' own start is timed, as a user waits for it.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from graph.sqlite_store import SqliteStore
from ingest.batch import ingest_paths
from ingest.pipeline import extract, load_source
from ingest.workers import usable_cores

ROOT = Path(__file__).resolve().parents[1]


def write_pages(into: Path, copies: int) -> list[Path]:
    seeds = sorted((ROOT / "samples").glob("*.txt"))
    pages = []
    for k in range(copies):
        for seed in seeds:
            page = into / f"{k:04d}_{seed.name}"
            text = seed.read_text(encoding="utf-8")
            page.write_text(f"{text.rstrip()}\n\nSidan visad {k + 1} gånger.\n", encoding="utf-8")
            pages.append(page)
    return pages


def rate(pages: list[Path], jobs: int, work: Path) -> float:
    """Pages per second of one ingest of ``pages`` into a new store."""
    store = SqliteStore(work / f"graph-{time.monotonic_ns()}.sqlite3")
    store.setup()
    try:
        began = time.perf_counter()
        results = ingest_paths(store, pages, jobs=jobs)
        elapsed = time.perf_counter() - began
    finally:
        store.close()
    failed = [r for r in results if not r.ok]
    if failed:
        raise SystemExit(f"{len(failed)} pages failed, e.g. {failed[0].error}")
    return len(pages) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ingest-rate-") as tmp:
        work = Path(tmp)
        (work / "pages").mkdir()
        pages = write_pages(work / "pages", args.copies)
        extract(load_source(pages[0]))  # warm-up: spaCy import and pipeline build
        figures: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
        for _ in range(args.runs):  # interleaved, so that other load hits every setting
            for jobs in args.jobs:
                figures[jobs].append(rate(pages, jobs, work))
    print(f"{len(pages)} news pages, {usable_cores()} usable cores, median of {args.runs} runs")
    base = statistics.median(figures[args.jobs[0]])
    print(f"{'jobs':>4}  {'pages/s':>8}  {'vs first':>8}  pages/s of each run")
    for jobs, runs in figures.items():
        median = statistics.median(runs)
        listed = " ".join(f"{r:.1f}" for r in runs)
        print(f"{jobs:>4}  {median:>8.1f}  {median / base:>8.2f}  {listed}")


if __name__ == "__main__":
    main()
