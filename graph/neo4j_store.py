"""The Neo4j store, through the official driver; its Cypher lives in queries/*.cypher.

An outage is a StoreError within about `timeout` seconds, never a hang: the driver
gives up opening a connection, waiting for one from its pool, and retrying a
transaction within fractions of it, and the server ends a read transaction that
runs longer. The driver reconnects by itself when the server is back.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any, LiteralString, TypeVar

import neo4j
from neo4j.exceptions import (
    AuthError,
    ClientError,
    DatabaseError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph.document_filter import DocumentQuery, document_keys
from graph.edges import Direction, LinkRecord, LinkType, SourceFacts, check_facts
from graph.neo4j_privacy import Neo4jPrivacy
from graph.nodes import NodeLabel, NodeRecord, to_record
from graph.records import (
    evidence_from_row,
    group_links,
    link_row,
    mention_row,
    node_record,
    with_location,
)
from graph.stated import rebuilt, stated_props
from graph.store import GraphCounts, NodeEvidence, StoreError, WriteOutcome
from graph.text_match import lucene_expression, searchable_text, stem_text
from queries import expand, load, statements

T = TypeVar("T")
BATCH_SIZE = 500
_TEXT_INDEX = {
    NodeLabel.DOCUMENT: "document_titles",
    NodeLabel.ORGANIZATION: "entity_names",
    NodeLabel.PERSON: "entity_names",
    NodeLabel.INITIATIVE: "entity_names",
}
_LINKS_BY_DIRECTION = {Direction.OUTGOING: "links_from", Direction.INCOMING: "links_to"}
DEFAULT_TIMEOUT = 1.5  # seconds; Settings.store_timeout (STRATGRAPH_STORE_TIMEOUT)


# Query files repeat per-type blocks from this one list (queries.expand).
LINK_TYPES = tuple(t.value for t in LinkType)


@cache
def _cypher(name: str) -> LiteralString:
    # Query text comes from the project's own files and the LinkType enum, never from user input.
    return expand(load(name, "cypher"), LINK_TYPES)


_ARROWS = {
    Direction.OUTGOING: ("-", "->"),
    Direction.INCOMING: ("<-", "-"),
    Direction.BOTH: ("-", "-"),
}


@cache
def walk_query(direction: Direction, max_depth: int, types: frozenset[LinkType]) -> LiteralString:
    """queries/walk.cypher for one shape of walk: only enum values and a checked int go in."""
    if not (1 <= max_depth <= 10 and types):
        raise ValueError(f"a walk needs 1 to 10 steps and a link type, not {max_depth}, {types}")
    left, right = _ARROWS[Direction(direction)]
    return (
        load("walk", "cypher")
        .replace("{LEFT}", left)
        .replace("{RIGHT}", right)
        .replace("{DEPTH}", str(int(max_depth)))
        .replace("{WALKED}", "|".join(sorted(LinkType(t).value for t in types)))
    )


@contextmanager
def _outage(what: str) -> Iterator[None]:
    """Driver and server errors that mean the store is not usable now, as StoreError."""
    try:
        yield
    except (ServiceUnavailable, SessionExpired, TransientError, DatabaseError, OSError) as exc:
        raise StoreError(f"Neo4j {what}: {exc}") from exc
    except AuthError as exc:
        raise StoreError(f"Neo4j refused the credentials: {exc}") from exc
    except ClientError as exc:
        if "TimedOut" in (exc.code or ""):  # the server ended a transaction past its timeout
            raise StoreError(f"Neo4j {what}: timed out") from exc
        raise


class Neo4jStore(Neo4jPrivacy):
    name = "neo4j"

    def __init__(
        self,
        uri: str,
        username: str,
        password: str,
        database: str = "neo4j",
        *,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.database = database
        self._read_timeout = timeout
        # Server notifications (e.g. "property page does not exist" for an optional
        # property) are expected here and would only flood the log.
        self._driver = neo4j.GraphDatabase.driver(
            uri,
            auth=(username, password),
            notifications_min_severity="OFF",
            # The driver's defaults wait up to 60 s for a connection and retry for 30 s.
            connection_timeout=timeout / 2,
            connection_acquisition_timeout=timeout * 3 / 4,
            max_transaction_retry_time=timeout / 4,
            initial_retry_delay=0.1,
        )
        try:
            self._driver.verify_connectivity()
        except AuthError as exc:
            self._driver.close()
            raise StoreError(f"Neo4j at {uri} refused the credentials of {username!r}") from exc
        except (ServiceUnavailable, OSError) as exc:
            self._driver.close()
            raise StoreError(f"Neo4j at {uri} is not reachable: {exc}") from exc

    def setup(self) -> None:
        with (
            _outage("cannot create the schema"),
            self._driver.session(database=self.database) as session,
        ):
            for statement in statements("schema", "cypher", LINK_TYPES):
                session.run(statement).consume()
            # Stores made before Documents carried the listing's keys.
            while rows := session.run(_cypher("documents_without_keys")).data():
                found = [_node_row(node_record(r["id"], r["label"], r["props"])) for r in rows]
                session.run(_cypher("set_node_props"), rows=found).consume()

    def close(self) -> None:
        self._driver.close()

    def ping(self) -> None:
        with _outage("does not answer"):
            self._driver.verify_connectivity()

    def _read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        return self._read_text(_cypher(name), name, **params)

    def _read_text(self, text: LiteralString, name: str, **params: Any) -> list[dict[str, Any]]:
        query = neo4j.Query(text, timeout=self._read_timeout)
        with _outage(f"cannot answer {name}"):
            records, _, _ = self._driver.execute_query(
                query, params, database_=self.database, routing_=neo4j.RoutingControl.READ
            )
        return [r.data() for r in records]

    def source_sha256(self, source_id: str) -> str | None:
        rows = self._read("source_sha256", id=source_id)
        return rows[0]["sha256"] if rows else None

    def write_source(self, facts: SourceFacts, *, force: bool = False) -> WriteOutcome:
        check_facts(facts)
        source = facts.source
        known = self.source_sha256(source.id)
        if known == source.sha256 and not force:
            return WriteOutcome.UNCHANGED
        if known is None and self._another_location(source.sha256, source.uri):
            return WriteOutcome.UNCHANGED
        own = to_record(source)
        own_stems = stem_text(searchable_text(own.label, own.props))
        source_props = {**own.props, "id": own.id, "name_stems": own_stems}
        nodes = [to_record(n) for n in facts.nodes]
        node_rows = [{"id": n.id, "label": str(n.label), "props": dict(n.props)} for n in nodes]
        stated = stated_props(facts.nodes)
        mention_rows = [
            _split_props(mention_row(m), ("key", "node_id", "source_id")) for m in facts.mentions
        ]
        # What the source states about a node rides on its first mention of the node.
        firsts: dict[str, dict[str, Any]] = {}
        for row in mention_rows:
            firsts.setdefault(row["node_id"], row)
        link_rows = [
            _split_props(link_row(x), ("key", "type", "from_id", "to_id")) for x in facts.links
        ]

        def work(tx: neo4j.ManagedTransaction) -> None:
            seq = tx.run(_cypher("next_write_seq")).single(strict=True)["seq"]
            for node_id, row in firsts.items():
                row["props"].update(stated=stated[node_id], stated_seq=seq)
            old: list[str] = []
            if known is not None:
                old = [r["id"] for r in tx.run(_cypher("source_node_ids"), source_id=source.id)]
                tx.run(_cypher("delete_source_facts"), source_id=source.id).consume()
            tx.run(_cypher("upsert_source"), id=source.id, props=source_props).consume()
            for batch in _batches(node_rows):
                tx.run(_cypher("upsert_nodes"), rows=batch).consume()
            for batch in _batches(mention_rows):
                tx.run(_cypher("upsert_mentions"), rows=batch).consume()
            for batch in _batches(link_rows):
                tx.run(_cypher("upsert_links"), rows=batch).consume()
            if old:
                tx.run(_cypher("delete_orphans"), ids=old).consume()
            for ids in _batches(sorted(set(old) | set(stated))):
                if known is None:
                    # A new source's statements are the latest write, so upsert_nodes
                    # has already given each node what _rebuild would: only the store's
                    # own properties (stems, listing keys) follow from the merge.
                    _refresh(tx, ids)
                else:
                    _rebuild(tx, ids)

        try:
            with (
                _outage(f"cannot write {source.uri}"),
                self._driver.session(database=self.database) as session,
            ):
                session.execute_write(work)
        except Neo4jError as exc:
            raise StoreError(f"Neo4j refused the facts of {source.uri}: {exc}") from exc
        return WriteOutcome.CREATED if known is None else WriteOutcome.UPDATED

    def _another_location(self, sha256: str, uri: str) -> bool:
        """Whether a stored source has this content; if so, ``uri`` is recorded as
        another location of it."""
        same = self._read("source_by_content", sha256=sha256)
        if not same:
            return False
        stored = node_record(same[0]["id"], str(NodeLabel.SOURCE), same[0]["props"])
        also_at = with_location(stored, uri)
        if also_at is not None:
            with _outage(f"cannot record {uri}"):
                self._driver.execute_query(
                    _cypher("set_source_locations"),
                    {"id": stored.id, "also_at": also_at},
                    database_=self.database,
                )
        return True

    def get_nodes(self, ids: Sequence[str]) -> list[NodeRecord]:
        rows = self._read("get_nodes", ids=list(ids))
        return [node_record(r["id"], r["label"], r["props"]) for r in rows]

    def nodes_by_label(self, label: NodeLabel) -> list[NodeRecord]:
        rows = self._read("nodes_by_label", label=str(label))
        return [node_record(r["id"], r["label"], r["props"]) for r in rows]

    def documents(
        self, query: DocumentQuery, offset: int, limit: int | None
    ) -> tuple[int, list[NodeRecord]]:
        (row,) = self._read("documents", **query.params(), offset=offset, limit=limit)
        label = str(NodeLabel.DOCUMENT)
        return int(row["total"]), [node_record(d["id"], label, d["props"]) for d in row["page"]]

    def text_candidates(self, label: NodeLabel, query: list[str]) -> list[NodeRecord]:
        index = _TEXT_INDEX.get(label)
        if index is None:
            raise ValueError(f"no full-text index holds {label} nodes")
        rows = self._read(
            "find_text", index=index, label=str(label), match=lucene_expression(query)
        )
        return [node_record(r["id"], r["label"], r["props"]) for r in rows]

    def search_candidates(self, query: list[str]) -> list[str]:
        rows = self._read("search_candidates", match=lucene_expression(query))
        return [r["id"] for r in rows]

    def links_of(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> list[LinkRecord]:
        query = _LINKS_BY_DIRECTION[direction]
        return group_links(self._read(query, ids=list(ids), types=[str(t) for t in types]))

    def walk(
        self, root_id: str, direction: Direction, max_depth: int, types: Sequence[LinkType]
    ) -> dict[str, int]:
        query = walk_query(direction, max_depth, frozenset(types))
        rows = self._read_text(query, "walk", id=root_id)
        if not rows:
            return {}
        depths = {root_id: 0}
        depths.update((r["id"], int(r["depth"])) for r in rows if r["id"] is not None)
        return depths

    def links_among(self, ids: Sequence[str]) -> list[LinkRecord]:
        return group_links(self._read("links_among", ids=list(ids)))

    def mentions_of(self, ids: Sequence[str]) -> list[NodeEvidence]:
        return [
            NodeEvidence(r["node_id"], evidence_from_row(r))
            for r in self._read("mentions_of", ids=list(ids))
        ]

    def counts(self) -> GraphCounts:
        nodes = {r["label"]: int(r["n"]) for r in self._read("count_nodes") if r["n"]}
        links = {r["type"]: int(r["n"]) for r in self._read("count_links") if r["n"]}
        return GraphCounts(nodes=nodes, links=links)

    def delete_all(self) -> None:
        with (
            _outage("cannot delete"),
            self._driver.session(database=self.database) as session,
        ):
            session.run(_cypher("delete_all")).consume()


def _rebuild(tx: neo4j.ManagedTransaction, ids: list[str]) -> None:
    """Each node's properties from the sources that still state them (graph.stated)."""
    rows = []
    for r in tx.run(_cypher("node_states"), ids=ids).data():
        current = node_record(r["id"], r["label"], r["props"])
        ordered = [s["props"] for s in sorted(r["states"], key=lambda s: s["seq"])]
        props = rebuilt(current.props, ordered, unrecorded=r["unrecorded"] > 0)
        rows.append(_node_row(NodeRecord(current.id, current.label, props)))
    tx.run(_cypher("set_node_props"), rows=rows).consume()


def _refresh(tx: neo4j.ManagedTransaction, ids: list[str]) -> None:
    """The store's own properties of these nodes, from their merged properties."""
    rows = [
        _node_row(node_record(r["id"], r["label"], r["props"]))
        for r in tx.run(_cypher("get_nodes"), ids=ids).data()
    ]
    tx.run(_cypher("set_node_props"), rows=rows).consume()


def _node_row(record: NodeRecord) -> dict[str, Any]:
    """A node's properties with the store's own: the stems of its merged names, so
    aliases from other sources are searchable, and a Document's listing keys."""
    text = searchable_text(record.label, record.props)
    props = {**record.props, **document_keys(record)}
    return {"id": record.id, "props": {**props, "id": record.id, "name_stems": stem_text(text)}}


def _split_props(row: dict[str, Any], identity: tuple[str, ...]) -> dict[str, Any]:
    """Identity fields stay on the row; the rest become the relationship's properties,
    with the quote's stems for search."""
    out = {k: row[k] for k in identity}
    out["props"] = {k: v for k, v in row.items() if k not in identity and v is not None}
    out["props"]["stems"] = stem_text(row["quote"])
    return out


def _batches(rows: list[T]) -> list[list[T]]:
    return [rows[i : i + BATCH_SIZE] for i in range(0, len(rows), BATCH_SIZE)]
