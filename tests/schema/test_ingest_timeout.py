"""API ingests have a time limit (issue 10, item 6): past STRATGRAPH_INGEST_TIMEOUT the
mutation answers INGEST_TIMEOUT and the source is not written, now or later; a write
that had begun finishes and is reported."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from graph.edges import SourceFacts
from graph.ids import digest, make_id
from graph.nodes import NodeLabel
from graph.sqlite_store import SqliteStore
from graph.store import WriteOutcome
from ingest import pipeline
from ingest.batch import upload_uri
from ingest.pipeline import extract, load_source
from schema.app import create_app
from stratgraph.settings import Settings
from tests.helpers import SAMPLES

KEY = "k3y"
UPLOAD = """mutation($file: Upload!) { ingestFile(file: $file) {
  failed sources { origin outcome error code } } }"""
PAGE = (SAMPLES / "002_53e0ffeb4219bfca.txt").read_text(encoding="utf-8")


def _settings(tmp_path: Path, timeout: float) -> Settings:
    return Settings.model_construct(
        api_key=SecretStr(KEY),
        data_dir=tmp_path / "data",
        max_upload_bytes=1_000_000,
        ingest_timeout=timeout,
    )


def _upload(client: TestClient, name: str, raw: bytes) -> dict[str, Any]:
    operations = {"query": UPLOAD, "variables": {"file": None}}
    response = client.post(
        "/graphql",
        data={"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.file"]})},
        files={"0": (name, raw, "text/plain")},
        headers={"X-API-Key": KEY},
    )
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def _stored(store: SqliteStore, name: str) -> bool:
    return store.source_sha256(make_id("Source", digest(upload_uri(name)))) is not None


@pytest.fixture(autouse=True)
def _warm() -> None:
    extract(load_source(SAMPLES / "000_7c8949d105d3a3c9.txt"))  # spaCy built once, up front


def test_an_ingest_past_the_limit_answers_ingest_timeout_and_writes_nothing(
    sqlite_store: SqliteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A slow extraction component, so the limit passes mid-extraction whatever the
    # machine's speed; the deadline is checked between components.
    def slow_component(ctx: object, sink: object) -> None:
        time.sleep(1.0)

    monkeypatch.setattr(pipeline, "_COMPONENTS", (*pipeline._COMPONENTS, slow_component))
    slow = PAGE.encode()
    with TestClient(create_app(_settings(tmp_path, 0.3), sqlite_store)) as client:
        began = time.monotonic()
        body = _upload(client, "slow.txt", slow)
        answered = time.monotonic() - began
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "INGEST_TIMEOUT"
    assert "was not written" in error["message"]
    assert answered < 5.0, f"answered after {answered:.1f} s"  # not after the whole ingest
    # The worker stops at its next component and removes the upload; it never writes.
    uploads = tmp_path / "data" / "uploads"
    for _ in range(600):
        if not any(uploads.glob(".incoming-*")):
            break
        time.sleep(0.1)
    assert not any(uploads.glob(".incoming-*"))
    assert not (uploads / "slow.txt").exists()
    assert not _stored(sqlite_store, "slow.txt")
    assert sqlite_store.nodes_by_label(NodeLabel.SOURCE) == []


def test_a_write_under_way_at_the_limit_finishes_and_is_reported(
    sqlite_store: SqliteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write = sqlite_store.write_source

    def slow_write(facts: SourceFacts, *, force: bool = False) -> WriteOutcome:
        time.sleep(1.0)  # the limit (0.5 s) passes while the source is being written
        return write(facts, force=force)

    monkeypatch.setattr(sqlite_store, "write_source", slow_write)
    with TestClient(create_app(_settings(tmp_path, 0.5), sqlite_store)) as client:
        body = _upload(client, "page.txt", PAGE.encode())
    assert "errors" not in body, body
    (source,) = body["data"]["ingestFile"]["sources"]
    assert source["outcome"] == "CREATED"
    assert _stored(sqlite_store, "page.txt")


def test_the_limit_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings(_env_file=None).ingest_timeout == 120.0
    monkeypatch.setenv("STRATGRAPH_INGEST_TIMEOUT", "7.5")
    assert Settings(_env_file=None).ingest_timeout == 7.5
