"""An embedded store made before evidence had a section still opens and takes writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from graph.sqlite_store import SqliteStore
from queries import statements
from tests.contract.facts import PLAN, facts_a


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
