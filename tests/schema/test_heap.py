"""A serving app freezes its start-up heap once it has started (schema.heap), and only
a serving app does: tests and `stratgraph query` build apps and leave the collector be."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr

from graph.sqlite_store import SqliteStore
from schema.app import create_app
from stratgraph.settings import Settings
from tests.server_thread import serving


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # what a test froze goes back to the collector


def _settings(tmp_path: Path) -> Settings:
    return Settings.model_construct(data_dir=tmp_path / "data", api_key=SecretStr("k"))


@pytest.mark.usefixtures("unfrozen")
def test_a_serving_app_freezes_what_lives_at_start_up(
    sqlite_store: SqliteStore, tmp_path: Path
) -> None:
    assert gc.get_freeze_count() == 0
    app = create_app(_settings(tmp_path), sqlite_store, settle=True)
    with serving(app) as base, httpx.Client(base_url=base) as client:
        frozen = gc.get_freeze_count()
        assert frozen > 10_000  # the modules, the schema, the app
        assert client.post("/graphql", json={"query": "{ __typename }"}).status_code == 200
        gc.collect()
        # A full collection walks what came after start-up, not the frozen heap.
        assert len(gc.get_objects(generation=2)) < frozen / 4


@pytest.mark.usefixtures("unfrozen")
def test_an_app_built_for_a_test_does_not_freeze(sqlite_store: SqliteStore, tmp_path: Path) -> None:
    app = create_app(_settings(tmp_path), sqlite_store)
    with serving(app) as base, httpx.Client(base_url=base) as client:
        assert client.get("/health").status_code == 200
    assert gc.get_freeze_count() == 0
