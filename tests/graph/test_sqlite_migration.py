"""Embedded stores made by earlier versions still open, migrate and take writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from graph.document_query import DocumentQuery, find_documents
from graph.nodes import NodeLabel
from graph.sqlite_store import SqliteStore
from queries import statements
from tests.contract.facts import PLAN, facts_a, facts_b


def test_a_store_without_section_columns_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        for statement in statements("schema", "sql"):
            conn.execute(
                statement.replace(",\n    section        TEXT", "").replace(
                    ",\n    section    TEXT", ""
                )
            )
        columns = {r[1] for r in conn.execute("PRAGMA table_info(links)")}
        assert "section" not in columns  # really the old layout
    store = SqliteStore(path)
    store.setup()
    store.setup()  # idempotent
    store.write_source(facts_a())
    (mention, *_) = store.mentions_of([PLAN.id])
    assert mention.evidence.section is None and mention.evidence.quote == "Planen 2022-2026"
    store.close()


def _to_old_text_layout(path: Path) -> None:
    """Rewrites a store's full-text tables as they were before the external-content
    indexes (FTS5 tables holding their ids, deleted by scanning), and drops the
    documents listing table."""
    with sqlite3.connect(path) as conn:
        nodes = conn.execute("SELECT id, label, text FROM node_text_rows").fetchall()
        search = conn.execute("SELECT key, node_id, stems FROM search_rows").fetchall()
        for table in ("node_text", "search_text", "node_text_rows", "search_rows", "documents"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute(
            "CREATE VIRTUAL TABLE node_text USING fts5 (id UNINDEXED, label UNINDEXED, text, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
        conn.execute(
            "CREATE VIRTUAL TABLE search_text USING fts5 (key UNINDEXED, node_id UNINDEXED, "
            "stems, tokenize = 'unicode61 remove_diacritics 0')"
        )
        conn.executemany("INSERT INTO node_text VALUES (?, ?, ?)", nodes)
        conn.executemany("INSERT INTO search_text VALUES (?, ?, ?)", search)


def test_a_store_with_the_old_full_text_tables_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    store = SqliteStore(path)
    store.setup()
    store.write_source(facts_a())
    store.write_source(facts_b())
    words = ["regional"]
    before = (
        sorted(r.id for r in store.text_candidates(NodeLabel.DOCUMENT, words)),
        sorted(store.search_candidates(["ankeby"])),
        find_documents(store, DocumentQuery()),
    )
    store.close()
    _to_old_text_layout(path)

    store = SqliteStore(path)
    store.setup()
    store.setup()  # idempotent
    after = (
        sorted(r.id for r in store.text_candidates(NodeLabel.DOCUMENT, words)),
        sorted(store.search_candidates(["ankeby"])),
        find_documents(store, DocumentQuery()),
    )
    assert after == before and before[0] and before[1] and before[2]
    # The migrated rows are replaced, not duplicated, by later writes.
    store.write_source(facts_a(), force=True)
    assert sorted(r.id for r in store.text_candidates(NodeLabel.DOCUMENT, words)) == before[0]
    with sqlite3.connect(path) as conn:
        (text_rows,) = conn.execute("SELECT count(*) FROM node_text_rows").fetchone()
        (nodes,) = conn.execute("SELECT count(*) FROM nodes").fetchone()
        # Each raises when an index and its rows differ.
        conn.execute("INSERT INTO node_text (node_text, rank) VALUES ('integrity-check', 1)")
        conn.execute("INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)")
    assert text_rows == nodes
    store.close()
