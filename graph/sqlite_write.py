"""The embedded store's write path: the facts of many sources in the caller's transaction.

New sources are written together: each statement runs once over all their rows
(executemany), and each node they name is re-indexed once, from its merged properties,
however many of them name it. A rewritten source (a known id with other content)
replaces what it said and rebuilds the nodes it named or names (graph.stated) on its
own. The end state is that of writing the sources one by one, in order.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from graph.document_filter import document_row
from graph.edges import SourceFacts
from graph.nodes import NodeLabel, to_record
from graph.records import link_row, mention_row, node_record, with_location
from graph.stated import rebuildable, rebuilt, stated_props
from graph.store import WriteOutcome
from graph.text_match import searchable_text, stem_text
from queries import load

CHUNK = 500  # ids per json_each lookup


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


class SqliteWriter:
    """Writes through one connection, inside a transaction the caller opens and ends."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _rows(self, query: str, **params: Any) -> list[sqlite3.Row]:
        return self.conn.execute(load(query, "sql"), params).fetchall()

    def _run(self, query: str, rows: Iterable[dict[str, Any]]) -> None:
        self.conn.executemany(load(query, "sql"), rows)

    def _run_all(self, query: str, rows: list[dict[str, Any]]) -> None:
        """A query over many rows at once (json_each): for tables with many rows per
        source, and the full-text one, whose trigger costs several times more per row
        under executemany."""
        if rows:
            self.conn.execute(load(query, "sql"), {"rows": json.dumps(rows)})

    def write(self, batch: Sequence[SourceFacts], *, force: bool) -> list[WriteOutcome]:
        outcomes: list[WriteOutcome] = []
        pending: list[SourceFacts] = []  # new sources, written together
        ids: set[str] = set()
        contents: set[str] = set()
        for facts in batch:
            source = facts.source
            if source.id in ids or source.sha256 in contents:
                # It must see the earlier one stored: as a rewrite, or another location.
                self._write_new(pending)
                pending, ids, contents = [], set(), set()
            known = self._sha256(source.id)
            unchanged = known == source.sha256 and not force
            if unchanged or (known is None and self._another_location(source.sha256, source.uri)):
                outcomes.append(WriteOutcome.UNCHANGED)
            elif known is None:
                pending.append(facts)
                ids.add(source.id)
                contents.add(source.sha256)
                outcomes.append(WriteOutcome.CREATED)
            else:
                self._write_new(pending)
                pending, ids, contents = [], set(), set()
                self._rewrite(facts)
                outcomes.append(WriteOutcome.UPDATED)
        self._write_new(pending)
        return outcomes

    def _sha256(self, source_id: str) -> str | None:
        rows = self._rows("source_sha256", id=source_id)
        return str(rows[0]["sha256"]) if rows else None

    def _another_location(self, sha256: str, uri: str) -> bool:
        """Whether a stored source has this content; if so, ``uri`` is recorded as
        another location of it."""
        same = self._rows("source_by_content", sha256=sha256)
        if not same:
            return False
        stored = node_record(same[0]["id"], str(NodeLabel.SOURCE), same[0]["props"])
        also_at = with_location(stored, uri)
        if also_at is not None:
            self.conn.execute(
                load("set_source_locations", "sql"),
                {"id": stored.id, "also_at": json.dumps(also_at)},
            )
        return True

    def _write_new(self, batch: list[SourceFacts]) -> None:
        # A new source's statements are the latest write, so upsert_node's patch gives
        # each node what a rebuild would: no need to read every statement of a node that
        # thousands of sources name. Only the indexes follow from the merge.
        if batch:
            named = self._insert(batch)
            self.reindex([*named, *(facts.source.id for facts in batch)])

    def _rewrite(self, facts: SourceFacts) -> None:
        source_id = facts.source.id
        old_ids = [r["id"] for r in self._rows("source_node_ids", source_id=source_id)]
        for query in ("search", "links", "mentions", "states"):
            self.conn.execute(load(f"delete_source_{query}", "sql"), {"source_id": source_id})
        named = self._insert([facts])
        if old_ids:
            gone = {"ids": json.dumps(old_ids)}
            for query in (
                "delete_orphans",
                "delete_orphan_text",
                "delete_orphan_search",
                "delete_orphan_documents",
            ):
                self.conn.execute(load(query, "sql"), gone)
        self._rebuild(sorted(set(old_ids) | set(named)))
        self.reindex([source_id])

    def _insert(self, batch: list[SourceFacts]) -> list[str]:
        """The sources, their nodes (patched), statements, mentions, links and quote
        search rows, in write order; the ids of the nodes they name."""
        (seq,) = self.conn.execute(load("next_write_seq", "sql")).fetchone()
        sources: list[dict[str, Any]] = []
        nodes: list[dict[str, Any]] = []
        states: list[dict[str, Any]] = []
        mentions: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        named: dict[str, None] = {}
        for offset, facts in enumerate(batch):
            own = to_record(facts.source)
            sources.append({"id": own.id, "label": str(own.label), "props": json.dumps(own.props)})
            stated = stated_props(facts.nodes)
            for node in facts.nodes:
                record = to_record(node)
                props = stated[record.id]
                nodes.append({"id": record.id, "label": str(record.label), "props": props})
                states.append(
                    {"node_id": record.id, "source_id": own.id, "seq": seq + offset, "props": props}
                )
            named.update(dict.fromkeys(stated))
            mentions += [mention_row(m) for m in facts.mentions]
            links += [link_row(x) for x in facts.links]
        self._run("upsert_source", sources)
        self._run("upsert_node", nodes)
        self._run("insert_node_state", states)
        self._run_all("upsert_mentions", mentions)
        self._run_all("upsert_links", links)
        self._run_all("insert_search_texts", _quote_rows(mentions, links))
        return list(named)

    def _rebuild(self, ids: list[str]) -> None:
        """Each node's properties from the sources that still state them (graph.stated)."""
        if not ids:
            return
        key = {"ids": json.dumps(ids)}
        stated: dict[str, list[str]] = defaultdict(list)
        for r in self._rows("node_states", **key):
            stated[r["node_id"]].append(r["props"])
        unrecorded = {r["id"] for r in self._rows("unrecorded_states", **key)}
        changed = []
        for r in self._rows("get_nodes", **key):
            node = node_record(r["id"], r["label"], r["props"])
            if rebuildable(node.label):
                props = rebuilt(node.props, stated[node.id], unrecorded=node.id in unrecorded)
                changed.append({"id": node.id, "props": json.dumps(props)})
        self._run("set_node_props", changed)
        self.reindex(ids)

    def reindex(self, ids: Sequence[str]) -> None:
        """The listing keys, indexed text and name stems of these nodes, from their merged
        properties (not just one source's); ids no longer stored are skipped."""
        documents: list[dict[str, Any]] = []
        texts: list[dict[str, Any]] = []
        names: list[dict[str, Any]] = []
        unique = list(dict.fromkeys(ids))
        for i in range(0, len(unique), CHUNK):
            for r in self._rows("get_nodes", ids=json.dumps(unique[i : i + CHUNK])):
                stored = node_record(r["id"], r["label"], r["props"])
                if stored.label is NodeLabel.DOCUMENT:
                    documents.append(document_row(stored))
                text = searchable_text(stored.label, stored.props)
                texts.append({"id": stored.id, "label": str(stored.label), "text": text})
                key = f"n:{stored.id}"
                names.append({"key": key, "node_id": stored.id, "stems": stem_text(text)})
        self._run("set_document_keys", documents)
        self._run_all("set_node_texts", texts)
        self._run("delete_search_key", ({"key": n["key"]} for n in names))
        self._run_all("insert_search_texts", names)
