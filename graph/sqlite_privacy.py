"""The embedded store's side of personal data: erasure, restriction, the erasure log.

A mixin of SqliteStore, kept apart so that the store's own module stays about
writing and reading the graph. Each operation is one transaction.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from graph.nodes import NodeRecord
from graph.privacy import (
    Erasure,
    ErasureReport,
    PrivacyState,
    Restriction,
    name_pattern,
    new_erasure,
    person_of,
    redact,
    redact_json,
    redact_props,
    restricted_alias,
)
from graph.records import node_record
from graph.store import StoreError
from graph.text_match import stem_text
from queries import load, statements


class SqlitePrivacy:
    if TYPE_CHECKING:
        _conn: sqlite3.Connection
        _lock: threading.RLock

        def _rows(self, query: str, **params: Any) -> list[sqlite3.Row]: ...
        def _reindex(self, node_id: str) -> None: ...
        def get_nodes(self, ids: Sequence[str]) -> list[NodeRecord]: ...

    def _salt(self) -> str:
        (row,) = self._rows("privacy_salt")
        return str(row["value"])

    def privacy_state(self) -> PrivacyState:
        with self._lock:
            erased = frozenset(str(r["subject_hash"]) for r in self._rows("erased_hashes"))
            return PrivacyState(salt=self._salt(), erased=erased)

    def erasures(self) -> list[Erasure]:
        return [
            Erasure(r["erasure_id"], r["subject_hash"], r["erased_at"])
            for r in self._rows("erasure_log")
        ]

    def restrictions(self) -> list[Restriction]:
        return [
            Restriction(r["person_id"], r["alias"], r["name"]) for r in self._rows("restrictions")
        ]

    def restrict_person(self, person_id: str) -> Restriction | None:
        with self._lock:
            person = person_of(self.get_nodes([person_id]), person_id)
            if person is None:
                return None
            alias = restricted_alias(self._salt(), person_id)
            now = datetime.now(UTC).isoformat(timespec="seconds")
            self._run_one("restrict_person", id=person_id, alias=alias, restricted_at=now)
            # The alias is the same whenever it is made: the salt never changes.
            return Restriction(person_id, alias, str(person.props.get("name", "")))

    def lift_restriction(self, person_id: str) -> bool:
        return self._run_one("lift_restriction", id=person_id) > 0

    def _run_one(self, query: str, **params: Any) -> int:
        """One statement in its own transaction; how many rows it changed."""
        try:
            with self._lock:
                return self._conn.execute(load(query, "sql"), params).rowcount
        except sqlite3.Error as exc:
            raise StoreError(f"the embedded store could not run {query}: {exc}") from exc

    def erase_person(self, person_id: str) -> ErasureReport | None:
        try:
            with self._lock:
                return self._erase_once(person_id)
        except sqlite3.Error as exc:
            raise StoreError(f"the embedded store could not erase a person: {exc}") from exc

    def _erase_once(self, person_id: str) -> ErasureReport | None:
        conn = self._conn
        # Freed pages are overwritten, and the checkpoint after the commit moves the
        # redacted pages over the old ones in the database file.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            report = self._erase(person_id)
            if report is not None:
                for statement in statements("purge_text_indexes", "sql"):
                    conn.execute(statement)
            conn.execute("COMMIT" if report else "ROLLBACK")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute("PRAGMA secure_delete = OFF")
        if report is not None:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return report

    def _erase(self, person_id: str) -> ErasureReport | None:
        person = person_of(self.get_nodes([person_id]), person_id)
        if person is None:
            return None
        conn = self._conn
        key = {"id": person_id}
        conn.execute(load("delete_person_search", "sql"), key)
        links = conn.execute(load("delete_person_links", "sql"), key).rowcount
        mentions = conn.execute(load("delete_person_mentions", "sql"), key).rowcount
        for query in ("delete_person_states", "delete_node_text", "lift_restriction"):
            conn.execute(load(query, "sql"), key)
        conn.execute(load("delete_node", "sql"), key)
        pattern = name_pattern([str(person.props.get("name", ""))])
        sources = quotes = 0
        nodes: set[str] = set()
        for row in conn.execute(load("all_sources", "sql")).fetchall():
            source = node_record(row["id"], "Source", row["props"])
            text = str(source.props.get("text", ""))
            title = str(source.props.get("title", ""))
            if pattern is None or not (pattern.search(text) or pattern.search(title)):
                continue
            sources += 1
            props = redact_props(source.props, pattern)
            conn.execute(
                load("set_node_props", "sql"), {"id": source.id, "props": json.dumps(props)}
            )
            self._reindex(source.id)
            quotes += self._redact_quotes(source.id, str(props.get("text", "")), pattern)
            nodes |= self._redact_states(source.id, pattern)
        changed = [
            (node.id, props)
            for node in self.get_nodes(sorted(nodes))
            if (props := redact_props(node.props, pattern)) != dict(node.props)
        ]
        for node_id, props in changed:
            conn.execute(load("set_node_props", "sql"), {"id": node_id, "props": json.dumps(props)})
            self._reindex(node_id)
        erasure = new_erasure(self._salt(), person_id)
        conn.execute(load("insert_erasure", "sql"), vars(erasure))
        return ErasureReport(erasure, links, mentions, sources, quotes, len(changed))

    def _redact_quotes(self, source_id: str, text: str, pattern: re.Pattern[str] | None) -> int:
        """Each quote of the source re-cut from its redacted text; how many changed."""
        conn = self._conn
        changed = 0
        for m in self._rows("source_mention_quotes", source_id=source_id):
            quote = text[m["start"] : m["end"]]
            if quote != m["quote"]:
                changed += 1
                conn.execute(load("set_mention_quote", "sql"), {"key": m["key"], "quote": quote})
                self._restem(f"m:{m['key']}", [m["node_id"]], quote)
        for x in self._rows("source_link_quotes", source_id=source_id):
            quote = text[x["start"] : x["end"]]
            if quote != x["quote"]:
                changed += 1
                title = None if x["title"] is None else redact(x["title"], pattern)
                params = {"key": x["key"], "quote": quote, "title": title}
                conn.execute(load("set_link_quote", "sql"), params)
                self._restem(f"l:{x['key']}", [x["from_id"], x["to_id"]], quote)
        return changed

    def _restem(self, key: str, node_ids: list[str], quote: str) -> None:
        self._conn.execute(load("delete_search_key", "sql"), {"key": key})
        rows = [{"key": key, "node_id": n, "stems": stem_text(quote)} for n in node_ids]
        self._conn.executemany(load("insert_search_text", "sql"), rows)

    def _redact_states(self, source_id: str, pattern: re.Pattern[str] | None) -> set[str]:
        """What the source states about each node, redacted; the ids of the nodes it names."""
        named: set[str] = set()
        for r in self._rows("source_states", source_id=source_id):
            named.add(r["node_id"])
            props = redact_json(r["props"], pattern)
            if props != r["props"]:
                self._conn.execute(
                    load("set_node_state", "sql"),
                    {"node_id": r["node_id"], "source_id": source_id, "props": props},
                )
        named |= {r["id"] for r in self._rows("source_node_ids", source_id=source_id)}
        return named

    def delete_privacy_records(self) -> None:
        with self._lock:
            for statement in statements("delete_privacy", "sql"):
                self._conn.execute(statement)
