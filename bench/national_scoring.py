"""Search scoring for the raw SQL: graph.search's rule, on the stems the store keeps.

SQLite cannot score a hit by the share of query stems that start a stem of its name
and of its best quote, so the hand-written search lets the index propose candidates,
reads the stems the store already keeps of their names and quotes (search_rows), and
scores them here without stemming anything again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from graph.search import MAX_EVIDENCE, NAME_WEIGHT, QUOTE_WEIGHT
from graph.text_match import coverage_of

FIRST = 20  # hits, as the contract's Search asks


@dataclass(frozen=True)
class StemmedQuote:
    key: str  # the search row's key: "m:<mention key>" or "l:<link key>"
    stems: list[str]


@dataclass(frozen=True)
class Hit:
    node_id: str
    score: float
    quotes: list[StemmedQuote]  # the best matching, at most MAX_EVIDENCE


def best_by_stems(
    query: list[str],
    names: Mapping[str, list[str]],
    quotes: Mapping[str, list[StemmedQuote]],
) -> list[Hit]:
    """The FIRST best-scoring nodes, each with its best matching quotes."""
    hits = []
    for node_id, name in names.items():
        rated = sorted(
            ((coverage_of(query, q.stems), q) for q in quotes.get(node_id, [])),
            key=lambda pair: (-pair[0], pair[1].key),
        )
        best = rated[0][0] if rated else 0.0
        score = round(NAME_WEIGHT * coverage_of(query, name) + QUOTE_WEIGHT * best, 4)
        if score > 0:
            matching = [q for share, q in rated if share > 0][:MAX_EVIDENCE]
            hits.append(Hit(node_id, score, matching))
    return sorted(hits, key=lambda h: (-h.score, h.node_id))[:FIRST]
