"""Store calls off the event loop: a bounded pool of threads, a deadline per call,
and one thread job per loop tick for the DataLoaders.

No store call runs on the event loop, so a store that hangs or is gone stalls only
the requests that need it; /health and every other request go on. A call that
passes its deadline raises StoreError (STORE_UNAVAILABLE) while its thread, if
still blocked in the driver, finishes on its own.

The DataLoaders' batches of one loop tick run together, as one job on one thread,
and their results arrive together. Were each batch its own thread job, the order in
which threads finish would decide which later loads share a batch, and the number
of round trips a query takes would depend on timing.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, ParamSpec, TypeVar

from graph.store import StoreError

P = ParamSpec("P")
R = TypeVar("R")

# Bounded: a store outage can tie up at most this many threads, each until the
# driver's own timeouts give up; further calls wait in the queue, within their deadline.
STORE_THREADS = 8

# Search scores up to 20,000 candidate rows in Python, so its time is the interpreter's:
# four searches on four threads of one process took 1.4-1.6x the time of the same four
# one after another (they contend for the interpreter lock). A process's searches queue
# for their own thread and never hold the other reads' threads; more searches at once
# need more worker processes (`stratgraph serve --workers`).
SEARCH_THREADS = 1

# /ready answers within this, store or no store; its pings have their own two threads,
# so that busy store threads do not make a working store look down.
READY_DEADLINE = 0.8

_pools: dict[str, ThreadPoolExecutor] = {}
_pools_lock = threading.Lock()


def _pool(name: str, threads: int) -> ThreadPoolExecutor:
    with _pools_lock:
        if name not in _pools:
            _pools[name] = ThreadPoolExecutor(threads, thread_name_prefix=f"stratgraph-{name}")
        return _pools[name]


def store_pool() -> ThreadPoolExecutor:
    """The process's threads for store calls (created on first use)."""
    return _pool("store", STORE_THREADS)


def search_pool() -> ThreadPoolExecutor:
    """The process's thread for Search's store calls."""
    return _pool("search", SEARCH_THREADS)


def ping_pool() -> ThreadPoolExecutor:
    """The threads of /ready's pings."""
    return _pool("ping", 2)


async def off_loop(
    fn: Callable[[], R], deadline: float | None, executor: ThreadPoolExecutor | None = None
) -> R:
    """fn() on a store thread; StoreError if it has not answered within the deadline."""
    future = asyncio.get_running_loop().run_in_executor(executor or store_pool(), fn)
    if deadline is None:
        return await future
    try:
        return await asyncio.wait_for(future, deadline)
    except TimeoutError:
        raise StoreError("the store did not answer in time") from None


class StoreCalls:
    """One request's store calls, each on a store thread. With a deadline, all of them
    together answer within that many seconds of the request's start, or raise
    StoreError: the whole request waits no longer than that for the store."""

    def __init__(self, deadline: float | None = None) -> None:
        self.deadline = deadline
        self._ends = None if deadline is None else time.monotonic() + deadline
        self._pending: list[tuple[Callable[[], Any], asyncio.Future[Any]]] = []
        self._ticks: set[asyncio.Task[None]] = set()  # the loop keeps only weak references

    def _left(self) -> float | None:
        if self._ends is None:
            return None
        left = self._ends - time.monotonic()
        if left <= 0:
            raise StoreError(f"the store did not answer within {self.deadline:g} s")
        return left

    async def run(self, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        return await off_loop(partial(fn, *args, **kwargs), self._left())

    async def run_on(
        self, executor: ThreadPoolExecutor, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs
    ) -> R:
        """run, on the threads of ``executor`` (search_pool) instead of the store's."""
        return await off_loop(partial(fn, *args, **kwargs), self._left(), executor)

    async def in_tick(self, work: Callable[[], R]) -> R:
        """work() together with all other work asked for in this loop tick: one job."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[R] = loop.create_future()
        if not self._pending:
            loop.call_soon(self._flush)
        self._pending.append((work, future))
        return await future

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        task = asyncio.ensure_future(self._run_tick(pending))
        self._ticks.add(task)
        task.add_done_callback(self._ticks.discard)

    async def _run_tick(self, pending: list[tuple[Callable[[], Any], asyncio.Future[Any]]]) -> None:
        def run_all() -> list[tuple[bool, Any]]:
            out: list[tuple[bool, Any]] = []
            for work, _ in pending:
                try:
                    out.append((True, work()))
                except Exception as exc:  # delivered to the one load that asked
                    out.append((False, exc))
            return out

        try:
            results = await off_loop(run_all, self._left())
        except Exception as exc:
            for _, future in pending:
                if not future.done():
                    future.set_exception(exc)
            return
        for (ok, value), (_, future) in zip(results, pending, strict=True):
            if future.done():  # cancelled by its caller
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
