"""Every type, field, argument and enum value of the published schema says what it is
(issue 14): GraphiQL and generated clients show these descriptions to their users."""

from __future__ import annotations

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    build_schema,
)

from tests.helpers import ROOT


def undescribed(schema: GraphQLSchema) -> list[str]:
    """The coordinates (Type, Type.field, Type.field(arg), Enum.VALUE) without a description."""
    missing: list[str] = []
    for name, kind in schema.type_map.items():
        if name.startswith("__"):
            continue
        if not (kind.description or "").strip():
            missing.append(name)
        if isinstance(kind, GraphQLObjectType | GraphQLInterfaceType):
            for field_name, field in kind.fields.items():
                if not (field.description or "").strip():
                    missing.append(f"{name}.{field_name}")
                missing += [
                    f"{name}.{field_name}({arg_name})"
                    for arg_name, arg in field.args.items()
                    if not (arg.description or "").strip()
                ]
        elif isinstance(kind, GraphQLInputObjectType):
            missing += [
                f"{name}.{field_name}"
                for field_name, field in kind.fields.items()
                if not (field.description or "").strip()
            ]
        elif isinstance(kind, GraphQLEnumType):
            missing += [
                f"{name}.{value_name}"
                for value_name, value in kind.values.items()
                if not (value.description or "").strip()
            ]
    return missing


def test_the_published_schema_describes_everything() -> None:
    published = build_schema((ROOT / "schema.graphql").read_text(encoding="utf-8"))
    assert undescribed(published) == []


def test_the_check_finds_what_is_missing() -> None:
    sdl = '''
        """Described."""
        type Query {
          """Described."""
          a(x: Int): Int
          b: Kind
        }
        enum Kind {
          """Described."""
          ONE
          TWO
        }
        input Filter { y: Int }
    '''
    assert sorted(undescribed(build_schema(sdl))) == sorted(
        ["Query.a(x)", "Query.b", "Kind", "Kind.TWO", "Filter", "Filter.y"]
    )
