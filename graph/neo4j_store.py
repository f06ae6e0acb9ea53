"""The Neo4j store, through the official driver; its Cypher lives in queries/*.cypher.

An outage is a StoreError within about `timeout` seconds, never a hang: the driver
gives up opening a connection, waiting for one from its pool, and retrying a
transaction within fractions of it, and the server ends a read transaction that
runs longer. The driver reconnects by itself when the server is back.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any, LiteralString

import neo4j
from neo4j.exceptions import (
    AuthError,
    ClientError,
    DatabaseError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph.batch_write import write_many
from graph.document_filter import DocumentQuery
from graph.edges import Direction, LinkRecord, LinkType, SourceFacts, check_facts
from graph.neo4j_privacy import Neo4jPrivacy, RestrictionsCache
from graph.neo4j_reads import Neo4jReads, lineage_query
from graph.neo4j_write import Neo4jWriter, node_row, prepare
from graph.nodes import NodeLabel, NodeRecord
from graph.records import evidence_from_row, group_links, node_record
from graph.store import (
    GraphCounts,
    NodeEvidence,
    StoreError,
    StoreUnavailableError,
    WriteOutcome,
    WriteResult,
)
from graph.text_match import lucene_expression
from queries import expand, load, statements

_TEXT_INDEX = {
    NodeLabel.DOCUMENT: "document_titles",
    NodeLabel.ORGANIZATION: "entity_names",
    NodeLabel.PERSON: "entity_names",
    NodeLabel.INITIATIVE: "entity_names",
}
_LINKS_BY_DIRECTION = {Direction.OUTGOING: "links_from", Direction.INCOMING: "links_to"}
DEFAULT_TIMEOUT = 1.5  # seconds; Settings.store_timeout (STRATGRAPH_STORE_TIMEOUT)
# The transaction time allowed to a query whose plan is slow to make (the lineage's ten
# repeated levels: 0.6 s on an idle 2-core machine, more under load; organisation_fields,
# two queries in one). Neo4j plans it again
# when the graph's statistics move; with the read timeout alone, the answer that waits for
# that plan failed (seen once in CI, in a browser test on Neo4j).
PLANNING_TIMEOUT = 15.0


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
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        raise StoreUnavailableError(f"Neo4j {what}: {exc}") from exc
    except (TransientError, DatabaseError) as exc:
        raise StoreError(f"Neo4j {what}: {exc}") from exc
    except AuthError as exc:
        raise StoreError(f"Neo4j refused the credentials: {exc}") from exc
    except ClientError as exc:
        if "TimedOut" in (exc.code or ""):  # the server ended a transaction past its timeout
            raise StoreUnavailableError(f"Neo4j {what}: timed out") from exc
        raise


class Neo4jStore(Neo4jReads, Neo4jPrivacy):
    name = "neo4j"

    def __init__(
        self,
        uri: str,
        username: str,
        password: str,
        database: str = "neo4j",
        *,
        timeout: float = DEFAULT_TIMEOUT,
        restrictions_ttl: float = 0.0,
    ) -> None:
        self.database = database
        self._read_timeout = timeout
        self._restrictions = RestrictionsCache(restrictions_ttl)
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
                found = [node_row(node_record(r["id"], r["label"], r["props"])) for r in rows]
                session.run(_cypher("set_node_props"), rows=found).consume()
            # The lineage query takes some 0.6 s to plan, once per server: not in a request.
            warm = {"id": "", "max_depth": 1, "max_nodes": 1, "direction": "BOTH", "types": []}
            session.run(lineage_query(), warm).consume()

    def close(self) -> None:
        self._driver.close()

    def ping(self) -> None:
        with _outage("does not answer"):
            self._driver.verify_connectivity()

    def _read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        return self._read_text(_cypher(name), name, **params)

    def _read_rows(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """A read whose query returns one record, its rows as a list of maps (`rows`): the
        driver handles a record at a time in Python, some 20 us each."""
        (row,) = self._read(name, **params)
        rows: list[dict[str, Any]] = row["rows"]
        return rows

    def _read_text(
        self, text: LiteralString, name: str, *, slow_plan_: bool = False, **params: Any
    ) -> list[dict[str, Any]]:
        timeout = max(self._read_timeout, PLANNING_TIMEOUT) if slow_plan_ else self._read_timeout
        query = neo4j.Query(text, timeout=timeout)
        with _outage(f"cannot answer {name}"):
            records = self._auto_read(query, params)
        # The values as decoded: every read query returns plain values, maps and lists,
        # never nodes or paths, so Record.data()'s recursive conversion (a third of a
        # large read's client CPU) has nothing to do.
        return [dict(zip(r.keys(), r.values(), strict=True)) for r in records]

    def _auto_read(self, query: neo4j.Query, params: dict[str, Any]) -> list[neo4j.Record]:
        """One auto-commit read: one round trip where a managed transaction (execute_query)
        takes two (BEGIN with RUN, then COMMIT), ~0.45 ms a read here. Auto-commit is not
        retried by the driver, so a retryable failure is tried again within the budget."""
        deadline = time.monotonic() + self._read_timeout / 4
        delay = 0.05
        while True:
            try:
                with self._driver.session(
                    database=self.database,
                    default_access_mode=neo4j.READ_ACCESS,
                    bookmark_manager=self._driver.execute_query_bookmark_manager,
                ) as session:
                    return list(session.run(query, params))
            except (Neo4jError, DriverError) as exc:
                if not exc.is_retryable() or time.monotonic() + delay > deadline:
                    raise
            time.sleep(delay)
            delay *= 2

    def source_sha256(self, source_id: str) -> str | None:
        rows = self._read("source_sha256", id=source_id)
        return rows[0]["sha256"] if rows else None

    def write_source(self, facts: SourceFacts, *, force: bool = False) -> WriteOutcome:
        check_facts(facts)
        (outcome,) = self._write_together([facts], force)
        return outcome

    def write_many(self, batch: Sequence[SourceFacts], *, force: bool = False) -> list[WriteResult]:
        return write_many(batch, force, self._write_together)

    def _write_together(self, batch: Sequence[SourceFacts], force: bool) -> list[WriteOutcome]:
        """The sources in order, in one transaction (graph.neo4j_write)."""
        if not batch:
            return []
        prepared = [prepare(facts) for facts in batch]  # stems, before the transaction
        what = batch[0].source.uri if len(batch) == 1 else f"{len(batch)} sources"
        try:
            with (
                _outage(f"cannot write {what}"),
                self._driver.session(database=self.database) as session,
            ):
                return session.execute_write(lambda tx: Neo4jWriter(tx).write(prepared, force))
        except Neo4jError as exc:
            raise StoreError(f"Neo4j refused the facts of {what}: {exc}") from exc
        finally:
            self._restrictions.drop()  # a restricted person's name may come with these

    def get_nodes(self, ids: Sequence[str]) -> list[NodeRecord]:
        rows = self._read_rows("get_nodes", ids=list(ids))
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
        return group_links(self._read_rows(query, ids=list(ids), types=[str(t) for t in types]))

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
        return group_links(self._read_rows("links_among", ids=list(ids)))

    def mentions_of(self, ids: Sequence[str]) -> list[NodeEvidence]:
        return [
            NodeEvidence(r["node_id"], evidence_from_row(r))
            for r in self._read_rows("mentions_of", ids=list(ids))
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
        self._restrictions.drop()
