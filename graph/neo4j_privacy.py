"""The Neo4j store's side of personal data: erasure, restriction, the erasure log.

A mixin of Neo4jStore, kept apart so that the store's own module stays about
writing and reading the graph. An erasure is one write transaction.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, LiteralString, TypeVar

import neo4j
from neo4j.exceptions import DriverError, Neo4jError

from graph.document_filter import document_keys
from graph.edges import LinkType
from graph.nodes import NodeLabel, NodeRecord
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
from graph.text_match import searchable_text, stem_text
from queries import expand, load

T = TypeVar("T")


@cache
def _query(name: str) -> LiteralString:
    # Query text comes from the project's own files and the LinkType enum, never from user input.
    return expand(load(name, "cypher"), tuple(t.value for t in LinkType))


@dataclass(frozen=True)
class _Snapshot:
    until: float  # time.monotonic() past which it is read again
    restrictions: tuple[Restriction, ...]


class RestrictionsCache:
    """The restricted people as last read, for `ttl` seconds: each request of a server
    reads them before anything else, and at a round trip each that was a quarter of a
    mixed read load's. The cache holds one immutable snapshot, replaced whole, so that
    threads share no state they change; a write through the store drops it once it has
    committed, so that a restriction made through this process applies to its next
    read. A read that began before the write may put the old list back: for at most
    `ttl`, the bound that holds for other processes' writes too."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._snapshot: _Snapshot | None = None

    def get(self, read: Callable[[], list[Restriction]]) -> list[Restriction]:
        now = time.monotonic()
        snapshot = self._snapshot
        if snapshot is not None and now < snapshot.until:
            return list(snapshot.restrictions)
        found = read()
        if self.ttl > 0:
            self._snapshot = _Snapshot(now + self.ttl, tuple(found))
        return found

    def drop(self) -> None:
        self._snapshot = None


class Neo4jPrivacy:
    if TYPE_CHECKING:
        _driver: neo4j.Driver
        _restrictions: RestrictionsCache
        database: str

        def _read(self, name: str, **params: Any) -> list[dict[str, Any]]: ...
        def get_nodes(self, ids: Sequence[str]) -> list[NodeRecord]: ...

    def _in_write(self, what: str, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(work)
        except (DriverError, Neo4jError, OSError) as exc:
            raise StoreError(f"Neo4j cannot {what}: {exc}") from exc
        finally:
            self._restrictions.drop()  # restricted, lifted or erased: read them again

    def privacy_state(self) -> PrivacyState:
        (row,) = self._read("privacy_state")
        return PrivacyState(salt=row["salt"], erased=frozenset(row["erased"]))

    def erasures(self) -> list[Erasure]:
        return [
            Erasure(r["erasure_id"], r["subject_hash"], r["erased_at"])
            for r in self._read("erasure_log")
        ]

    def restrictions(self) -> list[Restriction]:
        return self._restrictions.get(
            lambda: [
                Restriction(r["person_id"], r["alias"], r["name"])
                for r in self._read("restrictions")
            ]
        )

    def restrict_person(self, person_id: str) -> Restriction | None:
        person = person_of(self.get_nodes([person_id]), person_id)
        if person is None:
            return None
        alias = restricted_alias(self.privacy_state().salt, person_id)
        props = {"alias": alias, "restricted_at": datetime.now(UTC).isoformat(timespec="seconds")}

        def work(tx: neo4j.ManagedTransaction) -> None:
            tx.run(_query("restrict_person"), id=person_id, props=props).consume()

        self._in_write("restrict a person", work)
        return Restriction(person_id, alias, str(person.props.get("name", "")))

    def lift_restriction(self, person_id: str) -> bool:
        def work(tx: neo4j.ManagedTransaction) -> bool:
            row = tx.run(_query("lift_restriction"), id=person_id).single(strict=True)
            return int(row["n"]) > 0

        return self._in_write("lift a restriction", work)

    def erase_person(self, person_id: str) -> ErasureReport | None:
        person = person_of(self.get_nodes([person_id]), person_id)
        if person is None:
            return None
        salt = self.privacy_state().salt
        name = str(person.props.get("name", ""))
        return self._in_write("erase a person", lambda tx: _erase(tx, person_id, name, salt))

    def delete_privacy_records(self) -> None:
        self._in_write("delete", lambda tx: tx.run(_query("delete_privacy")).consume())


def _erase(tx: neo4j.ManagedTransaction, person_id: str, name: str, salt: str) -> ErasureReport:
    removed = tx.run(_query("delete_person"), id=person_id).single()
    mentions, links = (0, 0) if removed is None else (removed["mentions"], removed["links"])
    tx.run(_query("lift_restriction"), id=person_id).consume()
    pattern = name_pattern([name])
    longest = max(name.split(), key=len, default="").lower()
    sources = quotes = 0
    nodes: set[str] = set()
    for row in tx.run(_query("sources_naming"), match=longest).data():
        source = node_record(row["id"], "Source", row["props"])
        text, title = str(source.props.get("text", "")), str(source.props.get("title", ""))
        if pattern is None or not (pattern.search(text) or pattern.search(title)):
            continue
        sources += 1
        props = redact_props(source.props, pattern)
        row_ = _node_row(source.id, NodeLabel.SOURCE, props)
        tx.run(_query("set_node_props"), rows=[row_]).consume()
        quotes += _redact_quotes(tx, source.id, str(props.get("text", "")), pattern)
        named = tx.run(_query("source_node_ids"), source_id=source.id).data()
        nodes |= {r["id"] for r in named}
    rows = []
    for r in tx.run(_query("get_nodes"), ids=sorted(nodes)).single(strict=True)["rows"]:
        node = node_record(r["id"], r["label"], r["props"])
        props = redact_props(node.props, pattern)
        if props != dict(node.props):
            rows.append(_node_row(node.id, node.label, props))
    tx.run(_query("set_node_props"), rows=rows).consume()
    erasure = new_erasure(salt, person_id)
    tx.run(_query("insert_erasure"), props=vars(erasure)).consume()
    return ErasureReport(erasure, int(links), int(mentions), sources, quotes, len(rows))


def _redact_quotes(
    tx: neo4j.ManagedTransaction, source_id: str, text: str, pattern: re.Pattern[str] | None
) -> int:
    """Each quote of the source re-cut from its redacted text, with what its MENTIONS
    state about their nodes redacted too; how many quotes changed."""
    rows = []
    changed = 0
    for r in tx.run(_query("source_quotes"), source_id=source_id).data():
        quote = text[r["start"] : r["end"]]
        props: dict[str, Any] = {}
        if quote != r["quote"]:
            changed += 1
            props.update(quote=quote, stems=stem_text(quote))
        if r["stated"] is not None and (stated := redact_json(r["stated"], pattern)) != r["stated"]:
            props["stated"] = stated
        if r["title"] is not None and (title := redact(r["title"], pattern)) != r["title"]:
            props["title"] = title
        if props:
            rows.append({"id": r["rid"], "props": props})
    tx.run(_query("set_rel_props"), rows=rows).consume()
    return changed


def _node_row(node_id: str, label: NodeLabel, props: dict[str, Any]) -> dict[str, Any]:
    """As the store writes a node: its properties with its search stems and listing keys."""
    record = NodeRecord(node_id, label, props)
    stems = stem_text(searchable_text(label, props))
    return {
        "id": node_id,
        "props": {**props, **document_keys(record), "id": node_id, "name_stems": stems},
    }
