"""SqliteStore specifics: the pragmas the embedded store relies on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from graph.sqlite_store import SqliteStore


def test_store_file_is_in_wal_mode(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "deep" / "graph.sqlite3")
    store.setup()
    store.close()
    with sqlite3.connect(tmp_path / "deep" / "graph.sqlite3") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"nodes", "links", "mentions", "node_text"} <= tables
