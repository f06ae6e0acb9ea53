"""Ingesting many files: one failing file never stops the batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from graph.store import GraphStore, StoreError, WriteOutcome
from ingest.pipeline import IngestError, extract, load_source

SUPPORTED_SUFFIXES = frozenset({".txt", ".html", ".htm"})


@dataclass(frozen=True)
class FileResult:
    path: Path
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
    try:
        facts = extract(load_source(path))
        outcome = store.write_source(facts, force=force)
    except (IngestError, StoreError) as exc:
        return FileResult(path, error=str(exc))
    except ValueError as exc:
        # Facts that fail the store's checks: a bug in a rule, reported per file.
        return FileResult(path, error=f"{path}: extraction produced invalid facts: {exc}")
    return FileResult(path, outcome, nodes=len(facts.nodes), links=len(facts.links))


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
