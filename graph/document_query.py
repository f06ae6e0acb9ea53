"""Finding documents by words and properties: what the documents(filter) listing asks.

Without words, the store filters, sorts and pages in one query (`GraphStore.documents`).
With words, its full-text index proposes candidates, and the prefix rule shared by both
stores (graph.text_match), the other criteria and the page are applied here.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.committees import with_committees
from graph.document_filter import DocumentQuery as DocumentQuery
from graph.edges import Direction, LinkType
from graph.geography import county_of, municipality_of
from graph.nodes import NodeLabel, NodeRecord
from graph.store import GraphStore
from graph.text_search import find_by_text

# Links by which an organisation takes a document on as its own or acts on it.
_OWN = [
    LinkType.ADOPTED,
    LinkType.ISSUED,
    LinkType.SIGNED,
    LinkType.FOLLOWS_UP,
    LinkType.COORDINATES,
]


@dataclass(frozen=True)
class DocumentPage:
    total: int  # documents matching, on every page
    records: list[NodeRecord]  # this page's, in order


def document_page(
    store: GraphStore, query: DocumentQuery, offset: int, limit: int | None
) -> DocumentPage:
    """The documents matching every given criterion, ordered by title, then id (by their
    title and normalised title, then id, with words), from ``offset``, at most ``limit``."""
    query.check()
    if query.text is None:
        total, records = store.documents(query, offset, limit)
        return DocumentPage(total, records)
    found = find_by_text(store, NodeLabel.DOCUMENT, query.text)
    allowed = None if query.organization_id is None else _documents_of(store, query)
    kept = [r for r in found if _matches(r, query) and (allowed is None or r.id in allowed)]
    end = None if limit is None else offset + limit
    return DocumentPage(len(kept), kept[offset:end])


def find_documents(store: GraphStore, query: DocumentQuery) -> list[NodeRecord]:
    """Every document matching every given criterion, in listing order."""
    return document_page(store, query, 0, None).records


def _matches(record: NodeRecord, q: DocumentQuery) -> bool:
    props = record.props
    if q.kind is not None and props.get("kind") != q.kind:
        return False
    if q.level is not None and props.get("level") != q.level:
        return False
    if q.county_code is not None and county_of(record) != q.county_code:
        return False
    if q.municipality_code is not None and municipality_of(record) != q.municipality_code:
        return False
    if q.period_from is None and q.period_to is None:
        return True
    start, end = props.get("period_start"), props.get("period_end")
    if not isinstance(start, int):
        return False  # a period was asked for, and the document states none
    end = end if isinstance(end, int) else start
    return (q.period_to is None or start <= q.period_to) and (
        q.period_from is None or end >= q.period_from
    )


def _documents_of(store: GraphStore, q: DocumentQuery) -> set[str]:
    """Ids of documents the organisation, or a committee of it, adopted, issued, signed,
    follows up or coordinates, or took a decision about."""
    assert q.organization_id is not None
    owners = list(with_committees(store, [q.organization_id]))
    ids = {link.to_id for link in store.links_of(owners, Direction.OUTGOING, _OWN)}
    decided = [x.to_id for x in store.links_of(owners, Direction.OUTGOING, [LinkType.DECIDED])]
    ids |= {x.to_id for x in store.links_of(decided, Direction.OUTGOING, [LinkType.CONCERNS])}
    return ids
