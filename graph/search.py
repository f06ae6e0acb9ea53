"""Search over names, titles and evidence quotes, Swedish-aware (stemmed), scored."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from graph.edges import Direction, Evidence, LinkType
from graph.nodes import NodeLabel, NodeRecord
from graph.store import GraphStore
from graph.text_match import coverage_of, query_stems, searchable_text, stems
from graph.user_input import UserInputError

NAME_WEIGHT = 0.6
QUOTE_WEIGHT = 0.4
MAX_EVIDENCE = 3
MAX_HITS = 100


@dataclass(frozen=True)
class Hit:
    score: float  # 0..1: NAME_WEIGHT x share of words in the name + QUOTE_WEIGHT x best quote
    node: NodeRecord
    evidence: list[Evidence]  # the quotes that matched, best first


def search(store: GraphStore, text: str, first: int = 20) -> list[Hit]:
    """The best ``first`` hits: every word (stemmed: 'handlingsplanen' finds 'handlingsplan')
    is looked for in each node's name or title and in the quotes that cite it."""
    if not 1 <= first <= MAX_HITS:
        raise UserInputError(f"first must be between 1 and {MAX_HITS}, not {first}")
    query = query_stems(text)
    nodes = [
        r
        for r in store.get_nodes(store.search_candidates(query))
        if r.label is not NodeLabel.SOURCE
    ]
    ids = [r.id for r in nodes]
    quotes: dict[str, list[Evidence]] = defaultdict(list)
    for mention in store.mentions_of(ids):
        quotes[mention.node_id].append(mention.evidence)
    for direction in (Direction.OUTGOING, Direction.INCOMING):
        for link in store.links_of(ids, direction, list(LinkType)):
            end = link.from_id if direction is Direction.OUTGOING else link.to_id
            quotes[end].extend(link.evidence)
    hits = [_score(query, node, quotes[node.id]) for node in nodes]
    ranked = sorted((h for h in hits if h.score > 0), key=lambda h: (-h.score, h.node.id))
    return ranked[:first]


def _score(query: list[str], node: NodeRecord, evidence: list[Evidence]) -> Hit:
    name = coverage_of(query, stems(searchable_text(node.label, node.props)))
    rated = sorted(
        {(coverage_of(query, stems(e.quote)), e) for e in evidence},
        key=lambda pair: (-pair[0], pair[1].source_id, pair[1].start, pair[1].rule),
    )
    matching = [e for share, e in rated if share > 0]
    best = rated[0][0] if rated else 0.0
    score = round(NAME_WEIGHT * name + QUOTE_WEIGHT * best, 4)
    return Hit(score=score, node=node, evidence=matching[:MAX_EVIDENCE])
