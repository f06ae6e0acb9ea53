"""ingest_paths with worker processes: the same facts as in one process, in file order,
a failing file fails alone, unchanged files start no worker, erased people stay out."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest

import ingest.workers as workers
from graph.edges import SourceFacts
from graph.ids import make_id
from graph.sqlite_store import SqliteStore
from graph.store import WriteOutcome, WriteResult
from ingest.batch import FileResult, ingest_paths
from ingest.workers import WorkerDiedError, run_in_workers
from tests.helpers import sample_files


def _recording(store: SqliteStore) -> list[SourceFacts]:
    """The facts the store is asked to write, in the order asked."""
    written: list[SourceFacts] = []
    write_many = store.write_many

    def record(batch: Sequence[SourceFacts], *, force: bool = False) -> list[WriteResult]:
        written.extend(batch)
        return write_many(batch, force=force)

    store.write_many = record  # type: ignore[method-assign]
    return written


def _store(path: Path) -> SqliteStore:
    store = SqliteStore(path)
    store.setup()
    return store


def test_two_workers_write_the_same_facts_as_one_process(tmp_path: Path) -> None:
    files = sample_files()
    results: dict[int, list[FileResult]] = {}
    facts: dict[int, list[SourceFacts]] = {}
    for jobs in (1, 2):
        store = _store(tmp_path / f"jobs{jobs}.sqlite3")
        try:
            facts[jobs] = _recording(store)
            # batch 3: two batches, so that file order across batches is checked too
            results[jobs] = ingest_paths(store, files, jobs=jobs, batch=3)
        finally:
            store.close()
    assert [r.origin for r in results[2]] == [str(f) for f in files]
    assert all(r.ok and r.outcome is WriteOutcome.CREATED for r in results[2])
    assert results[2] == results[1]
    assert len(facts[1]) == len(files)
    assert [f.source.uri for f in facts[2]] == [f.source.uri for f in facts[1]]
    assert facts[2] == facts[1]


def test_a_failing_file_fails_alone(tmp_path: Path) -> None:
    good = sample_files()[:2]
    bad = tmp_path / "trasig.pdf"
    bad.write_bytes(b"not a PDF at all")
    missing = tmp_path / "saknas.txt"
    files = [good[0], bad, missing, good[1]]
    reported: list[str] = []
    store = _store(tmp_path / "graph.sqlite3")
    try:
        results = ingest_paths(store, files, jobs=2, on_done=lambda r: reported.append(r.origin))
        assert [r.origin for r in results] == [str(f) for f in files]
        assert [r.ok for r in results] == [True, False, False, True]
        assert results[1].error and str(bad) in results[1].error
        assert sorted(reported) == sorted(str(f) for f in files)
        # The failures were reported as they came, before the good files' batch.
        assert set(reported[:2]) == {str(bad), str(missing)}
        assert store.counts().total_nodes > 0
    finally:
        store.close()


def test_unchanged_files_start_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    files = []
    for source in sample_files()[:3]:
        files.append(pages / source.name)
        files[-1].write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    store = _store(tmp_path / "graph.sqlite3")
    try:
        assert all(r.ok for r in ingest_paths(store, files, jobs=2))

        def no_pool(*_: object, **__: object) -> object:
            raise AssertionError("a worker was started for unchanged files")

        monkeypatch.setattr(workers, "ProcessPoolExecutor", no_pool)
        again = ingest_paths(store, files, jobs=2)
        assert [r.outcome for r in again] == [WriteOutcome.UNCHANGED] * 3

        monkeypatch.undo()
        files[1].write_text(files[1].read_text(encoding="utf-8") + "\nEn ny rad.\n", "utf-8")
        changed = ingest_paths(store, files, jobs=2)
        assert [r.outcome for r in changed] == [
            WriteOutcome.UNCHANGED,
            WriteOutcome.UPDATED,
            WriteOutcome.UNCHANGED,
        ]
    finally:
        store.close()


# Fictional people; "i Kramfors" in the title places the committees.
FIRST = (
    "Ny satsning i Kramfors\n"
    "Välfärdsnämndens ordförande Tove Fjällström (S) välkomnar beslutet.\n"
    "Kommunstyrelsens ordförande Berit Hallonqvist (M) välkomnar också beslutet.\n"
)
SECOND = (
    "Nytt beslut i Kramfors\n"
    "Välfärdsnämndens ordförande Tove Fjällström (S) välkomnar beslutet.\n"
    "Kommunstyrelsens ordförande Jon Ekvall (C) välkomnar också beslutet.\n"
)


def test_erased_people_stay_out_in_the_workers(tmp_path: Path) -> None:
    tove = make_id("Person", "person", "Tove Fjällström")
    jon = make_id("Person", "person", "Jon Ekvall")
    first, second = tmp_path / "forsta.txt", tmp_path / "andra.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    store = _store(tmp_path / "graph.sqlite3")
    try:
        assert ingest_paths(store, [first], jobs=1)[0].ok
        assert store.get_nodes([tove])
        assert store.erase_person(tove) is not None
        results = ingest_paths(store, [second, *sample_files()[:1]], jobs=2)
        assert all(r.ok for r in results)
        assert store.get_nodes([tove]) == []
        assert store.get_nodes([jon])  # the page was extracted, only she was kept out
    finally:
        store.close()


def _square_or_die(n: int) -> int:
    if n == 3:
        os._exit(1)  # as a crash in C code would end the worker
    return n * n


def test_a_dying_worker_fails_only_its_own_item() -> None:
    outcomes = dict(run_in_workers(_square_or_die, [(n, n) for n in range(8)], 2))
    assert sorted(outcomes) == list(range(8))
    assert isinstance(outcomes.pop(3), WorkerDiedError)
    assert outcomes == {n: n * n for n in range(8) if n != 3}
