"""Finding documents by the words of their titles."""

from __future__ import annotations

from graph.nodes import NodeLabel, NodeRecord
from graph.store import GraphStore
from graph.text_match import matches, query_words, searchable_text


def find_documents(store: GraphStore, text: str) -> list[NodeRecord]:
    """Documents whose title has every word of ``text`` as a word prefix, by title then id."""
    query = query_words(text)
    found = [
        record
        for record in store.document_candidates(query)
        if matches(query, searchable_text(NodeLabel.DOCUMENT, record.props))
    ]
    return sorted(found, key=lambda r: (str(r.props.get("title", "")).lower(), r.id))
