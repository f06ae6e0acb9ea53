"""The ingest mutations: off without a configured key, refused without the right one,
and, with it, an uploaded file lands in the graph."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from pydantic import SecretStr

from graph.sqlite_store import SqliteStore
from schema.app import create_app
from stratgraph.settings import Settings
from tests.helpers import KRAMFORS_ID, SAMPLES
from tests.ingest.web.conftest import NEWS_PATH
from tests.ingest.web.conftest import web as web  # the local test site fixture
from tests.ingest.web.server import PageServer, redirect

KEY = "s3cret-key"
INGEST_URL = """mutation { ingestUrl(url: "http://127.0.0.1:9/none") {
  failed sources { origin outcome error } } }"""
UPLOAD = """mutation($file: Upload!) { ingestFile(file: $file) {
  failed sources { origin outcome nodes links error } } }"""


def _settings(tmp_path: Path, key: str | None) -> Settings:
    return Settings.model_construct(
        api_key=SecretStr(key) if key else None,
        data_dir=tmp_path / "data",
        max_upload_bytes=1_000_000,
    )


def _upload(client: TestClient, name: str, raw: bytes, key: str | None) -> dict[str, Any]:
    operations = {"query": UPLOAD, "variables": {"file": None}}
    response = client.post(
        "/graphql",
        data={"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.file"]})},
        files={"0": (name, raw, "text/plain")},
        headers={"X-API-Key": key} if key else {},
    )
    body: dict[str, Any] = response.json()
    return body


def test_ingest_is_off_without_a_configured_key(sqlite_store: SqliteStore, tmp_path: Path) -> None:
    with TestClient(create_app(_settings(tmp_path, None), sqlite_store)) as client:
        body = client.post("/graphql", json={"query": INGEST_URL}).json()
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "FORBIDDEN"
    assert "ingest is off" in error["message"]


def test_ingest_needs_the_right_key(sqlite_store: SqliteStore, tmp_path: Path) -> None:
    with TestClient(create_app(_settings(tmp_path, KEY), sqlite_store)) as client:
        for headers in ({}, {"X-API-Key": "wrong"}):
            body = client.post("/graphql", json={"query": INGEST_URL}, headers=headers).json()
            (error,) = body["errors"]
            assert error["extensions"]["code"] == "UNAUTHENTICATED"
        missing = _upload(client, "a.txt", b"text", key=None)
        assert missing["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert sqlite_store.counts().total_nodes == 0


def test_an_uploaded_file_lands_in_the_graph(sqlite_store: SqliteStore, tmp_path: Path) -> None:
    seed = sorted(SAMPLES.glob("002_*.txt"))[0]
    with TestClient(create_app(_settings(tmp_path, KEY), sqlite_store)) as client:
        body = _upload(client, seed.name, seed.read_bytes(), KEY)
        assert "errors" not in body, body
        result = body["data"]["ingestFile"]
        assert result["failed"] == 0
        (source,) = result["sources"]
        assert (source["origin"], source["outcome"]) == (seed.name, "CREATED")
        assert source["nodes"] > 5 and source["links"] > 5
        again = _upload(client, seed.name, seed.read_bytes(), KEY)["data"]["ingestFile"]
        assert again["sources"][0]["outcome"] == "UNCHANGED"
        broken = _upload(client, "scan.pdf", b"not a pdf", KEY)["data"]["ingestFile"]
        assert broken["failed"] == 1 and "scan.pdf" in broken["sources"][0]["error"]
        query = "query($id: ID!) { node(id: $id) { ... on Organization { name } } }"
        found = client.post(
            "/graphql", json={"query": query, "variables": {"id": KRAMFORS_ID}}
        ).json()
    assert found["data"]["node"] == {"name": "Kramfors kommun"}
    assert (tmp_path / "data" / "uploads" / seed.name).read_bytes() == seed.read_bytes()


def test_an_upload_over_the_size_cap_is_refused(sqlite_store: SqliteStore, tmp_path: Path) -> None:
    settings = _settings(tmp_path, KEY)
    settings.max_upload_bytes = 10
    with TestClient(create_app(settings, sqlite_store)) as client:
        body = _upload(client, "big.txt", b"x" * 11, KEY)
    (error,) = body["errors"]
    assert "big.txt: larger than the 10 bytes allowed" in error["message"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"


INGEST = """mutation($url: String!) { ingestUrl(url: $url) {
  failed sources { origin outcome error code } } }"""


def _ingest_url(client: TestClient, url: str) -> dict[str, Any]:
    body = client.post(
        "/graphql", json={"query": INGEST, "variables": {"url": url}}, headers={"X-API-Key": KEY}
    ).json()
    assert "errors" not in body, body
    source: dict[str, Any] = body["data"]["ingestUrl"]["sources"][0]
    return source


def test_ingest_url_fetches_public_addresses_only(
    sqlite_store: SqliteStore, tmp_path: Path, web: PageServer
) -> None:
    """The key lets a client ingest pages, not read the server's own network."""
    web.routes["/till-metadata"] = redirect("http://169.254.169.254/latest/meta-data/")
    with TestClient(create_app(_settings(tmp_path, KEY), sqlite_store)) as client:
        for url in (
            web.url(NEWS_PATH),
            f"http://localhost:{web.port}{NEWS_PATH}",
            f"http://2130706433:{web.port}{NEWS_PATH}",
            f"http://[::ffff:127.0.0.1]:{web.port}{NEWS_PATH}",
            "http://169.254.169.254/latest/meta-data/",
        ):
            source = _ingest_url(client, url)
            assert (source["outcome"], source["code"]) == ("FAILED", "ADDRESS_NOT_ALLOWED")
            assert "address not allowed" in source["error"]
        assert web.requests == []
    assert sqlite_store.counts().total_nodes == 0
    # An intranet network, allowed by the operator: fetched, but its redirects still checked.
    settings = _settings(tmp_path, KEY)
    settings.fetch_allow = ["127.0.0.1"]
    with TestClient(create_app(settings, sqlite_store)) as client:
        assert _ingest_url(client, web.url(NEWS_PATH))["outcome"] == "CREATED"
        redirected = _ingest_url(client, web.url("/till-metadata"))
        assert redirected["code"] == "ADDRESS_NOT_ALLOWED"
        assert "redirected to http://169.254.169.254/" in redirected["error"]
        with socket.socket() as probe:  # a closed port: no word of its state
            probe.bind(("127.0.0.1", 0))
            closed = _ingest_url(client, f"http://127.0.0.1:{probe.getsockname()[1]}/")
        assert closed["error"].endswith(
            "cannot connect to 127.0.0.1 (refused, unreachable or timed out)"
        )
        assert closed["code"] is None
