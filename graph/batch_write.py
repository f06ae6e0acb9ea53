"""Many sources in one transaction, falling back to one transaction per source.

Both stores write a batch through ``write_many``: the facts that pass
graph.edges.check_facts go in one transaction; if that fails, each is retried alone,
so that only a source that cannot be written fails, and a failed write leaves nothing
of it behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from graph.edges import SourceFacts, check_facts
from graph.store import StoreError, StoreUnavailableError, WriteOutcome, WriteResult

# Writes the sources in order, in one transaction; raises StoreError (nothing written).
WriteTogether = Callable[[Sequence[SourceFacts], bool], list[WriteOutcome]]


def write_many(
    batch: Sequence[SourceFacts], force: bool, together: WriteTogether
) -> list[WriteResult]:
    results: list[WriteResult | None] = [None] * len(batch)
    valid: list[int] = []
    for i, facts in enumerate(batch):
        try:
            check_facts(facts)
            valid.append(i)
        except ValueError as exc:
            results[i] = exc
    try:
        outcomes: list[WriteResult] = list(together([batch[i] for i in valid], force))
    except (StoreError, ValueError) as exc:
        if len(valid) > 1 and not isinstance(exc, StoreUnavailableError):
            outcomes = _one_by_one([batch[i] for i in valid], force, together)
        else:
            outcomes = [exc] * len(valid)
    for i, outcome in zip(valid, outcomes, strict=True):
        results[i] = outcome
    return [r for r in results if r is not None]


def _one_by_one(
    batch: Sequence[SourceFacts], force: bool, together: WriteTogether
) -> list[WriteResult]:
    """Each source in its own transaction; once the store stops answering, the rest
    fail with the same error rather than each wait for it."""
    results: list[WriteResult] = []
    down: StoreUnavailableError | None = None
    for facts in batch:
        if down is not None:
            results.append(down)
            continue
        try:
            results += together([facts], force)
        except StoreUnavailableError as exc:
            results.append(exc)
            down = exc
        except (StoreError, ValueError) as exc:
            results.append(exc)
    return results
