"""A small closed-loop load generator: N threads, each calling as fast as answers come.

Each thread gets its own call (its own HTTP connection or database session) from a
factory, so that no two threads share a connection. A cell of the benchmark stops
after ``requests`` calls or ``budget`` seconds, whichever comes first; calls in flight
then finish. Latencies are wall-clock per call; the rate is calls per second of the
whole cell.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Call = Callable[[], object]


@dataclass
class Timing:
    concurrency: int
    latencies_ms: list[float] = field(default_factory=list)
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def percentile(self, p: float) -> float:
        """The p-th percentile (nearest rank) of the latencies, in ms."""
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        rank = max(1, round(p / 100 * len(ordered) + 0.4999))
        return ordered[min(rank, len(ordered)) - 1]

    @property
    def p50(self) -> float:
        return self.percentile(50)

    @property
    def p95(self) -> float:
        return self.percentile(95)

    @property
    def p99(self) -> float:
        return self.percentile(99)

    @property
    def rate(self) -> float:
        """Answered calls per second."""
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0


def measure(
    factory: Callable[[], Call],
    concurrency: int,
    requests: int,
    budget: float,
    warmup: int = 2,
) -> Timing:
    """Run ``requests`` calls over ``concurrency`` threads (at most ``budget`` seconds),
    after ``warmup`` untimed calls on each thread's own call."""
    timing = Timing(concurrency)
    lock = threading.Lock()
    issued = 0
    ready = threading.Barrier(concurrency + 1)
    deadline = [float("inf")]  # set when the timed part starts

    def worker() -> None:
        nonlocal issued
        try:
            call = factory()
            for _ in range(warmup):
                call()
        except Exception as exc:  # the cell reports it; the other threads go on
            with lock:
                timing.errors.append(f"{type(exc).__name__}: {exc}")
            ready.wait()
            return
        ready.wait()
        while True:
            with lock:
                if issued >= requests or time.perf_counter() > deadline[0]:
                    return
                issued += 1
            began = time.perf_counter()
            try:
                call()
            except Exception as exc:
                with lock:
                    timing.errors.append(f"{type(exc).__name__}: {exc}")
                continue
            spent = 1000 * (time.perf_counter() - began)
            with lock:
                timing.latencies_ms.append(spent)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for t in threads:
        t.start()
    ready.wait()
    began = time.perf_counter()
    deadline[0] = began + budget
    for t in threads:
        t.join()
    timing.seconds = time.perf_counter() - began
    return timing
