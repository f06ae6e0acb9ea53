"""Fuzz the four ways in: PDF bytes, HTML, GraphQL documents and HTTP bodies.

    python -m bench.fuzz N [--seed S] [--limit SECONDS] [--kinds pdf,html,graphql,http]

Runs N inputs of each kind (bench.fuzz_inputs, seeded: the same seed gives the same
inputs) through its target (bench.fuzz_targets) and prints, per kind, how the inputs
ended, the crashes (an uncaught exception, a 5xx, an uncoded or internal error), the
hangs (inputs over the per-input time limit; SIGALRM interrupts one that is still
running in Python), the process's peak memory (max RSS) after the kind, and the
slowest input. Crashing inputs are written to --out for replay. Exit status 1 if
any input crashed or hung.
"""

from __future__ import annotations

import argparse
import random
import resource
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from bench.fuzz_inputs import graphql_input, html_input, http_input, pdf_input
from bench.fuzz_targets import (
    fuzz_app,
    graphql_target,
    html_target,
    http_target,
    pdf_target,
    workdir,
)

KINDS = ("pdf", "html", "graphql", "http")


class HangError(Exception):
    pass


@dataclass
class Report:
    kind: str
    outcomes: Counter[str] = field(default_factory=Counter)
    crashes: list[tuple[int, str]] = field(default_factory=list)
    hangs: list[tuple[int, float]] = field(default_factory=list)
    slowest: tuple[float, int, int] = (0.0, -1, 0)  # seconds, input number, input size
    seconds: float = 0.0
    max_rss_mb: float = 0.0


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise HangError


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


Case = tuple[Callable[[], str], int, bytes]  # run it, its size, its bytes (for replay)


def _cases(kind: str, rng: random.Random, stack: ExitStack) -> Callable[[], Case]:
    work = stack.enter_context(workdir())
    if kind == "pdf":

        def pdf() -> Case:
            raw = pdf_input(rng)
            return (lambda: pdf_target(raw, work)), len(raw), raw

        return pdf
    if kind == "html":

        def html() -> Case:
            markup, charset = html_input(rng)
            return (lambda: html_target(markup, charset, work)), len(markup), markup

        return html
    client = stack.enter_context(fuzz_app(work, api_key=kind == "http"))
    if kind == "graphql":

        def graphql() -> Case:
            document, variables = graphql_input(rng)
            raw = document.encode("utf-8", "replace")
            return (lambda: graphql_target(client, document, variables)), len(raw), raw

        return graphql

    def http() -> Case:
        case = http_input(rng)
        raw = case.body or repr(case.params).encode()
        return (lambda: http_target(client, case)), len(raw), raw

    return http


def run_kind(kind: str, n: int, seed: int, limit: float, out: Path | None) -> Report:
    report = Report(kind)
    rng = random.Random(f"{seed}:{kind}")
    began = time.perf_counter()
    with ExitStack() as stack:
        next_case = _cases(kind, rng, stack)
        for number in range(n):
            run, size, raw = next_case()
            start = time.perf_counter()
            try:
                with _time_limit(limit):
                    report.outcomes[run()] += 1
            except HangError:
                report.outcomes["hang"] += 1
            except Exception as exc:
                report.outcomes["crash"] += 1
                report.crashes.append((number, f"{type(exc).__name__}: {exc}"[:300]))
                if out is not None:
                    out.mkdir(parents=True, exist_ok=True)
                    (out / f"{kind}-{seed}-{number}.bin").write_bytes(raw)
            took = time.perf_counter() - start
            if took > limit:
                report.hangs.append((number, took))
            if took > report.slowest[0]:
                report.slowest = (took, number, size)
    report.seconds = time.perf_counter() - began
    report.max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="inputs per kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=float, default=10.0, help="seconds per input")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--out", type=Path, default=None, help="write crashing inputs here")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    reports = []
    for kind in args.kinds.split(","):
        report = run_kind(kind, args.n, args.seed, args.limit, args.out)
        reports.append(report)
        print(f"== {kind}: {args.n} inputs in {report.seconds:.1f} s", flush=True)
        print("   outcomes: " + ", ".join(f"{k} {v}" for k, v in report.outcomes.most_common()))
        for number, message in report.crashes[:10]:
            print(f"   crash at input {number}: {message}")
        for number, took in report.hangs[:10]:
            print(f"   hang at input {number}: {took:.1f} s")
    print()
    print("| kind | inputs | crashes | hangs (> limit) | peak RSS (MB) | slowest input | total |")
    print("|---|---|---|---|---|---|---|")
    for r in reports:
        took, number, size = r.slowest
        print(
            f"| {r.kind} | {args.n} | {len(r.crashes)} | {len(r.hangs)} | {r.max_rss_mb:.0f} "
            f"| {took:.2f} s (#{number}, {size} bytes) | {r.seconds:.0f} s |"
        )
    return 1 if any(r.crashes or r.hangs for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
