"""What one fuzz input goes through, and what counts as handled.

A target returns a short label of how the input ended ("result", or the code of a
coded error) and raises on anything else: an uncaught exception, a 5xx response,
an error without extensions.code, or INTERNAL_SERVER_ERROR (a masked bug).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from pydantic import SecretStr

from bench.fuzz_inputs import HttpCase
from graph.ids import digest, make_id
from graph.nodes import Source
from graph.sqlite_store import SqliteStore
from ingest.batch import ingest_paths
from ingest.errors import IngestError
from ingest.pipeline import extract, load_source, page_title
from ingest.readers.fetch import Fetched, decode_text
from ingest.readers.html_main import extract_main

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "fuzz-key"
INTERNAL = "INTERNAL_SERVER_ERROR"


class UnhandledError(AssertionError):
    """An input ended neither in a result nor in a coded error."""


def _ingest_label(exc: IngestError) -> str:
    return getattr(exc, "code", None) or "IngestError"


def pdf_target(raw: bytes, workdir: Path) -> str:
    """The bytes as an uploaded .pdf: read (load_source -> read_pdf), then extracted."""
    path = workdir / "fuzz.pdf"
    path.write_bytes(raw)
    try:
        extract(load_source(path, uri="upload:fuzz.pdf", name="fuzz.pdf"))
    except IngestError as exc:
        return _ingest_label(exc)
    return "result"


def html_target(markup: bytes, charset: str | None, workdir: Path) -> str:
    """The markup both ways: as a .html file (ingest.readers.reader) and as a fetched page
    (decode_text -> html_main.extract_main), each extracted."""
    path = workdir / "fuzz.html"
    path.write_bytes(markup)
    labels = []
    try:
        extract(load_source(path, uri="upload:fuzz.html", name="fuzz.html"))
        labels.append("result")
    except IngestError as exc:
        labels.append(_ingest_label(exc))
    url = "https://www.kramfors.se/fuzz"
    fetched = Fetched(url, url, 200, "text/html", charset, markup)
    try:
        main = extract_main(decode_text(fetched), url)
        source = Source(
            id=make_id("Source", digest(url)),
            uri=url,
            sha256=hashlib.sha256(markup).hexdigest(),
            media_type="text/html",
            text=main.text,
            title=main.heading or page_title(main.text),
            published_on=main.published_on,
            updated_on=main.updated_on,
            links_to=[f.uri for f in main.linked_files],
        )
        extract(source)
        labels.append("result")
    except IngestError as exc:
        labels.append(_ingest_label(exc))
    return "/".join(labels)


def _check_response(status: int, content: bytes) -> str:
    if status >= 500:
        raise UnhandledError(f"HTTP {status}: {content[:300]!r}")
    try:
        body: Any = json.loads(content)
    except ValueError:
        raise UnhandledError(f"HTTP {status} without a JSON body: {content[:300]!r}") from None
    errors = body.get("errors") if isinstance(body, dict) else None
    if not errors:
        if status >= 400 or not isinstance(body, dict) or "data" not in body:
            raise UnhandledError(f"HTTP {status} without a coded error: {content[:300]!r}")
        return "result"
    codes = [(e.get("extensions") or {}).get("code") for e in errors]
    if None in codes or INTERNAL in codes:
        raise UnhandledError(f"HTTP {status}, uncoded or internal error: {content[:300]!r}")
    return str(codes[0])


def graphql_target(client: TestClient, document: str, variables: dict[str, object] | None) -> str:
    """A GraphQL document posted to /graphql."""
    response = client.post("/graphql", json={"query": document, "variables": variables})
    return _check_response(response.status_code, response.content)


def http_target(client: TestClient, case: HttpCase) -> str:
    """A raw request to /graphql, with the API key (so uploads are on)."""
    headers = {**case.headers, "X-API-Key": API_KEY}
    if case.method == "GET":
        response = client.get("/graphql", params=case.params, headers=headers)
    else:
        response = client.post("/graphql", content=case.body, headers=headers)
    return _check_response(response.status_code, response.content)


@contextmanager
def fuzz_app(workdir: Path, *, api_key: bool) -> Iterator[TestClient]:
    """The app on a SQLite store holding the sample pages. With api_key the ingest
    mutations are on; ingestUrl then refuses the local addresses the inputs name."""
    from schema.app import create_app
    from stratgraph.settings import Settings

    store = SqliteStore(workdir / "graph.sqlite3")
    store.setup()
    samples = sorted((ROOT / "samples").glob("*.txt"))
    ingest_paths(store, samples)
    settings = Settings.model_construct(
        api_key=SecretStr(API_KEY) if api_key else None,
        data_dir=workdir / "data",
        max_upload_bytes=100_000,
        max_body_bytes=64_000,
        ingest_timeout=10.0,
    )
    try:
        with TestClient(create_app(settings, store)) as client:
            yield client
    finally:
        store.close()


@contextmanager
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="stratgraph-fuzz-") as name:
        yield Path(name)
