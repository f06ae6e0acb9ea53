"""Personal data on both stores (issue 13): access, erasure with redaction and a log
that names no one, suppression at every later ingest, restriction.

Store-level checks use the hand-made facts below (fictional people); the suppression
checks ingest the seed pages and a fictional page through the real pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.edges import Direction, Evidence, Link, LinkType, Mention, SourceFacts
from graph.ids import make_id
from graph.nodes import Decision, NodeLabel, Organization, OrganizationKind, Person
from graph.person_facts import find_people, person_facts
from graph.privacy import REDACTED, ROLE_HOLDER, NotAPersonError
from graph.restricted_view import RestrictedView
from graph.search import search
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from ingest.batch import ingest_file
from tests.contract.facts import ANKEBY, PLAN, evidence, facts_a, source
from tests.helpers import SAMPLES, ingest_samples

TEXT_P = (
    "Välfärdsnämndens ordförande Maja Lind (S) säger att planen är viktig. "
    "Nämnden beslutade att utse Maja Lind till kontaktombud. "
    "Per Ek är kommundirektör i Ankeby kommun."
)
TEXT_Q = "Centret i Ankeby kommun invigdes av MAJA LIND i maj."
COMMITTEE = Organization(
    id=make_id("Organization", "kommun", "9999", "Välfärdsnämnden"),
    name="Välfärdsnämnden",
    kind=OrganizationKind.COMMITTEE,
)
MAJA = Person(id=make_id("Person", "person", "Maja Lind"), name="Maja Lind", party="S")
PER = Person(id=make_id("Person", "person", "Per Ek"), name="Per Ek")
DECISION = Decision(
    id=make_id("Decision", "valfardsnamnden", "utse kontaktombud"),
    summary="utse Maja Lind till kontaktombud",
)
NAME = re.compile(r"maja|lind", re.IGNORECASE)


def facts_p() -> SourceFacts:
    src = source("file:///p.txt", TEXT_P)
    role = "Välfärdsnämndens ordförande Maja Lind (S) säger att planen är viktig."
    decided = "Nämnden beslutade att utse Maja Lind till kontaktombud."
    director = "Per Ek är kommundirektör i Ankeby kommun."
    return SourceFacts(
        source=src,
        nodes=[COMMITTEE, MAJA, PER, DECISION, ANKEBY],
        mentions=[
            Mention(MAJA.id, evidence(src, "Maja Lind (S)")),
            Mention(PER.id, evidence(src, "Per Ek")),
            Mention(COMMITTEE.id, evidence(src, "Välfärdsnämndens")),
            Mention(DECISION.id, evidence(src, decided)),
            Mention(ANKEBY.id, evidence(src, "Ankeby kommun")),
        ],
        links=[
            Link(
                LinkType.HOLDS_ROLE,
                MAJA.id,
                COMMITTEE.id,
                evidence(src, role, "test.role"),
                date="2022-06-28",
                title="ordförande",
            ),
            Link(LinkType.DECIDED, COMMITTEE.id, DECISION.id, evidence(src, decided, "test.dec")),
            Link(
                LinkType.HOLDS_ROLE,
                PER.id,
                ANKEBY.id,
                evidence(src, director, "test.role"),
                title="kommundirektör",
            ),
        ],
    )


def facts_q() -> SourceFacts:
    """A page that names her in passing: only Ankeby is a fact of it."""
    src = source("file:///q.txt", TEXT_Q)
    return SourceFacts(
        source=src, nodes=[ANKEBY], mentions=[Mention(ANKEBY.id, evidence(src, TEXT_Q))]
    )


@pytest.fixture
def people(store: GraphStore) -> Iterator[GraphStore]:
    """The store with the facts above; its erasure log and restrictions go afterwards."""
    for facts in (facts_a(), facts_p(), facts_q()):
        store.write_source(facts)
    try:
        yield store
    finally:
        store.delete_privacy_records()


def _everything(store: GraphStore) -> tuple[list[str], list[Evidence]]:
    """Every stored text value of every node, and every piece of evidence."""
    records = [r for label in NodeLabel for r in store.nodes_by_label(label)]
    values = [str(v) for r in records for v in r.props.values()]
    ids = [r.id for r in records]
    found = [m.evidence for m in store.mentions_of(ids)]
    for direction in (Direction.OUTGOING, Direction.INCOMING):
        for link in store.links_of(ids, direction, list(LinkType)):
            found += link.evidence
            values.append(link.title or "")
    return values + ids + [e.quote for e in found], found


def test_access_lists_roles_links_and_quotes_with_sources(people: GraphStore) -> None:
    (record,) = find_people(people, "maja")
    assert find_people(people, MAJA.id) == [record]
    facts = person_facts(people, record)
    assert (facts.id, facts.name, facts.party, facts.restricted) == (
        MAJA.id,
        "Maja Lind",
        "S",
        False,
    )
    (role,) = facts.roles
    assert (role.other_id, role.title, role.date, role.direction) == (
        COMMITTEE.id,
        "ordförande",
        "2022-06-28",
        "OUTGOING",
    )
    assert role.evidence[0].source.uri == "file:///p.txt"
    assert [q.quote for q in facts.mentions] == ["Maja Lind (S)"]
    others = {(q.source.uri, q.quote) for q in facts.other_quotes}
    assert others == {
        ("file:///p.txt", "Nämnden beslutade att utse Maja Lind till kontaktombud."),
        ("file:///q.txt", TEXT_Q),
    }
    assert facts.as_json()["roles"][0]["evidence"][0]["source"]["published_on"] == "2022-06-28"


def test_erasure_removes_the_person_and_redacts_the_name(people: GraphStore) -> None:
    report = people.erase_person(MAJA.id)
    assert report is not None
    assert (report.links_removed, report.mentions_removed) == (1, 1)
    assert (report.sources_redacted, report.nodes_redacted) == (2, 1)
    assert report.quotes_redacted == 3  # the decision's (a mention and a link), page q's
    assert people.get_nodes([MAJA.id]) == []
    assert people.links_of([COMMITTEE.id], Direction.INCOMING, [LinkType.HOLDS_ROLE]) == []
    values, found = _everything(people)
    assert [v for v in values if NAME.search(v)] == []
    (decision,) = people.get_nodes([DECISION.id])
    assert decision.props["summary"] == f"utse {REDACTED * 4} {REDACTED * 4} till kontaktombud"
    # Offsets still hold: every quote is its source's text at its span.
    texts = {r.id: str(r.props["text"]) for r in people.nodes_by_label(NodeLabel.SOURCE)}
    assert all(texts[e.source_id][e.start : e.end] == e.quote for e in found)
    assert REDACTED * 4 in texts[facts_q().source.id]
    # Per Ek and the other facts stay.
    assert people.links_of([PER.id], Direction.OUTGOING, [LinkType.HOLDS_ROLE])
    assert people.links_of([ANKEBY.id], Direction.OUTGOING, [LinkType.SIGNED])
    assert search(people, "Lind") == []
    assert search(people, "kontaktombud")[0].node.id == DECISION.id


def test_the_erasure_log_names_no_one(people: GraphStore) -> None:
    report = people.erase_person(MAJA.id)
    assert report is not None
    (logged,) = people.erasures()
    assert logged == report.erasure
    assert re.fullmatch(r"[0-9a-f]{64}", logged.subject_hash)
    assert not NAME.search(f"{logged.erasure_id} {logged.subject_hash} {logged.erased_at}")
    assert people.privacy_state().is_erased(MAJA.id)
    assert not people.privacy_state().is_erased(PER.id)
    # The log and the suppression outlive a re-build of the graph.
    people.delete_all()
    assert people.erasures() == [logged]
    assert people.privacy_state().is_erased(MAJA.id)


def test_erasing_nothing_or_not_a_person(people: GraphStore) -> None:
    assert people.erase_person(make_id("Person", "person", "Ingen Alls")) is None
    with pytest.raises(NotAPersonError):
        people.erase_person(PLAN.id)
    assert people.erasures() == []
    assert people.get_nodes([PLAN.id])


def test_restriction_is_recorded_and_lifted(people: GraphStore) -> None:
    assert people.restrict_person(make_id("Person", "person", "Ingen Alls")) is None
    with pytest.raises(NotAPersonError):
        people.restrict_person(ANKEBY.id)
    restriction = people.restrict_person(MAJA.id)
    assert restriction is not None and restriction.alias.startswith("Person:restricted:")
    assert not NAME.search(restriction.alias)
    assert people.restrict_person(MAJA.id) == restriction  # the same alias again
    assert people.restrictions() == [restriction]
    assert person_facts(people, people.get_nodes([MAJA.id])[0]).restricted
    assert people.lift_restriction(MAJA.id) is True
    assert people.lift_restriction(MAJA.id) is False
    assert people.restrictions() == []


def test_an_erased_person_never_comes_back(store: GraphStore, tmp_path: Path) -> None:
    krooks = make_id("Person", "person", "Carl-Gunnar Krooks")
    try:
        ingest_samples(store)
        assert store.get_nodes([krooks])
        assert store.erase_person(krooks) is not None
        values, _ = _everything(store)
        assert [v for v in values if "krooks" in v.lower()] == []
        # Unchanged sources, then forced re-extraction, then a re-built graph.
        ingest_samples(store)
        for path in sorted(SAMPLES.glob("*.txt")):
            assert ingest_file(store, path, force=True).ok
        store.delete_all()
        ingest_samples(store)
        # A new page about him, in another wording.
        page = tmp_path / "ny.txt"
        page.write_text(
            "Ny satsning i Kramfors\n"
            "Välfärdsnämndens ordförande Carl-Gunnar Krooks (S) välkomnar beslutet.\n"
            "CARL-GUNNAR KROOKS deltog också.\n",
            encoding="utf-8",
        )
        assert ingest_file(store, page).ok
        assert store.get_nodes([krooks]) == []
        values, _ = _everything(store)
        assert [v for v in values if "krooks" in v.lower()] == []
        # Everyone else is still there.
        assert store.get_nodes([make_id("Person", "person", "Jonne Norlin")])
    finally:
        store.delete_privacy_records()


def test_no_trace_is_left_in_the_embedded_store_file(sqlite_store: SqliteStore) -> None:
    for facts in (facts_a(), facts_p(), facts_q()):
        sqlite_store.write_source(facts)
    path = sqlite_store.path
    files = (path, path.with_name(path.name + "-wal"))

    def stored() -> bytes:
        return b"".join(f.read_bytes() for f in files if f.exists())

    assert b"Lind" in stored()
    assert sqlite_store.erase_person(MAJA.id) is not None
    # Free pages overwritten, full-text segments merged, the log checkpointed.
    assert not re.search(rb"(?i)lind", stored())


def test_the_view_shows_a_restricted_person_as_a_role_holder(people: GraphStore) -> None:
    restriction = people.restrict_person(MAJA.id)
    assert restriction is not None
    view = RestrictedView(people)
    alias = restriction.alias
    assert view.get_nodes([MAJA.id]) == []  # their own id spells their name
    (shown,) = view.get_nodes([alias])
    assert (shown.id, dict(shown.props)) == (alias, {"name": ROLE_HOLDER})
    (role,) = view.links_of([COMMITTEE.id], Direction.INCOMING, [LinkType.HOLDS_ROLE])
    assert (role.from_id, role.title) == (alias, "ordförande")
    assert all(not NAME.search(e.quote) for e in role.evidence)
    (decision,) = view.get_nodes([DECISION.id])
    assert not NAME.search(str(decision.props["summary"]))
    values = [e.evidence.quote for e in view.mentions_of([alias, DECISION.id, ANKEBY.id])]
    assert values and not [v for v in values if NAME.search(v)]
    assert MAJA.id not in view.walk(COMMITTEE.id, Direction.BOTH, 2, list(LinkType))
    assert alias in view.walk(COMMITTEE.id, Direction.BOTH, 2, list(LinkType))
    assert search(view, "Lind") == []
    # Per Ek, who is not restricted, as before.
    (per,) = view.get_nodes([PER.id])
    assert per.props["name"] == "Per Ek"
