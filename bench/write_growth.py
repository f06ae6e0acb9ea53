"""Write cost per source as the store grows, on both stores.

    python -m bench.write_growth [--sizes 0,1000,3000,9000] [--per-size 50]

Fills a new store with synthetic national sources (bench.synthetic: hubs such as
the county board, the regional plan and a national agency are named by more and
more sources as the store grows) up to each size in turn, and at each size times
``write_source`` of --per-size new sources, and of --per-size rewrites
(``force=True``) of sources already stored. It prints relationships (links and
mentions) per second and milliseconds per source at each size; flat figures mean
the cost of a source does not grow with the store.

SQLite: a new store in a temporary directory. Neo4j: when NEO4J_URI and
NEO4J_PASSWORD are set (stratgraph.settings), and only if that database is empty;
it is emptied again afterwards. The output ends with a Markdown table for
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.stores import empty_neo4j
from bench.synthetic import national_source, relationships
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore


@dataclass(frozen=True)
class Step:
    store: str
    size: int  # sources in the store before the step
    new_ms: float  # per new source
    new_rate: float  # relationships/s
    rewrite_ms: float  # per rewritten source
    rewrite_rate: float


def _timed(store: GraphStore, numbers: range, *, force: bool) -> tuple[float, int]:
    """Seconds to write these sources one by one, and the relationships they hold."""
    facts = [national_source(i) for i in numbers]
    began = time.perf_counter()
    for f in facts:
        store.write_source(f, force=force)
    return time.perf_counter() - began, sum(relationships(f) for f in facts)


def grow(name: str, store: GraphStore, sizes: list[int], per_size: int) -> list[Step]:
    steps: list[Step] = []
    written = 0
    for size in sizes:
        fill_seconds, fill_rels = _timed(store, range(written, size), force=False)
        if size > written:
            print(
                f"{name}: filled to {size} sources ({fill_rels / fill_seconds:,.0f} rel/s)",
                flush=True,
            )
        written = max(written, size)
        new_s, new_rels = _timed(store, range(written, written + per_size), force=False)
        written += per_size
        old = range(max(0, written - 2 * per_size), written - per_size) if size else range(0)
        old = old if len(old) else range(written - per_size, written)
        re_s, re_rels = _timed(store, old, force=True)
        step = Step(
            name,
            size,
            1000 * new_s / per_size,
            new_rels / new_s,
            1000 * re_s / len(old),
            re_rels / re_s,
        )
        steps.append(step)
        print(
            f"{name:<7} {size:>6} sources: new {step.new_ms:7.1f} ms/source "
            f"{step.new_rate:8,.0f} rel/s; rewrite {step.rewrite_ms:7.1f} ms/source "
            f"{step.rewrite_rate:8,.0f} rel/s",
            flush=True,
        )
    return steps


@contextmanager
def _sqlite() -> Iterator[SqliteStore]:
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "graph.sqlite3")
        store.setup()
        try:
            yield store
        finally:
            store.close()


def _machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"machine: {model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"python {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.write_growth")
    parser.add_argument("--sizes", default="0,1000,3000,9000")
    parser.add_argument("--per-size", type=int, default=50)
    parser.add_argument("--stores", default="sqlite,neo4j")
    args = parser.parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes.split(",")})
    print(_machine())
    sample = national_source(0)
    print(
        f"a source: {len(sample.nodes)} nodes, {len(sample.links)} links, "
        f"{len(sample.mentions)} mentions ({relationships(sample)} relationships)"
    )
    steps: list[Step] = []
    if "sqlite" in args.stores:
        with _sqlite() as sqlite:
            steps += grow("SQLite", sqlite, sizes, args.per_size)
    if "neo4j" in args.stores:
        neo4j, where = empty_neo4j(timeout=60.0)
        if neo4j is None:
            print(f"Neo4j: {where}")
        else:
            try:
                steps += grow("Neo4j", neo4j, sizes, args.per_size)
            finally:
                neo4j.delete_all()
                neo4j.close()
    print(
        "\n| store | sources in the store | new: ms/source | new: rel/s "
        "| rewrite: ms/source | rewrite: rel/s |\n|---|---|---|---|---|---|"
    )
    for s in steps:
        print(
            f"| {s.store} | {s.size:,} | {s.new_ms:.1f} | {s.new_rate:,.0f} "
            f"| {s.rewrite_ms:.1f} | {s.rewrite_rate:,.0f} |"
        )


if __name__ == "__main__":
    main()
