"""Neo4jStore's reads are auto-commit (one round trip), which the driver does not retry:
the store retries a retryable failure itself, within its budget, and no other."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from neo4j.exceptions import ClientError, ServiceUnavailable, SessionExpired

from graph.neo4j_store import Neo4jStore
from graph.store import StoreUnavailableError


class _Record:
    def __init__(self, row: dict[str, Any]) -> None:
        self._row = row

    def keys(self) -> list[str]:
        return list(self._row)

    def values(self) -> list[Any]:
        return list(self._row.values())


class _Driver:
    """Answers each session's run with the next of `outcomes`: an error is raised."""

    execute_query_bookmark_manager = object()

    def __init__(self, outcomes: list[Exception | list[dict[str, Any]]]) -> None:
        self.outcomes = outcomes
        self.sessions: list[dict[str, Any]] = []

    @contextmanager
    def session(self, **config: Any) -> Iterator[_Driver]:
        self.sessions.append(config)
        yield self

    def run(self, query: object, params: dict[str, Any]) -> list[_Record]:
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return [_Record(row) for row in outcome]


def _store(driver: _Driver, timeout: float = 2.0) -> Neo4jStore:
    store = Neo4jStore.__new__(Neo4jStore)
    store.database = "neo4j"
    store._read_timeout = timeout
    store._driver = driver  # type: ignore[assignment]
    return store


def test_a_read_is_one_auto_commit_run_in_read_mode() -> None:
    driver = _Driver([[{"id": "a", "n": 1}]])
    rows = _store(driver)._read_text("RETURN 1", "probe")
    assert rows == [{"id": "a", "n": 1}]
    assert len(driver.sessions) == 1
    assert driver.sessions[0]["default_access_mode"] == "READ"
    assert driver.sessions[0]["bookmark_manager"] is _Driver.execute_query_bookmark_manager


def test_a_retryable_failure_is_tried_again() -> None:
    driver = _Driver([SessionExpired("leader moved"), [{"n": 2}]])
    assert _store(driver)._read_text("RETURN 2", "probe") == [{"n": 2}]
    assert len(driver.sessions) == 2


def test_a_failure_that_is_not_retryable_is_not_retried() -> None:
    driver = _Driver([ClientError("bad query"), [{"n": 3}]])
    with pytest.raises(ClientError):
        _store(driver)._read_text("RETURN 3", "probe")
    assert len(driver.sessions) == 1


def test_retries_stop_within_the_budget_and_name_the_outage() -> None:
    driver = _Driver([ServiceUnavailable("down")] * 50)
    with pytest.raises(StoreUnavailableError, match="cannot answer probe"):
        _store(driver, timeout=0.4)._read_text("RETURN 4", "probe")
    # A quarter of 0.4 s is 0.1 s: a try, 0.05 s, a try, and a 0.1 s wait would pass it.
    assert len(driver.sessions) == 2


class _Timed(_Driver):
    """Also keeps the transaction timeout each query was sent with."""

    def __init__(self, outcomes: list[Exception | list[dict[str, Any]]]) -> None:
        super().__init__(outcomes)
        self.timeouts: list[float | None] = []

    def run(self, query: object, params: dict[str, Any]) -> list[_Record]:
        self.timeouts.append(getattr(query, "timeout", None))
        return super().run(query, params)


def test_the_lineage_query_may_take_its_plan_s_time_and_other_reads_may_not() -> None:
    """A lineage read and an organisation page's fields get PLANNING_TIMEOUT (their plans
    are slow to make again after the statistics move); other reads the store's timeout."""
    from graph.edges import Direction, LinkType
    from graph.neo4j_store import PLANNING_TIMEOUT

    empty = {"levels": [["Document:x"]], "nodes": [], "links": [], "sources": []}
    fields: dict[str, list[Any]] = {
        "decision_rows": [],
        "decision_nodes": [],
        "rows": [],
        "nodes": [],
    }
    driver = _Timed([[{"n": 1}], [empty], [fields]])
    store = _store(driver, timeout=1.5)
    store._read_text("RETURN 1 AS n", "probe")
    store.lineage_rows("Document:x", Direction.BOTH, 2, list(LinkType), 500)
    store.organisation_fields(["Organization:kommun:2282"], [], concerns=True)
    assert driver.timeouts == [1.5, PLANNING_TIMEOUT, PLANNING_TIMEOUT]
