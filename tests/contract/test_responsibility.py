"""Responsibility chains on both stores, over hand-made facts."""

from __future__ import annotations

import pytest

from graph.edges import Evidence, Link, LinkType, Mention, SourceFacts
from graph.lineage import NodeNotFoundError
from graph.nodes import (
    Activity,
    Decision,
    Document,
    DocumentKind,
    DomainNode,
    Level,
    Organization,
    OrganizationKind,
    Person,
)
from graph.responsibility import responsibility_chain
from graph.store import GraphStore
from tests.contract.facts import source

NATIONAL = Document(
    id="Document:national:strategy:se",
    title="Nationell strategi",
    kind=DocumentKind.STRATEGY,
    normalised_title="nationell strategi",
    level=Level.NATIONAL,
)
REGIONAL = Document(
    id="Document:regional:action-plan:lan:99",
    title="Regional plan",
    kind=DocumentKind.ACTION_PLAN,
    normalised_title="regional plan",
    level=Level.REGIONAL,
)
LOCAL = Document(
    id="Document:municipal:action-plan:kommun:9999",
    title="Lokal plan",
    kind=DocumentKind.ACTION_PLAN,
    normalised_title="lokal plan",
    level=Level.MUNICIPAL,
)
ACTIVITY = Activity(id="Activity:informera", description="informera om våld")
BOARD = Organization(
    id="Organization:kommun:9999:socialnamnden",
    name="Socialnämnden",
    kind=OrganizationKind.COMMITTEE,
)
CHAIR = Person(id="Person:person:a-b", name="A B", party="S")
DECISION = Decision(id="Decision:d", summary="anta planen", date="2016-12-01")
TEXT = "[impl-n] [impl-r] [act] [resp] [role] [concerns]"


@pytest.fixture
def chain_store(store: GraphStore) -> GraphStore:
    src = source("file:///chain.txt", TEXT)

    def ev(tag: str) -> Evidence:
        start = TEXT.index(f"[{tag}]")
        return Evidence(src.id, start, start + len(tag) + 2, f"[{tag}]", "test", 1.0)

    nodes: list[DomainNode] = [NATIONAL, REGIONAL, LOCAL, ACTIVITY, BOARD, CHAIR, DECISION]
    links = [
        Link(LinkType.IMPLEMENTS, REGIONAL.id, NATIONAL.id, ev("impl-n")),
        Link(LinkType.IMPLEMENTS, LOCAL.id, REGIONAL.id, ev("impl-r")),
        Link(LinkType.HAS_ACTIVITY, LOCAL.id, ACTIVITY.id, ev("act")),
        Link(LinkType.RESPONSIBLE_FOR, BOARD.id, ACTIVITY.id, ev("resp"), title="enhetschef"),
        Link(
            LinkType.HOLDS_ROLE,
            CHAIR.id,
            BOARD.id,
            ev("role"),
            date="2016-11-24",
            title="ordförande",
        ),
        Link(LinkType.CONCERNS, DECISION.id, LOCAL.id, ev("concerns")),
    ]
    mentions = [Mention(n.id, ev("act")) for n in nodes]
    store.write_source(SourceFacts(source=src, nodes=nodes, mentions=mentions, links=links))
    return store


def _shape(store: GraphStore, start: str) -> list[tuple[str | None, str, str | None]]:
    return [
        (str(s.relation) if s.relation else None, s.node.id, s.parent_id)
        for s in responsibility_chain(store, start)
    ]


FULL = [
    (None, NATIONAL.id, None),
    ("IMPLEMENTS", REGIONAL.id, NATIONAL.id),
    ("IMPLEMENTS", LOCAL.id, REGIONAL.id),
    ("HAS_ACTIVITY", ACTIVITY.id, LOCAL.id),
    ("RESPONSIBLE_FOR", BOARD.id, ACTIVITY.id),
    ("HOLDS_ROLE", CHAIR.id, BOARD.id),
]


@pytest.mark.parametrize("start", [ACTIVITY.id, LOCAL.id, CHAIR.id])
def test_chain_runs_from_the_national_goal_to_the_named_person(
    chain_store: GraphStore, start: str
) -> None:
    assert _shape(chain_store, start) == FULL


def test_chain_through_a_decision_ends_with_it(chain_store: GraphStore) -> None:
    assert _shape(chain_store, DECISION.id) == [*FULL, ("CONCERNS", DECISION.id, LOCAL.id)]


def test_role_steps_carry_title_and_date(chain_store: GraphStore) -> None:
    role = responsibility_chain(chain_store, ACTIVITY.id)[-1]
    assert role.link is not None
    assert (role.link.title, role.link.date) == ("ordförande", "2016-11-24")


def test_chain_refuses_other_starts(chain_store: GraphStore) -> None:
    with pytest.raises(ValueError, match="is labelled Organization"):
        responsibility_chain(chain_store, BOARD.id)
    with pytest.raises(NodeNotFoundError):
        responsibility_chain(chain_store, "Activity:none")
