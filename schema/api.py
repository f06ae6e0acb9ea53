"""The strawberry schema."""

from __future__ import annotations

import strawberry

from schema import types as gql
from schema.query import Query

schema = strawberry.Schema(
    query=Query,
    types=[
        gql.Document,
        gql.Organization,
        gql.Person,
        gql.Decision,
        gql.Activity,
        gql.Goal,
        gql.Initiative,
    ],
)
