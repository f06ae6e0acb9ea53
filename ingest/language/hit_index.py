"""The hits inside a span, found by bisecting sorted starts instead of scanning all.

Why: the rules ask Context for the actors, documents, initiatives and dates of
each sentence, so scanning every hit per question made extraction quadratic in
the length of a text. An index holds the hits' starts in sorted order and is
rebuilt only when its list changes; a question then costs O(log n + k) for the
k hits that start inside the span.

The answer is the same as the scan's: the hits with span.start <= start and
end <= span.end, in the list's own order.

When is the list "changed": the components replace the lists (`ctx.actors =
sorted(...)`), extend them (`+=`) or sort them in place. The index keeps the list
it was built from and rebuilds when that list is another object, has another
length, or another first or last hit, and it re-checks that every hit it answers
with still stands at its recorded place. Replacing a middle hit in place
(`hits[i] = other`) with the list's length unchanged is the one change it does not
see; no component does that.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Generic, Protocol, TypeVar


class _Hit(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


H = TypeVar("H", bound=_Hit)

# Where an owner (a Context) keeps its indexes, one per list name.
_SLOT = "_hit_indexes"


class HitIndex(Generic[H]):
    """The hits of one list, by start."""

    def __init__(self, hits: list[H]) -> None:
        self.hits = hits
        self.length = len(hits)
        self.first = hits[0] if hits else None
        self.last = hits[-1] if hits else None
        order = sorted(range(len(hits)), key=lambda i: hits[i].start)
        self.starts = [hits[i].start for i in order]
        self.by_start = [hits[i] for i in order]
        self.positions = order  # list position of the hit at each sorted place

    def fresh(self, hits: list[H]) -> bool:
        return (
            hits is self.hits
            and len(hits) == self.length
            and (not hits or (hits[0] is self.first and hits[-1] is self.last))
        )

    def within(self, start: int, end: int) -> list[H] | None:
        """Hits within [start, end] in list order; None when the list moved under the index.

        A hit of zero length at ``end`` counts, as it does for Span.contains."""
        lo = bisect_left(self.starts, start)
        hi = bisect_right(self.starts, end, lo)
        if lo == hi:  # most questions: nothing starts inside
            return []
        found: list[int] = []
        for place in range(lo, hi):
            position = self.positions[place]
            hit = self.by_start[place]
            if position >= len(self.hits) or self.hits[position] is not hit:
                return None  # reordered in place since the index was built
            if hit.end <= end:
                found.append(position)
        found.sort()
        return [self.hits[p] for p in found]


def hits_within(owner: Any, name: str, hits: list[H], start: int, end: int) -> list[H]:
    """The hits of ``owner``'s list ``name`` that lie within [start, end], in list order:
    those with start <= hit.start and hit.end <= end, as Span.contains tests."""
    if not hits:
        return []
    indexes: dict[str, HitIndex[Any]] = vars(owner).setdefault(_SLOT, {})
    index = indexes.get(name)
    if index is None or not index.fresh(hits):
        index = indexes[name] = HitIndex(hits)
    found = index.within(start, end)
    if found is None:
        index = indexes[name] = HitIndex(hits)
        found = index.within(start, end)
    return found or []
