"""GraphStore.lineage_rows, the one store call of a lineage, gives on both stores what the
walk level by level, links_among and get_nodes gave before it: the same nodes and
depths, the same links with their evidence, the sources they cite and the cut."""

from __future__ import annotations

import pytest

from graph.edges import Direction, LinkRecord, LinkType
from graph.lineage_rows import LINK_COLUMNS, grouped_links
from graph.records import group_links
from graph.restricted_view import RestrictedView
from graph.store import GraphStore
from tests.generated import PLAN, county_graph, municipality_names
from tests.helpers import ALL_LINKS


@pytest.fixture
def county(store: GraphStore) -> GraphStore:
    for facts in county_graph():
        store.write_source(facts)
    return store


def _stepped(link: LinkRecord, depths: dict[str, int], direction: Direction, limit: int) -> bool:
    start, end = depths[link.from_id], depths[link.to_id]
    if direction is Direction.OUTGOING:
        return start < limit
    if direction is Direction.INCOMING:
        return end < limit
    return min(start, end) < limit


def _expected(
    store: GraphStore,
    root: str,
    direction: Direction,
    depth: int,
    types: list[LinkType],
    max_nodes: int,
) -> tuple[dict[str, int], list[LinkRecord], list[str], bool]:
    """The lineage as the store's other reads give it: every node in reach, the
    nearest kept, the links among them the walk stepped along, their sources."""
    full = store.walk(root, direction, depth, types)
    kept = sorted(full, key=lambda i: (full[i], i))[:max_nodes]
    depths = {i: full[i] for i in kept}
    links = [
        x
        for x in store.links_among(kept)
        if x.type in types and _stepped(x, depths, direction, depth)
    ]
    sources = sorted({e.source_id for x in links for e in x.evidence})
    return depths, links, sources, len(full) > max_nodes


SHAPES = [
    (Direction.BOTH, 6, ALL_LINKS, 2000),
    (Direction.BOTH, 2, ALL_LINKS, 2000),
    (Direction.BOTH, 3, ALL_LINKS, 10),
    (Direction.BOTH, 4, ALL_LINKS, 1),
    (Direction.OUTGOING, 4, ALL_LINKS, 2000),
    (Direction.INCOMING, 4, ALL_LINKS, 2000),
    (Direction.BOTH, 5, [LinkType.REVISES, LinkType.IMPLEMENTS, LinkType.HAS_ACTIVITY], 2000),
    (Direction.OUTGOING, 3, [LinkType.HAS_ACTIVITY, LinkType.RESPONSIBLE_FOR], 2000),
]


@pytest.mark.parametrize(("direction", "depth", "types", "max_nodes"), SHAPES)
def test_lineage_rows_match_the_walk_and_links_among(
    county: GraphStore,
    direction: Direction,
    depth: int,
    types: list[LinkType],
    max_nodes: int,
) -> None:
    depths, links, sources, cut = _expected(county, PLAN.id, direction, depth, types, max_nodes)
    found = county.lineage_rows(PLAN.id, direction, depth, types, max_nodes)
    assert found.depths == depths
    assert found.links == links
    assert found.cut == cut
    assert sorted(r.id for r in found.sources) == sources
    assert sorted(found.nodes, key=lambda r: r.id) == county.get_nodes(sorted(depths))
    # sources come whole but for their text, which a lineage never shows
    for source in found.sources:
        (whole,) = county.get_nodes([source.id])
        assert source.props == {**whole.props, "text": ""}


def test_a_missing_root_gives_nothing(county: GraphStore) -> None:
    found = county.lineage_rows("Document:none", Direction.BOTH, 3, ALL_LINKS, 500)
    assert (found.depths, found.nodes, found.links, found.sources, found.cut) == (
        {},
        [],
        [],
        [],
        False,
    )


def test_the_restricted_view_aliases_the_rows(county: GraphStore) -> None:
    person = f"Person:anna:{municipality_names()[3][0]}"  # a municipality with people in roles
    assert county.get_nodes([person])
    restriction = county.restrict_person(person)
    assert restriction is not None
    try:
        view = RestrictedView(county)
        found = view.lineage_rows(PLAN.id, Direction.BOTH, 6, ALL_LINKS, 2000)
        ends = {i for x in found.links for i in (x.from_id, x.to_id)}
        assert person not in found.depths and person not in ends
        assert restriction.alias in found.depths
        assert view.lineage_rows(person, Direction.BOTH, 2, ALL_LINKS, 10).depths == {}
    finally:  # restrictions outlive delete_all, and the Neo4j store is shared
        county.lift_restriction(person)


def test_grouped_rows_are_grouped_as_group_links() -> None:
    def row(f: str, t: str, to: str, src: str, start: int, **more: object) -> dict[str, object]:
        base: dict[str, object] = dict.fromkeys(LINK_COLUMNS)
        base.update(type=t, from_id=f, to_id=to, source_id=src, start=start, end=start + 5)
        base.update(quote="q", rule="r", confidence=0.9)
        base.update(more)
        return base

    rows = [
        row("b", "SIGNED", "d", "s2", 9, date="2021-05-01", date_precision="month"),
        row("a", "REVISES", "c", "s1", 3, title="ordförande"),
        row("b", "SIGNED", "d", "s1", 4, date="2020-01-02", date_precision="day", page=2),
        row("a", "REVISES", "c", "s1", 1, title="ledamot", section="Mål", end_page=3),
        row("b", "SIGNED", "d", "s3", 4, date="2020-01-02", date_precision="year"),
        row("a", "ADOPTED", "c", "s0", 0),
    ]
    tuples = [tuple(r[c] for c in LINK_COLUMNS) for r in reversed(rows)]
    assert grouped_links(tuples) == group_links(rows)
