"""Finding nodes by the words of their titles and names."""

from __future__ import annotations

from graph.nodes import NodeLabel, NodeRecord
from graph.store import GraphStore
from graph.text_match import matches, query_words, searchable_text


def find_by_text(store: GraphStore, label: NodeLabel, text: str) -> list[NodeRecord]:
    """Nodes whose title or name (or alias) has every word of ``text`` as a word prefix,
    ordered by that title or name, then id."""
    query = query_words(text)
    found = [
        record
        for record in store.text_candidates(label, query)
        if matches(query, searchable_text(label, record.props))
    ]
    return sorted(found, key=lambda r: (searchable_text(label, r.props).lower(), r.id))
