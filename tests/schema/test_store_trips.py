"""Store trips of the contract's heaviest reads (issue 11): each trip waits behind other
requests' store work, so their number must not grow with the size of the answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from graph.edges import Link, LinkType, Mention, SourceFacts
from graph.ids import make_id
from graph.nodes import Decision, DomainNode, Organization, OrganizationKind
from graph.store import GraphStore
from schema import store_calls
from tests.contract.facts import ANKEBY, PLAN, evidence, source
from tests.helpers import STRATEGY_ID, ingest_samples, run_contract


@pytest.fixture
def trips(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per job a request sends to the store threads."""
    counted: list[int] = []
    real = store_calls.off_loop

    async def counting(fn: Callable[[], Any], deadline: float | None, executor: Any = None) -> Any:
        counted.append(1)
        return await real(fn, deadline, executor)

    monkeypatch.setattr(store_calls, "off_loop", counting)
    return counted


def bodies_graph(width: int) -> SourceFacts:
    """Ankeby with `width` committees, each with `width` units; every body decided one
    thing about the plan. Fictional sentences."""
    sentences: list[tuple[str, str, str]] = []  # (body id, decision id, sentence)
    nodes: list[DomainNode] = [ANKEBY, PLAN]
    part_of: list[tuple[str, str, str]] = []  # (child, parent, sentence)
    for c in range(width):
        committee = Organization(
            id=make_id("Organization", "nämnd", "9999", str(c)),
            name=f"Nämnd {c}",
            kind=OrganizationKind.COMMITTEE,
        )
        nodes.append(committee)
        part_of.append((committee.id, ANKEBY.id, f"Nämnd {c} hör till Ankeby kommun."))
        for u in range(width):
            unit = Organization(
                id=make_id("Organization", "utskott", "9999", str(c), str(u)),
                name=f"Utskott {c}.{u}",
                kind=OrganizationKind.COMMITTEE,
            )
            nodes.append(unit)
            part_of.append((unit.id, committee.id, f"Utskott {c}.{u} hör till nämnd {c}."))
    for body in [n for n in nodes if isinstance(n, Organization)]:
        decision = Decision(id=make_id("Decision", body.id, "plan"), summary=f"{body.name} beslöt")
        nodes.append(decision)
        sentences.append((body.id, decision.id, f"{body.name} beslöt om planen."))
    intro = "Ankeby kommun har en plan."
    text = " ".join([intro] + [s for *_, s in part_of] + [s for *_, s in sentences])
    src = source("file:///trips.txt", text)
    links = [Link(LinkType.PART_OF, a, b, evidence(src, s)) for a, b, s in part_of]
    for body_id, decision_id, s in sentences:
        links.append(Link(LinkType.DECIDED, body_id, decision_id, evidence(src, s)))
        links.append(Link(LinkType.CONCERNS, decision_id, PLAN.id, evidence(src, s)))
    named = {ANKEBY.id: intro, PLAN.id: intro}  # each node's quote: a sentence naming it
    named.update((child, sentence) for child, _, sentence in part_of)
    named.update((decision, sentence) for _, decision, sentence in sentences)
    mentions = [Mention(node, evidence(src, sentence)) for node, sentence in named.items()]
    return SourceFacts(source=src, nodes=nodes, mentions=mentions, links=links)


@pytest.mark.parametrize("width", [1, 3])
def test_find_organizations_trips_do_not_grow_with_the_bodies(
    sqlite_store: GraphStore, trips: list[int], width: int
) -> None:
    sqlite_store.write_source(bodies_graph(width))
    data = run_contract(sqlite_store, "FindOrganizations", name="ankeby")["organizations"]
    (edge,) = data["edges"]
    decisions = edge["node"]["decisions"]
    assert len(decisions) == 1 + width + width * width  # the municipality, committees, units
    assert all(d["concerns"] == [{"id": PLAN.id, "__typename": "Document"}] for d in decisions)
    # The search, every field's links, the walk down the bodies, what they decided and
    # the decisions' CONCERNS: read ahead in one trip (schema.read_ahead).
    assert len(trips) == 1


def test_search_with_quotes_and_sources_is_one_trip(
    sqlite_store: GraphStore, trips: list[int]
) -> None:
    ingest_samples(sqlite_store)
    trips.clear()
    hits = run_contract(sqlite_store, "Search", text="handlingsplanen")["search"]
    quoted = [e for hit in hits for e in hit["evidence"]]
    assert quoted and all(e["source"]["uri"] for e in quoted)
    assert len(trips) == 1  # the hits and the sources their quotes cite, together


def test_lineage_with_evidence_is_one_trip(sqlite_store: GraphStore, trips: list[int]) -> None:
    ingest_samples(sqlite_store)
    trips.clear()
    data = run_contract(sqlite_store, "Lineage", id=STRATEGY_ID)["lineage"]
    quoted = [e for link in data["links"] for e in link["evidence"]]
    assert quoted and all(e["source"]["uri"] for e in quoted)
    assert len(trips) == 1  # the walk and the sources its quotes cite, together
