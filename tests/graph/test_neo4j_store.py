"""Neo4jStore specifics: authentication and reachability errors."""

from __future__ import annotations

import pytest

from graph.neo4j_store import Neo4jStore
from graph.store import StoreError
from tests.conftest import neo4j_settings
from tests.contract.facts import PLAN, facts_a

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


def test_routing_uri_scheme_works(neo4j_session_store: Neo4jStore) -> None:
    # neo4j:// asks the server for a routing table, as with a cluster or a managed
    # instance; the local server must advertise the port it listens on.
    settings = neo4j_settings()
    assert settings is not None
    uri, user, password = settings
    routed = Neo4jStore(uri.replace("bolt://", "neo4j://", 1), user, password)
    try:
        neo4j_session_store.delete_all()
        routed.write_source(facts_a())
        assert [n.id for n in routed.get_nodes([PLAN.id])] == [PLAN.id]
        assert neo4j_session_store.get_nodes([PLAN.id]), "written through the router"
    finally:
        neo4j_session_store.delete_all()
        routed.close()
