"""The GraphQL endpoint writes its answers with orjson: the same JSON values as the
in-process answer, key order included, and UTF-8 as is (no \\u escapes)."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from graph.sqlite_store import SqliteStore
from schema.app import create_app
from schema.execute import run_operation
from stratgraph.settings import Settings
from tests.helpers import KRAMFORS_ID, contract_operation, ingest_samples

LINEAGE = contract_operation("Lineage")


def test_the_served_answer_is_the_in_process_answer_in_utf8(
    sqlite_store: SqliteStore, tmp_path: Path
) -> None:
    ingest_samples(sqlite_store)
    variables = {"id": KRAMFORS_ID, "maxDepth": 2}
    expected = run_operation(sqlite_store, LINEAGE, variables)
    settings = Settings.model_construct(data_dir=tmp_path / "data")
    with TestClient(create_app(settings, sqlite_store)) as client:
        response = client.post("/graphql", json={"query": LINEAGE, "variables": variables})
    assert response.status_code == 200, response.text
    assert "errors" not in expected
    text = response.content.decode("utf-8")
    assert json.loads(text) == expected
    assert list(json.loads(text)["data"]["lineage"]) == list(expected["data"]["lineage"])
    assert "Kramfors" in text and "\\u00" not in text  # "Västernorrland" written as is
