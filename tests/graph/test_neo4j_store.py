"""Neo4jStore specifics: authentication and reachability errors."""

from __future__ import annotations

import pytest

from graph.neo4j_store import Neo4jStore
from graph.store import StoreError
from tests.conftest import neo4j_settings

pytestmark = pytest.mark.neo4j


def test_wrong_password_is_refused(neo4j_session_store: Neo4jStore) -> None:
    settings = neo4j_settings()
    assert settings is not None
    uri, user, _ = settings
    with pytest.raises(StoreError, match="refused the credentials"):
        Neo4jStore(uri, user, "not-the-password")


def test_unreachable_server_is_named() -> None:
    with pytest.raises(StoreError, match="not reachable"):
        Neo4jStore("bolt://127.0.0.1:9", "neo4j", "whatever")
