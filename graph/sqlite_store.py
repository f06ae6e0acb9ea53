"""The embedded default store: SQLite in WAL mode, recursive CTEs, FTS5."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graph.batch_write import write_many
from graph.document_filter import DocumentQuery, document_row
from graph.edges import Direction, LinkRecord, LinkType, SourceFacts, check_facts
from graph.nodes import NodeLabel, NodeRecord
from graph.privacy import ErasureReport, Restriction
from graph.records import evidence_from_row, group_links, node_record
from graph.sqlite_privacy import SqlitePrivacy
from graph.sqlite_reads import SqliteReads
from graph.sqlite_write import SqliteWriter
from graph.store import GraphCounts, NodeEvidence, StoreError, WriteOutcome, WriteResult
from graph.text_match import fts5_expression
from queries import load, statements

_LINKS_BY_DIRECTION = {Direction.OUTGOING: "links_from", Direction.INCOMING: "links_to"}


class _ThreadState(threading.local):
    """A thread's own: its read connection, and how deep it is in a write."""

    def __init__(self) -> None:
        self.conn: sqlite3.Connection | None = None
        self.writing = 0


class SqliteStore(SqliteReads, SqlitePrivacy):
    name = "sqlite"

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._memory = str(path) == ":memory:"
        if not self._memory:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # Writes go through one connection behind a lock; reads through one connection
        # per thread, which in WAL mode see the last commit and never wait for a write.
        # An in-memory database belongs to one connection, so there it serves reads too.
        self._conn = self._connect()
        self._lock = threading.RLock()
        self._local = _ThreadState()
        self._readers: list[sqlite3.Connection] = []  # every thread's, to close
        self._readers_lock = threading.Lock()
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA foreign_keys=ON")

    def _connect(self) -> sqlite3.Connection:
        try:
            # Autocommit mode: transactions are opened explicitly around each write.
            # Not bound to a thread: close() closes every thread's connection.
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the embedded store at {self.path}: {exc}") from exc
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout=5000")
        return conn

    def _reader(self) -> sqlite3.Connection | None:
        """This thread's read connection; None when reads go through the writer's: in a
        write of this thread (it must read its own changes) or in memory."""
        if self._memory or self._local.writing:
            return None
        conn = self._local.conn
        if conn is None:
            conn = self._connect()
            conn.execute("PRAGMA query_only=ON")
            with self._readers_lock:
                self._readers.append(conn)
            self._local.conn = conn
        return conn

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """The writer connection, held by this thread, whose reads go through it too."""
        with self._lock:
            self._local.writing += 1
            try:
                yield self._conn
            finally:
                self._local.writing -= 1

    def setup(self) -> None:
        with self._writing() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Stores made before the external-content full-text indexes.
                old_fts = bool(conn.execute(load("fts_layout", "sql")).fetchone()["old"])
                if old_fts:
                    for statement in statements("migrate_fts_save", "sql"):
                        conn.execute(statement)
                for statement in statements("schema", "sql"):
                    conn.execute(statement)
                if old_fts:
                    for statement in statements("migrate_fts_restore", "sql"):
                        conn.execute(statement)
                # Stores made before the documents table: its rows, from the nodes.
                for r in conn.execute(load("documents_without_keys", "sql")).fetchall():
                    record = node_record(r["id"], r["label"], r["props"])
                    conn.execute(load("set_document_keys", "sql"), document_row(record))
                for table in ("links", "mentions"):
                    columns = {r["name"] for r in self._rows("table_columns", table=table)}
                    if "section" not in columns:
                        conn.execute(load(f"migrate_{table}_section", "sql"))
                    if "end_page" not in columns:
                        conn.execute(load(f"migrate_{table}_end_page", "sql"))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for conn in readers:
            conn.close()
        self._conn.close()

    def ping(self) -> None:
        try:
            self._rows("ping")
        except sqlite3.Error as exc:
            raise StoreError(f"the embedded store at {self.path} does not answer: {exc}") from exc

    def _rows(self, query: str, **params: Any) -> list[sqlite3.Row]:
        reader = self._reader()
        if reader is not None:
            return reader.execute(load(query, "sql"), params).fetchall()
        with self._lock:
            return self._conn.execute(load(query, "sql"), params).fetchall()

    def source_sha256(self, source_id: str) -> str | None:
        rows = self._rows("source_sha256", id=source_id)
        return str(rows[0]["sha256"]) if rows else None

    def write_source(self, facts: SourceFacts, *, force: bool = False) -> WriteOutcome:
        check_facts(facts)
        (outcome,) = self._write_together([facts], force)
        return outcome

    def write_many(self, batch: Sequence[SourceFacts], *, force: bool = False) -> list[WriteResult]:
        return write_many(batch, force, self._write_together)

    def _write_together(self, batch: Sequence[SourceFacts], force: bool) -> list[WriteOutcome]:
        """The sources in order, in one transaction (graph.sqlite_write)."""
        if not batch:
            return []
        try:
            with self._writing() as conn:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    outcomes = SqliteWriter(conn).write(batch, force=force)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                return outcomes
        except sqlite3.Error as exc:
            what = batch[0].source.uri if len(batch) == 1 else f"{len(batch)} sources"
            raise StoreError(f"the embedded store could not write {what}: {exc}") from exc

    def _reindex(self, node_id: str) -> None:
        SqliteWriter(self._conn).reindex([node_id])

    # Personal data (graph.sqlite_privacy): its writes read inside their transactions,
    # so they go through the writer connection, as this thread's writes.

    def erase_person(self, person_id: str) -> ErasureReport | None:
        with self._writing():
            return super().erase_person(person_id)

    def restrict_person(self, person_id: str) -> Restriction | None:
        with self._writing():
            return super().restrict_person(person_id)

    def lift_restriction(self, person_id: str) -> bool:
        with self._writing():
            return super().lift_restriction(person_id)

    def delete_privacy_records(self) -> None:
        with self._writing():
            super().delete_privacy_records()

    def get_nodes(self, ids: Sequence[str]) -> list[NodeRecord]:
        rows = self._rows("get_nodes", ids=json.dumps(list(ids)))
        return [node_record(r["id"], r["label"], r["props"]) for r in rows]

    def nodes_by_label(self, label: NodeLabel) -> list[NodeRecord]:
        rows = self._rows("nodes_by_label", label=str(label))
        return [node_record(r["id"], r["label"], r["props"]) for r in rows]

    def documents(
        self, query: DocumentQuery, offset: int, limit: int | None
    ) -> tuple[int, list[NodeRecord]]:
        rows = self._rows("documents", **query.params(), offset=offset, limit=limit)
        found = [node_record(r["id"], r["label"], r["props"]) for r in rows if r["id"]]
        return int(rows[0]["total"]), found

    def text_candidates(self, label: NodeLabel, query: list[str]) -> list[NodeRecord]:
        rows = self._rows("find_text", match=fts5_expression(query), label=str(label))
        return [node_record(r["id"], r["label"], r["props"]) for r in rows]

    def search_candidates(self, query: list[str]) -> list[str]:
        # Any word: hits that match part of the query are scored lower, not dropped.
        rows = self._rows("search_candidates", match=fts5_expression(query, "OR"))
        return [r["id"] for r in rows]

    def links_of(
        self, ids: Sequence[str], direction: Direction, types: Sequence[LinkType]
    ) -> list[LinkRecord]:
        query = _LINKS_BY_DIRECTION[direction]
        rows = self._rows(
            query, ids=json.dumps(list(ids)), types=json.dumps([str(t) for t in types])
        )
        return group_links(dict(r) for r in rows)

    def walk(
        self, root_id: str, direction: Direction, max_depth: int, types: Sequence[LinkType]
    ) -> dict[str, int]:
        if not self.get_nodes([root_id]):
            return {}
        rows = self._rows(
            "walk",
            root=root_id,
            direction=str(direction),
            max_depth=max_depth,
            types=json.dumps([str(t) for t in types]),
        )
        return {r["id"]: int(r["depth"]) for r in rows}

    def links_among(self, ids: Sequence[str]) -> list[LinkRecord]:
        rows = self._rows("links_among", ids=json.dumps(list(ids)))
        return group_links(dict(r) for r in rows)

    def mentions_of(self, ids: Sequence[str]) -> list[NodeEvidence]:
        rows = self._rows("mentions_of", ids=json.dumps(list(ids)))
        return [NodeEvidence(r["node_id"], evidence_from_row(dict(r))) for r in rows]

    def counts(self) -> GraphCounts:
        nodes = {r["label"]: int(r["n"]) for r in self._rows("count_nodes")}
        links = {r["type"]: int(r["n"]) for r in self._rows("count_links") if r["n"]}
        return GraphCounts(nodes=nodes, links=links)

    def delete_all(self) -> None:
        with self._writing() as conn:
            conn.executescript(load("delete_all", "sql"))
