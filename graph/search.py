"""Search over names, titles and evidence quotes, Swedish-aware (stemmed), scored.

Scored from the stems the stores keep at write time (store.search_texts): nothing is
stemmed again here but the query, and only the quotes shown are read whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from graph.edges import Evidence
from graph.nodes import NodeLabel, NodeRecord
from graph.store import GraphStore, StemmedText
from graph.text_match import coverage_of_stems, query_stems
from graph.user_input import UserInputError

NAME_WEIGHT = 0.6
QUOTE_WEIGHT = 0.4
MAX_EVIDENCE = 3
MAX_HITS = 100
# A query whose words are in more names or quotes than this is scored on the ones
# each index ranks best (bm25 in SQLite, Lucene's score in Neo4j).
MAX_CANDIDATES = 20_000


@dataclass(frozen=True)
class Hit:
    score: float  # 0..1: NAME_WEIGHT x share of words in the name + QUOTE_WEIGHT x best quote
    node: NodeRecord
    evidence: list[Evidence]  # the quotes that matched, best first


@dataclass
class _Candidate:
    name: float = 0.0
    best: float = 0.0  # the best quote's share
    quotes: list[tuple[float, StemmedText]] = field(default_factory=list)  # matching ones

    def add(self, share: float, quote: StemmedText) -> None:
        self.quotes.append((share, quote))
        self.best = max(self.best, share)

    @property
    def score(self) -> float:
        return round(NAME_WEIGHT * self.name + QUOTE_WEIGHT * self.best, 4)


def search(store: GraphStore, text: str, first: int = 20) -> list[Hit]:
    """The best ``first`` hits: every word (stemmed: 'handlingsplanen' finds 'handlingsplan')
    is looked for in each node's name or title and in the quotes that cite it."""
    return search_hits(store, text, first, with_sources=False)[0]


def search_hits(
    store: GraphStore, text: str, first: int, *, with_sources: bool
) -> tuple[list[Hit], list[NodeRecord]]:
    """search's hits and, with_sources, the sources their evidence cites (by id): two
    store calls, the candidates and what the best of them show."""
    if not 1 <= first <= MAX_HITS:
        raise UserInputError(f"first must be between 1 and {MAX_HITS}, not {first}")
    query = query_stems(text)

    @cache
    def share(stems: str) -> float:  # a link's quote is a row at each of its ends
        return coverage_of_stems(query, stems)

    candidates: dict[str, _Candidate] = {}
    for row in store.search_texts(query, MAX_CANDIDATES):
        found = candidates.get(row.node_id)
        if found is None:
            found = candidates[row.node_id] = _Candidate(name=share(row.name_stems))
        if row.ref is not None and (quote_share := share(row.stems)) > 0:
            found.add(quote_share, row)
    scored = ((c.score, node_id) for node_id, c in candidates.items())
    positive = [pair for pair in scored if pair[0] > 0]
    ranked = sorted(positive, key=lambda pair: (-pair[0], pair[1]))[:first]
    if not ranked:
        return [], []
    shown = {node_id: _best_quotes(candidates[node_id]) for _, node_id in ranked}
    refs = {q.ref for quotes in shown.values() for _, q in quotes if q.ref is not None}
    details = store.hit_records(
        [node_id for _, node_id in ranked], sorted(refs), with_sources=with_sources
    )
    records = {r.id: r for r in details.nodes if r.label is not NodeLabel.SOURCE}
    hits = [
        Hit(score, records[node_id], _evidence(shown[node_id], details.evidence))
        for score, node_id in ranked
        if node_id in records
    ]
    cited = {e.source_id for hit in hits for e in hit.evidence}
    return hits, [r for r in details.sources if r.id in cited]


def _best_quotes(candidate: _Candidate) -> list[tuple[float, StemmedText]]:
    """The matching quotes that can be among the best MAX_EVIDENCE: every one as good as
    the MAX_EVIDENCE-th best. Ties are all kept; their evidence (source, span, rule)
    orders them, read for the hits shown only."""
    rated = sorted(candidate.quotes, key=lambda pair: -pair[0])
    if len(rated) <= MAX_EVIDENCE:
        return rated
    least = rated[MAX_EVIDENCE - 1][0]
    return [pair for pair in rated if pair[0] >= least]


def _evidence(
    quotes: list[tuple[float, StemmedText]], evidence: dict[str, Evidence]
) -> list[Evidence]:
    """The best MAX_EVIDENCE distinct quotes, best first; ties broken by the whole span
    and quote, so that the order never depends on the order the store returned them in."""
    rated = {(share, evidence[q.ref]) for share, q in quotes if q.ref in evidence}
    ordered = sorted(
        rated,
        key=lambda p: (-p[0], p[1].source_id, p[1].start, p[1].end, p[1].rule, p[1].quote),
    )
    return [e for _, e in ordered][:MAX_EVIDENCE]
