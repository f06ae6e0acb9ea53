"""The short path's quick leaf coercion (schema/fast_leaves.py) gives what each leaf's own
coercion gives, or raises where it raises, for values of every awkward kind."""

from __future__ import annotations

import enum
import math
from typing import Any

import pytest
import strawberry
from graphql import GraphQLBoolean, GraphQLFloat, GraphQLID, GraphQLInt, GraphQLString

from schema.api import schema
from schema.fast_leaves import attribute_reader, quick_coercion


@strawberry.enum
class _Size(enum.Enum):
    SMALL = "small"
    LARGE = "large"


@strawberry.type
class _Box:
    size: _Size
    label: str

    @strawberry.field
    def shout(self) -> str:
        return self.label.upper()


@strawberry.type
class _Query:
    box: _Box


_VALUES: list[Any] = [
    "text",
    "",
    7,
    -(2**31),
    2**31 - 1,
    2**31,
    -(2**31) - 1,
    True,
    False,
    1.5,
    2.0,
    math.nan,
    math.inf,
    _Size.SMALL,
    "small",
    "SMALL",
    "huge",
    [1],
    None,
]


def _outcome(coerce: Any, value: Any) -> tuple[str, Any]:
    try:
        return "value", coerce(value)
    except Exception as error:  # graphql-core raises GraphQLError, strawberry ValueError
        return "error", type(error).__name__


@pytest.mark.parametrize(
    "leaf", [GraphQLString, GraphQLID, GraphQLInt, GraphQLFloat, GraphQLBoolean], ids=str
)
def test_quick_scalar_coercion_answers_as_the_scalar_does(leaf: Any) -> None:
    quick = quick_coercion(leaf)
    for value in _VALUES:
        assert _outcome(quick, value) == _outcome(leaf.coerce_output_value, value), value


def test_quick_enum_coercion_answers_as_strawberry_does() -> None:
    built = strawberry.Schema(query=_Query)
    size = built._schema.type_map["_Size"]
    quick = quick_coercion(size)  # type: ignore[arg-type]
    for value in _VALUES:
        assert _outcome(quick, value) == _outcome(size.coerce_output_value, value), value  # type: ignore[attr-defined]
    assert quick(_Size.LARGE) == "LARGE"


def test_only_basic_fields_are_read_as_attributes() -> None:
    built = strawberry.Schema(query=_Query)
    fields = built._schema.type_map["Box"].fields  # type: ignore[attr-defined]
    read = attribute_reader(fields["label"])
    assert read is not None and read(_Box(size=_Size.SMALL, label="a")) == "a"
    assert attribute_reader(fields["shout"]) is None  # a resolver of its own
    served = schema._schema.type_map["Document"].fields  # type: ignore[attr-defined]
    assert attribute_reader(served["title"]) is not None
