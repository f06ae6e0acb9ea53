"""Running an operation in-process, without a server (the `stratgraph query` command)."""

from __future__ import annotations

import asyncio
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.schema.exceptions import CannotGetOperationTypeError

from graph.store import GraphStore
from schema.api import schema as default_schema
from schema.context import make_context
from schema.errors import INVALID_QUERY


def run_operation(
    store: GraphStore,
    document: str,
    variables: dict[str, Any] | None = None,
    operation_name: str | None = None,
    schema: strawberry.Schema = default_schema,
) -> dict[str, Any]:
    """The JSON response a GraphQL server would give: data, and errors if any."""
    try:
        result = asyncio.run(
            schema.execute(
                document,
                variable_values=variables,
                context_value=make_context(store),
                operation_name=operation_name,
            )
        )
    except CannotGetOperationTypeError:
        message = (
            f"the document has no operation named {operation_name!r}"
            if operation_name
            else "the document has several operations: name one with --operation-name"
        )
        error = GraphQLError(message, extensions={"code": INVALID_QUERY})
        return {"data": None, "errors": [error.formatted]}
    response: dict[str, Any] = {"data": result.data}
    if result.errors:
        response["errors"] = [e.formatted for e in result.errors]
    return response
