"""Ingesting many files and URLs: one failing source never stops the batch, and
nothing of a failed source is written (a store writes a source whole or not at all)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import httpx

from graph.nodes import Source
from graph.store import GraphStore, StoreError, WriteOutcome
from ingest.pipeline import IngestError, extract, load_source
from ingest.web_source import WebPage, load_url

SUPPORTED_SUFFIXES = frozenset({".txt", ".html", ".htm", ".pdf"})


@dataclass(frozen=True)
class FileResult:
    origin: str  # the file's path or the URL, as the user named it
    outcome: WriteOutcome | None = None
    nodes: int = 0
    links: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus the supported files under named directories, sorted.

    A named file of another type stays in the list, so that it is reported, not skipped.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
            )
        else:
            files.append(path)
    return files


def ingest_file(store: GraphStore, path: Path, *, force: bool = False) -> FileResult:
    return _ingest(store, str(path), lambda: load_source(path), force=force)


def _ingest(
    store: GraphStore, origin: str, load: Callable[[], Source], *, force: bool = False
) -> FileResult:
    try:
        facts = extract(load())
        outcome = store.write_source(facts, force=force)
    except (IngestError, StoreError) as exc:
        return FileResult(origin, error=str(exc))
    except ValueError as exc:
        # Facts that fail the store's checks: a bug in a rule, reported per source.
        return FileResult(origin, error=f"{origin}: extraction produced invalid facts: {exc}")
    return FileResult(origin, outcome, nodes=len(facts.nodes), links=len(facts.links))


def ingest_url(
    store: GraphStore,
    url: str,
    *,
    follow_pdfs: bool = False,
    force: bool = False,
    client: httpx.Client | None = None,
) -> list[FileResult]:
    """The page at url, then (with follow_pdfs) each PDF it links to, each on its own."""
    pages: list[WebPage] = []

    def load_page() -> Source:
        pages.append(load_url(url, client=client))
        return pages[0].source

    results = [_ingest(store, url, load_page, force=force)]
    if follow_pdfs and pages:
        for linked in pages[0].linked_pdfs:
            load_pdf = partial(_source_at, linked.uri, client)
            results.append(_ingest(store, linked.uri, load_pdf, force=force))
    return results


def _source_at(url: str, client: httpx.Client | None) -> Source:
    return load_url(url, client=client).source


def ingest_upload(store: GraphStore, uploads: Path, name: str, raw: bytes) -> FileResult:
    """An uploaded file, kept under ``uploads`` by its base name, so that uploading a
    new version of the same file replaces that source's facts."""
    base = Path(name).name.strip()
    if not base or base.startswith("."):
        return FileResult(name, error=f"{name!r}: not a usable file name")
    path = uploads / base
    try:
        uploads.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{base}.part")
        tmp.write_bytes(raw)
        tmp.replace(path)  # atomic: a reader never sees half a file
    except OSError as exc:
        return FileResult(name, error=f"{name}: cannot store the upload: {exc.strerror or exc}")
    return dataclasses.replace(ingest_file(store, path), origin=name)


def ingest_paths(
    store: GraphStore,
    files: list[Path],
    *,
    force: bool = False,
    on_done: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    results = []
    for path in files:
        result = ingest_file(store, path, force=force)
        results.append(result)
        if on_done is not None:
            on_done(result)
    return results
