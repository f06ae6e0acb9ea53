"""The standing national benchmark (issue 11): load a synthetic Sweden through the
project's own write path, serve it, and time the contract's reads against raw queries
and @neo4j/graphql.

    python -m bench.national [--fraction 0.1] [--sizes 0.1,0.33,1.0]
        [--stores sqlite,neo4j] [--concurrency 1,8] [--requests 40] [--budget 15]
        [--workers N] [--no-peer] [--keep DIR] [--batch 200] [--load-only]

For each store: the graph at each size (bench.national_graph; a size is a fraction of
the country's municipalities, taken as whole counties) is written ``--batch`` sources per
transaction with ``write_many`` (bench.national_load; 1: ``write_source``), then
the store settles (SQLite checkpoints its write-ahead log; Neo4j waits for its indexes
to come online), and each operation of bench.national_ops is timed in turn through
`stratgraph serve --workers N` over HTTP, through hand-written SQL or Cypher for the same
answer (bench.national_sql, bench.national_cypher) and, on Neo4j, through @neo4j/graphql
(bench.national_peer), at each concurrency (bench.national_timing; ``--requests`` calls
per client of a cell, at most ``--budget`` seconds; skipped with ``--load-only``).
Smaller sizes are timed at the lowest concurrency only (the
growth table); the largest at every one. Neo4j: NEO4J_URI and NEO4J_PASSWORD name an
empty database, emptied again afterwards (bench.stores). The output ends with Markdown
tables for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import neo4j

from bench import national_peer as peer
from bench.national_cypher import RawCypher
from bench.national_graph import national_graph, source_count
from bench.national_http import Server, answers_get, free_port, graphql_calls, post
from bench.national_load import LoadFigures, describe, load
from bench.national_ops import Operation, operations
from bench.national_report import PEER, RAW, STRATGRAPH, Cell, Results, load_table, machine
from bench.national_sql import RawSql
from bench.national_timing import Call, measure
from bench.stores import empty_neo4j, neo4j_env
from graph.neo4j_store import Neo4jStore
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from stratgraph.settings import Settings

STORE_TIMEOUT = "60"  # seconds a served request may wait for the store: time, not fail


@dataclass
class Plan:
    fractions: list[float]
    concurrency: list[int]
    requests: int
    budget: float
    workers: int
    peer: bool
    workdir: Path
    batch: int = 200
    load_only: bool = False


class Runner:
    """Loads, serves and times one store."""

    def __init__(self, plan: Plan, results: Results, loads: list[tuple[float, LoadFigures]]):
        self.plan = plan
        self.results = results
        self.loads = loads

    def _cell(
        self,
        store: str,
        fraction: float,
        op: str,
        impl: str,
        answer: str,
        factory: Callable[[], Call],
        concurrency: int,
    ) -> None:
        # As many calls per client at every concurrency: 40 calls over 8 clients (5 each)
        # were mostly ramp and tail, and understated c8's rate against c1's.
        timing = measure(
            factory,
            concurrency,
            self.plan.requests * concurrency,
            self.plan.budget,
            warmup=2 if concurrency == 1 else 0,  # the c1 cell warmed the server up
        )
        self.results.add(Cell(store, fraction, op, impl, answer, timing))
        errors = f", {len(timing.errors)} errors" if timing.errors else ""
        print(
            f"  {store} {fraction:g} {op} [{impl} c{concurrency}]: p50 {timing.p50:.1f} ms, "
            f"p99 {timing.p99:.1f} ms, {timing.rate:.1f} req/s ({answer}){errors}",
            flush=True,
        )

    def _levels(self, fraction: float) -> list[int]:
        last = fraction == self.plan.fractions[-1]
        return self.plan.concurrency if last else [min(self.plan.concurrency)]

    def grow(
        self,
        name: str,
        writer: Callable[[], GraphStore],
        serve_env: dict[str, str],
        raw: RawSql | RawCypher,
        peer_env: dict[str, str] | None,
        settle: Callable[[], None],
    ) -> None:
        written = 0
        for fraction in self.plan.fractions:
            store = writer()
            try:
                figures = load(
                    name,
                    store,
                    itertools.islice(national_graph(fraction), written, None),
                    self.plan.batch,
                )
            finally:
                store.close()
            written += figures.sources
            self.loads.append((fraction, figures))
            print(describe(figures), flush=True)
            if self.plan.load_only:
                continue
            settle()
            self.reads(name, fraction, serve_env, raw, peer_env)

    def reads(
        self,
        name: str,
        fraction: float,
        env: dict[str, str],
        raw: RawSql | RawCypher,
        peer_env: dict[str, str] | None,
    ) -> None:
        """Each operation through stratgraph, raw and the peer in turn, so that a change
        in the machine's load (a store still busy after its load) falls on all three."""
        port = free_port()
        stratgraph = Path(sys.executable).with_name("stratgraph")
        command = [str(stratgraph), "serve", "--host", "127.0.0.1", "--port", str(port)]
        command += ["--workers", str(self.plan.workers)]
        log = self.plan.workdir / f"serve-{name.lower()}-{fraction:g}.log"
        server = Server(f"stratgraph serve ({name})", command, env, self.plan.workdir, port, log)
        other: Server | None = None
        try:
            server.wait_ready(lambda: answers_get(port, "/ready"))
            other = self._start_peer(fraction, peer_env)
            for op in operations():
                answer = op.size(post(port, op.body()))
                for level in self._levels(fraction):
                    factory = graphql_calls(port, op.body())
                    self._cell(name, fraction, op.name, STRATGRAPH, answer, factory, level)
                if op.key != "floor":
                    self._raw(name, fraction, op, raw)
                if other is not None:
                    self._peer(name, fraction, op, other)
        finally:
            try:
                server.stop()
            finally:
                if other is not None:
                    other.stop()

    def _raw(self, name: str, fraction: float, op: Operation, raw: RawSql | RawCypher) -> None:
        answer = raw.run(op.key, op.variables)
        factory = _shared(partial(raw.run, op.key, op.variables))
        for level in self._levels(fraction):
            self._cell(name, fraction, op.name, RAW, answer, factory, level)

    def _start_peer(self, fraction: float, env: dict[str, str] | None) -> Server | None:
        if env is None:
            return None
        try:
            return peer.start(env, self.plan.workdir / f"peer-{fraction:g}.log")
        except RuntimeError as exc:
            print(f"  the @neo4j/graphql peer did not start: {exc}", flush=True)
            return None

    def _peer(self, name: str, fraction: float, op: Operation, server: Server) -> None:
        body, size = peer.peer_body(op.key, op.variables)
        try:
            answer = size(post(server.port, body))
        except Exception as exc:  # the peer's failure is a finding, not a crash
            print(f"  peer cannot answer {op.name}: {exc}", flush=True)
            return
        for level in self._levels(fraction):
            factory = graphql_calls(server.port, body)
            self._cell(name, fraction, op.name, PEER, answer, factory, level)


def _shared(call: Call) -> Callable[[], Call]:
    """A factory giving every thread the same call (its connections are per thread)."""
    return lambda: call


def _base_env(workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "STRATGRAPH_"))}
    env.update(STRATGRAPH_DATA_DIR=str(workdir / "data"), STRATGRAPH_STORE_TIMEOUT=STORE_TIMEOUT)
    return env


def run_sqlite(runner: Runner, plan: Plan) -> None:
    data = plan.workdir / "data"
    path = Settings(STRATGRAPH_DATA_DIR=data).sqlite_path

    def writer() -> GraphStore:
        store = SqliteStore(path)
        store.setup()
        return store

    def settle() -> None:  # the load's write-ahead log into the database file
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    raw = RawSql(path)
    try:
        runner.grow("SQLite", writer, _base_env(plan.workdir), raw, None, settle)
    finally:
        raw.close()


def run_neo4j(runner: Runner, plan: Plan) -> None:
    first, where = empty_neo4j(timeout=60.0)
    if first is None:
        print(f"Neo4j: {where}")
        return
    served_env = neo4j_env(where)
    driver = neo4j.GraphDatabase.driver(
        where,
        auth=(served_env["NEO4J_USERNAME"], served_env["NEO4J_PASSWORD"]),
        notifications_min_severity="OFF",
    )
    peer_env: dict[str, str] | None = None
    if plan.peer and not plan.load_only:
        why = peer.install()
        if why:
            print(f"the @neo4j/graphql peer is left out: {why}")
        else:
            peer_env = served_env
    database = served_env["NEO4J_DATABASE"]

    def settle() -> None:
        # The index population a large load leaves behind would otherwise run during the
        # first cells timed (db.checkpoint is not in the community edition).
        driver.execute_query("CALL db.awaitIndexes(600)", database_=database)

    try:
        runner.grow(
            "Neo4j",
            lambda: _neo4j_writer(where, served_env),
            {**_base_env(plan.workdir), **served_env},
            RawCypher(driver, database),
            peer_env,
            settle,
        )
    finally:
        first.delete_all()
        first.close()
        driver.close()


def _neo4j_writer(uri: str, env: dict[str, str]) -> GraphStore:
    """The store a load writes through (a long timeout: writes are not API reads)."""
    store = Neo4jStore(
        uri, env["NEO4J_USERNAME"], env["NEO4J_PASSWORD"], env["NEO4J_DATABASE"], timeout=60.0
    )
    store.setup()
    return store


def _parse(argv: list[str] | None) -> tuple[argparse.Namespace, Plan]:
    parser = argparse.ArgumentParser(
        prog="python -m bench.national",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--fraction", type=float, default=0.1)
    parser.add_argument("--sizes", help="several fractions, e.g. 0.1,0.33,1.0 (growth)")
    parser.add_argument("--stores", default="sqlite,neo4j")
    parser.add_argument("--concurrency", default="1,8")
    parser.add_argument("--requests", type=int, default=40, help="per client of a cell")
    parser.add_argument("--budget", type=float, default=15.0, help="seconds per cell, at most")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-peer", action="store_true", help="leave @neo4j/graphql out")
    parser.add_argument("--keep", type=Path, help="work in this directory and keep it")
    parser.add_argument(
        "--batch", type=int, default=200, help="sources per write transaction (1: write_source)"
    )
    parser.add_argument("--load-only", action="store_true", help="time the loading only")
    args = parser.parse_args(argv)
    fractions = sorted({float(s) for s in (args.sizes or str(args.fraction)).split(",")})
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="stratgraph-national-"))
    workdir.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        fractions=fractions,
        concurrency=sorted({int(c) for c in args.concurrency.split(",")}),
        requests=args.requests,
        budget=args.budget,
        workers=args.workers,
        peer=not args.no_peer,
        workdir=workdir,
        batch=max(1, args.batch),
        load_only=args.load_only,
    )
    return args, plan


def main(argv: list[str] | None = None) -> Results:
    args, plan = _parse(argv)
    print(machine())
    sizes = ", ".join(f"{f:g}: {source_count(f):,} sources" for f in plan.fractions)
    print(f"sizes {sizes}; workers {plan.workers}; concurrency {plan.concurrency}")
    results = Results()
    loads: list[tuple[float, LoadFigures]] = []
    runner = Runner(plan, results, loads)
    try:
        if "sqlite" in args.stores:
            run_sqlite(runner, plan)
        if "neo4j" in args.stores:
            run_neo4j(runner, plan)
    finally:
        if args.keep is None:
            shutil.rmtree(plan.workdir, ignore_errors=True)
    report(results, loads, plan)
    return results


def report(results: Results, loads: list[tuple[float, LoadFigures]], plan: Plan) -> None:
    low, high = plan.concurrency[0], plan.concurrency[-1]
    last = plan.fractions[-1]
    how = "write_source" if plan.batch == 1 else f"write_many, {plan.batch} sources"
    print(f"\n## Loading ({how} per transaction)\n\n{load_table(loads)}")
    if plan.load_only:
        return
    print(f"\n## Reads at {last:g} (stratgraph over HTTP, {plan.workers} workers)\n")
    print(results.main_table(last, low, high))
    print(f"\n## Every cell at {last:g}\n\n{results.detail_table(last)}")
    if len(plan.fractions) > 1:
        print(f"\n## Growth: p50 at concurrency {low}\n")
        print(results.growth_table(plan.fractions, low))
    for line in results.errors():
        print(f"errors: {line}")


if __name__ == "__main__":
    main()
