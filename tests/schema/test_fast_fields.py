"""The short path for plain scalar fields (schema/fast_fields.py) answers exactly as
graphql-core's own execution: the same data, in the same key order, and the same errors."""

from __future__ import annotations

import asyncio
import enum
import json
from typing import Any

import pytest
import strawberry
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from graph.store import GraphStore
from schema.api import schema
from schema.execute import run_operation
from schema.fast_fields import FastFieldsExecutor, executor_for
from tests.helpers import KRAMFORS_ID, STRATEGY_ID, contract_operation, ingest_samples

_VARIABLES: dict[str, dict[str, Any]] = {
    "FindDocuments": {"text": "handlingsplan"},
    "Lineage": {"id": KRAMFORS_ID, "maxDepth": 3},
    "FindOrganizations": {"name": "kramfors"},
    "Coverage": {"countyCode": "22"},
    "Search": {"text": "handlingsplanen"},
    "Node": {"id": STRATEGY_ID},
}


@pytest.fixture
def samples(store: GraphStore) -> GraphStore:
    ingest_samples(store)
    return store


def _both(store: GraphStore, document: str, variables: dict[str, Any]) -> tuple[str, str]:
    fast = run_operation(store, document, variables)
    plain = schema.execution_context_class
    schema.execution_context_class = StrawberryGraphQLCoreExecutionContext
    try:
        slow = run_operation(store, document, variables)
    finally:
        schema.execution_context_class = plain
    # JSON text: key order counts, as a client sees it.
    return json.dumps(fast, ensure_ascii=False), json.dumps(slow, ensure_ascii=False)


def test_the_served_schema_uses_the_short_path() -> None:
    executor = schema.execution_context_class
    assert isinstance(executor, type) and issubclass(executor, FastFieldsExecutor)
    plans = vars(executor)["plans"]  # the schema's own subclass holds them
    assert {"id", "title", "kind"} <= set(plans["Document"])
    assert "links" not in plans["Document"]  # a resolver of our own


@pytest.mark.parametrize("name", [*sorted(_VARIABLES), "ResponsibilityChain"])
def test_every_contract_operation_answers_the_same(samples: GraphStore, name: str) -> None:
    variables = _VARIABLES.get(name)
    if variables is None:  # an activity of the sample graph
        lineage = run_operation(samples, contract_operation("Lineage"), _VARIABLES["Lineage"])
        nodes = lineage["data"]["lineage"]["nodes"]
        variables = {"id": next(n["id"] for n in nodes if n["__typename"] == "Activity")}
    fast, slow = _both(samples, contract_operation(name), variables)
    assert '"data": null' not in fast
    assert fast == slow


def test_aliases_repeats_and_skipped_fields_answer_the_same(samples: GraphStore) -> None:
    document = """query ($id: ID!, $skip: Boolean!) {
      node(id: $id) {
        __typename
        b: id
        ... on Document { a: title kind @skip(if: $skip) title level kind }
        id @include(if: $skip)
      }
    }"""
    for skip in (True, False):
        fast, slow = _both(samples, document, {"id": STRATEGY_ID, "skip": skip})
        assert fast == slow
        assert '"b": "Document:' in fast


class _Colour(enum.Enum):
    RED = "red"


@strawberry.type
class _Thing:
    name: str
    nick: str | None
    colours: list[_Colour]
    sizes: list[int | None]


def _things() -> list[_Thing]:
    return [
        _Thing(name="a", nick=None, colours=[_Colour.RED], sizes=[1, None]),
        _Thing(name=None, nick="b", colours=[], sizes=[]),  # type: ignore[arg-type]
        _Thing(name="c", nick="c", colours=["green"], sizes=[3]),  # type: ignore[list-item]
    ]


@strawberry.type
class _Query:
    @strawberry.field
    def things(self) -> list[_Thing | None]:
        return list(_things())


def test_nulls_for_non_null_fields_and_bad_values_give_the_same_errors() -> None:
    test_schema = strawberry.Schema(query=_Query)
    plain = test_schema.execution_context_class
    document = "{ things { name nick colours sizes } }"
    slow = asyncio.run(test_schema.execute(document))
    test_schema.execution_context_class = executor_for(test_schema._schema)
    assert test_schema.execution_context_class is not plain
    fast = asyncio.run(test_schema.execute(document))
    assert fast.data == slow.data
    assert json.dumps(fast.data) == json.dumps(slow.data)
    assert [e.formatted for e in fast.errors or []] == [e.formatted for e in slow.errors or []]
    assert len(slow.errors or []) == 2  # the null name, the colour no enum holds


@strawberry.interface
class _Named:
    name: str

    @classmethod
    def resolve_type(cls, obj: Any, info: Any, abstract_type: Any) -> str:
        name: str = obj.__strawberry_definition__.name  # as schema.types.Node does
        return name


@strawberry.type
class _Person(_Named):
    age: int | None


@strawberry.type
class _Place(_Named):
    code: str


@strawberry.type
class _Holder:
    first: _Named
    maybe: _Named | None
    many: list[_Named | None]
    person: _Person


def _holders(clean: bool) -> list[_Holder | None]:
    eva, ume = _Person(name="Eva", age=None), _Place(name="Umeå", code="2480")
    holders: list[_Holder | None] = [_Holder(first=eva, maybe=None, many=[ume, None], person=eva)]
    if not clean:
        holders += [
            None,
            _Holder(first=None, maybe=ume, many=[], person=eva),  # type: ignore[arg-type]
            _Holder(first=ume, maybe=_Person(name=None, age=3), many=[eva], person=eva),  # type: ignore[arg-type]
            _Holder(first=eva, maybe=eva, many=[eva], person=ume),  # type: ignore[arg-type]
            _Holder(first=eva, maybe=eva, many=(eva, None), person=eva),  # type: ignore[arg-type]
        ]
    return holders


@strawberry.type
class _HolderQuery:
    @strawberry.field
    def holders(self, clean: bool) -> list[_Holder | None]:
        return _holders(clean)


_HOLDERS = """query ($clean: Boolean!) { holders(clean: $clean) {
  first { __typename name ... on Person { age } }
  maybe { name }
  many { __typename t: __typename name ... on Place { code } }
  person { name age } } }"""


def _fast_counting(test_schema: strawberry.Schema, clean: bool) -> tuple[Any, list[str]]:
    """The short path's answer, and the fields graphql-core's execute_field saw."""
    executor = executor_for(test_schema._schema)
    field_calls: list[str] = []
    original = executor.execute_field

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        field_calls.append(args[2][0].node.name.value)  # the field's details list
        return original(self, *args, **kwargs)

    executor.execute_field = counted  # type: ignore[method-assign]  # this class only
    test_schema.execution_context_class = executor
    return asyncio.run(test_schema.execute(_HOLDERS, variable_values={"clean": clean})), field_calls


def test_objects_and_interfaces_answer_as_graphql_core_does() -> None:
    test_schema = strawberry.Schema(query=_HolderQuery, types=[_Person, _Place])
    for clean in (True, False):
        test_schema.execution_context_class = StrawberryGraphQLCoreExecutionContext
        slow = asyncio.run(test_schema.execute(_HOLDERS, variable_values={"clean": clean}))
        fast, field_calls = _fast_counting(test_schema, clean)
        assert json.dumps(fast.data) == json.dumps(slow.data)
        assert [e.formatted for e in fast.errors or []] == [e.formatted for e in slow.errors or []]
        if clean:  # every object below the resolver took the short path
            assert not slow.errors and field_calls == ["holders"]
        else:  # a null first, a null name, a Place as person: graphql-core's errors
            assert len(slow.errors or []) == 3 and "first" in field_calls


def test_a_links_quotes_take_the_short_path_unless_the_query_pages_them(
    samples: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    executor = schema.execution_context_class
    original = executor.execute_field

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(args[2][0].node.name.value)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(executor, "execute_field", counted)
    quotes = "evidence { quote rule source { uri } }"
    document = """query ($id: ID!) { lineage(id: $id, maxDepth: 2) {
      links { type EVIDENCE } } }"""
    for selection, short in (
        (quotes, True),
        (quotes.replace("evidence", "evidence(first: 1)"), False),
    ):
        seen.clear()
        text = document.replace("EVIDENCE", selection)
        fast, slow = _both(samples, text, {"id": KRAMFORS_ID})
        assert fast == slow and '"quote"' in fast
        assert ("evidence" in seen) is not short, selection


def test_a_lists_objects_share_one_reading_of_their_selection(
    samples: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every object of a list has the same selection: the short path works it out once per
    type and selection in a request, not once per object."""
    calls: list[str] = []
    executor = schema.execution_context_class
    original = executor.collect_subfields

    def counted(self: Any, return_type: Any, field_details: Any) -> Any:
        calls.append(return_type.name)
        return original(self, return_type, field_details)

    monkeypatch.setattr(executor, "collect_subfields", counted)
    document = """query ($id: ID!) { lineage(id: $id, maxDepth: 3) {
      nodes { id __typename } links { type from { id } to { id } evidence { quote } } } }"""
    answer = run_operation(samples, document, {"id": KRAMFORS_ID})
    links = answer["data"]["lineage"]["links"]
    objects = len(answer["data"]["lineage"]["nodes"]) + 3 * len(links)
    assert objects > 100 and all(x["evidence"] for x in links)
    # one per (type, selection): node types, Link, its ends' types, Evidence
    assert len(calls) < 25, (len(calls), objects)
