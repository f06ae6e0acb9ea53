"""A store wrapper that counts the store calls a request makes (round-trip tests and
bench.national_inprocess)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from graph.store import GraphStore


class CountingStore:
    """Counts every store method called, and passes the call on."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner = inner
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        target = getattr(self.inner, name)
        if not callable(target):
            return target

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return target(*args, **kwargs)

        return counted
