"""Writing the contract's answers as JSON: orjson, which the GraphQL router uses, against
the standard library's json.dumps, which strawberry would use (issue 11).

    python -m bench.answer_encoding [--fraction 0.33] [--runs 50] [--db PATH]

Loads the national graph at ``--fraction`` into SQLite (``--db``; an existing file is
reused), answers each operation of bench.national_ops once in process, then encodes
each answer ``--runs`` times with each encoder, in the same run, and prints the median
milliseconds, the answer's size and the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import orjson

from bench.national_inprocess import answer, sqlite_store
from bench.national_ops import operations


def _median_ms(encode: Callable[[], object], runs: int) -> float:
    encode()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        encode()
        times.append(1000 * (time.perf_counter() - began))
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fraction", type=float, default=0.33)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--db", type=Path, default=Path("/tmp/stratgraph-national/encode.db"))
    args = parser.parse_args(argv)
    store = sqlite_store(args.db, args.fraction)
    print("| operation | answer bytes | json.dumps ms | orjson ms | json/orjson |")
    print("|---|---|---|---|---|")
    try:
        with asyncio.Runner() as runner:
            for op in operations():
                data = answer(store, op, runner)
                size = len(orjson.dumps(data))
                std = _median_ms(lambda d=data: json.dumps(d, separators=(",", ":")), args.runs)  # type: ignore[misc]
                fast = _median_ms(lambda d=data: orjson.dumps(d), args.runs)  # type: ignore[misc]
                print(f"| {op.name} | {size:,} | {std:.3f} | {fast:.3f} | {std / fast:.1f}x |")
    finally:
        store.close()


if __name__ == "__main__":
    main()
