"""Uploaded file names that no file system takes fail that upload, with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.sqlite_store import SqliteStore
from ingest.batch import ingest_upload


@pytest.mark.parametrize("name", ["plan\x00.txt", "plan\n.txt", ".hidden.txt", "   "])
def test_an_unusable_upload_name_fails_the_upload_only(
    name: str, sqlite_store: SqliteStore, tmp_path: Path
) -> None:
    result = ingest_upload(sqlite_store, tmp_path / "uploads", name, b"Ankeby kommun antog planen.")
    assert not result.ok
    assert "not a usable file name" in str(result.error)
    assert sqlite_store.counts().total_nodes == 0
    assert not (tmp_path / "uploads").exists() or not any((tmp_path / "uploads").iterdir())
