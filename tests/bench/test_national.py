"""The national benchmark keeps working: its graph, its raw SQL and its load generator.

No timing is asserted: the answers and counts are (bench.national measures time).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.national_graph import counties_at, national_graph, source_count
from bench.national_load import load
from bench.national_ops import operations
from bench.national_sql import RawSql
from bench.national_timing import measure
from graph.edges import check_facts
from graph.sqlite_store import SqliteStore
from schema.execute import run_operation

# The measured county's first term and the root document's source: enough for every
# operation to have an answer of some size.
SOURCES = 100


def test_sizes_are_whole_counties_and_grow_by_prefix() -> None:
    assert [c.code for c in counties_at(0.01)] == ["22"]
    assert len(counties_at(1.0)) == 21
    small = [f.source.id for f in national_graph(0.01)]
    larger = [f.source.id for f in national_graph(0.1)]
    assert len(small) == source_count(0.01)
    assert len(larger) == source_count(0.1) > len(small)
    assert larger[: len(small)] == small
    assert len(set(larger)) == len(larger)


def test_every_source_is_valid_facts() -> None:
    for facts in national_graph(0.01):
        check_facts(facts)
        assert facts.links and all(x.evidence.quote for x in facts.links)


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("national") / "graph.sqlite3"
    store = SqliteStore(path)
    store.setup()
    figures = load("SQLite", store, itertools.islice(national_graph(0.01), SOURCES))
    store.close()
    assert figures.sources == SOURCES
    assert figures.relationships > 20 * SOURCES
    return path


def test_raw_sql_answers_as_much_as_the_api(small_store: Path) -> None:
    store = SqliteStore(small_store)
    raw = RawSql(small_store)
    try:
        for op in operations():
            response = run_operation(store, op.query, op.variables)
            assert "errors" not in response, (op.name, response)
            answer = op.size(response["data"])
            if op.key != "floor":
                assert raw.run(op.key, op.variables) == answer, op.name
            assert not answer.startswith("0 "), (op.name, answer)
    finally:
        raw.close()
        store.close()


def test_the_load_generator_counts_calls_and_errors() -> None:
    calls = itertools.count()
    lock = threading.Lock()

    def factory() -> Callable[[], None]:
        def call() -> None:
            with lock:
                n = next(calls)
            if n % 5 == 4:
                raise RuntimeError("every fifth call fails")

        return call

    timing = measure(factory, concurrency=4, requests=40, budget=30.0, warmup=0)
    assert len(timing.latencies_ms) + len(timing.errors) == 40
    assert len(timing.errors) == 8
    assert timing.p50 <= timing.p95 <= timing.p99
    assert timing.rate > 0


def test_a_small_run_times_each_operation_then_its_raw_query(tmp_path: Path) -> None:
    """The standing benchmark end to end on SQLite at its smallest size: every operation
    is answered by the server, then at once by the raw query (not all of one and then all
    of the other), so that a store still busy after its load weighs on both alike."""
    from bench.national import main
    from bench.national_report import RAW, STRATGRAPH

    keep = tmp_path / "run"
    argv = ["--fraction", "0.01", "--stores", "sqlite", "--concurrency", "1"]
    results = main([*argv, "--requests", "2", "--budget", "2", "--keep", str(keep)])
    order = [(c.operation, c.impl) for c in results.cells]
    expected = []
    for op in operations():
        expected.append((op.name, STRATGRAPH))
        if op.key != "floor":
            expected.append((op.name, RAW))
    assert order == expected
    assert not any(c.timing.errors for c in results.cells)
