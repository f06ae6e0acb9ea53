"""Loading the national graph through the project's own write path, timed.

Sources are written ``batch`` at a time with ``GraphStore.write_many`` (one transaction
per batch), as `stratgraph ingest` writes many files; a batch of 1 is ``write_source``,
one source per transaction. The rate is relationships (links and mentions) per second;
the cost per source (a batch's time over its sources) is also taken over the first and
the last WINDOW sources, so that a cost that grows with the store shows.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from graph.edges import SourceFacts
from graph.store import GraphStore

WINDOW = 200  # sources at each end of a load whose cost per source is reported
BATCH = 200  # sources per write_many call


def relationships(facts: SourceFacts) -> int:
    """Relationships a source writes: its links and its mentions."""
    return len(facts.links) + len(facts.mentions)


@dataclass
class LoadFigures:
    store: str
    sources: int = 0
    relationships: int = 0
    seconds: float = 0.0
    per_source_ms: list[float] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Relationships per second."""
        return self.relationships / self.seconds if self.seconds else 0.0

    def first_ms(self) -> float:
        """Median milliseconds per source over the first WINDOW sources."""
        return _median(self.per_source_ms[:WINDOW])

    def last_ms(self) -> float:
        """Median milliseconds per source over the last WINDOW sources."""
        return _median(self.per_source_ms[-WINDOW:])

    def add(self, other: LoadFigures) -> None:
        self.sources += other.sources
        self.relationships += other.relationships
        self.seconds += other.seconds
        self.per_source_ms += other.per_source_ms


def _median(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def load(
    name: str, store: GraphStore, sources: Iterable[SourceFacts], batch: int = BATCH
) -> LoadFigures:
    """Write the sources ``batch`` at a time; a progress line every 1,000 sources."""
    figures = LoadFigures(name)
    it = iter(sources)
    while chunk := list(itertools.islice(it, batch)):
        began = time.perf_counter()
        if batch == 1:
            store.write_source(chunk[0])
        else:
            failed = [r for r in store.write_many(chunk) if isinstance(r, Exception)]
            if failed:
                raise RuntimeError(f"{len(failed)} sources failed to load: {failed[0]}")
        spent = time.perf_counter() - began
        before = figures.sources
        figures.seconds += spent
        figures.per_source_ms += [1000 * spent / len(chunk)] * len(chunk)
        figures.sources += len(chunk)
        figures.relationships += sum(relationships(facts) for facts in chunk)
        if figures.sources // 1000 > before // 1000:
            print(
                f"  {name}: {figures.sources:,} sources, {figures.rate:,.0f} rel/s, "
                f"last 200: {_median(figures.per_source_ms[-200:]):.1f} ms/source",
                flush=True,
            )
    return figures


def describe(f: LoadFigures) -> str:
    return (
        f"{f.store}: {f.sources:,} sources, {f.relationships:,} relationships in "
        f"{f.seconds:.1f} s: {f.rate:,.0f} rel/s; per source {f.first_ms():.1f} ms "
        f"(first {WINDOW}) -> {f.last_ms():.1f} ms (last {WINDOW})"
    )
