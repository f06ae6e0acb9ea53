"""Neo4j round trips and CPU per contract operation on the sample graph (issue 11).

The four sample pages are ingested into the configured Neo4j (NEO4J_URI and NEO4J_PASSWORD:
an empty database, emptied again afterwards; see bench/stores.py), then each operation of
schema/contract.graphql is answered in this process, as `stratgraph serve` would answer it
but without HTTP. For each: the driver's round trips (queries sent), this process's CPU per
answer and, given the server's process id (`--jvm-pid`, e.g. from `stratgraph neo4j start`'s
home: neo4j.pid), the Neo4j JVM's CPU per answer, read from /proc. Medians of `--runs`.

    python -m bench.read_trips [--calls 100] [--runs 3] [--jvm-pid PID]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import neo4j

from bench.mixed_reads import KRAMFORS_ID, SAMPLES, VARIABLES, contract_bodies
from bench.stores import empty_neo4j
from ingest.batch import expand_paths, ingest_paths
from schema.execute import run_operation
from stratgraph.settings import Settings


def jvm_seconds(pid: int | None) -> float:
    """User and system CPU seconds of a process so far (0 without a pid)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class TripCounter:
    """Counts the queries the driver sends (each auto-commit read is one round trip)."""

    def __init__(self) -> None:
        self.trips = 0
        self._run: Callable[..., Any] = neo4j.Session.run

    def __enter__(self) -> TripCounter:
        counter, run = self, self._run

        def counted(session: neo4j.Session, *args: Any, **kwargs: Any) -> Any:
            counter.trips += 1
            return run(session, *args, **kwargs)

        neo4j.Session.run = counted  # type: ignore[method-assign,assignment]
        return self

    def __exit__(self, *_: object) -> None:
        neo4j.Session.run = self._run  # type: ignore[method-assign]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=100, help="answers per operation per run")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jvm-pid", type=int, default=None)
    args = parser.parse_args()
    # The restricted people's list kept as a serving process keeps it.
    store, why = empty_neo4j(restrictions_ttl=Settings().restrictions_ttl)
    if store is None:
        print(f"Neo4j {why}")
        return 0
    try:
        ingest_paths(store, expand_paths([SAMPLES]))
        bodies = contract_bodies()
        variables = dict(VARIABLES)
        walk = run_operation(store, bodies["Lineage"]["query"], {"id": KRAMFORS_ID, "maxDepth": 3})
        nodes = walk["data"]["lineage"]["nodes"]
        variables["ResponsibilityChain"] = {
            "id": next(n["id"] for n in nodes if n["__typename"] == "Activity")
        }
        print("| operation | round trips | client CPU ms | Neo4j CPU ms |\n|---|---|---|---|")
        for name, body in bodies.items():
            v = variables.get(name, {})
            for _ in range(10):
                run_operation(store, body["query"], v)  # warm plans and caches
            trips, client, server = [], [], []
            for _ in range(args.runs):
                jvm, cpu = jvm_seconds(args.jvm_pid), time.process_time()
                with TripCounter() as counter:
                    for _ in range(args.calls):
                        run_operation(store, body["query"], v)
                trips.append(counter.trips / args.calls)
                client.append(1000 * (time.process_time() - cpu) / args.calls)
                server.append(1000 * (jvm_seconds(args.jvm_pid) - jvm) / args.calls)
            jvm_ms = f"{statistics.median(server):.2f}" if args.jvm_pid else "-"
            print(
                f"| {name} | {statistics.median(trips):.2f} | {statistics.median(client):.2f} "
                f"| {jvm_ms} |",
                flush=True,
            )
    finally:
        store.delete_all()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
