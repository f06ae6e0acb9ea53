"""Reads answer while a write holds its transaction open (issue 11): on SQLite each thread
reads through its own connection (WAL), so a read never waits for the writer, and it
sees the last commit, not the write in progress."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from graph.neo4j_write import node_row
from graph.sqlite_write import SqliteWriter
from graph.store import GraphStore
from tests.contract.facts import ANKEBY, GUIDELINE, PLAN, facts_a, facts_b

READERS = 4
WAIT = 30.0  # seconds: far more than any read takes, far less than a hung test


def test_reads_answer_during_a_write_and_see_the_last_commit(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.write_source(facts_b())
    inside, release = threading.Event(), threading.Event()
    reindex, neo4j_row = SqliteWriter.reindex, node_row

    def held(real: Any) -> Any:
        def hold(*args: Any) -> Any:
            inside.set()  # the write's rows are in its open transaction
            assert release.wait(WAIT)
            return real(*args)

        return hold

    monkeypatch.setattr("graph.sqlite_write.SqliteWriter.reindex", held(reindex))
    monkeypatch.setattr("graph.neo4j_write.node_row", held(neo4j_row))
    writer = threading.Thread(target=store.write_source, args=(facts_a(),))
    writer.start()

    def read(_: int) -> tuple[set[str], str | None]:
        found = store.get_nodes([ANKEBY.id, GUIDELINE.id, PLAN.id])
        return {r.id for r in found}, store.source_sha256(facts_a().source.id)

    pool = ThreadPoolExecutor(READERS)
    try:
        assert inside.wait(WAIT)
        futures = [pool.submit(read, i) for i in range(READERS * 2)]
        # With one connection behind a lock these waited for the write: a timeout.
        answers = [f.result(timeout=WAIT / 2) for f in futures]
        assert writer.is_alive()  # the write was still in progress meanwhile
    finally:
        release.set()
        pool.shutdown()
        writer.join(WAIT)
    assert answers == [({ANKEBY.id, GUIDELINE.id}, None)] * (READERS * 2)
    assert {r.id for r in store.get_nodes([PLAN.id])} == {PLAN.id}
    assert store.source_sha256(facts_a().source.id) == facts_a().source.sha256
