"""Reading and coercing plain scalar and enum fields on the short path (schema.fast_fields).

Why: on a large answer most of the short path's time went to strawberry's wrapper around
its default resolver (three calls to read an attribute) and to the leaves' output
coercion (strawberry's enum coercion scans every value of the enum). Here a basic field
is read with one attribute lookup, and a value whose type says it needs no work is taken
as it is; every other value goes through the leaf's own coercion, as before.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping
from typing import Any

from graphql import (
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLField,
    GraphQLFloat,
    GraphQLID,
    GraphQLInt,
    GraphQLLeafType,
    GraphQLString,
)
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

__all__ = ["attribute_reader", "quick_coercion"]

_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1  # GraphQL's Int is 32-bit: others are errors


def attribute_reader(field: GraphQLField) -> Callable[[Any], Any] | None:
    """One attribute lookup for a strawberry field with no resolver, extension or
    permission that strawberry reads with the default `getattr`; else None."""
    definition = (field.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if not isinstance(definition, StrawberryField) or not definition.is_basic_field:
        return None
    if definition.default_resolver is not getattr:
        return None
    return operator.attrgetter(definition.python_name)


def quick_coercion(leaf: GraphQLLeafType) -> Callable[[Any], Any]:
    """The leaf's output coercion, with a quick answer where the value's own type says
    what the coercion would give (a str for String and ID, a bool for Boolean, a 32-bit
    int for Int, a finite float for Float, a member of a strawberry enum)."""
    slow = leaf.coerce_output_value
    if leaf is GraphQLString or leaf is GraphQLID:
        return lambda value: value if type(value) is str else slow(value)
    if leaf is GraphQLBoolean:
        return lambda value: value if type(value) is bool else slow(value)
    if leaf is GraphQLInt:
        return lambda value: (
            value if type(value) is int and _INT_MIN <= value <= _INT_MAX else slow(value)
        )
    if leaf is GraphQLFloat:
        return lambda value: value if type(value) is float and math.isfinite(value) else slow(value)
    names = _member_names(leaf)
    if not names:
        return slow

    def member_name(value: Any) -> Any:
        try:
            found = names.get(value)
        except TypeError:  # unhashable: the enum's own coercion says what is wrong
            found = None
        return found or slow(value)

    return member_name


def _member_names(leaf: GraphQLLeafType) -> Mapping[Any, str]:
    """A strawberry enum's members -> the names its coercion gives them."""
    wrapped = getattr(leaf, "wrapped_cls", None)
    if not isinstance(leaf, GraphQLEnumType) or wrapped is None:
        return {}
    return {
        member: name
        for member in wrapped
        for name, value in leaf.values.items()
        if member.value == value.value
    }
