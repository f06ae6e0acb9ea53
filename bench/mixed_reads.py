"""Mixed contract reads on the sample graph (issue 11: >= 300 req/s at p99 <= 100 ms).

The four sample pages are ingested into a scratch embedded store (and into Neo4j when
NEO4J_URI and NEO4J_PASSWORD name an empty database: see bench/stores.py), then
`stratgraph serve --workers N` answers the operations of schema/contract.graphql, each
sent on its own with variables for the sample graph, from C concurrent clients. Each
client sends the operations in turn (starting at a different one), over one kept-alive
connection, for a fixed time. Figures are medians of the runs. Then, on the same server,
the same mix at each of --scaling's concurrencies (default 1 and 8), alternated over the
runs so that a change in the machine's load falls on both, and their ratio.

    python -m bench.mixed_reads [--clients 16] [--seconds 10] [--runs 3] [--workers N]
                                [--scaling 1,8]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphql import DocumentNode, OperationDefinitionNode, parse, print_ast

from bench.national_http import HEADERS, GraphQLError, Server, answers_get, free_port, post
from bench.national_timing import Call, Timing, measure
from bench.stores import empty_neo4j, neo4j_env
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from ingest.batch import expand_paths, ingest_paths
from stratgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CONTRACT = ROOT / "schema" / "contract.graphql"
STRATEGY_ID = "Document:regional:strategy:lan:22:2018-2021"
KRAMFORS_ID = "Organization:kommun:2282"

# Variables that give each operation a real answer on the sample graph.
VARIABLES: dict[str, dict[str, Any]] = {
    "FindDocuments": {"text": "handlingsplan"},
    "Lineage": {"id": STRATEGY_ID},
    "FindOrganizations": {"name": "kramfors"},
    "ResponsibilityChain": {},  # an activity's id, found on the served graph
    "Coverage": {"countyCode": "22"},
    "Search": {"text": "handlingsplanen"},
    "Node": {"id": KRAMFORS_ID},
}


def contract_bodies() -> dict[str, dict[str, Any]]:
    """Each operation of the contract as a request body of its own (no variables yet)."""
    bodies: dict[str, dict[str, Any]] = {}
    for definition in parse(CONTRACT.read_text(encoding="utf-8")).definitions:
        if isinstance(definition, OperationDefinitionNode) and definition.name is not None:
            text = print_ast(DocumentNode(definitions=(definition,)))
            bodies[definition.name.value] = {"query": text}
    return bodies


def request_bodies(port: int) -> list[tuple[str, bytes]]:
    """(name, JSON body) of every contract operation, each checked to answer."""
    bodies = contract_bodies()
    variables = dict(VARIABLES)
    lineage = post(port, {**bodies["Lineage"], "variables": {"id": KRAMFORS_ID, "maxDepth": 3}})
    activities = [n["id"] for n in lineage["lineage"]["nodes"] if n["__typename"] == "Activity"]
    if not activities:
        raise RuntimeError("the sample graph has no activity for ResponsibilityChain")
    variables["ResponsibilityChain"] = {"id": activities[0]}
    out: list[tuple[str, bytes]] = []
    for name, body in bodies.items():
        full = {**body, "variables": variables.get(name, {})}
        post(port, full)  # GraphQLError if the operation does not answer
        out.append((name, json.dumps(full).encode()))
    return out


@dataclass
class Mix:
    """Latencies by operation, over every run."""

    by_op: dict[str, list[float]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, name: str, ms: float) -> None:
        with self.lock:
            self.by_op.setdefault(name, []).append(ms)


def mixed_calls(port: int, bodies: list[tuple[str, bytes]], mix: Mix) -> Callable[[], Call]:
    """A factory of calls, one connection each, cycling through the operations; each
    client starts one operation further on, so that all are in flight at once."""
    starts = itertools.count()

    def factory() -> Call:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        offset = next(starts) % len(bodies)
        turn = itertools.cycle(bodies[offset:] + bodies[:offset])

        def send(payload: bytes) -> tuple[int, bytes]:
            conn.request("POST", "/graphql", payload, HEADERS)
            response = conn.getresponse()
            return response.status, response.read()

        def call() -> None:
            name, payload = next(turn)
            began = time.perf_counter()
            try:
                status, raw = send(payload)
            except (OSError, http.client.HTTPException):
                conn.close()  # an idle kept-alive connection the server closed
                status, raw = send(payload)
            if status != 200 or b'"errors":' in raw:
                raise GraphQLError(f"{name}: HTTP {status}: {raw[:200]!r}")
            mix.add(name, 1000 * (time.perf_counter() - began))

        return call

    return factory


def _timed(
    port: int, bodies: list[tuple[str, bytes]], mix: Mix, clients: int, seconds: float, warm: bool
) -> Timing:
    return measure(
        mixed_calls(port, bodies, mix),
        clients,
        requests=10**9,
        budget=seconds,
        warmup=len(bodies) if warm else 0,
    )


def _print_run(label: str, timing: Timing) -> None:
    errors = f", {len(timing.errors)} errors" if timing.errors else ""
    print(
        f"  {label}: {timing.rate:.1f} req/s, p50 {timing.p50:.1f} ms, "
        f"p95 {timing.p95:.1f} ms, p99 {timing.p99:.1f} ms{errors}",
        flush=True,
    )
    for line in sorted(set(timing.errors))[:3]:
        print(f"    error: {line}")


def _scaling(
    port: int, bodies: list[tuple[str, bytes]], args: argparse.Namespace
) -> dict[int, list[Timing]]:
    """The mix at each concurrency of --scaling, the levels alternated run by run."""
    levels = [int(c) for c in args.scaling.split(",") if c.strip()]
    found: dict[int, list[Timing]] = {c: [] for c in levels}
    for run in range(args.runs if len(levels) > 1 else 0):
        for c in levels if run % 2 == 0 else reversed(levels):
            timing = _timed(port, bodies, Mix(), c, args.seconds, warm=True)
            found[c].append(timing)
            _print_run(f"concurrency {c}, run {run + 1}", timing)
    return found if len(levels) > 1 else {}


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def serve_and_time(name: str, env: dict[str, str], workdir: Path, args: argparse.Namespace) -> None:
    port = free_port()
    stratgraph = Path(sys.executable).with_name("stratgraph")
    command = [str(stratgraph), "serve", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--workers", str(args.workers)]
    log = workdir / f"serve-{name.lower()}.log"
    server = Server(f"stratgraph serve ({name})", command, env, workdir, port, log)
    try:
        server.wait_ready(lambda: answers_get(port, "/ready"))
        bodies = request_bodies(port)
        mix = Mix()
        runs: list[Timing] = []
        for run in range(args.runs):
            timing = _timed(port, bodies, mix, args.clients, args.seconds, run == 0)
            runs.append(timing)
            _print_run(f"{name} run {run + 1}", timing)
        scaling = _scaling(port, bodies, args)
    finally:
        server.stop()
    rate, p50, p95, p99 = (
        _median([getattr(t, key) for t in runs]) for key in ("rate", "p50", "p95", "p99")
    )
    print(
        f"{name}, {args.clients} clients, {args.workers} workers, median of {len(runs)} runs "
        f"of {args.seconds:g} s: {rate:.1f} req/s, p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
        f"p99 {p99:.1f} ms"
    )
    if scaling:
        rates = {c: _median([t.rate for t in ts]) for c, ts in scaling.items()}
        low, high = min(rates), max(rates)
        cells = ", ".join(
            f"c{c} {rates[c]:.1f} req/s (p50 {_median([t.p50 for t in ts]):.1f} ms)"
            for c, ts in scaling.items()
        )
        print(f"{name} scaling, {args.workers} workers: {cells}; ", end="")
        print(f"c{high}/c{low} = {rates[high] / rates[low]:.2f}x")
    total = sum(len(v) for v in mix.by_op.values())
    for op, latencies in sorted(mix.by_op.items()):
        ordered = Timing(0, latencies_ms=latencies)
        print(
            f"  {op:<20} {100 * len(latencies) / max(total, 1):4.1f}% of calls, "
            f"p50 {ordered.p50:6.1f} ms, p99 {ordered.p99:6.1f} ms"
        )


def ingest(store: GraphStore) -> None:
    results = ingest_paths(store, expand_paths([SAMPLES]))
    failed = [r.error for r in results if not r.ok]
    if failed:
        raise RuntimeError(f"sample ingest failed: {failed}")


def _base_env(workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "STRATGRAPH_"))}
    env.update(STRATGRAPH_DATA_DIR=str(workdir / "data"), STRATGRAPH_STORE_TIMEOUT="60")
    return env


def run_sqlite(workdir: Path, args: argparse.Namespace) -> None:
    path = Settings(STRATGRAPH_DATA_DIR=workdir / "data").sqlite_path
    path.parent.mkdir(parents=True, exist_ok=True)
    store = SqliteStore(path)
    try:
        store.setup()
        ingest(store)
    finally:
        store.close()
    serve_and_time("SQLite", _base_env(workdir), workdir, args)


def run_neo4j(workdir: Path, args: argparse.Namespace) -> None:
    store, where = empty_neo4j(timeout=60.0)
    if store is None:
        print(f"Neo4j: {where}")
        return
    env = {**_base_env(workdir), **neo4j_env(where)}
    try:
        ingest(store)
        serve_and_time("Neo4j", env, workdir, args)
    finally:
        store.delete_all()
        store.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.mixed_reads",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10.0, help="per run")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--stores", default="sqlite,neo4j")
    parser.add_argument(
        "--scaling",
        default="1,8",
        help="concurrencies to compare on the same server (req/s and ratio); '' for none",
    )
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="stratgraph-mixed-"))
    print(f"operations: {', '.join(contract_bodies())}, sent in turn by each client")
    try:
        if "sqlite" in args.stores:
            run_sqlite(workdir, args)
        if "neo4j" in args.stores:
            run_neo4j(workdir, args)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
