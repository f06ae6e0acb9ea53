"""Running a function over many items in worker processes, each result as it finishes.

For CPU-bound Python (spaCy, the extraction rules), which threads would not speed up.
Workers start by "forkserver" (or "spawn" where there is none), never by a plain fork of
a process that may hold threads and open store connections."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import TypeVar

__all__ = ["WorkerDiedError", "run_in_workers", "usable_cores"]

T = TypeVar("T")
R = TypeVar("R")

# Items handed out per worker ahead of the results: enough to keep every worker busy
# while the parent writes, few enough to hold their results in memory.
_AHEAD = 4


class WorkerDiedError(Exception):
    """The worker process running an item ended (killed, or crashed in C code)."""


def usable_cores() -> int:
    """The cores this process may run on (its affinity, where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _start_worker(warm: Callable[[], object] | None) -> None:
    # Ctrl-C reaches the whole process group: the parent alone handles it, by ending
    # the workers, so they print no tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if warm is not None:
        warm()


def _context(preload: list[str]) -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(preload)  # imported once, in the server, not per worker
        return ctx
    return multiprocessing.get_context("spawn")


def run_in_workers(
    fn: Callable[[T], R],
    items: Iterable[tuple[int, T]],
    jobs: int,
    *,
    warm: Callable[[], object] | None = None,
    preload: tuple[str, ...] = (),
) -> Generator[tuple[int, R | Exception], None, None]:
    """``(key, fn(arg))`` for each ``(key, arg)`` of ``items``, run in ``jobs`` worker
    processes and yielded as each finishes; an exception in place of a result that
    could not be had. ``fn`` and ``warm`` (run once by each worker as it starts) must
    be module-level functions. ``items`` is read lazily, a few per worker ahead, so it
    may do work of its own in this process; no worker starts until the first item.

    A worker that dies fails only its own item: the items in flight with it are run
    again one at a time, and the one whose worker dies alone gets WorkerDiedError. Closing
    the iterator (as an exception through the loop over it does, Ctrl-C included, when
    the caller closes it) ends the workers at once."""
    source = iter(items)
    suspects: deque[tuple[int, T]] = deque()  # in flight when a worker died
    running: dict[Future[R], tuple[int, T]] = {}
    pool: ProcessPoolExecutor | None = None
    solo: set[Future[R]] = set()  # a suspect, run alone

    def submit(item: tuple[int, T]) -> Future[R]:
        nonlocal pool
        if pool is None:
            pool = ProcessPoolExecutor(
                jobs, _context(list(preload)), initializer=_start_worker, initargs=(warm,)
            )
        future = pool.submit(fn, item[1])
        running[future] = item
        return future

    try:
        while True:
            if suspects:
                if not running:
                    solo.add(submit(suspects.popleft()))
            else:
                while len(running) < _AHEAD * jobs and (item := next(source, None)) is not None:
                    submit(item)
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = False
            for future in finished:
                key, arg = running.pop(future)
                try:
                    outcome: R | Exception = future.result()
                except BrokenProcessPool:
                    broken = True
                    if future not in solo:
                        suspects.append((key, arg))
                        continue
                    outcome = WorkerDiedError(f"the worker process ended while on item {key}")
                except Exception as exc:  # fn raised, or its result could not be pickled
                    outcome = exc
                yield key, outcome
            solo.clear()
            if broken:
                suspects.extend(running.values())
                running.clear()
                assert pool is not None
                _stop(pool)
                pool = None
    except BaseException:
        if pool is not None:
            _stop(pool)
        raise
    if pool is not None:
        pool.shutdown()


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now, not after the items they are on."""
    processes = list(pool._processes.values()) if pool._processes else []
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join()
