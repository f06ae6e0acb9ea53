"""How long a read-only `stratgraph query` takes to answer, from the start of its process.

    python -m bench.first_answer [--runs 5] [--tree DIR]

Ingests the sample pages into a scratch embedded store, then starts `stratgraph query`
--runs times (after one uncounted run that warms the file cache) and prints the median
wall time to the first byte of its answer and the median CPU time of the process.
The command is what the `stratgraph` script runs; with --tree it imports the packages
of DIR instead of the installed ones, e.g. an older commit's:

    git archive COMMIT stratgraph graph ingest schema queries | tar -x -C DIR
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUERY = "{ documents(filter: {}, first: 1) { totalCount } }"
ROOT = Path(__file__).resolve().parents[1]
# The `stratgraph` script's own code; run from --tree, it imports that tree's packages.
CLI = "import sys; from stratgraph.cli import app; sys.exit(app())"


def _once(cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the answer's first byte, CPU seconds of the whole process)."""
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", CLI, "query", QUERY],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    process.stdout.read(1)
    first = time.perf_counter() - began
    process.stdout.read()
    process.stdout.close()
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"stratgraph query failed (wait status {status})")
    return first, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description="Time to the first answer of stratgraph query.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tree", type=Path, default=ROOT, help="Whose packages to run.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        env["STRATGRAPH_DATA_DIR"] = data
        subprocess.run(
            [sys.executable, "-c", CLI, "ingest", str(ROOT / "samples")],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        _once(args.tree, env)
        runs = [_once(args.tree, env) for _ in range(args.runs)]
    first = [r[0] for r in runs]
    cpu = [r[1] for r in runs]
    print(f"command: stratgraph query '{QUERY}'")
    print(f"first answer: median {statistics.median(first):.2f} s (runs: ", end="")
    print(", ".join(f"{t:.2f}" for t in first) + ")")
    print(f"CPU time: median {statistics.median(cpu):.2f} s (runs: ", end="")
    print(", ".join(f"{t:.2f}" for t in cpu) + ")")
    print(f"load average (1 min): {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
