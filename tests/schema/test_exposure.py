"""What the server says and logs (issue 10, item 8): user errors logged at INFO without a
traceback, no driver text, URI or data directory in a response, failed uploads removed."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from graph.nodes import NodeLabel
from graph.sqlite_store import SqliteStore
from graph.store import StoreError
from schema.app import create_app
from stratgraph.settings import Settings
from tests.helpers import SAMPLES

KEY = "k3y"
UPLOAD = """mutation($file: Upload!) { ingestFile(file: $file) {
  failed sources { origin outcome error } } }"""


def _settings(tmp_path: Path) -> Settings:
    return Settings.model_construct(
        api_key=SecretStr(KEY), data_dir=tmp_path / "data", max_upload_bytes=1_000_000
    )


def _upload(client: TestClient, name: str, raw: bytes) -> dict[str, Any]:
    operations = {"query": UPLOAD, "variables": {"file": None}}
    response = client.post(
        "/graphql",
        data={"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.file"]})},
        files={"0": (name, raw, "text/plain")},
        headers={"X-API-Key": KEY},
    )
    result: dict[str, Any] = response.json()["data"]["ingestFile"]["sources"][0]
    return result


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def api_log() -> Iterator[_Records]:
    """What the API logs, and what strawberry logs for errors (it logged each at ERROR)."""
    handler = _Records()
    loggers = [logging.getLogger(n) for n in ("stratgraph.api", "strawberry.execution")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    yield handler
    for logger, level in zip(loggers, levels, strict=True):
        logger.removeHandler(handler)
        logger.setLevel(level)


class _BrokenStore(SqliteStore):
    """A store that fails the way a Neo4j outage does, with the driver's details."""

    def ping(self) -> None:
        raise StoreError("Neo4j does not answer: bolt://db.internal:7687 (Connection refused)")

    def get_nodes(self, ids: Any) -> Any:
        raise RuntimeError("unexpected bug at /srv/stratgraph/data")


def test_user_errors_are_logged_at_info_without_a_traceback(
    sqlite_store: SqliteStore, tmp_path: Path, api_log: _Records
) -> None:
    with TestClient(create_app(_settings(tmp_path), sqlite_store)) as client:
        bad = client.post("/graphql", json={"query": '{ search(text: "!!") { score } }'})
        assert bad.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
        client.post("/graphql", json={"query": "{ nosuchfield }"})
    assert [r.levelno for r in api_log.records] == [logging.INFO, logging.INFO]
    assert all(r.exc_info is None for r in api_log.records)
    assert [getattr(r, "code", None) for r in api_log.records] == [
        "BAD_USER_INPUT",
        "GRAPHQL_VALIDATION_FAILED",
    ]


def test_internal_errors_are_logged_with_a_traceback_and_masked(
    tmp_path: Path, api_log: _Records
) -> None:
    store = _BrokenStore(tmp_path / "broken.sqlite3")
    store.setup()
    with TestClient(create_app(_settings(tmp_path), store)) as client:
        body = client.post("/graphql", json={"query": '{ node(id: "x") { id } }'}).json()
    assert body["errors"][0] == {
        "message": "internal error",
        "locations": [{"line": 1, "column": 3}],
        "path": ["node"],
        "extensions": {"code": "INTERNAL_SERVER_ERROR"},
    }
    (record,) = api_log.records
    assert record.levelno == logging.ERROR and record.exc_info is not None
    store.close()


def test_ready_names_no_driver_text_or_uri(tmp_path: Path) -> None:
    store = _BrokenStore(tmp_path / "broken.sqlite3")
    with TestClient(create_app(_settings(tmp_path), store)) as client:
        response = client.get("/ready")
        health = client.get("/health")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}
    assert health.json() == {"status": "ok"}
    store.close()


def test_a_failed_upload_is_removed_and_names_no_server_path(
    sqlite_store: SqliteStore, tmp_path: Path
) -> None:
    seed = sorted(SAMPLES.glob("002_*.txt"))[0]
    uploads = tmp_path / "data" / "uploads"
    with TestClient(create_app(_settings(tmp_path), sqlite_store)) as client:
        broken = _upload(client, "scan.pdf", b"%PDF-1.7 not really")
        no_type = _upload(client, "a/", b"Kramfors kommun")
        good = _upload(client, "plan.txt", seed.read_bytes())
        # A broken new version of a kept file fails, and the kept version stays.
        worse = _upload(client, "plan.txt", "Hällö".encode("latin-1"))
    for failed in (broken, no_type, worse):
        assert failed["outcome"] == "FAILED"
        assert str(tmp_path) not in failed["error"] and "uploads" not in failed["error"]
    assert broken["error"].startswith("scan.pdf: ")
    assert worse["error"].startswith("plan.txt: not valid UTF-8")
    assert good["outcome"] == "CREATED"
    assert sorted(p.name for p in uploads.iterdir()) == ["plan.txt"]
    assert (uploads / "plan.txt").read_bytes() == seed.read_bytes()
    (source,) = sqlite_store.nodes_by_label(NodeLabel.SOURCE)
    assert source.props["uri"] == "upload:plan.txt"
