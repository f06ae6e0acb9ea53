"""Malformed and oversized requests get a coded error, never a 500 (issue 10, items 4
and 8), and the same answer on both stores."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from schema.app import create_app
from schema.execute import run_operation
from stratgraph.settings import Settings
from tests.helpers import contract_operation

KEY = "k3y"
UPLOAD = """mutation($file: Upload!) { ingestFile(file: $file) {
  failed sources { origin outcome error } } }"""
DEEP = b"[" * 100_000 + b"]" * 100_000


def _settings(tmp_path: Path, **changes: Any) -> Settings:
    return Settings.model_construct(
        api_key=SecretStr(KEY), data_dir=tmp_path / "data", max_upload_bytes=1_000_000, **changes
    )


@pytest.fixture
def client(sqlite_store: SqliteStore, tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(_settings(tmp_path), sqlite_store)) as c:
        yield c


def _code(response: Any) -> str:
    code: str = response.json()["errors"][0]["extensions"]["code"]
    return code


@pytest.mark.parametrize(
    "body",
    [
        b'"a string"',
        b"null",
        b"42",
        b'\xff\xfe{"query": "{ __typename }"}',  # not UTF-8
        DEEP,
        b'{"query": "{ __typename }", "variables": ' + b'{"a": ' * 500 + b"1" + b"}" * 501,
    ],
    ids=["string", "null", "number", "invalid-utf8", "deep-list", "deep-variables"],
)
def test_a_malformed_json_body_is_bad_user_input(client: TestClient, body: bytes) -> None:
    response = client.post("/graphql", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert _code(response) == "BAD_USER_INPUT"


@pytest.mark.parametrize(
    ("operations", "files_map"),
    [(b"null", b"{}"), (b'"x"', b"{}"), (DEEP, b"{}"), (b'{"query": "{ __typename }"}', b"null")],
    ids=["null-operations", "string-operations", "deep-operations", "null-map"],
)
def test_malformed_multipart_fields_are_bad_user_input(
    client: TestClient, operations: bytes, files_map: bytes
) -> None:
    response = client.post(
        "/graphql",
        files={"operations": (None, operations), "map": (None, files_map)},
        headers={"X-API-Key": KEY},
    )
    assert response.status_code == 400, response.text
    assert _code(response) == "BAD_USER_INPUT"


def test_an_upload_without_a_file_name_is_bad_user_input(client: TestClient) -> None:
    operations = {"query": UPLOAD, "variables": {"file": None}}
    response = client.post(
        "/graphql",
        data={"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.file"]})},
        files={"0": ("", b"Kramfors kommun", "text/plain")},
        headers={"X-API-Key": KEY},
    )
    assert _code(response) == "BAD_USER_INPUT"
    assert "no file name" in response.json()["errors"][0]["message"]


def test_a_body_over_the_limit_is_413(sqlite_store: SqliteStore, tmp_path: Path) -> None:
    settings = _settings(tmp_path, max_body_bytes=2048)
    query = {"query": "{ __typename }", "variables": {"pad": "x" * 3000}}
    with TestClient(create_app(settings, sqlite_store)) as client:
        small = client.post("/graphql", json={"query": "{ __typename }"})
        assert small.status_code == 200
        declared = client.post("/graphql", json=query)
        # Without a Content-Length: counted while it streams in.
        streamed = client.post(
            "/graphql",
            content=iter([json.dumps(query).encode()[:1500], json.dumps(query).encode()[1500:]]),
            headers={"Content-Type": "application/json"},
        )
        # An upload may carry the upload cap on top of the body limit.
        operations = {"query": UPLOAD, "variables": {"file": None}}
        upload = client.post(
            "/graphql",
            data={"operations": json.dumps(operations), "map": '{"0": ["variables.file"]}'},
            files={"0": ("a.txt", b"x" * 5000, "text/plain")},
            headers={"X-API-Key": KEY},
        )
    for response in (declared, streamed):
        assert response.status_code == 413
        assert _code(response) == "PAYLOAD_TOO_LARGE"
        assert "2048 bytes" in response.json()["errors"][0]["message"]
    assert upload.status_code == 200 and "errors" not in upload.json(), upload.text


@pytest.mark.parametrize("length", [101, 1_500, 40_000])
def test_a_very_long_search_word_is_refused_alike_on_both_stores(
    store: GraphStore, length: int
) -> None:
    word = "a" * length
    for name, variables in (("Search", {"text": word}), ("FindDocuments", {"text": word})):
        response = run_operation(store, contract_operation(name), variables)
        (error,) = response["errors"]
        # Neo4j's Lucene cannot build a prefix query this long: INTERNAL_SERVER_ERROR before.
        assert error["extensions"]["code"] == "BAD_USER_INPUT", error
        assert "longer than 100 characters" in error["message"]
    assert "errors" not in run_operation(store, contract_operation("Search"), {"text": "a" * 100})
