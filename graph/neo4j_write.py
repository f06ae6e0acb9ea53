"""The Neo4j store's write path: the facts of many sources in one transaction.

New sources are written together: one UNWIND statement per kind of row (sources,
nodes, mentions, links) for all of them, in chunks, and one refresh of the store's
own properties of each node they name, however many of them name it. A rewritten
source (a known id with other content) replaces what it said and rebuilds the nodes
it named or names (graph.stated) on its own. The end state is that of writing the
sources one by one, in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, LiteralString, TypeVar

import neo4j

from graph.document_filter import document_keys
from graph.edges import LinkType, SourceFacts
from graph.nodes import NodeLabel, NodeRecord, Source, to_record
from graph.records import link_row, mention_row, node_record, with_location
from graph.stated import rebuilt, stated_props
from graph.store import WriteOutcome
from graph.text_match import searchable_text, stem_text
from queries import expand, load

T = TypeVar("T")
CHUNK = 1000  # rows per UNWIND statement


@cache
def _cypher(name: str) -> LiteralString:
    # Query text comes from the project's own files and the LinkType enum, never from user input.
    return expand(load(name, "cypher"), tuple(t.value for t in LinkType))


@cache
def typed_links_query(link_type: LinkType) -> LiteralString:
    """queries/upsert_typed_links.cypher for one link type: only an enum value goes in."""
    return load("upsert_typed_links", "cypher").replace("{TYPE}", LinkType(link_type).value)


@dataclass(frozen=True)
class Prepared:
    """A source's rows, stemmed before the transaction opens."""

    facts: SourceFacts
    source: dict[str, Any]
    nodes: list[dict[str, Any]]
    stated: dict[str, str]
    mentions: list[dict[str, Any]]
    links: list[dict[str, Any]]

    def stamped_mentions(self, seq: int) -> list[dict[str, Any]]:
        """The mentions, with what the source states about a node (and when) on its first
        mention of the node."""
        firsts: set[str] = set()
        rows = []
        for row in self.mentions:
            if row["node_id"] in firsts:
                rows.append(row)
                continue
            firsts.add(row["node_id"])
            stamp = {"stated": self.stated[row["node_id"]], "stated_seq": seq}
            rows.append({**row, "props": {**row["props"], **stamp}})
        return rows


def prepare(facts: SourceFacts) -> Prepared:
    own = to_record(facts.source)
    stems = stem_text(searchable_text(own.label, own.props))
    return Prepared(
        facts=facts,
        source={"id": own.id, "props": {**own.props, "id": own.id, "name_stems": stems}},
        nodes=[
            {"id": n.id, "label": str(n.label), "props": dict(n.props)}
            for n in map(to_record, facts.nodes)
        ],
        stated=stated_props(facts.nodes),
        mentions=[
            _split_props(mention_row(m), ("key", "node_id", "source_id")) for m in facts.mentions
        ],
        links=[_split_props(link_row(x), ("key", "type", "from_id", "to_id")) for x in facts.links],
    )


class Neo4jWriter:
    """Writes in one managed transaction; run again whole if the driver retries it."""

    def __init__(self, tx: neo4j.ManagedTransaction) -> None:
        self.tx = tx

    def _run(self, name: str, **params: Any) -> list[dict[str, Any]]:
        return self.tx.run(_cypher(name), params).data()

    def _each(self, name: str, rows: list[dict[str, Any]]) -> None:
        for chunk in _chunks(rows):
            self.tx.run(_cypher(name), rows=chunk).consume()

    def write(self, batch: Sequence[Prepared], force: bool) -> list[WriteOutcome]:
        ids = [p.facts.source.id for p in batch]
        known = {r["id"]: r["sha256"] for r in self._run("sources_sha256", ids=ids)}
        hashes = [p.facts.source.sha256 for p in batch if p.facts.source.id not in known]
        found = self._run("sources_by_content", hashes=hashes) if hashes else []
        same: dict[str, Any] = {r["sha256"]: r for r in found}
        seen_ids: set[str] = set()
        seen_hashes: set[str] = set()
        outcomes: list[WriteOutcome] = []
        pending: list[Prepared] = []  # new sources, written together
        for p in batch:
            source = p.facts.source
            if source.id in seen_ids or source.sha256 in seen_hashes:
                # An earlier source of the batch changed what this one finds: look again.
                self._write_new(pending)
                pending = []
                rows = self._run("sources_sha256", ids=[source.id])
                known[source.id] = rows[0]["sha256"] if rows else None
                found = self._run("sources_by_content", hashes=[source.sha256])
                same[source.sha256] = found[0] if found else None
            seen_ids.add(source.id)
            seen_hashes.add(source.sha256)
            stored_sha = known.get(source.id)
            unchanged = stored_sha == source.sha256 and not force
            if unchanged or (stored_sha is None and self._another_location(same, source)):
                outcomes.append(WriteOutcome.UNCHANGED)
            elif stored_sha is None:
                pending.append(p)
                outcomes.append(WriteOutcome.CREATED)
            else:
                self._write_new(pending)
                pending = []
                self._rewrite(p)
                outcomes.append(WriteOutcome.UPDATED)
        self._write_new(pending)
        return outcomes

    def _another_location(self, same: dict[str, Any], source: Source) -> bool:
        """Whether a stored source has this content; if so, the uri is recorded as
        another location of it."""
        row = same.get(source.sha256)
        if row is None:
            return False
        stored = node_record(row["id"], str(NodeLabel.SOURCE), row["props"])
        also_at = with_location(stored, source.uri)
        if also_at is not None:
            self.tx.run(_cypher("set_source_locations"), id=stored.id, also_at=also_at).consume()
            row["props"] = {**row["props"], "also_at": also_at}
        return True

    def _insert(self, batch: Sequence[Prepared]) -> list[str]:
        """The sources, their nodes (added to), mentions and links, in write order; the
        ids of the nodes they name."""
        (row,) = self._run("reserve_write_seqs", n=len(batch))
        mentions: list[dict[str, Any]] = []
        named: dict[str, None] = {}
        for offset, p in enumerate(batch):
            mentions += p.stamped_mentions(row["seq"] + offset)
            named.update(dict.fromkeys(p.stated))
        self._each("upsert_sources", [p.source for p in batch])
        self._each("upsert_nodes", [n for p in batch for n in p.nodes])
        self._each("upsert_mentions", mentions)
        by_type: dict[str, list[dict[str, Any]]] = {}
        for p in batch:
            for x in p.links:
                by_type.setdefault(x["type"], []).append(x)
        for link_type, rows in by_type.items():
            for chunk in _chunks(rows):
                self.tx.run(typed_links_query(LinkType(link_type)), rows=chunk).consume()
        return list(named)

    def _write_new(self, batch: list[Prepared]) -> None:
        # A new source's statements are the latest write, so upsert_nodes has already
        # given each node what a rebuild would: only the store's own properties (stems,
        # listing keys) follow from the merge.
        if batch:
            for ids in _chunks(self._insert(batch)):
                refreshed = [
                    node_row(node_record(r["id"], r["label"], r["props"]))
                    for r in self._run("get_nodes", ids=ids)[0]["rows"]
                ]
                self._each("set_node_props", refreshed)

    def _rewrite(self, p: Prepared) -> None:
        source_id = p.facts.source.id
        old = [r["id"] for r in self._run("source_node_ids", source_id=source_id)]
        self.tx.run(_cypher("delete_source_facts"), source_id=source_id).consume()
        named = self._insert([p])
        if old:
            self.tx.run(_cypher("delete_orphans"), ids=old).consume()
        for ids in _chunks(sorted(set(old) | set(named))):
            self._rebuild(ids)

    def _rebuild(self, ids: list[str]) -> None:
        """Each node's properties from the sources that still state them (graph.stated)."""
        rows = []
        for r in self._run("node_states", ids=ids):
            current = node_record(r["id"], r["label"], r["props"])
            ordered = [s["props"] for s in sorted(r["states"], key=lambda s: s["seq"])]
            props = rebuilt(current.props, ordered, unrecorded=r["unrecorded"] > 0)
            rows.append(node_row(NodeRecord(current.id, current.label, props)))
        self._each("set_node_props", rows)


def node_row(record: NodeRecord) -> dict[str, Any]:
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


def _chunks(rows: list[T]) -> list[list[T]]:
    return [rows[i : i + CHUNK] for i in range(0, len(rows), CHUNK)]
