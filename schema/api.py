"""The strawberry schema, with the limits that keep abusive queries out."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import strawberry
from strawberry.extensions import (
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)

from schema import types as gql
from schema.cost import QueryCostLimiter
from schema.errors import ErrorCodes
from schema.mutation import Mutation
from schema.query import Query
from stratgraph.settings import Settings

NODE_TYPES = [
    gql.Document,
    gql.Organization,
    gql.Person,
    gql.Decision,
    gql.Activity,
    gql.Goal,
    gql.Initiative,
]


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    """The schema with the configured depth, alias, token and cost limits."""
    limits = settings or Settings.model_construct()
    # Factories: strawberry makes fresh extension objects for every operation.
    extensions: list[type[SchemaExtension] | Callable[[], SchemaExtension]] = [
        ErrorCodes,
        partial(QueryDepthLimiter, max_depth=limits.max_query_depth),
        partial(MaxAliasesLimiter, max_alias_count=limits.max_aliases),
        partial(MaxTokensLimiter, max_token_count=limits.max_tokens),
        partial(QueryCostLimiter, max_cost=limits.max_query_cost),
    ]
    if not limits.introspection:
        extensions.append(DisableIntrospection)
    return strawberry.Schema(
        query=Query, mutation=Mutation, types=NODE_TYPES, extensions=extensions
    )


schema = build_schema()
