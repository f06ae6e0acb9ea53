"""The national benchmark's reads in one process: no HTTP, no server (issue 11).

    python -m bench.national_inprocess [--fraction 0.1] [--stores sqlite,neo4j]
        [--ops documents,lineage2] [--calls 15] [--db PATH] [--keep] [--profile OP]

Loads the national graph at ``--fraction`` into SQLite (``--db``; an existing file is
reused) and into the configured Neo4j (NEO4J_URI, NEO4J_PASSWORD: empty, or holding
this graph from an earlier ``--keep`` run), then times each operation of
bench.national_ops through ``schema.execute.execute_operation``, on one event loop kept
for the run as a server keeps it, against the hand-written query (bench.national_sql,
bench.national_cypher) in the same process, one after the other, and counts the store
calls one answer makes. ``--profile OP`` prints cProfile's
top functions (by own time) for that operation instead.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import neo4j

from bench.counting_store import CountingStore
from bench.national_cypher import RawCypher
from bench.national_graph import national_graph
from bench.national_load import describe, load
from bench.national_ops import Operation, operations
from bench.national_sql import RawSql
from graph.neo4j_store import Neo4jStore
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from schema.execute import execute_operation
from stratgraph.settings import Settings


def median_ms(call: Callable[[], object], calls: int) -> tuple[float, float]:
    """Median wall-clock and median CPU milliseconds of this process (its store threads
    included; not a Neo4j server's), which other processes' load moves less."""
    call()
    call()  # warm caches and plans
    wall, cpu = [], []
    for _ in range(calls):
        began, began_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append(1000 * (time.perf_counter() - began))
        cpu.append(1000 * (time.process_time() - began_cpu))
    return statistics.median(wall), statistics.median(cpu)


def answer(store: GraphStore, op: Operation, runner: asyncio.Runner) -> dict[str, Any]:
    """The operation's response, on one event loop for the whole run: a server keeps its
    loop and its store threads, and so does this (run_operation, the CLI's, starts both
    anew on every call, ~1.5 ms that no server pays). run_until_complete, not
    ``runner.run``: that swaps the SIGINT handler on every call, and Python 3.11 formats the
    old handler's repr, the last answer included."""
    found = runner.get_loop().run_until_complete(execute_operation(store, op.query, op.variables))
    if "errors" in found:
        raise RuntimeError(f"{op.name}: {found['errors']}")
    return found


def time_store(
    name: str,
    store: GraphStore,
    raw: RawSql | RawCypher,
    ops: list[Operation],
    calls: int,
    runner: asyncio.Runner,
) -> None:
    for op in ops:
        counting = CountingStore(store)
        size = op.size(answer(counting, op, runner)["data"])
        trips = sum(counting.calls.values())
        ms, cpu = median_ms(lambda op=op: answer(store, op, runner), calls)  # type: ignore[misc]
        raw_ms, raw_cpu = median_ms(lambda op=op: raw.run(op.key, op.variables), calls)  # type: ignore[misc]
        print(
            f"| {name} | {op.name} | {size} | {ms:.1f} | {cpu:.1f} | {raw_ms:.1f} | {raw_cpu:.1f} "
            f"| {ms / raw_ms:.2f}x "
            f"| {trips} ({', '.join(f'{k} {v}' for k, v in sorted(counting.calls.items()))}) |",
            flush=True,
        )


def profile(store: GraphStore, op: Operation, calls: int, runner: asyncio.Runner) -> None:
    answer(store, op, runner)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        answer(store, op, runner)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(30)


def sqlite_store(path: Path, fraction: float) -> SqliteStore:
    fresh = not path.exists()
    store = SqliteStore(path)
    store.setup()
    if fresh:
        print(describe(load("SQLite", store, national_graph(fraction))), flush=True)
    return store


def neo4j_store(fraction: float) -> tuple[Neo4jStore, neo4j.Driver, str]:
    settings = Settings()
    if not settings.neo4j_uri or settings.neo4j_password is None:
        raise SystemExit("NEO4J_URI and NEO4J_PASSWORD are not set")
    password = settings.neo4j_password.get_secret_value()
    store = Neo4jStore(
        settings.neo4j_uri, settings.neo4j_username, password, settings.neo4j_database
    )
    store.setup()
    if not store.counts().total_nodes:
        print(describe(load("Neo4j", store, national_graph(fraction))), flush=True)
    driver = neo4j.GraphDatabase.driver(
        settings.neo4j_uri,
        auth=(settings.neo4j_username, password),
        notifications_min_severity="OFF",
    )
    return store, driver, settings.neo4j_database


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fraction", type=float, default=0.1)
    parser.add_argument("--stores", default="sqlite,neo4j")
    parser.add_argument("--ops", default="documents,lineage2,lineage4,lineage6")
    parser.add_argument("--calls", type=int, default=15)
    parser.add_argument("--db", type=Path, default=Path("/tmp/stratgraph-national/national.db"))
    parser.add_argument("--keep", action="store_true", help="leave the Neo4j graph in place")
    parser.add_argument("--profile", help="profile this operation (a key of --ops)")
    args = parser.parse_args(argv)
    keys = args.ops.split(",")
    ops = [op for op in operations() if op.key in keys]
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    print(
        "| store | operation | answer | ms | cpu ms | raw ms | raw cpu ms | sg/raw | store calls |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name in args.stores.split(","):
        if name == "sqlite":
            store: GraphStore = sqlite_store(args.db, args.fraction)
            raw: RawSql | RawCypher = RawSql(args.db)
            done: Callable[[], None] = store.close
        else:
            n4j, driver, database = neo4j_store(args.fraction)
            store, raw = n4j, RawCypher(driver, database)

            def done(n4j: Neo4jStore = n4j, driver: neo4j.Driver = driver) -> None:
                if not args.keep:
                    n4j.delete_all()
                n4j.close()
                driver.close()

        try:
            with asyncio.Runner() as runner:
                if args.profile:
                    (op,) = [op for op in ops if op.key == args.profile]
                    profile(store, op, args.calls, runner)
                else:
                    label = "SQLite" if name == "sqlite" else "Neo4j"
                    time_store(label, store, raw, ops, args.calls, runner)
        finally:
            done()
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
