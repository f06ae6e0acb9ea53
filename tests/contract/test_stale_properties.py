"""A changed source replaces all of its facts, node properties included (issue 10, item 7):
a property no remaining source states is gone, on both stores."""

from __future__ import annotations

import dataclasses

from graph.edges import Direction, Link, LinkType, Mention, SourceFacts
from graph.neo4j_store import Neo4jStore
from graph.nodes import DatePrecision, Document, NodeLabel, Organization
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from graph.text_search import find_by_text
from tests.contract.facts import ANKEBY, GUIDELINE, evidence, source

ADOPTED_TEXT = "Ankeby kommun antog Riktlinjen mot våld den 1 oktober 2016."
# The same statement in other bytes: byte-identical content at another uri would be
# another location of the first source, not a second source (test_same_content.py).
ADOPTED_TEXT_B = ADOPTED_TEXT + " "
PLAIN_TEXT = "Ankeby kommun har Riktlinjen mot våld."
ADOPTED_GUIDELINE = dataclasses.replace(
    GUIDELINE, adopted_on="2016-10-01", adopted_precision=DatePrecision.DAY
)


def _guideline_facts(
    uri: str, text: str, guideline: Document, org: Organization = ANKEBY
) -> SourceFacts:
    """Ankeby and its guideline, with an ADOPTED link when the text says "antog"."""
    src = dataclasses.replace(source(uri, text), title=text[:20])
    links = []
    if "antog" in text:
        links.append(
            Link(
                LinkType.ADOPTED,
                org.id,
                guideline.id,
                evidence(src, text, "test.adopted"),
                date="2016-10-01",
                date_precision=DatePrecision.DAY,
            )
        )
    return SourceFacts(
        source=src,
        nodes=[org, guideline],
        mentions=[
            Mention(org.id, evidence(src, "Ankeby kommun")),
            Mention(guideline.id, evidence(src, "Riktlinjen mot våld")),
        ],
        links=links,
    )


def _props(store: GraphStore, node_id: str) -> dict[str, object]:
    (record,) = store.get_nodes([node_id])
    return dict(record.props)


def test_a_property_the_changed_source_no_longer_states_is_gone(store: GraphStore) -> None:
    store.write_source(_guideline_facts("file:///a.txt", ADOPTED_TEXT, ADOPTED_GUIDELINE))
    assert _props(store, GUIDELINE.id)["adopted_on"] == "2016-10-01"

    store.write_source(_guideline_facts("file:///a.txt", PLAIN_TEXT, GUIDELINE))

    props = _props(store, GUIDELINE.id)
    assert "adopted_on" not in props and "adopted_precision" not in props
    assert props["title"] == GUIDELINE.title
    assert not store.links_of([ANKEBY.id], Direction.OUTGOING, [LinkType.ADOPTED])


def test_a_property_another_source_still_states_stays(store: GraphStore) -> None:
    store.write_source(_guideline_facts("file:///a.txt", ADOPTED_TEXT, ADOPTED_GUIDELINE))
    store.write_source(_guideline_facts("file:///b.txt", ADOPTED_TEXT_B, ADOPTED_GUIDELINE))

    store.write_source(_guideline_facts("file:///a.txt", PLAIN_TEXT, GUIDELINE))
    assert _props(store, GUIDELINE.id)["adopted_on"] == "2016-10-01"  # b still says so

    store.write_source(_guideline_facts("file:///b.txt", PLAIN_TEXT, GUIDELINE))
    assert "adopted_on" not in _props(store, GUIDELINE.id)


def test_a_later_write_wins_and_the_earlier_value_returns_when_it_is_withdrawn(
    store: GraphStore,
) -> None:
    renamed = dataclasses.replace(ANKEBY, aliases=["Ankeby", "Ankeby kn"])
    store.write_source(_guideline_facts("file:///a.txt", PLAIN_TEXT, GUIDELINE))
    store.write_source(_guideline_facts("file:///b.txt", ADOPTED_TEXT, GUIDELINE, renamed))
    assert _props(store, ANKEBY.id)["aliases"] == ["Ankeby", "Ankeby kn"]

    store.write_source(_guideline_facts("file:///b.txt", PLAIN_TEXT, GUIDELINE))
    assert _props(store, ANKEBY.id)["aliases"] == ["Ankeby"]
    # The search index follows the rebuilt names.
    assert not find_by_text(store, NodeLabel.ORGANIZATION, "Ankeby kn")


def test_a_changed_source_replaces_its_own_properties(store: GraphStore) -> None:
    first = _guideline_facts("file:///a.txt", ADOPTED_TEXT, ADOPTED_GUIDELINE)
    store.write_source(first)
    untitled = dataclasses.replace(first.source, title=None, sha256="changed")
    store.write_source(dataclasses.replace(first, source=untitled))
    assert "title" not in _props(store, first.source.id)


def _forget_statements(store: GraphStore) -> None:
    """Make the store look like one written before statements were recorded."""
    if isinstance(store, SqliteStore):
        store._conn.execute("DROP TABLE node_states")
    else:
        assert isinstance(store, Neo4jStore)
        store._driver.execute_query("MATCH ()-[m:MENTIONS]->() REMOVE m.stated, m.stated_seq")
    store.setup()


def test_a_store_written_before_statements_were_recorded_is_rebuilt_on_reingest(
    store: GraphStore,
) -> None:
    store.write_source(_guideline_facts("file:///a.txt", ADOPTED_TEXT, ADOPTED_GUIDELINE))
    store.write_source(_guideline_facts("file:///b.txt", ADOPTED_TEXT_B, ADOPTED_GUIDELINE))
    _forget_statements(store)

    store.write_source(_guideline_facts("file:///a.txt", PLAIN_TEXT, GUIDELINE))
    # b may be the one that stated adopted_on, and b was not written since: it is kept.
    assert _props(store, GUIDELINE.id)["adopted_on"] == "2016-10-01"

    # Once every source naming the node has been written again, the node is exact.
    store.write_source(_guideline_facts("file:///b.txt", PLAIN_TEXT, GUIDELINE))
    assert "adopted_on" not in _props(store, GUIDELINE.id)
