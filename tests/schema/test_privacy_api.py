"""Personal data over the API (issue 13): personFacts, erasePerson and restrictPerson
behind the API key, and a restricted person's name withheld from every other answer
while their role and chain remain. On the seed pages, on both stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from graph.ids import make_id
from graph.store import GraphStore
from schema.app import create_app
from stratgraph.settings import Settings
from tests.generated import municipality_facts, municipality_names, regional_facts
from tests.helpers import PLAN_ID, ingest_samples

KEY = "privacy-key"
KROOKS = make_id("Person", "person", "Carl-Gunnar Krooks")
COMMITTEE = "Organization:kommun:2282:valfardsnamnden"
FACTS = """query($p: String!) { personFacts(person: $p) {
  id name party restricted
  roles { type direction otherId otherName title date
          evidence { quote source { uri publishedOn } } }
  links { type otherId }
  mentions { quote start end source { uri } }
  otherQuotes { quote }
} }"""
ERASE = """mutation($id: ID!) { erasePerson(id: $id) {
  erasureId subjectHash erasedAt linksRemoved mentionsRemoved sourcesRedacted quotesRedacted } }"""
RESTRICT = """mutation($id: ID!, $on: Boolean!) {
  restrictPerson(id: $id, restricted: $on) { id restricted alias } }"""
PEOPLE = """query($id: ID!) { node(id: $id) { ... on Organization {
  people { title person { id name party } evidence { quote } } } } }"""
PERSON = "query($id: ID!) { node(id: $id) { id ... on Person { name party } } }"
CHAIN = """query($id: ID!) { responsibilityChain(id: $id) { steps {
  relation title node { id ... on Person { name } ... on Organization { name } } } } }"""
SEARCH = 'query { search(text: "Krooks") { node { id } evidence { quote } } }'


def _settings(tmp_path: Path, key: str | None) -> Settings:
    return Settings.model_construct(
        api_key=SecretStr(key) if key else None, data_dir=tmp_path / "data"
    )


@pytest.fixture
def seeded(store: GraphStore) -> Iterator[GraphStore]:
    ingest_samples(store)
    try:
        yield store
    finally:
        store.delete_privacy_records()


@pytest.fixture
def client(seeded: GraphStore, tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(_settings(tmp_path, KEY), seeded)) as c:
        yield c


def _post(
    client: TestClient, query: str, key: str | None = KEY, **variables: Any
) -> dict[str, Any]:
    headers = {"X-API-Key": key} if key else {}
    body: dict[str, Any] = client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    ).json()
    return body


def _data(client: TestClient, query: str, key: str | None = KEY, **variables: Any) -> Any:
    body = _post(client, query, key, **variables)
    assert "errors" not in body, body["errors"]
    return body["data"]


def _code(body: dict[str, Any]) -> str:
    (error,) = body["errors"]
    code: str = error["extensions"]["code"]
    return code


def test_personal_data_operations_need_the_key(seeded: GraphStore, tmp_path: Path) -> None:
    calls: list[tuple[str, dict[str, Any]]] = [
        (FACTS, {"p": "Krooks"}),
        (ERASE, {"id": KROOKS}),
        (RESTRICT, {"id": KROOKS, "on": True}),
    ]
    with TestClient(create_app(_settings(tmp_path, None), seeded)) as off:
        for query, variables in calls:
            assert _code(_post(off, query, "any", **variables)) == "FORBIDDEN"
    with TestClient(create_app(_settings(tmp_path, KEY), seeded)) as on:
        for query, variables in calls:
            for key in (None, "wrong"):
                assert _code(_post(on, query, key, **variables)) == "UNAUTHENTICATED"
    assert seeded.get_nodes([KROOKS]) and seeded.restrictions() == [] and seeded.erasures() == []


def test_person_facts_list_roles_links_and_quotes(client: TestClient) -> None:
    (facts,) = _data(client, FACTS, p="Carl-Gunnar Krooks")["personFacts"]
    assert (facts["id"], facts["name"], facts["party"], facts["restricted"]) == (
        KROOKS,
        "Carl-Gunnar Krooks",
        "S",
        False,
    )
    assert {(r["otherId"], r["title"], r["date"]) for r in facts["roles"]} == {
        (COMMITTEE, "Ordförande", "2024-02-23")
    }
    quotes = [e["quote"] for r in facts["roles"] for e in r["evidence"]]
    assert all("Krooks" in q for q in quotes)
    assert all(m["source"]["uri"].endswith("000_7c8949d105d3a3c9.txt") for m in facts["mentions"])
    assert any("avslutar Carl-Gunnar Krooks" in q["quote"] for q in facts["otherQuotes"])
    assert _data(client, FACTS, p=KROOKS)["personFacts"] == [facts]
    assert _data(client, FACTS, p="Ingen Alls")["personFacts"] == []


def test_a_restricted_person_is_a_role_holder_in_every_answer(client: TestClient) -> None:
    restricted = _data(client, RESTRICT, id=KROOKS, on=True)["restrictPerson"]
    alias = restricted["alias"]
    assert restricted["restricted"] is True and alias.startswith("Person:restricted:")
    (held,) = _data(client, PEOPLE, None, id=COMMITTEE)["node"]["people"]
    assert held["title"] == "Ordförande"
    assert held["person"] == {"id": alias, "name": "role holder", "party": None}
    assert held["evidence"] and not any("Krooks" in e["quote"] for e in held["evidence"])
    person = _data(client, PERSON, None, id=alias)["node"]
    assert person == {"id": alias, "name": "role holder", "party": None}
    assert _data(client, PERSON, None, id=KROOKS)["node"] is None  # the id spells the name
    steps = _data(client, CHAIN, None, id=alias)["responsibilityChain"]["steps"]
    assert [step["node"] for step in steps] == [{"id": alias, "name": "role holder"}]
    assert "Krooks" not in str(steps)
    hits = _data(client, SEARCH, None)["search"]
    assert "Krooks" not in str(hits)
    # The operator, with the key, still sees everything.
    (facts,) = _data(client, FACTS, p=KROOKS)["personFacts"]
    assert facts["restricted"] is True and facts["name"] == "Carl-Gunnar Krooks"
    lifted = _data(client, RESTRICT, id=KROOKS, on=False)["restrictPerson"]
    assert lifted == {"id": KROOKS, "restricted": False, "alias": None}
    assert _data(client, PERSON, None, id=KROOKS)["node"]["name"] == "Carl-Gunnar Krooks"


def test_erase_person_over_the_api(client: TestClient) -> None:
    erased = _data(client, ERASE, id=KROOKS)["erasePerson"]
    assert erased["linksRemoved"] >= 1 and erased["mentionsRemoved"] >= 1
    assert erased["sourcesRedacted"] == 1 and erased["quotesRedacted"] >= 1
    assert "krooks" not in str(erased).lower()
    assert _data(client, FACTS, p="Krooks")["personFacts"] == []
    assert _data(client, PERSON, None, id=KROOKS)["node"] is None
    assert "Krooks" not in str(_data(client, SEARCH, None))
    assert _code(_post(client, ERASE, id=KROOKS)) == "NOT_FOUND"
    assert _code(_post(client, ERASE, id=PLAN_ID)) == "BAD_USER_INPUT"
    assert _code(_post(client, RESTRICT, id=KROOKS, on=True)) == "NOT_FOUND"


CHAIN_AT_ADOPTION = """query($id: ID!) { responsibilityChain(id: $id) { steps {
  relation title heldAtAdoption parentId node { id ... on Person { name party } } } } }"""


def test_a_restricted_person_keeps_their_role_in_the_chain(
    store: GraphStore, tmp_path: Path
) -> None:
    code, name = municipality_names()[0]
    for facts in (regional_facts(), municipality_facts(0, code, name)):
        store.write_source(facts)
    anna = make_id("Person", "Anna", code)
    activity = make_id("Activity", code, "1")
    try:
        with TestClient(create_app(_settings(tmp_path, KEY), store)) as client:
            before = _data(client, CHAIN_AT_ADOPTION, None, id=activity)
            alias = _data(client, RESTRICT, id=anna, on=True)["restrictPerson"]["alias"]
            after = _data(client, CHAIN_AT_ADOPTION, None, id=activity)
    finally:
        store.delete_privacy_records()
    old_steps = before["responsibilityChain"]["steps"]
    new_steps = after["responsibilityChain"]["steps"]
    assert len(new_steps) == len(old_steps)
    (was,) = [s for s in old_steps if s["node"]["id"] == anna]
    (now,) = [s for s in new_steps if s["node"]["id"] == alias]
    assert was["node"]["name"] == f"Anna Nilsson {code}"
    assert now["node"] == {"id": alias, "name": "role holder", "party": None}
    keep = ("relation", "title", "heldAtAdoption", "parentId")
    assert (
        [now[k] for k in keep]
        == [was[k] for k in keep]
        == ["HOLDS_ROLE", "ordförande", True, was["parentId"]]
    )
    # Everyone else, and every other step, as before.
    assert [s for s in new_steps if s is not now] == [s for s in old_steps if s is not was]
