"""SqliteStore specifics: the pragmas the embedded store relies on, and index use."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from graph.sqlite_store import SqliteStore
from queries import load


def test_store_file_is_in_wal_mode(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "deep" / "graph.sqlite3")
    store.setup()
    store.close()
    with sqlite3.connect(tmp_path / "deep" / "graph.sqlite3") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"nodes", "links", "mentions", "node_text"} <= tables


# Queries a write runs; none may scan a whole table, so that writing a source costs the
# same however many sources the store holds (json_each is the query's own id list).
WRITE_QUERIES = [
    "source_sha256",
    "source_by_content",
    "set_source_locations",
    "next_write_seq",
    "source_node_ids",
    "delete_source_search",
    "delete_source_links",
    "delete_source_mentions",
    "delete_source_states",
    "upsert_source",
    "upsert_node",
    "insert_node_state",
    "upsert_mentions",
    "upsert_links",
    "insert_search_texts",
    "delete_orphans",
    "delete_orphan_text",
    "delete_orphan_search",
    "delete_orphan_documents",
    "node_states",
    "unrecorded_states",
    "get_nodes",
    "set_node_props",
    "set_node_texts",
    "delete_search_key",
    "set_document_keys",
]


@pytest.mark.parametrize("name", WRITE_QUERIES)
def test_write_queries_seek_by_index(tmp_path: Path, name: str) -> None:
    store = SqliteStore(tmp_path / "graph.sqlite3")
    store.setup()
    text = load(name, "sql")
    params = {p: "[]" if p in ("ids", "rows") else "x" for p in re.findall(r":(\w+)", text)}
    with sqlite3.connect(tmp_path / "graph.sqlite3") as conn:
        plan = [r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {text}", params)]
    store.close()
    scans = [step for step in plan if step.startswith("SCAN") and "json_each" not in step]
    assert not scans, plan


def test_document_listing_seeks_by_index(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "graph.sqlite3")
    store.setup()
    text = load("documents", "sql")
    params = {p: None for p in re.findall(r":(\w+)", text)}
    with sqlite3.connect(tmp_path / "graph.sqlite3") as conn:
        plan = [r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {text}", params)]
    store.close()
    # Only the branch for "no criterion" reads the whole (index-ordered) table.
    assert any("documents_county" in step for step in plan), plan
    assert any("documents_municipality" in step for step in plan), plan
    assert not [s for s in plan if s.startswith("SCAN") and ("links" in s or "nodes" in s)]


def _plan(path: Path, name: str) -> list[str]:
    text = load(name, "sql")
    params = {p: "[]" for p in re.findall(r":(\w+)", text)}
    with sqlite3.connect(path) as conn:
        return [r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {text}", params)]


@pytest.mark.parametrize("name", ["walk_level", "lineage_links"])
def test_a_lineage_reads_link_ends_from_covering_indexes(tmp_path: Path, name: str) -> None:
    """A walk's step, and the choice of a lineage's links, read every link of the nodes
    they start from: from the index alone, so that a hub's thousands of links cost index
    entries, not rows with their quotes (the national benchmark's lineages)."""
    store = SqliteStore(tmp_path / "graph.sqlite3")
    store.setup()
    store.close()
    searches = [s for s in _plan(tmp_path / "graph.sqlite3", name) if "SEARCH links " in s]
    assert len(searches) == 2, searches  # the outgoing and the incoming half
    assert all("USING COVERING INDEX" in s for s in searches), searches


def test_setup_replaces_the_older_link_indexes(tmp_path: Path) -> None:
    path = tmp_path / "graph.sqlite3"
    store = SqliteStore(path)
    store.setup()
    store.close()
    with sqlite3.connect(path) as conn:  # a store made before the covering indexes
        conn.execute("DROP INDEX links_from_to")
        conn.execute("DROP INDEX links_to_from")
        conn.execute("CREATE INDEX links_from ON links (from_id, type)")
        conn.execute("CREATE INDEX links_to ON links (to_id, type)")
    store = SqliteStore(path)
    store.setup()
    store.close()
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"links_from_to", "links_to_from"} <= names
    assert not {"links_from", "links_to"} & names
