"""Finding documents by words and properties: what the documents(filter) listing asks."""

from __future__ import annotations

from dataclasses import dataclass

from graph.committees import with_committees
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
class DocumentQuery:
    text: str | None = None
    kind: str | None = None
    level: str | None = None
    period_from: int | None = None  # overlap with [period_from, period_to]
    period_to: int | None = None
    organization_id: str | None = None
    county_code: str | None = None
    municipality_code: str | None = None

    def check(self) -> None:
        if (
            self.period_from is not None
            and self.period_to is not None
            and self.period_from > self.period_to
        ):
            raise ValueError(
                f"periodFrom ({self.period_from}) is after periodTo ({self.period_to})"
            )
        for name, code, size in (
            ("countyCode", self.county_code, 2),
            ("municipalityCode", self.municipality_code, 4),
        ):
            if code is not None and not (code.isdigit() and len(code) == size):
                raise ValueError(f"{name} must be {size} digits (SCB code), not {code!r}")


def find_documents(store: GraphStore, query: DocumentQuery) -> list[NodeRecord]:
    """Documents matching every given criterion, ordered by title, then id."""
    query.check()
    if query.text is not None:
        found = find_by_text(store, NodeLabel.DOCUMENT, query.text)
    else:
        found = sorted(
            store.nodes_by_label(NodeLabel.DOCUMENT),
            key=lambda r: (str(r.props.get("title", "")).lower(), r.id),
        )
    allowed = None if query.organization_id is None else _documents_of(store, query)
    return [r for r in found if _matches(r, query) and (allowed is None or r.id in allowed)]


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
