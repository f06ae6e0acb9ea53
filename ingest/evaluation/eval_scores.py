"""Scores of an evaluation: true and false positives and false negatives, per text and set.

A TextReport holds one text's counts per entity label, relation type and rule,
with its misses and false positives in words; a SetReport sums its texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["Counts", "SetReport", "TextReport"]


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted (nothing wrong was said)."""
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when gold has nothing (nothing was missed)."""
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """2 TP / (2 TP + FP + FN): the harmonic mean of precision and recall."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 1.0


@dataclass(slots=True)
class TextReport:
    name: str
    entities: dict[str, Counts] = field(default_factory=dict)
    relations: dict[str, Counts] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # false negatives, with why
    false_positives: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # page-level checks, not scored
    topic: str | None = None
    level: str | None = None
    page_type: str | None = None
    rules: dict[str, Counts] = field(default_factory=dict)  # per rule: TP and FP only
    dated: Counts = field(default_factory=Counts)  # stated adoption/decision dates
    merged: list[str] = field(default_factory=list)  # two gold entities, one node

    def count(self, table: dict[str, Counts], key: str) -> Counts:
        return table.setdefault(key, Counts())


@dataclass(slots=True)
class SetReport:
    name: str
    texts: list[TextReport] = field(default_factory=list)

    @property
    def entities(self) -> dict[str, Counts]:
        return _merge_counts(t.entities for t in self.texts)

    @property
    def relations(self) -> dict[str, Counts]:
        return _merge_counts(t.relations for t in self.texts)

    @property
    def entity_total(self) -> Counts:
        return _total(self.entities.values())

    @property
    def relation_total(self) -> Counts:
        return _total(self.relations.values())

    @property
    def dated(self) -> Counts:
        """Stated adoption and decision dates over the set's texts."""
        return _total(t.dated for t in self.texts)

    @property
    def merged(self) -> list[str]:
        """Two gold entities met by one node, as "<text>: <what>"."""
        return [f"{t.name}: {m}" for t in self.texts for m in t.merged]

    def summary(self) -> str:
        e, r = self.entity_total, self.relation_total
        return (
            f"{self.name}: entities P={e.precision:.3f} R={e.recall:.3f} F1={e.f1:.3f} "
            f"(TP {e.tp}, FP {e.fp}, FN {e.fn}); relations P={r.precision:.3f} "
            f"R={r.recall:.3f} F1={r.f1:.3f} (TP {r.tp}, FP {r.fp}, FN {r.fn})"
        )


def _merge_counts(tables: Iterable[dict[str, Counts]]) -> dict[str, Counts]:
    merged: dict[str, Counts] = {}
    for table in tables:
        for key, c in table.items():
            merged.setdefault(key, Counts()).add(c)
    return dict(sorted(merged.items()))


def _total(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in counts:
        total.add(c)
    return total
