"""An unchanged file is skipped by its hash, before it is read or extracted."""

from __future__ import annotations

from pathlib import Path

import pytest

import ingest.batch as batch
from graph.sqlite_store import SqliteStore
from graph.store import WriteOutcome
from ingest.batch import ingest_file

TEXT = "Ankeby kommun\n\nKommunfullmäktige i Ankeby kommun antog Klimatstrategi 2030-2035.\n"


def test_an_unchanged_file_is_not_extracted_again(
    sqlite_store: SqliteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "sida.txt"
    page.write_text(TEXT, encoding="utf-8")
    assert ingest_file(sqlite_store, page).outcome is WriteOutcome.CREATED

    def never(*_: object, **__: object) -> object:
        raise AssertionError("an unchanged file was read for extraction")

    monkeypatch.setattr(batch, "load_source", never)
    again = ingest_file(sqlite_store, page)
    assert (again.ok, again.outcome) == (True, WriteOutcome.UNCHANGED)

    monkeypatch.undo()
    page.write_text(TEXT + "Planen följs upp varje år.\n", encoding="utf-8")
    assert ingest_file(sqlite_store, page).outcome is WriteOutcome.UPDATED
    forced = ingest_file(sqlite_store, page, force=True)
    assert forced.ok and forced.outcome is not WriteOutcome.UNCHANGED
