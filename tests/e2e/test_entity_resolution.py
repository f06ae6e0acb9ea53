"""The four seeds, ingested together in any order, name each real actor and document once."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import pytest

from graph.edges import Direction
from graph.nodes import NodeLabel, NodeRecord
from graph.sqlite_store import SqliteStore
from tests.helpers import ALL_LINKS, ingest_samples, sample_files

ACTORS = {
    "Kramfors kommun": "Organization:kommun:2282",
    "Länsstyrelsen Västernorrland": "Organization:lansstyrelse:22",
    "Kommunförbundet Västernorrland": "Organization:kommunforbund:22",
    "Region Västernorrland": "Organization:region:22",
    "Välfärdsnämnden": "Organization:kommun:2282:valfardsnamnden",
}


def _graph(store: SqliteStore) -> list[NodeRecord]:
    ids: set[str] = set()
    for root in ACTORS.values():
        ids |= set(store.walk(root, Direction.BOTH, 10, ALL_LINKS))
    ids |= {m.node_id for m in store.mentions_of(sorted(ids))}
    return [r for r in store.get_nodes(sorted(ids)) if r.label is not NodeLabel.SOURCE]


def _names(records: list[NodeRecord], label: NodeLabel, field: str) -> Counter[str]:
    return Counter(str(r.props[field]).lower() for r in records if r.label is label)


def _has_alias(record: NodeRecord, alias: str) -> bool:
    aliases = record.props.get("aliases")
    return isinstance(aliases, list) and alias in aliases


@pytest.fixture(scope="module")
def graphs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, ...], list[NodeRecord]]:
    """The sample graph for every order of the four pages."""
    out: dict[tuple[str, ...], list[NodeRecord]] = {}
    for order in itertools.permutations(sample_files()):
        path: Path = tmp_path_factory.mktemp("order") / "graph.sqlite3"
        store = SqliteStore(path)
        store.setup()
        ingest_samples(store, list(order))
        out[tuple(p.name for p in order)] = _graph(store)
        store.close()
    return out


def test_every_order_gives_the_same_graph(
    graphs: dict[tuple[str, ...], list[NodeRecord]],
) -> None:
    first, *rest = graphs.values()
    assert len(graphs) == 24
    for other in rest:
        assert sorted(other, key=lambda r: r.id) == sorted(first, key=lambda r: r.id)


def test_each_actor_is_one_node(graphs: dict[tuple[str, ...], list[NodeRecord]]) -> None:
    records = next(iter(graphs.values()))
    by_id = {r.id: r for r in records}
    for name, node_id in ACTORS.items():
        assert by_id[node_id].props["name"] == name
    names = _names(records, NodeLabel.ORGANIZATION, "name")
    assert [n for n, count in names.items() if count > 1] == []
    persons = _names(records, NodeLabel.PERSON, "name")
    assert [n for n, count in persons.items() if count > 1] == []
    bas = [r for r in records if _has_alias(r, "BAS-nämnden")]
    assert len(bas) == 1
    assert bas[0].props["name"] == "Bistånds-, arbetsmarknads- och sociala servicenämnden"


def test_each_document_is_one_node(graphs: dict[tuple[str, ...], list[NodeRecord]]) -> None:
    records = next(iter(graphs.values()))
    docs = [r for r in records if r.label is NodeLabel.DOCUMENT]
    keys = Counter(
        (r.props["kind"], r.props.get("level"), r.props.get("period_start")) for r in docs
    )
    plans = [r for r in docs if r.props.get("period_start") == 2022]
    assert len(plans) == 1, plans
    assert plans[0].props["title"] == "Regional handlingsplan 2022-2026"
    assert [k for k, count in keys.items() if count > 1 and k[2] is not None] == []
