"""The restricted people's list a Neo4j server process reuses for a bounded time (issue 11):
reads within the time reuse it, a write through the store drops it, and a restriction made
by another process applies once the time has passed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.factory import StoreConfig
from graph.neo4j_privacy import RestrictionsCache
from graph.neo4j_store import Neo4jStore
from graph.privacy import Restriction
from graph.restricted_view import RestrictedView
from graph.store import GraphStore
from ingest.batch import ingest_paths
from schema.settings import ApiSettings
from tests.conftest import neo4j_settings
from tests.helpers import sample_files

KROOKS = "Person:person:carl-gunnar-krooks"


class _Reads:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> list[Restriction]:
        self.count += 1
        return [Restriction(f"Person:person:p{self.count}", "Person:restricted:x", "P")]


def test_reads_within_the_time_reuse_the_list_and_a_drop_reads_it_again() -> None:
    cache, reads = RestrictionsCache(ttl=60), _Reads()
    first = cache.get(reads)
    assert cache.get(reads) == first and reads.count == 1
    cache.drop()
    assert cache.get(reads) != first and reads.count == 2


def test_the_list_is_read_again_once_its_time_has_passed() -> None:
    cache, reads = RestrictionsCache(ttl=0.05), _Reads()
    cache.get(reads)
    time.sleep(0.1)
    cache.get(reads)
    assert reads.count == 2


def test_no_time_reads_the_list_every_time() -> None:
    cache, reads = RestrictionsCache(ttl=0), _Reads()
    for _ in range(3):
        cache.get(reads)
    assert reads.count == 3


def test_the_setting_reaches_the_store_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRATGRAPH_RESTRICTIONS_TTL", "2.5")
    assert ApiSettings().store_config().restrictions_ttl == 2.5
    monkeypatch.delenv("STRATGRAPH_RESTRICTIONS_TTL")
    assert ApiSettings().store_config().restrictions_ttl == 1.0
    assert StoreConfig(Path("x"), None, "neo4j", "", "neo4j", 1.5).restrictions_ttl == 0


@pytest.fixture
def two_processes(neo4j_session_store: Neo4jStore) -> Iterator[tuple[GraphStore, Neo4jStore]]:
    """The session's store as one server process, and a second store object on the same
    database as another process (another worker, the command line)."""
    settings = neo4j_settings()
    assert settings is not None
    neo4j_session_store.delete_all()
    neo4j_session_store.delete_privacy_records()
    ingest_paths(neo4j_session_store, sample_files())
    other = Neo4jStore(*settings)
    yield neo4j_session_store, other
    other.close()
    neo4j_session_store.delete_privacy_records()
    neo4j_session_store.delete_all()


@pytest.mark.neo4j
def test_a_restriction_by_another_process_applies_once_the_time_has_passed(
    two_processes: tuple[GraphStore, Neo4jStore],
) -> None:
    server, other = two_processes
    server_ttl = 0.3
    server._restrictions = RestrictionsCache(server_ttl)  # type: ignore[attr-defined]
    assert RestrictedView(server).get_nodes([KROOKS])[0].props["name"] == "Carl-Gunnar Krooks"
    assert other.restrict_person(KROOKS) is not None
    time.sleep(server_ttl + 0.1)
    assert RestrictedView(server).get_nodes([KROOKS]) == []  # their own id finds nothing
    assert [r.person_id for r in RestrictedView(server).restrictions()] == [KROOKS]
