"""The embedded default store: SQLite in WAL mode, recursive CTEs, FTS5."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from graph.document_filter import DocumentQuery, document_row
from graph.edges import Direction, LinkRecord, LinkType, SourceFacts, check_facts
from graph.nodes import NodeLabel, NodeRecord, to_record
from graph.records import (
    evidence_from_row,
    group_links,
    link_row,
    mention_row,
    node_record,
    with_location,
)
from graph.sqlite_privacy import SqlitePrivacy
from graph.stated import rebuildable, rebuilt, stated_props
from graph.store import GraphCounts, NodeEvidence, StoreError, WriteOutcome
from graph.text_match import fts5_expression, searchable_text, stem_text
from queries import load, statements


def _quote_rows(
    mentions: list[dict[str, Any]], links: list[dict[str, Any]]
) -> list[dict[str, str]]:
    """Search rows for evidence quotes: one per mention, one per end of each link."""
    rows = [
        {"key": f"m:{m['key']}", "node_id": m["node_id"], "stems": stem_text(m["quote"])}
        for m in mentions
    ]
    for x in links:
        stems = stem_text(x["quote"])
        rows += [
            {"key": f"l:{x['key']}", "node_id": x[end], "stems": stems}
            for end in ("from_id", "to_id")
        ]
    return rows


_LINKS_BY_DIRECTION = {Direction.OUTGOING: "links_from", Direction.INCOMING: "links_to"}


class SqliteStore(SqlitePrivacy):
    name = "sqlite"

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # Autocommit mode: transactions are opened explicitly around each write.
            self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the embedded store at {path}: {exc}") from exc
        self._conn.row_factory = sqlite3.Row
        # One connection serves the request threads too; the lock keeps a read from
        # landing inside another thread's write transaction.
        self._lock = threading.RLock()
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA busy_timeout=5000")

    def setup(self) -> None:
        with self._lock:
            conn = self._conn
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
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self._conn.close()

    def ping(self) -> None:
        try:
            with self._lock:
                self._conn.execute("SELECT 1").fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"the embedded store at {self.path} does not answer: {exc}") from exc

    def _rows(self, query: str, **params: Any) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(load(query, "sql"), params).fetchall()

    def source_sha256(self, source_id: str) -> str | None:
        rows = self._rows("source_sha256", id=source_id)
        return str(rows[0]["sha256"]) if rows else None

    def write_source(self, facts: SourceFacts, *, force: bool = False) -> WriteOutcome:
        check_facts(facts)
        try:
            with self._lock:
                return self._write(facts, force=force)
        except sqlite3.Error as exc:
            raise StoreError(
                f"the embedded store could not write {facts.source.uri}: {exc}"
            ) from exc

    def _write(self, facts: SourceFacts, *, force: bool) -> WriteOutcome:
        source = facts.source
        known = self.source_sha256(source.id)
        if known == source.sha256 and not force:
            return WriteOutcome.UNCHANGED
        conn = self._conn
        if known is None:
            # The same bytes at another uri: another location of a stored source.
            same = self._rows("source_by_content", sha256=source.sha256)
            if same:
                stored = node_record(same[0]["id"], str(NodeLabel.SOURCE), same[0]["props"])
                also_at = with_location(stored, source.uri)
                if also_at is not None:
                    conn.execute(
                        load("set_source_locations", "sql"),
                        {"id": stored.id, "also_at": json.dumps(also_at)},
                    )
                return WriteOutcome.UNCHANGED
        conn.execute("BEGIN IMMEDIATE")
        try:
            (seq,) = conn.execute(load("next_write_seq", "sql")).fetchone()
            old_ids: list[str] = []
            if known is not None:
                old_ids = [r["id"] for r in self._rows("source_node_ids", source_id=source.id)]
                for query in ("search", "links", "mentions", "states"):
                    conn.execute(load(f"delete_source_{query}", "sql"), {"source_id": source.id})
            own = to_record(source)
            conn.execute(
                load("upsert_source", "sql"),
                {"id": own.id, "label": str(own.label), "props": json.dumps(own.props)},
            )
            stated = stated_props(facts.nodes)
            for node in facts.nodes:
                record = to_record(node)
                row = {"id": record.id, "label": str(record.label), "props": stated[record.id]}
                conn.execute(load("upsert_node", "sql"), row)
                conn.execute(
                    load("insert_node_state", "sql"),
                    {
                        "node_id": record.id,
                        "source_id": source.id,
                        "seq": seq,
                        "props": row["props"],
                    },
                )
            mentions = [mention_row(m) for m in facts.mentions]
            links = [link_row(x) for x in facts.links]
            conn.executemany(load("upsert_mention", "sql"), mentions)
            conn.executemany(load("upsert_link", "sql"), links)
            conn.executemany(load("insert_search_text", "sql"), _quote_rows(mentions, links))
            if old_ids:
                gone = {"ids": json.dumps(old_ids)}
                for query in (
                    "delete_orphans",
                    "delete_orphan_text",
                    "delete_orphan_search",
                    "delete_orphan_documents",
                ):
                    conn.execute(load(query, "sql"), gone)
            if known is None:
                # A new source's statements are the latest write, so upsert_node's patch
                # has already given each node what _rebuild would: no need to read every
                # statement of a node that thousands of sources name.
                for node_id in stated:
                    self._reindex(node_id)
            else:
                self._rebuild(sorted(set(old_ids) | set(stated)))
            self._reindex(source.id)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return WriteOutcome.CREATED if known is None else WriteOutcome.UPDATED

    def _rebuild(self, ids: list[str]) -> None:
        """Each node's properties from the sources that still state them (graph.stated)."""
        if not ids:
            return
        key = {"ids": json.dumps(ids)}
        stated: dict[str, list[str]] = defaultdict(list)
        for r in self._rows("node_states", **key):
            stated[r["node_id"]].append(r["props"])
        unrecorded = {r["id"] for r in self._rows("unrecorded_states", **key)}
        for node in self.get_nodes(ids):
            if rebuildable(node.label):
                props = rebuilt(node.props, stated[node.id], unrecorded=node.id in unrecorded)
                self._conn.execute(
                    load("set_node_props", "sql"), {"id": node.id, "props": json.dumps(props)}
                )
            self._reindex(node.id)

    def _reindex(self, node_id: str) -> None:
        # The merged properties decide the indexed text, not just this source's.
        (stored,) = self.get_nodes([node_id])
        if stored.label is NodeLabel.DOCUMENT:
            self._conn.execute(load("set_document_keys", "sql"), document_row(stored))
        text = searchable_text(stored.label, stored.props)
        self._conn.execute(
            load("set_node_text", "sql"),
            {"id": node_id, "label": str(stored.label), "text": text},
        )
        key = f"n:{node_id}"
        self._conn.execute(load("delete_search_key", "sql"), {"key": key})
        self._conn.execute(
            load("insert_search_text", "sql"),
            {"key": key, "node_id": node_id, "stems": stem_text(text)},
        )

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
        with self._lock:
            self._conn.executescript(load("delete_all", "sql"))
